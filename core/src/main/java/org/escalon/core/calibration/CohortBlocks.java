package org.escalon.core.calibration;

import java.util.Objects;

/**
 * The shared virtual cohort of a calibration problem and the code that simulates it, by blocks of patients: what
 * a distributed {@link CohortSimulator} runs on each worker. Built from the problem alone (patient i from stream
 * {@code (seed, i)}), so every worker that builds it has the same people. Immutable after construction;
 * thread-safe.
 */
public final class CohortBlocks {

  /** Population metrics per patient and regimen (the stride of the layout {@code out[r][i·M + m]}). */
  public static final int METRICS = Metric.population().size();

  private final CrnObjective objective;

  private CohortBlocks(CrnObjective objective) {
    this.objective = objective;
  }

  /**
   * The cohort of {@code problem}.
   *
   * @param problem the calibration problem whose cohort is simulated
   * @return the cohort of {@code problem}
   */
  public static CohortBlocks of(CalibrationProblem problem) {
    return new CohortBlocks(new CrnObjective(Objects.requireNonNull(problem, "problem"), 1, null));
  }

  /**
   * The number of distinct regimens simulated for population metrics (the first index of the layout).
   *
   * @return the number of distinct regimens simulated for population metrics (the first index of the layout)
   */
  public int regimens() {
    return objective.regimens().size();
  }

  /**
   * Simulates patients {@code from..to−1} at {@code values} on the calling thread.
   *
   * @param values the fitted parameters' values (external scale, in the problem's order)
   * @param from the first patient of the block, ≥ 0
   * @param to one past the last patient
   * @return {@code out[r][(i − from)·M + m]}
   * @throws IllegalArgumentException unless {@code 0 <= from < to <= patients} and values has one entry per
   * fitted parameter
   */
  public double[][] simulate(double[] values, int from, int to) {
    return objective.simulateBlock(values, from, to);
  }
}
