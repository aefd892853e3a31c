package org.escalon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepEngine;
import org.escalon.examples.sweep.SweepOutputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SparkSweep} on a local Spark context ({@code local[2,2]}: two cores, a failed task is tried twice) gives
 * exactly the local engine's results — every number of summary.json (printed by Jackson in round-trip precision,
 * so equal text means equal bits) and every trial's sample size and duration — for 1, 3 and 7 partitions and
 * several task sizes, and when a task fails once and is retried; a task that keeps failing ends the run with a
 * message naming its grid point and trial block.
 */
class SparkSweepTest {

  static final String SCENARIO = """
      name: spark-small
      doses_ug: [50, 100]
      schedules: [QD d1-14, QD d1-21]
      designs: [boin, "3+3A"]
      cycles: 1
      population: {size: 120}
      trials: 22
      seed: 7
      grid:
        target: [0.25, 0.3]
      """;

  static JavaSparkContext jsc;
  static ScenarioFile scenario;
  static List<Sweep.PointResult> local;

  @BeforeAll
  static void start() {
    scenario = ScenarioFile.parse("spark-small.yaml", SCENARIO);
    local = Sweep.run(scenario, null, 2, new Sweep.Monitor() { });
    jsc = new JavaSparkContext(SparkSweepEngine.conf(new SweepEngine.Options("local[2,2]", Map.of(), null, 8, 64,
        false), "escalon test"));
    jsc.setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    if (jsc != null) {
      jsc.stop();
    }
  }

  static SweepEngine.Job job(Integer partitions, int trialsPerTask, int patientsPerTask, StringWriter log) {
    return new SweepEngine.Job("spark-small.yaml", SCENARIO, scenario, null,
        new SweepEngine.Options(null, Map.of(), partitions, trialsPerTask, patientsPerTask, false),
        new PrintWriter(log, true));
  }

  /** summary.json without the wall times, and every trial's values, as text. */
  static String fingerprint(List<Sweep.PointResult> results) throws Exception {
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
        SweepOutputs.summary(results, new SweepOutputs.RunInfo(scenario, "cmd", "now", 0)));
    StringBuilder sb = new StringBuilder(json.replaceAll("(?m)^\\s*\"seconds\" : .*$\\n?", ""));
    for (Sweep.PointResult pr : results) {
      for (int a = 0; a < pr.result().arms().size(); a++) {
        for (int d = 0; d < pr.result().arms().get(a).designs().size(); d++) {
          for (int i = 0; i < pr.trials(a, d); i++) {
            sb.append(pr.point().index()).append('/').append(a).append('/').append(d).append('/').append(i)
                .append(' ').append(pr.sampleSize(a, d, i)).append(' ')
                .append(Double.doubleToRawLongBits(pr.durationDays(a, d, i))).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void resultsAreTheLocalEnginesForAnyPartitionCountAndTaskSize() throws Exception {
    String expected = fingerprint(local);
    assertThat(expected).contains("\"mtd_selection_pct\"").contains("1/1/1/21 ");
    for (Integer partitions : new Integer[] {1, 3, 7}) {
      StringWriter log = new StringWriter();
      long[] last = {0};
      List<Sweep.PointResult> spark = SparkSweep.run(jsc, job(partitions, 8, 64, log), new Sweep.Monitor() {
        @Override
        public void trialsDone(long done) {
          assertThat(done).isGreaterThan(last[0]);
          last[0] = done;
        }
      });
      assertThat(fingerprint(spark)).as("partitions " + partitions).isEqualTo(expected);
      // progress: every trial of both points counted once; tasks done / total on the log
      assertThat(last[0]).isEqualTo(2 * 22);
      assertThat(log.toString()).contains("spark model-truth: " + Math.min(partitions, 8) + "/"
          + Math.min(partitions, 8) + " tasks done").contains("spark trials: " + Math.min(partitions, 6) + "/"
          + Math.min(partitions, 6) + " tasks done");
    }
    // other cuts: one block per task and all trials of a point in one task; truth in one block per arm
    for (int[] sizes : new int[][] {{4, 1}, {100, 1000}}) {
      List<Sweep.PointResult> spark = SparkSweep.run(jsc, job(3, sizes[0], sizes[1], new StringWriter()),
          new Sweep.Monitor() { });
      assertThat(fingerprint(spark)).as("task sizes " + sizes[0] + "/" + sizes[1]).isEqualTo(expected);
    }
  }

  @Test
  void aTaskThatFailsOnceIsRetriedAndTheResultIsUnchanged() throws Exception {
    for (String fault : List.of("trials:1:once", "model-truth:2:once")) {
      jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, fault);
      try {
        List<Sweep.PointResult> spark = SparkSweep.run(jsc, job(3, 8, 64, new StringWriter()),
            new Sweep.Monitor() { });
        assertThat(fingerprint(spark)).as(fault).isEqualTo(fingerprint(local));
      } finally {
        jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, null);
      }
    }
  }

  @Test
  void aTaskThatKeepsFailingNamesItsGridPointAndTrialBlock() {
    // trial unit 4 with 8 trials per task: point 2 (3 units per point: trials 1..8, 9..16, 17..22), trials 9..16
    jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, "trials:4:always");
    try {
      assertThatThrownBy(() -> SparkSweep.run(jsc, job(null, 8, 64, new StringWriter()), new Sweep.Monitor() { }))
          .isInstanceOf(SweepEngine.EngineException.class)
          .hasMessageContaining("the Spark trials stage failed")
          .hasMessageContaining("grid point 2 (target=0.3), trials 9..16")
          .hasMessageContaining("injected test fault in trials unit 4, attempt 1");
    } finally {
      jsc.setLocalProperty(UnitJob.FAIL_PROPERTY, null);
    }
  }
}
