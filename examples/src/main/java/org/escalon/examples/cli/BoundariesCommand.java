package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.List;
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

  @Option(names = "--cutoff-eli", defaultValue = "0.95", paramLabel = "P",
      description = "Eliminate when Pr(p > target | data) exceeds this. Default: ${DEFAULT-VALUE}.")
  double cutoffEli;

  @Option(names = "--phi1", paramLabel = "P", description = "BOIN only: underdosing probability (default 0.6 x target).")
  Double phi1;

  @Option(names = "--phi2", paramLabel = "P", description = "BOIN only: overdosing probability (default 1.4 x target).")
  Double phi2;

  @Option(names = "--eps1", paramLabel = "E",
      description = "i3+3/mtpi2/keyboard only: target interval starts at target - eps1. Default: 0.05.")
  Double eps1;

  @Option(names = "--eps2", paramLabel = "E",
      description = "i3+3/mtpi2/keyboard only: target interval ends at target + eps2. Default: 0.05.")
  Double eps2;

  /** csv, table (default) or decisions (the E/S/D/DU decision for every n and y; also for 3+3). */
  @Mixin FormatOption format;

  private static final List<String> FORMATS = List.of("table", "csv", "decisions");

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
    if (name != DesignName.BOIN && (phi1 != null || phi2 != null)) {
      throw UsageException.of(phi1 != null ? "--phi1" : "--phi2", phi1 != null ? phi1 : phi2,
          "only with --design boin");
    }
    if (name == DesignName.BOIN && (eps1 != null || eps2 != null)) {
      throw UsageException.of(eps1 != null ? "--eps1" : "--eps2", eps1 != null ? eps1 : eps2,
          "only with --design i3+3, mtpi2 or keyboard (BOIN's interval is set by --phi1 and --phi2)");
    }
    double e1 = eps1 == null ? 0.05 : eps1;
    double e2 = eps2 == null ? 0.05 : eps2;
    return switch (name) {
      case BOIN -> {
        Boin.Builder b = Boin.builder(target, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli);
        if (phi1 != null) {
          b.phi1(phi1);
        }
        if (phi2 != null) {
          b.phi2(phi2);
        }
        yield b.build();
      }
      case I3PLUS3 -> I3Plus3.builder(target, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(e1).eps2(e2).build();
      case MTPI2 -> Mtpi2.builder(target, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(e1).eps2(e2).build();
      case KEYBOARD -> Keyboard.builder(target, 1).cohortSize(cohortSize).cohorts(cohorts).cutoffEli(cutoffEli)
          .eps1(e1).eps2(e2).build();
      default -> throw new IllegalStateException(name.toString());
    };
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
