package org.escalon.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.core.calibration.CohortBlocks;
import org.escalon.core.calibration.CohortSimulator;

/**
 * A calibration's objective evaluations on Spark: each evaluation is one Spark job whose units are (parameter
 * vector, block of patient indices); each task rebuilds the cohort from the calibration file's text ({@link
 * Units.Calibration}) and simulates its block with {@link CohortBlocks#simulate}; the driver joins the blocks in
 * patient order. The objective then reduces exactly as locally, so the calibration is bit for bit the local one.
 * Used by one thread (the calibration's) at a time.
 */
final class SparkCohortSimulator implements CohortSimulator {

  private final JavaSparkContext jsc;
  private final Units.Calibration source;
  private final int patientsPerTask;
  private final Integer partitions;
  private final PrintWriter log;
  private int evaluations;

  /**
   * @param patientsPerTask patients per unit of work, &ge; 1
   * @param partitions partitions per job, or {@code null} for one per unit
   */
  SparkCohortSimulator(JavaSparkContext jsc, Units.Calibration source, int patientsPerTask, Integer partitions,
      PrintWriter log) {
    this.jsc = jsc;
    this.source = source;
    this.patientsPerTask = patientsPerTask;
    this.partitions = partitions;
    this.log = log;
  }

  @Override
  public double[][] simulate(double[] values, int patients) {
    double[] v = values.clone();
    Units.Calibration src = source; // the task captures the text, not this driver-side object
    List<Units.CohortUnit> units = new ArrayList<>();
    for (int from = 0; from < patients; from += patientsPerTask) {
      units.add(new Units.CohortUnit(units.size(), from, Math.min(from + patientsPerTask, patients)));
    }
    double[][][] out = {null};
    evaluations++;
    UnitJob.run(jsc, "calibration evaluation " + evaluations, units, partitions, (u, probe) -> u.run(src, v, probe),
        r -> r.unit().index(), r -> {
          double[][] b = r.block();
          if (out[0] == null) {
            out[0] = new double[b.length][patients * CohortBlocks.METRICS];
          }
          for (int reg = 0; reg < b.length; reg++) {
            System.arraycopy(b[reg], 0, out[0][reg], r.unit().from() * CohortBlocks.METRICS, b[reg].length);
          }
        }, log, false);
    return out[0];
  }
}
