package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.BfBoinBuilder;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.IntervalDesign;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.BackfillOc;
import org.escalon.simulation.oc.BfBoinOc;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.BfBoinAccrual;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.examples.input.Limit;
import org.escalon.examples.input.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      description = "boin, 3+3 (= 3+3A), 3+3B, i3+3, mtpi2, keyboard, bf-boin (BOIN with backfilling, in "
          + "months: see the bf-boin options), tite-boin (time-to-event, with the duration), crm or tite-crm (model-based, "
          + "as R dfcrm: see the crm/tite-crm options).")
  String design;

  @Option(names = "--variant", paramLabel = "A|B",
      description = "3+3 only: A (escalation only, default) or B (with de-escalation, MTD needs 6 patients); "
          + "--design 3+3B is the same as --design 3+3 --variant B.")
  String variant;

  @Option(names = "--target", paramLabel = "PHI",
      description = "Target DLT probability in [0.05, 0.6] (optional for 3+3: only for %% treated above the MTD).")
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

  @Option(names = "--exact", description = "Exact operating characteristics (no Monte Carlo error).")
  boolean exact;

  @Option(names = "--trials", defaultValue = "10000", paramLabel = "N",
      description = "Monte Carlo trials. Default: ${DEFAULT-VALUE}.")
  int trials;

  @Option(names = "--top-dose", paramLabel = "bcrm|confirm-with-6",
      description = "3+3B only: after 0/3 at the top dose stop with it as MTD (bcrm, default, as R bcrm threep3) or "
          + "treat 3 more there first (confirm-with-6).")
  String topDose;

  @Option(names = "--doses", paramLabel = "D1,D2,...",
      description = "blrm: the doses, strictly increasing, > 0, one per --p-true value. Default: 1,2,...,K.")
  String doses;

  /** --phi1, --phi2, --eps1, --eps2, --cutoff-eli, --extrasafe, --offset, --n-early-stop, --titration, --bound-mtd. */
  @Mixin IntervalDesignOptions interval;
  @Mixin BlrmOptions blrm;
  @Mixin BackfillOptions backfill;
  @Mixin SeedOption seed;
  @Mixin ThreadsOption threads;
  @Mixin FormatOption format;
  @Mixin TimeToEventOptions timeToEvent;
  @Mixin CrmOcOptions crm;

  /** The interval-design options given, checked against the design (set by {@link #run()}). */
  IntervalOptions options = IntervalOptions.NONE;

  @Override
  public void run() {
    DesignName name = parseDesign();
    double[] p = parseProbabilities(pTrue);
    format.format(FORMATS); // a bad --format is reported before any work
    warnIfNotIncreasing(p);
    ParseResult given = spec.commandLine().getParseResult();
    timeToEvent.refuseWith(spec, name);
    options = interval.forDesign(spec, name);
    if (!name.modelBased()) {
      crm.refuseFor(spec, name.key());
    }
    if (name == DesignName.BF_BOIN) {
      runBfBoin(p, given);
      return;
    }
    backfill.refuseFor(spec, name.key());
    if (name != DesignName.BLRM) {
      BlrmOptions.refuseWith(spec, name.key());
      if (doses != null) {
        throw UsageException.of("--doses", doses, "only with --design blrm");
      }
    }
    if (name == DesignName.TITE_CRM) {
      OperatingCharacteristics oc = crm.runTite(spec, p, reportedTarget(name), cohorts, startDose, exact,
          timeToEvent.windowDays, timeToEvent.accrualPerWindow, MonteCarloSettings.of(Check.limit(spec, "--trials",
              trials, Limit.TRIALS), seed.seed(), threads.threads()));
      print(json(oc, reportedTarget(name)), OcOutput.table(oc) + "\n");
      return;
    }
    if (timeToEvent.applies(spec, name)) {
      timeToEvent.run(this, spec, name, p, trials, seed.seed(), threads.threads());
      return;
    }
    if (exact) {
      for (String o : new String[] {"--trials", "--seed", "--threads"}) {
        if (given.hasMatchedOption(o)) {
          throw UsageException.of(o, given.matchedOptionValue(o, ""), "not with --exact");
        }
      }
    }
    EscalationDesign d = countBased(name, p.length);
    double phi = reportedTarget(name);
    FixedToxicity tox = FixedToxicity.of(p);
    OperatingCharacteristics oc = exact
        ? ExactOc.compute(d, tox, phi)
        : MonteCarloOc.run(d, tox, phi, MonteCarloSettings.of(Check.limit(spec, "--trials", trials, Limit.TRIALS),
            seed.seed(), threads.threads()));
    print(json(oc, phi), OcOutput.table(oc) + "\n");
  }

  /** BF-BOIN: Monte Carlo only, in months (docs/designs.md, "Backfilling: BF-BOIN"). */
  private void runBfBoin(double[] p, ParseResult given) {
    for (String o : new String[] {"--exact", "--variant"}) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, "true"), "not with --design bf-boin (Monte Carlo, "
            + "no titration, as R bfboin)");
      }
    }
    double phi = target == null ? missingTarget() : target;
    BfBoinBuilder b = options.applyTo(BfBoin.builder(phi, p.length).startDose(startDose));
    applyGiven(b::cohortSize, b::cohorts);
    backfill.configure(b);
    BfBoin d = b.build();
    double[] r = backfill.responses(p.length);
    BfBoinAccrual a = backfill.accrual(spec);
    BackfillOc oc = BfBoinOc.run(d, p, r, a, MonteCarloSettings.of(Check.limit(spec, "--trials", trials,
        Limit.TRIALS), seed.seed(), threads.threads()));
    Map<String, Object> m = json(oc.mtd(), phi);
    BackfillOptions.putJson(m, oc, r, d, a);
    print(m, OcOutput.table(oc.mtd()) + BackfillOptions.table(oc));
  }

  /** The count-based design named, for {@code doses} doses, from the options. */
  EscalationDesign countBased(DesignName name, int doses) {
    ParseResult given = spec.commandLine().getParseResult();
    if (name == DesignName.CRM) {
      return crm.design(spec, reportedTarget(name), doses, cohortSize, cohorts, startDose);
    }
    return name == DesignName.BLRM ? blrmDesign(given, doses)
        : name.interval() ? intervalDesign(name, reportedTarget(name), doses, given)
        : threePlusThree(name, given, doses);
  }

  /** The target: required for interval designs, optional for 3+3 (NaN when not given). */
  double reportedTarget(DesignName name) {
    return name.interval() && name != DesignName.BLRM ? (target == null ? missingTarget() : target)
        : threePlusThreeTarget();
  }

  private DesignName parseDesign() {
    try {
      return DesignName.parse(design);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--design", design, "one of " + DesignName.ALLOWED);
    }
  }

  private static double missingTarget() {
    throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
  }

  /** 3+3 designs have no target; a given one only defines the true MTD for % treated above it. */
  private double threePlusThreeTarget() {
    if (target == null) {
      return Double.NaN;
    }
    if (!(target >= 0.05 && target <= 0.6)) {
      throw UsageException.of("--target", target, "a number in [0.05, 0.6]");
    }
    return target;
  }

  private EscalationDesign threePlusThree(DesignName name, ParseResult given, int doses) {
    for (String o : new String[] {"--cohort-size", "--cohorts"}) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, "true"), "not an option of the 3+3 design");
      }
    }
    ThreePlusThree.Variant v = name.variant();
    if (variant != null) {
      String typed = variant.trim().toUpperCase(Locale.ROOT);
      if (!typed.equals("A") && !typed.equals("B")) {
        throw UsageException.of("--variant", variant, "A (escalation only) or B (with de-escalation)");
      }
      if (name == DesignName.THREE_PLUS_THREE_B && typed.equals("A")) {
        throw UsageException.of("--variant", variant, "B with --design 3+3B (or use --design 3+3)");
      }
      v = ThreePlusThree.Variant.valueOf(typed);
    }
    if (topDose != null && v != ThreePlusThree.Variant.B) {
      throw UsageException.of("--top-dose", topDose, "only with variant B (--design 3+3B)");
    }
    ThreePlusThree.TopDose rule;
    try {
      rule = topDose == null ? ThreePlusThree.TopDose.BCRM : ThreePlusThree.TopDose.parse(topDose);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--top-dose", topDose, "bcrm or confirm-with-6");
    }
    return ThreePlusThree.of(doses, v, startDose, rule);
  }

  /** BLRM with EWOC: N = cohorts × cohort size (defaults 10 × 3); the library validates every value. */
  private EscalationDesign blrmDesign(ParseResult given, int k) {
    for (String o : new String[] {"--variant", "--top-dose"}) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, "true"), "not an option of --design blrm");
      }
    }
    int cs = cohortSize == null ? 3 : Check.range("--cohort-size", cohortSize, 1, 30);
    int co = cohorts == null ? 10 : Check.range("--cohorts", cohorts, 1, 1000);
    if (cs * co > 1000) {
      throw UsageException.of("--cohorts", co, "at most 1000 patients (--cohorts x --cohort-size)");
    }
    return blrm.design(BlrmOptions.doses(doses, k), cs, cs * co, startDose);
  }

  /** The interval design; the library's builder validates every value (the CLI reports its message). */
  private EscalationDesign intervalDesign(DesignName name, double phi, int doses, ParseResult given) {
    if (variant != null) {
      throw UsageException.of("--variant", variant, "only with --design 3+3");
    }
    IntervalDesign d = switch (name) {
      case BOIN -> build(Boin.builder(phi, doses));
      case I3PLUS3 -> build(I3Plus3.builder(phi, doses));
      case MTPI2 -> build(Mtpi2.builder(phi, doses));
      case KEYBOARD -> build(Keyboard.builder(phi, doses));
      default -> throw new IllegalStateException(name.toString());
    };
    return d;
  }

  /** The design with the start dose, cohorts and interval options given (the library validates every value). */
  private <B extends IntervalDesign.Builder<B>> IntervalDesign build(B b) {
    options.applyTo(b.startDose(startDose));
    applyGiven(b::cohortSize, b::cohorts);
    return b.build();
  }

  /** Passes --cohort-size and --cohorts, when given, to a builder (interval designs' or BF-BOIN's). */
  private void applyGiven(IntConsumer setCohortSize, IntConsumer setCohorts) {
    if (cohortSize != null) {
      setCohortSize.accept(cohortSize);
    }
    if (cohorts != null) {
      setCohorts.accept(cohorts);
    }
  }

  static double[] parseProbabilities(String text) {
    return parseProbabilities("--p-true", text);
  }

  /** Comma-separated probabilities given to {@code option}. */
  static double[] parseProbabilities(String option, String text) {
    String allowed = "comma-separated probabilities, each " + Limit.PROBABILITY.allowed() + ", "
        + Limit.DOSE_LEVELS.allowed();
    double[] p;
    try {
      p = Numbers.parseList(option, text);
    } catch (IllegalArgumentException e) {
      throw UsageException.of(option, text, allowed + "; " + Check.reason(e));
    }
    if (!Limit.DOSE_LEVELS.contains(p.length)) {
      throw UsageException.of(option, text, allowed);
    }
    for (double v : p) {
      if (!Limit.PROBABILITY.contains(v)) {
        throw UsageException.of(option, text, allowed + "; " + Limit.show(v) + " is not");
      }
    }
    return p;
  }

  /** R's BOIN accepts probabilities that do not increase with dose, and so does Escalon, with a warning. */
  private void warnIfNotIncreasing(double[] p) {
    for (int i = 1; i < p.length; i++) {
      if (!(p[i] > p[i - 1])) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("escalon: warning: --p-true " + pTrue + " does not increase with dose (dose " + (i + 1)
            + " is not above dose " + i + "); results are computed as given");
        err.flush();
        return;
      }
    }
  }

  /** The JSON object of {@code oc} (with the seed of a Monte Carlo run). */
  Map<String, Object> json(OperatingCharacteristics oc, double phi) {
    return OcOutput.json(oc, phi, seed.seed());
  }

  /**
   * Prints a result in the chosen {@code --format}: {@code table} (the text), {@code json} (the object) or {@code
   * csv} (the object's numbers as tidy rows, {@link OcOutput#csv}).
   */
  void print(Map<String, Object> json, String table) {
    PrintWriter out = spec.commandLine().getOut();
    switch (format.format(FORMATS)) {
      case "json" -> out.println(Json.write(json));
      case "csv" -> out.print(OcOutput.csv(json));
      default -> out.print(table);
    }
    out.flush();
  }

  /** The formats of {@code oc}. */
  static final List<String> FORMATS = List.of("table", "json", "csv");
}
