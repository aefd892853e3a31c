package org.escalon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.core.calibration.Calibration;
import org.escalon.core.calibration.CalibrationListener;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.examples.calibrate.CalibrationFile;
import org.escalon.examples.sweep.SweepEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small calibration on Spark ({@code local[2,2]}) gives bit for bit the local result — fitted values, standard
 * errors, objective, the whole trace — with 3 partitions, and with 1 partition when a task fails once and is
 * retried, in blocks of 7 patients (the last shorter); {@code escalon calibrate --engine spark} writes the local engine's files.
 */
class SparkCalibrationTest {

  static final String SMALL = """
      name: small
      fit:
        - {parameter: DC50_M, lower: 1, upper: 40, scale: log}
        - {parameter: omega.EMAXN, lower: 0.3, upper: 2.0, scale: log}
      targets:
        - {regimen: "100 ug QD d1-14 x1 + dex 40 mg", metric: neutropenia_any, value: 0.5, n: 60}
        - {regimen: "200 ug QD d1-14 x1 + dex 40 mg", metric: dlt_cycle1, value: 0.3, n: 60}
        - {regimen: "100 ug QD d1-14 x1 + dex 40 mg", metric: anc_nadir_typical, value: 1.5, se: 0.2}
      population: {size: 40, search_size: 20}
      search: {evaluations: 8, polish_evaluations: 6}
      model: {omega: {CL: 0.3}}
      seed: 3
      threads: 2
      """;

  static void assertSame(CalibrationResult actual, CalibrationResult expected) {
    assertThat(actual.values()).isEqualTo(expected.values());
    assertThat(actual.standardErrors()).isEqualTo(expected.standardErrors());
    assertThat(actual.objective()).isEqualTo(expected.objective());
    assertThat(actual.trace()).isEqualTo(expected.trace());
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
  }

  /** Without the wall time of calibration.json and the date stamped in model.yaml's header. */
  static String withoutTimes(String text) {
    return SparkCliTest.withoutWallClock(text).replaceAll(", \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z\\.", ", DATE.");
  }

  @Test
  void calibrationOnSparkIsTheLocalOneBitForBit() {
    CalibrationFile cf = CalibrationFile.parse("small.yaml", SMALL);
    CalibrationResult local = Calibration.run(cf.problem(), cf.settings());
    JavaSparkContext jsc = new JavaSparkContext(SparkSweepEngine.conf(new SweepEngine.Options("local[2,2]",
        Map.of(), null, 32, 7, false), "escalon calibration test"));
    jsc.setLogLevel("ERROR");
    try {
      CalibrationResult spark = Calibration.run(cf.problem(), cf.settings(), CalibrationListener.NONE,
          new SparkCohortSimulator(jsc, new Units.Calibration("small.yaml", SMALL), 7, 3,
              new PrintWriter(new StringWriter(), true)));
      assertSame(spark, local);
      // one partition, and the first attempt of a task of the third evaluation fails: retried, same result
      jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, "calibration evaluation 3:2:once");
      CalibrationResult retried = Calibration.run(cf.problem(), cf.settings(), CalibrationListener.NONE,
          new SparkCohortSimulator(jsc, new Units.Calibration("small.yaml", SMALL), 7, 1,
              new PrintWriter(new StringWriter(), true)));
      assertSame(retried, local);
    } finally {
      jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, null);
      jsc.stop();
    }
  }

  @Test
  void calibrateCommandWithTheSparkEngineWritesTheLocalFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, SMALL);
    SparkCliTest.Run l = SparkCliTest.escalon("calibrate", file.toString(), "--out", dir.resolve("l").toString());
    assertThat(l.status()).as(l.err()).isZero();
    SparkCliTest.Run s = SparkCliTest.escalon("calibrate", file.toString(), "--out", dir.resolve("s").toString(),
        "--engine", "spark", "--master", "local[2]", "--patients-per-task", "9");
    assertThat(s.status()).as(s.err()).isZero();
    for (String f : List.of("calibration.json", "targets.csv", "parameters.csv", "trace.csv", "model.yaml")) {
      assertThat(withoutTimes(Files.readString(dir.resolve("s").resolve(f)))).as(f)
          .isEqualTo(withoutTimes(Files.readString(dir.resolve("l").resolve(f))));
    }
    assertThat(s.out()).isEqualTo(l.out().replace(dir.resolve("l").toString(), dir.resolve("s").toString()));
  }
}
