package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's BLRM posterior intervals ({@code blrm_intervals.csv}, behind the stacked-bar chart) against an
 * independent brute-force integration of the posterior written here (midpoint rule on a fine grid over the prior's
 * ±6 SD), for the representative trial, chosen again here by its documented rule, and on average over trials.
 */
class BlrmIntervalsTest {

  static final double[] DOSES = {50, 100, 150, 200};
  static final double REF = 150;
  static final double MEDIAN = 0.3;

  /**
   * P(under), P(target), P(over) per dose given n, y, by brute force: [interval][dose]. Midpoint rule on a g × g
   * grid in (log α, log β); since p is increasing in log α for fixed log β, the interval limits cut each row at
   * known log α values, and a cell cut by a limit is split in proportion (so the limits cost no grid error).
   */
  static double[][] bruteForce(int[] n, int[] y) {
    double m1 = Math.log(MEDIAN / (1 - MEDIAN));
    int g = 600;
    double lo1 = m1 - 12;
    double h1 = 24.0 / g;
    double lo2 = -6;
    double h2 = 12.0 / g;
    double[] logw = new double[g * g];
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < g; a++) {
      double la = lo1 + (a + 0.5) * h1;
      for (int b = 0; b < g; b++) {
        double lb = lo2 + (b + 0.5) * h2;
        double lw = -0.5 * ((la - m1) / 2) * ((la - m1) / 2) - 0.5 * lb * lb;
        for (int j = 0; j < DOSES.length; j++) {
          double eta = la + Math.exp(lb) * Math.log(DOSES[j] / REF);
          // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta)
          lw += -y[j] * Math.log1p(Math.exp(-eta)) - (n[j] - y[j]) * Math.log1p(Math.exp(eta));
        }
        logw[a * g + b] = lw;
        max = Math.max(max, lw);
      }
    }
    double[][] acc = new double[3][DOSES.length];
    double total = 0;
    double c1 = Math.log(0.16 / 0.84);
    double c2 = Math.log(0.33 / 0.67);
    for (int b = 0; b < g; b++) {
      double lb = lo2 + (b + 0.5) * h2;
      for (int a = 0; a < g; a++) {
        double w = Math.exp(logw[a * g + b] - max);
        total += w;
        double cellLo = lo1 + a * h1;
        for (int j = 0; j < DOSES.length; j++) {
          double shift = Math.exp(lb) * Math.log(DOSES[j] / REF);
          // fraction of the cell with log α below each limit: p < 0.16 ⇔ log α < c1 − shift
          double below1 = Math.min(1, Math.max(0, (c1 - shift - cellLo) / h1));
          double below2 = Math.min(1, Math.max(0, (c2 - shift - cellLo) / h1));
          acc[0][j] += w * below1;
          acc[1][j] += w * (below2 - below1);
          acc[2][j] += w * (1 - below2);
        }
      }
    }
    for (double[] row : acc) {
      for (int j = 0; j < row.length; j++) {
        row[j] /= total;
      }
    }
    return acc;
  }

  @Test
  void representativeAndMeanIntervalProbabilitiesMatchABruteForcePosterior(@TempDir Path dir) throws Exception {
    ScenarioFile sc = ScenarioFile.parse("b.yaml", """
        doses_ug: [50, 100, 150, 200]
        designs: [{name: blrm, prior: {median_dlt: 0.3}, ref_dose_ug: 150}]
        target: 0.3
        cohorts: 6
        cycles: 1
        population: {size: 200}
        trials: 12
        seed: 5
        """);
    List<Sweep.PointResult> rs = Sweep.run(sc, null, 2, new Sweep.Monitor() { });
    Path out = dir.resolve("o");
    Files.createDirectories(out);
    SweepOutputs.write(rs, new SweepOutputs.RunInfo(sc, "test", "now", 0), out);
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(out.resolve("blrm_intervals.csv"))) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(r.toMap());
      }
    }
    assertThat(rows).hasSize(2 * DOSES.length);
    Sweep.PointResult pr = rs.get(0);
    int trials = pr.trials(0, 0);
    // the representative trial by the documented rule: most often selected MTD level, then median sample size
    int[] count = new int[DOSES.length + 1];
    for (int i = 0; i < trials; i++) {
      count[pr.trialResult(0, 0, i).mtd()]++;
    }
    int mode = 0;
    for (int m = 1; m <= DOSES.length; m++) {
      if (count[m] > 0 && (mode == 0 || count[m] > count[mode])) {
        mode = m;
      }
    }
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < trials; i++) {
      if (pr.trialResult(0, 0, i).mtd() == mode) {
        sizes.add(pr.trialResult(0, 0, i).escalationSize());
      }
    }
    int[] s = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
    double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    int rep = -1;
    for (int i = 0; i < trials; i++) {
      CoupledTrialResult t = pr.trialResult(0, 0, i);
      if (t.mtd() == mode && (rep < 0 || Math.abs(t.escalationSize() - median)
          < Math.abs(pr.trialResult(0, 0, rep).escalationSize() - median))) {
        rep = i;
      }
    }
    double[][] one = null;
    double[][] mean = new double[3][DOSES.length];
    for (int i = 0; i < trials; i++) {
      double[][] p = bruteForce(pr.trialResult(0, 0, i).n(), pr.trialResult(0, 0, i).y());
      one = i == rep ? p : one;
      for (int q = 0; q < 3; q++) {
        for (int j = 0; j < DOSES.length; j++) {
          mean[q][j] += p[q][j] / trials;
        }
      }
    }
    for (Map<String, String> r : rows) {
      boolean isMean = r.get("trial").equals("mean");
      if (!isMean) {
        assertThat(Integer.parseInt(r.get("trial"))).isEqualTo(rep + 1);
      }
      int j = Integer.parseInt(r.get("level")) - 1;
      double[][] want = isMean ? mean : one;
      String[] cols = {"p_under", "p_target", "p_over"};
      for (int q = 0; q < 3; q++) {
        assertThat(Double.parseDouble(r.get(cols[q]))).as(r.get("trial") + " level " + (j + 1) + " " + cols[q])
            .isCloseTo(want[q][j], within(2e-3));
      }
    }
    assertThat(Arrays.stream(count).sum()).isEqualTo(trials);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("BLRM posterior intervals").contains("p1_blrm_intervals_arm1.svg");
    assertThat(Files.readString(out.resolve("p1_blrm_intervals_arm1.svg"))).contains(">target [0.16, 0.33)</text>");
  }
}
