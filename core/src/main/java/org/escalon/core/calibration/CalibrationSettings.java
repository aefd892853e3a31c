package org.escalon.core.calibration;

/**
 * How the search runs. Immutable; {@link #DEFAULT} chooses every budget from the number of fitted parameters
 * {@code d}.
 *
 * <p>The global search (CMA-ES) runs on the first {@code searchPatients} virtual patients of each regimen — the
 * same people every time, so its objective is smooth too, only noisier — and the polish (BOBYQA, or Brent's
 * method for one parameter) and the curvature on all of them. This two-fidelity scheme keeps a 4-parameter fit of
 * 4 regimens × 2000 patients within minutes.
 *
 * @param threads worker threads, in [1, 1024]; results do not depend on it
 * @param searchPatients patients per regimen in the global search; 0 = {@code max(min(n, 200), n/4)}
 * @param searchEvaluations CMA-ES budget; 0 = {@code 20·(d + 2)}
 * @param polishEvaluations polish budget; 0 = {@code 10·(d + 1)}
 * @param standardErrors whether to compute the curvature, standard errors and correlations
 */
public record CalibrationSettings(int threads, int searchPatients, int searchEvaluations, int polishEvaluations,
    boolean standardErrors) {

  /** One thread, automatic budgets, standard errors on. */
  public static final CalibrationSettings DEFAULT = new CalibrationSettings(1, 0, 0, 0, true);

  /**
   * Validates every budget and tolerance (a bad value is named with what is allowed).
   *
   * @param threads worker threads, in [1, 1024]; results do not depend on it
   * @param searchPatients patients per regimen in the global search; 0 = {@code max(min(n, 200), n/4)}
   * @param searchEvaluations CMA-ES budget; 0 = {@code 20·(d + 2)}
   * @param polishEvaluations polish budget; 0 = {@code 10·(d + 1)}
   * @param standardErrors whether to compute the curvature, standard errors and correlations
   */
  public CalibrationSettings {
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads = " + threads + ": must be a whole number in [1, 1024]");
    }
    if (searchPatients < 0) {
      throw new IllegalArgumentException("searchPatients = " + searchPatients + ": must be >= 0 (0 = automatic)");
    }
    if (searchEvaluations < 0 || searchEvaluations > 100_000) {
      throw new IllegalArgumentException("searchEvaluations = " + searchEvaluations
          + ": must be in [0, 100000] (0 = automatic)");
    }
    if (polishEvaluations < 0 || polishEvaluations > 100_000) {
      throw new IllegalArgumentException("polishEvaluations = " + polishEvaluations
          + ": must be in [0, 100000] (0 = automatic)");
    }
  }

  /**
   * A copy with another number of threads.
   *
   * @param t worker threads, 1..1024 (results do not depend on it)
   * @return a copy with another number of threads
   */
  public CalibrationSettings withThreads(int t) {
    return new CalibrationSettings(t, searchPatients, searchEvaluations, polishEvaluations, standardErrors);
  }

  /**
   * A copy with other budgets.
   *
   * @param searchPatientsPerRegimen virtual patients per regimen during the search (the polish uses the full cohort)
   * @param search objective evaluations of the global search (CMA-ES), ≥ 0
   * @param polish objective evaluations of the local polish (BOBYQA), ≥ 0
   * @return a copy with other budgets
   */
  public CalibrationSettings withBudgets(int searchPatientsPerRegimen, int search, int polish) {
    return new CalibrationSettings(threads, searchPatientsPerRegimen, search, polish, standardErrors);
  }

  /**
   * A copy with standard errors on or off.
   *
   * @param on {@code true} for a copy with standard errors on or off
   * @return a copy with standard errors on or off
   */
  public CalibrationSettings withStandardErrors(boolean on) {
    return new CalibrationSettings(threads, searchPatients, searchEvaluations, polishEvaluations, on);
  }

  int searchPatientsFor(int patients) {
    int auto = Math.max(Math.min(patients, 200), patients / 4);
    return searchPatients == 0 ? auto : Math.min(searchPatients, patients);
  }

  int searchEvaluationsFor(int d) {
    return searchEvaluations == 0 ? 20 * (d + 2) : searchEvaluations;
  }

  int polishEvaluationsFor(int d) {
    return polishEvaluations == 0 ? 10 * (d + 1) : polishEvaluations;
  }
}
