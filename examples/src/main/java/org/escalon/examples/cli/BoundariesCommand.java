package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.simulation.study.DesignName;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.DecisionTable;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.IntervalDesign;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.ThreePlusThree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon boundaries}: the escalation / de-escalation / elimination boundaries of an interval design for
 * every n from 1 to cohorts × cohort size (R {@code BOIN::get.boundary}'s table extended to every n).
 */
@Command(name = "boundaries", mixinStandardHelpOptions = true,
    description = "Print an interval design's decision boundaries for every number of patients n: escalate if "
        + "y <= escalate_if_le, de-escalate if y >= deescalate_if_ge, eliminate the dose and higher ones if "
        + "y >= eliminate_if_ge (NA where no such count exists).")
public final class BoundariesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", defaultValue = "boin", paramLabel = "DESIGN",
      description = "boin, i3+3, mtpi2 or keyboard (with --format decisions also 3+3, 3+3A or 3+3B). "
          + "Default: ${DEFAULT-VALUE}.")
  String design;

  @Option(names = "--target", paramLabel = "PHI",
      description = "Target DLT probability, in [0.05, 0.6] (required except for 3+3 decisions).")
  Double target;

  @Option(names = "--cohort-size", defaultValue = "3", paramLabel = "C",
      description = "Patients per cohort. Default: ${DEFAULT-VALUE}.")
  int cohortSize;

  @Option(names = "--cohorts", defaultValue = "10", paramLabel = "M",
      description = "Number of cohorts; rows go up to n = cohorts x cohort size. Default: ${DEFAULT-VALUE}.")
  int cohorts;

  // the same options, descriptions and limits as oc's (IntervalDesignOptions), those that set the table
  @Option(names = "--cutoff-eli", paramLabel = "P", description = "Eliminate a dose and the higher ones when "
      + "Pr(p > target | data) exceeds P, in (0, 1) (R cutoff.eli). Default: 0.95.")
  Double cutoffEli;

  @Option(names = "--phi1", paramLabel = "P", description = "boin: the highest DLT probability deemed underdosing "
      + "(R p.saf), > 0 and at most 0.9 x target. Default: 0.6 x target.")
  Double phi1;

  @Option(names = "--phi2", paramLabel = "P", description = "boin: the lowest DLT probability deemed overdosing "
      + "(R p.tox), < 1 and at least 1.1 x target. Default: 1.4 x target.")
  Double phi2;

  @Option(names = "--eps1", paramLabel = "E",
      description = "i3+3, mtpi2, keyboard: the target interval starts at target - eps1. Default: 0.05.")
  Double eps1;

  @Option(names = "--eps2", paramLabel = "E",
      description = "i3+3, mtpi2, keyboard: the target interval ends at target + eps2. Default: 0.05.")
  Double eps2;

  /** table (default), json, csv or decisions (the E/S/D/DU decision for every n and y; also for 3+3). */
  @Mixin FormatOption format;

  private static final List<String> FORMATS = List.of("table", "json", "csv", "decisions");

  @Override
  public void run() {
    String fmt = format.format(FORMATS);
    DesignName name;
    try {
      name = DesignName.parse(design);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--design", design, fmt.equals("decisions") ? "one of " + DesignName.ALLOWED
          : "one of boin, i3+3, mtpi2, keyboard (3+3 only with --format decisions)");
    }
    if (name == DesignName.TITE_BOIN) {
      throw UsageException.of("--design", design, "one of boin, i3+3, mtpi2, keyboard (tite-boin compares its "
          + "estimate with BOIN's boundaries: use --design boin)");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (name.modelBased()) {
      throw UsageException.of("--design", design, "a design with a decision table: one of boin, i3+3, mtpi2, "
          + "keyboard (3+3 with --format decisions); for crm and tite-crm use next-dose");
    }
    if (!name.interval()) {
      if (!fmt.equals("decisions")) {
        throw UsageException.of("--design", design, "one of boin, i3+3, mtpi2, keyboard (3+3 only with --format "
            + "decisions)");
      }
      refuseIntervalOptions();
      out.print("3+3 (rows n = 3 and 6 decide; E at n = 6 means the dose is passed)\n"
          + decisions(ThreePlusThree.of(1, name.variant(), 1).decisionTable()));
      out.flush();
      return;
    }
    if (target == null) {
      throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
    }
    IntervalDesign d = design(name);
    out.print(switch (fmt) {
      case "csv" -> csv(d.decisionTable());
      case "json" -> Json.write(json(d)) + "\n";
      case "decisions" -> d.name() + "\n" + decisions(d.decisionTable());
      default -> table(d);
    });
    out.flush();
  }

  /** 3+3 has no target, cohorts or intervals: refuse the options that would be ignored. */
  private void refuseIntervalOptions() {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    for (String o : new String[] {"--target", "--cohort-size", "--cohorts", "--cutoff-eli", "--phi1", "--phi2",
        "--eps1", "--eps2"}) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, ""), "not an option of the 3+3 design");
      }
    }
  }

  /** The interval design; the library's builders validate every value (the CLI reports their messages). */
  private IntervalDesign design(DesignName name) {
    if (name == DesignName.BF_BOIN) {
      name = DesignName.BOIN; // BF-BOIN decides with BOIN's boundaries (docs/designs.md, "Backfilling: BF-BOIN")
    }
    IntervalOptions o = new IntervalOptions(phi1, phi2, eps1, eps2, cutoffEli, null, null, null, null, null);
    IntervalOptions.Option bad = o.firstNotFor(name);
    if (bad != null) {
      throw UsageException.of(bad.cliName(), Check.typed(spec, bad.cliName(), ""),
          IntervalOptions.onlyWith(bad, name, "--design "));
    }
    IntervalDesign.Builder<?> b = switch (name) {
      case BOIN -> o.applyTo(Boin.builder(target, 1));
      case I3PLUS3 -> o.applyTo(I3Plus3.builder(target, 1));
      case MTPI2 -> o.applyTo(Mtpi2.builder(target, 1));
      case KEYBOARD -> o.applyTo(Keyboard.builder(target, 1));
      default -> throw new IllegalStateException(name.toString());
    };
    return b.cohortSize(cohortSize).cohorts(cohorts).build();
  }

  /** The CSV text: a header and one row per n. */
  static String csv(DecisionTable t) {
    StringBuilder sb = new StringBuilder("n,escalate_if_le,deescalate_if_ge,eliminate_if_ge\n");
    for (int n = 1; n <= t.maxN(); n++) {
      sb.append(n).append(',').append(na(t.escalateIfLe(n))).append(',').append(na(t.deescalateIfGe(n)))
          .append(',').append(na(t.eliminateIfGe(n))).append('\n');
    }
    return sb.toString();
  }

  /**
   * The JSON object: the design, its target (and BOIN's λe, λd), and one list per column of the CSV, the n-th entry
   * for n patients (null where the CSV says NA).
   */
  static Map<String, Object> json(IntervalDesign d) {
    DecisionTable t = d.decisionTable();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", d.name());
    m.put("target", d.target());
    if (d instanceof Boin b) {
      m.put("lambda_e", b.lambdaE());
      m.put("lambda_d", b.lambdaD());
    }
    List<Integer> n = new ArrayList<>();
    List<Integer> e = new ArrayList<>();
    List<Integer> de = new ArrayList<>();
    List<Integer> el = new ArrayList<>();
    for (int i = 1; i <= t.maxN(); i++) {
      n.add(i);
      e.add(orNull(t.escalateIfLe(i)));
      de.add(orNull(t.deescalateIfGe(i)));
      el.add(orNull(t.eliminateIfGe(i)));
    }
    m.put("n", n);
    m.put("escalate_if_le", e);
    m.put("deescalate_if_ge", de);
    m.put("eliminate_if_ge", el);
    return m;
  }

  private static Integer orNull(int v) {
    return v < 0 ? null : v;
  }

  private static String table(IntervalDesign d) {
    DecisionTable t = d.decisionTable();
    StringBuilder sb = new StringBuilder(d.name()).append('\n');
    if (d instanceof Boin b) {
      sb.append(String.format(java.util.Locale.ROOT, "lambda_e = %.7f, lambda_d = %.7f%n", b.lambdaE(), b.lambdaD()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%5s  %16s  %19s  %18s%n",
        "n", "escalate if y <=", "de-escalate if y >=", "eliminate if y >="));
    for (int n = 1; n <= t.maxN(); n++) {
      sb.append(String.format(java.util.Locale.ROOT, "%5d  %16s  %19s  %18s%n",
          n, na(t.escalateIfLe(n)), na(t.deescalateIfGe(n)), na(t.eliminateIfGe(n))));
    }
    return sb.toString();
  }

  /** One row per n: {@code n: d(y=0) d(y=1) ... d(y=n)}. */
  static String decisions(DecisionTable t) {
    StringBuilder sb = new StringBuilder("n: decision for y = 0, 1, ..., n DLTs\n");
    sb.append(t);
    return sb.toString();
  }

  private static String na(int v) {
    return v < 0 ? "NA" : Integer.toString(v);
  }
}
