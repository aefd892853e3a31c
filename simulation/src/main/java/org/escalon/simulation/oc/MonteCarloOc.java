package org.escalon.simulation.oc;

import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.ToxicitySource;
import org.escalon.simulation.trial.TrialRunner;

/**
 * Operating characteristics by simulation, with Monte Carlo standard errors. Trial i uses stream (seed, i);
 * results are identical for any number of threads.
 */
public final class MonteCarloOc {

  private MonteCarloOc() {}

  /**
   * Simulates {@code design} against fixed true DLT probabilities.
   *
   * @param design the design
   * @param toxicity true DLT probabilities (one per dose of the design)
   * @param target the target DLT probability used to find the true MTD, in (0, 1) (NaN: not reported)
   * @param settings trials, seed, threads
   * @return the operating characteristics with Monte Carlo standard errors
   */
  public static OperatingCharacteristics run(
      EscalationDesign design, FixedToxicity toxicity, double target, MonteCarloSettings settings) {
    if (toxicity == null) {
      throw new IllegalArgumentException("toxicity must not be null");
    }
    if (!Double.isNaN(target) && !(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1), or NaN for not reported");
    }
    int trueMtd = Double.isNaN(target) ? 0 : toxicity.trueMtd(target);
    return run(design, toxicity, toxicity.probabilities(), trueMtd, settings);
  }

  /**
   * Simulates {@code design} with DLTs from any toxicity source (e.g. a PK/PD model).
   *
   * @param design the design
   * @param toxicity the DLT source
   * @param reportedProbabilities the per-dose DLT probabilities to report (NaN where unknown)
   * @param trueMtd the true MTD's dose level for "% above MTD", 0 if unknown
   * @param settings trials, seed, threads
   * @return the operating characteristics with Monte Carlo standard errors
   */
  public static OperatingCharacteristics run(
      EscalationDesign design,
      ToxicitySource toxicity,
      double[] reportedProbabilities,
      int trueMtd,
      MonteCarloSettings settings) {
    if (design == null || toxicity == null || reportedProbabilities == null || settings == null) {
      throw new IllegalArgumentException("design, toxicity, reportedProbabilities and settings must not be null");
    }
    int k = design.doseCount();
    if (toxicity.doseCount() != k || reportedProbabilities.length != k) {
      throw new IllegalArgumentException("design has " + k + " doses; toxicity source has " + toxicity.doseCount()
          + " and reportedProbabilities " + reportedProbabilities.length);
    }
    if (trueMtd < 0 || trueMtd > k) {
      throw new IllegalArgumentException("trueMtd = " + trueMtd + ": must be in 0.." + k);
    }
    OcAccumulator acc =
        MonteCarloRunner.run(
            settings,
            () -> {
              TrialRunner runner = new TrialRunner(design, toxicity);
              return (i, rng, a) -> {
                int mtd = runner.runInPlace(i, rng);
                a.add(runner.state(), mtd);
              };
            },
            () -> new OcAccumulator(k, trueMtd),
            OcAccumulator::combine);
    return acc.result(design.name(), reportedProbabilities);
  }
}
