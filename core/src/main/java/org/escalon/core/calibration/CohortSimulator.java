package org.escalon.core.calibration;

/**
 * Simulates the virtual patients of one objective evaluation somewhere other than this process's threads, e.g. on
 * Apache Spark (module escalon-spark). An implementation cuts patients {@code 0..patients−1} into blocks, has each
 * block simulated by {@link CohortBlocks#simulate} (on any machine: the cohort is rebuilt there from the problem),
 * and joins the blocks in patient order. The objective then reduces the per-patient values exactly as it does
 * locally, so a calibration run with any simulator gives bit for bit the local result ({@link
 * Calibration#run(CalibrationProblem, CalibrationSettings, CalibrationListener, CohortSimulator)}).
 */
@FunctionalInterface
public interface CohortSimulator {

  /**
   * The population metrics of patients {@code 0..patients−1} at {@code values}: what {@code CohortBlocks.of(problem)
   * .simulate(values, 0, patients)} returns, however the work is spread.
   *
   * @param values the fitted parameters' values (external scale, in the problem's order)
   * @param patients the number of patients of this evaluation (the search uses fewer than the problem's)
   * @return {@code out[r][i·M + m]}: regimen r of {@link CohortBlocks#regimens()}, patient i, metric m of {@link
   *     CohortBlocks#METRICS}
   */
  double[][] simulate(double[] values, int patients);
}
