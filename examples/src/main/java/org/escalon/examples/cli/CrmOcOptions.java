package org.escalon.examples.cli;

import java.util.List;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.design.crm.TiteWeights;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.oc.TiteCrmOc;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TiteCrmTrials;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code oc --design crm|tite-crm}: the CRM's options ({@link CrmOptions}), the sample size, the TITE-CRM's weights
 * and dfcrm titesim's arrival process; builds the design (docs/designs.md, "Model-based designs: CRM and TITE-CRM").
 * The TITE-CRM reads the window and the accrual rate from the time-to-event options ({@code --window-days}, default
 * 28; {@code --accrual-per-window}, here dfcrm's {@code rate} with dfcrm's default 1). A CRM with {@code
 * --window-days} or {@code --accrual-per-window} runs in calendar time like every count-based design.
 */
public final class CrmOcOptions {

  /** Options of the TITE-CRM only. */
  static final List<String> TITE = List.of("--weights", "--arrivals");

  /** Options of other designs that the CRM and TITE-CRM refuse. */
  private static final List<String> NOT_CRM = List.of("--variant", "--n-early-stop", "--extrasafe", "--offset",
      "--cutoff-eli", "--titration", "--bound-mtd");

  /** Time-to-event options of TITE-BOIN that the TITE-CRM refuses (its onset is uniform, as in titesim). */
  private static final List<String> NOT_TITE_CRM = List.of("--onset-alpha1", "--onset-alpha2", "--max-pending",
      "--estimator", "--closed-arrivals", "--cohort-size");

  @Mixin CrmOptions crm;

  @Option(names = "--sample-size", paramLabel = "N",
      description = "crm/tite-crm: patients in total (crm: a multiple of --cohort-size). Default: --cohorts x "
          + "--cohort-size (crm), --cohorts or else 30 (tite-crm).")
  Integer sampleSize;

  @Option(names = "--weights", paramLabel = "linear|adaptive",
      description = "tite-crm: dfcrm's weighting scheme. Default: linear.")
  String weights;

  @Option(names = "--arrivals", paramLabel = "fixed|poisson",
      description = "tite-crm: arrivals every W/r (fixed, dfcrm's default) or Poisson with rate r/W, with "
          + "r = --accrual-per-window (default 1 for tite-crm, as dfcrm) and W = --window-days.")
  String accrual;

  /** Refuses this mixin's options for a design that is not crm or tite-crm. */
  void refuseFor(CommandSpec spec, String design) {
    ParseResult given = spec.commandLine().getParseResult();
    List<String> all = new java.util.ArrayList<>(CrmOptions.NAMES);
    all.add("--sample-size");
    all.addAll(TITE);
    refuse(given, all, "only with --design crm or tite-crm (not " + design + ")");
  }

  /** The CRM of these options for {@code doses} doses. */
  Crm design(CommandSpec spec, double target, int doses, Integer cohortSize, Integer cohorts, int startDose) {
    ParseResult given = spec.commandLine().getParseResult();
    refuse(given, NOT_CRM, "not an option of --design crm");
    refuse(given, TITE, "only with --design tite-crm");
    if (sampleSize != null && cohorts != null) {
      throw UsageException.of("--cohorts", cohorts, "not with --sample-size");
    }
    int c = cohortSize == null ? 3 : cohortSize;
    return crm.builder(target, crm.skeleton(spec, target, doses, "--p-true")).startDose(startDose).cohortSize(c)
        .sampleSize(sampleSize != null ? sampleSize : c * (cohorts == null ? 10 : cohorts)).build();
  }

  /** The TITE-CRM's design-only operating characteristics (Monte Carlo only). */
  OperatingCharacteristics runTite(CommandSpec spec, double[] p, double target, Integer cohorts, int startDose,
      boolean exact, Integer windowDays, Double perWindow, MonteCarloSettings settings) {
    ParseResult given = spec.commandLine().getParseResult();
    refuse(given, NOT_CRM, "not an option of --design tite-crm");
    refuse(given, NOT_TITE_CRM, "not an option of --design tite-crm (patients enter one at a time; DLT onset "
        + "uniform in the window, as dfcrm titesim)");
    if (exact) {
      throw UsageException.of("--exact", "true", "not with --design tite-crm (continuous follow-up times): use Monte "
          + "Carlo");
    }
    if (sampleSize != null && cohorts != null) {
      throw UsageException.of("--cohorts", cohorts, "not with --sample-size");
    }
    int n = sampleSize != null ? sampleSize : cohorts != null ? cohorts : 30;
    Crm.Builder b = crm.builder(target, crm.skeleton(spec, target, p.length, "--p-true")).startDose(startDose);
    TiteCrm d = TiteCrm.of(b.cohortSize(1).sampleSize(n).build(), windowDays == null ? 28 : windowDays, scheme());
    return TiteCrmOc.run(d, FixedToxicity.of(p), target, accrualMode(), perWindow == null ? 1 : perWindow,
        settings);
  }
  private TiteWeights.Scheme scheme() {
    try {
      return weights == null ? TiteWeights.Scheme.LINEAR : TiteWeights.Scheme.parse(weights);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--weights", weights, "linear or adaptive");
    }
  }

  private TiteCrmTrials.Accrual accrualMode() {
    if (accrual == null || accrual.trim().equalsIgnoreCase("fixed")) {
      return TiteCrmTrials.Accrual.FIXED;
    }
    if (accrual.trim().equalsIgnoreCase("poisson")) {
      return TiteCrmTrials.Accrual.POISSON;
    }
    throw UsageException.of("--arrivals", accrual, "fixed or poisson");
  }

  private static void refuse(ParseResult given, List<String> options, String why) {
    for (String o : options) {
      if (given.hasMatchedOption(o)) {
        throw UsageException.of(o, given.matchedOptionValue(o, "true"), why);
      }
    }
  }
}
