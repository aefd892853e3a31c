package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.IntervalDesign;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon oc}: operating characteristics of a design for fixed true DLT probabilities. */
@Command(name = "oc", mixinStandardHelpOptions = true,
    description = "Operating characteristics of an escalation design for fixed true DLT probabilities: exactly "
        + "(--exact, dynamic programming over trial states) or by Monte Carlo with standard errors (results do "
        + "not depend on --threads).")
public final class OcCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", required = true, paramLabel = "DESIGN",
      description = "boin, 3+3, i3+3, mtpi2 or keyboard.")
  String design;

  @Option(names = "--variant", paramLabel = "A|B",
      description = "3+3 only: A (escalation only, default) or B (with de-escalation, MTD needs 6 patients).")
  String variant;

  @Option(names = "--target", paramLabel = "PHI",
      description = "Target DLT probability in [0.05, 0.6] (optional for 3+3: only for % treated above the MTD).")
  Double target;

  @Option(names = "--p-true", required = true, paramLabel = "P1,P2,...",
      description = "True DLT probability of each dose, comma-separated, each in [0, 1].")
  String pTrue;

  @Option(names = "--cohort-size", paramLabel = "C", description = "Patients per cohort (interval designs). Default: 3.")
  Integer cohortSize;

  @Option(names = "--cohorts", paramLabel = "M", description = "Number of cohorts (interval designs). Default: 10.")
  Integer cohorts;

  @Option(names = "--start-dose", defaultValue = "1", paramLabel = "D", description = "Start dose level. Default: 1.")
  int startDose;

  @Option(names = "--n-early-stop", paramLabel = "N",
      description = "Stop when the current dose has N patients and the decision is to stay. Default: 100 (off).")
  Integer nEarlyStop;

  @Option(names = "--extrasafe", description = "Extra-safe stopping rule on dose 1.")
  boolean extrasafe;

  @Option(names = "--offset", paramLabel = "X", description = "Extra-safe offset. Default: 0.05.")
  Double offset;

  @Option(names = "--cutoff-eli", paramLabel = "P", description = "Elimination cutoff. Default: 0.95.")
  Double cutoffEli;

  @Option(names = "--titration", description = "Accelerated titration (one patient per dose until the first DLT).")
  boolean titration;

  @Option(names = "--bound-mtd", description = "BOIN only: the MTD's isotonic estimate must be <= lambda_d.")
  boolean boundMtd;

  @Option(names = "--exact", description = "Exact operating characteristics (no Monte Carlo error).")
  boolean exact;

  @Option(names = "--trials", defaultValue = "10000", paramLabel = "N",
      description = "Monte Carlo trials. Default: ${DEFAULT-VALUE}.")
  int trials;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Master seed. Default: 1.")
  long seed;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "T",
      description = "Worker threads (results do not depend on it). Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FMT",
      description = "json or table. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public void run() {
    DesignChoice choice = DesignChoice.parse("--design", design, true);
    boolean threePlusThree = choice == DesignChoice.THREE_PLUS_THREE;
    double phi = DesignChoice.target(target, !threePlusThree);
    double[] p = parseProbabilities(pTrue);
    if (!format.equals("json") && !format.equals("table")) {
      throw UsageException.of("--format", format, "json or table");
    }
    DesignChoice.checkRange("--start-dose", startDose, 1, p.length);
    ParseResult given = spec.commandLine().getParseResult();
    if (exact) {
      for (String o : new String[] {"--trials", "--seed", "--threads"}) {
        if (given.hasMatchedOption(o)) {
          throw UsageException.of(o, given.matchedOptionValue(o, ""), "not with --exact");
        }
      }
    } else {
      DesignChoice.checkRange("--trials", trials, 1, 100_000_000);
      DesignChoice.checkRange("--threads", threads, 1, 1024);
    }
    EscalationDesign d = threePlusThree ? threePlusThree(given, p.length) : intervalDesign(choice, phi, p.length, given);
    FixedToxicity tox = FixedToxicity.of(p);
    OperatingCharacteristics oc = exact
        ? ExactOc.compute(d, tox, phi)
        : MonteCarloOc.run(d, tox, phi, MonteCarloSettings.of(trials, seed, threads));
    PrintWriter out = spec.commandLine().getOut();
    out.println(format.equals("json") ? Json.write(json(oc, phi)) : table(oc));
    out.flush();
  }

  private EscalationDesign threePlusThree(ParseResult given, int doses) {
    for (String o : new String[] {"--cohort-size", "--cohorts", "--n-early-stop", "--extrasafe", "--offset",
        "--cutoff-eli", "--titration", "--bound-mtd"}) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, "true"), "not an option of the 3+3 design");
      }
    }
    ThreePlusThree.Variant v;
    String name = variant == null ? "A" : variant.trim().toUpperCase(Locale.ROOT);
    if (name.equals("A")) {
      v = ThreePlusThree.Variant.A;
    } else if (name.equals("B")) {
      v = ThreePlusThree.Variant.B;
    } else {
      throw UsageException.of("--variant", variant, "A (escalation only) or B (with de-escalation)");
    }
    return ThreePlusThree.of(doses, v, startDose);
  }

  private EscalationDesign intervalDesign(DesignChoice choice, double phi, int doses, ParseResult given) {
    if (variant != null) {
      throw UsageException.of("--variant", variant, "only with --design 3+3");
    }
    if (boundMtd && choice != DesignChoice.BOIN) {
      throw UsageException.of("--bound-mtd", "true", "only with --design boin");
    }
    int c = cohortSize == null ? 3 : cohortSize;
    int m = cohorts == null ? 10 : cohorts;
    DesignChoice.checkRange("--cohort-size", c, 1, 100);
    DesignChoice.checkRange("--cohorts", m, 1, 1000);
    if (c * m > 1000) {
      throw UsageException.of("--cohorts", m, "at most 1000 patients in all (cohorts x cohort size)");
    }
    int early = nEarlyStop == null ? 100 : nEarlyStop;
    DesignChoice.checkRange("--n-early-stop", early, 1, 100_000);
    double cut = cutoffEli == null ? 0.95 : cutoffEli;
    if (!(cut > 0 && cut < 1)) {
      throw UsageException.of("--cutoff-eli", cut, "a number in (0, 1)");
    }
    double off = offset == null ? 0.05 : offset;
    if (!(off >= 0 && off < 0.5 && off < cut)) {
      throw UsageException.of("--offset", off, "a number in [0, 0.5) below --cutoff-eli");
    }
    if (titration && c < 2) {
      throw UsageException.of("--titration", "true", "needs --cohort-size of 2 or more");
    }
    if (titration && startDose != 1) {
      throw UsageException.of("--start-dose", startDose, "1 with --titration (titration starts at dose 1)");
    }
    IntervalDesign.Builder<?> b = switch (choice) {
      case BOIN -> Boin.builder(phi, doses).boundMtd(boundMtd);
      case I3PLUS3 -> I3Plus3.builder(phi, doses);
      case MTPI2 -> Mtpi2.builder(phi, doses);
      case KEYBOARD -> Keyboard.builder(phi, doses);
      default -> throw new IllegalStateException(choice.toString());
    };
    b.cohortSize(c).cohorts(m).startDose(startDose).nEarlyStop(early).extrasafe(extrasafe).offset(off)
        .cutoffEli(cut).titration(titration);
    if (b instanceof Boin.Builder bb) {
      return bb.build();
    } else if (b instanceof I3Plus3.Builder ib) {
      return ib.build();
    } else if (b instanceof Mtpi2.Builder mb) {
      return mb.build();
    }
    return ((Keyboard.Builder) b).build();
  }

  static double[] parseProbabilities(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length > 100) {
      throw UsageException.of("--p-true", text, "at most 100 doses");
    }
    double[] p = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      double v;
      try {
        v = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw UsageException.of("--p-true", text, "comma-separated numbers in [0, 1]; '" + parts[i] + "' is not one");
      }
      if (!(v >= 0 && v <= 1)) {
        throw UsageException.of("--p-true", text, "comma-separated numbers in [0, 1]; " + parts[i].trim() + " is not");
      }
      p[i] = v;
    }
    return p;
  }

  private Map<String, Object> json(OperatingCharacteristics oc, double phi) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", oc.design());
    m.put("exact", oc.exact());
    if (!oc.exact()) {
      m.put("trials", oc.trials());
      m.put("seed", seed); // threads left out on purpose: the output is identical for any --threads
    }
    m.put("target", Double.isNaN(phi) ? null : phi);
    m.put("p_true", list(oc.trueProbabilities()));
    m.put("true_mtd", oc.trueMtd() == 0 ? null : oc.trueMtd());
    m.put("selection_pct", list(oc.selectionPct()));
    m.put("stop_pct", oc.stopPct());
    m.put("mean_n", list(oc.meanN()));
    m.put("mean_dlt", list(oc.meanDlt()));
    m.put("mean_total_n", oc.meanTotalN());
    m.put("mean_total_dlt", oc.meanTotalDlt());
    m.put("pct_above_mtd", Double.isNaN(oc.pctAboveMtd()) ? null : oc.pctAboveMtd());
    if (!oc.exact()) {
      m.put("selection_pct_se", list(oc.selectionPctSe()));
      m.put("stop_pct_se", oc.stopPctSe());
      m.put("mean_n_se", list(oc.meanNSe()));
      m.put("mean_dlt_se", list(oc.meanDltSe()));
      m.put("mean_total_n_se", oc.meanTotalNSe());
      m.put("mean_total_dlt_se", oc.meanTotalDltSe());
      m.put("pct_above_mtd_se", Double.isNaN(oc.pctAboveMtdSe()) ? null : oc.pctAboveMtdSe());
    }
    return m;
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }

  private static String table(OperatingCharacteristics oc) {
    StringBuilder sb = new StringBuilder(oc.design()).append(oc.exact() ? " (exact)" : " (" + oc.trials()
        + " trials, Monte Carlo SE in parentheses)").append('\n');
    sb.append(String.format(Locale.ROOT, "%5s %8s %18s %18s %18s%n", "dose", "p_true", "selected %",
        "mean patients", "mean DLTs"));
    double[] p = oc.trueProbabilities();
    for (int j = 0; j < p.length; j++) {
      sb.append(String.format(Locale.ROOT, "%5d %8.3f %18s %18s %18s%n", j + 1, p[j],
          cell(oc.selectionPct()[j], oc.selectionPctSe()[j], oc.exact()),
          cell(oc.meanN()[j], oc.meanNSe()[j], oc.exact()), cell(oc.meanDlt()[j], oc.meanDltSe()[j], oc.exact())));
    }
    sb.append(String.format(Locale.ROOT, "no MTD (stopped): %s %%%n", cell(oc.stopPct(), oc.stopPctSe(), oc.exact())));
    sb.append(String.format(Locale.ROOT, "mean sample size: %s%n", cell(oc.meanTotalN(), oc.meanTotalNSe(), oc.exact())));
    sb.append(String.format(Locale.ROOT, "mean DLTs:        %s%n",
        cell(oc.meanTotalDlt(), oc.meanTotalDltSe(), oc.exact())));
    if (oc.trueMtd() > 0) {
      sb.append(String.format(Locale.ROOT, "%% of patients above the true MTD (dose %d): %s%n", oc.trueMtd(),
          cell(oc.pctAboveMtd(), oc.pctAboveMtdSe(), oc.exact())));
    }
    return sb.toString();
  }

  private static String cell(double v, double se, boolean exact) {
    return exact ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.2f (%.2f)", v, se);
  }
}
