package org.escalon.spark;

import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.core.calibration.CohortSimulator;
import org.escalon.examples.calibrate.CalibrationEngine;
import org.escalon.examples.sweep.SweepEngine;

/**
 * {@code calibrate --engine spark}: every objective evaluation's virtual patients simulated on Apache Spark
 * ({@link SparkCohortSimulator}), in tasks of {@code --patients-per-task} patients; the calibration itself (the
 * search, the fit, the standard errors) and the outputs stay on the driver. Found by {@link
 * java.util.ServiceLoader}; Spark settings as for sweeps ({@link SparkSweepEngine#conf}). Stateless.
 */
public final class SparkCalibrationEngine implements CalibrationEngine {

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public <T> T run(Job job, Function<CohortSimulator, T> body) {
    SparkConf conf = SparkSweepEngine.conf(job.options(), "escalon calibrate " + job.fileName());
    JavaSparkContext jsc;
    try {
      jsc = new JavaSparkContext(conf);
    } catch (RuntimeException e) {
      throw new SweepEngine.EngineException("cannot start Spark with master " + conf.get("spark.master") + ": "
          + e, e);
    }
    try {
      jsc.setLogLevel(conf.get("spark.escalon.logLevel", "WARN"));
      return body.apply(new SparkCohortSimulator(jsc, new Units.Calibration(job.fileName(), job.text()),
          job.options().patientsPerTask(), job.options().partitions(), job.log()));
    } finally {
      jsc.stop();
    }
  }
}
