package org.escalon.simulation.oc;

import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.montecarlo.MonteCarloRunner;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TiteCrmTrials;

/**
 * Design-only operating characteristics of a TITE-CRM by simulation as R {@code dfcrm::titesim}
 * ({@link TiteCrmTrials}), with Monte Carlo standard errors; trial i uses stream (seed, i), so results are identical
 * for any number of threads. No exact counterpart: the follow-up times are continuous.
 */
public final class TiteCrmOc {

  private TiteCrmOc() {}

  /**
   *
   *
   * @param design the TITE-CRM
   * @param toxicity true DLT probabilities
   * @param target the target used to find the true MTD for "% above MTD", in (0, 1)
   * @param accrual fixed or Poisson arrivals
   * @param patientsPerWindow arrivals per DLT window (dfcrm {@code rate})
   * @param settings trials, seed, threads
   * @return selection, patients and DLTs per dose, % stopped without an MTD and the totals, with Monte Carlo
   *     standard errors
   */
  public static OperatingCharacteristics run(TiteCrm design, FixedToxicity toxicity, double target,
      TiteCrmTrials.Accrual accrual, double patientsPerWindow, MonteCarloSettings settings) {
    if (design == null || toxicity == null || settings == null) {
      throw new IllegalArgumentException("design, toxicity and settings must not be null");
    }
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    new TiteCrmTrials(design, toxicity, accrual, patientsPerWindow); // validates before any thread starts
    int k = design.doseCount();
    int trueMtd = toxicity.trueMtd(target);
    OcAccumulator acc = MonteCarloRunner.run(
        settings,
        () -> {
          TiteCrmTrials trials = new TiteCrmTrials(design, toxicity, accrual, patientsPerWindow);
          return (i, rng, a) -> {
            int mtd = trials.run(rng);
            a.add(trials.state(), mtd);
          };
        },
        () -> new OcAccumulator(k, trueMtd),
        OcAccumulator::combine);
    return acc.result(design.name(), toxicity.probabilities());
  }
}
