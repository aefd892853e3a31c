package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's per-design and paired outputs, checked against numbers recomputed here by hand from {@code
 * trials.csv} and {@code truth.csv}: the paired differences B − A (mean of the per-trial differences and its SE,
 * sample SD / √N), correct-MTD %, mean patients and DLTs; and that summary.json and report.html carry the same
 * numbers.
 */
class ReportOutputsTest {

  static final String SCENARIO = """
      name: paired
      doses_ug: [37.5, 75, 100, 150]
      schedules: [QD d1-14, QD d1-21]
      designs: [boin, "3+3A"]
      cycles: 1
      population: {size: 300}
      trials: 24
      seed: 11
      """;

  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void sweep() throws Exception {
    Path f = dir.resolve("paired.yaml");
    Files.writeString(f, SCENARIO);
    out = dir.resolve("out");
    Run r = run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(r.status()).as(r.err()).isZero();
  }

  static List<Map<String, String>> csv(String name) throws Exception {
    try (Reader in = Files.newBufferedReader(out.resolve(name))) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(r.toMap());
      }
      return rows;
    }
  }

  /** arm → true MTD level, from truth.csv. */
  static Map<String, Integer> trueMtd() throws Exception {
    Map<String, Integer> m = new HashMap<>();
    for (Map<String, String> r : csv("truth.csv")) {
      m.put(r.get("arm"), Integer.parseInt(r.get("true_mtd_level")));
    }
    return m;
  }

  /** The per-trial values of {@code column} (as computed by {@code f}) for an arm and design, in trial order. */
  interface Value {
    double of(Map<String, String> trialRow, int trueMtd);
  }

  static double[] perTrial(String arm, String design, Value f) throws Exception {
    Map<String, Integer> mtd = trueMtd();
    return csv("trials.csv").stream().filter(r -> r.get("arm").equals(arm) && r.get("design").equals(design))
        .mapToDouble(r -> f.of(r, mtd.get(arm))).toArray();
  }

  static double[] meanAndSe(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return new double[] {mean, Math.sqrt(ss / (x.length - 1) / x.length)};
  }

  static Map<String, String> pairedRow(String design, String metric) throws Exception {
    return csv("paired_differences.csv").stream().filter(r -> r.get("design").equals(design)
        && r.get("metric").equals(metric)).findFirst().orElseThrow();
  }

  @Test
  void pairedDifferencesEqualTheHandComputedMeanAndSeOfPerTrialDifferences() throws Exception {
    Map<String, Value> metrics = Map.of(
        "duration_days", (r, m) -> Double.parseDouble(r.get("duration_days")),
        "correct_mtd_pct", (r, m) -> Integer.parseInt(r.get("mtd_level")) == m ? 100 : 0,
        "dlts", (r, m) -> Double.parseDouble(r.get("dlts")),
        "patients", (r, m) -> Double.parseDouble(r.get("escalation_patients")),
        "patients_above_true_mtd", (r, m) -> Double.parseDouble(r.get("patients_above_true_mtd")));
    for (String design : List.of("boin", "3+3A")) {
      for (Map.Entry<String, Value> e : metrics.entrySet()) {
        double[] a = perTrial("QD d1-14", design, e.getValue());
        double[] b = perTrial("QD d1-21", design, e.getValue());
        assertThat(a).hasSize(24);
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
          d[i] = b[i] - a[i];
        }
        double[] diff = meanAndSe(d);
        Map<String, String> row = pairedRow(design, e.getKey());
        assertThat(row.get("arm_a")).isEqualTo("QD d1-14");
        assertThat(row.get("arm_b")).isEqualTo("QD d1-21");
        assertThat(Integer.parseInt(row.get("pairs"))).isEqualTo(24);
        // trials.csv and paired_differences.csv keep 7 significant digits (durations of hundreds of days)
        double tol = 1e-5 * Math.max(1, Math.max(meanAndSe(a)[0], meanAndSe(b)[0]));
        assertThat(Double.parseDouble(row.get("difference"))).as(design + " " + e.getKey()).isCloseTo(diff[0],
            within(tol));
        if (diff[1] > 0) {
          assertThat(Double.parseDouble(row.get("difference_se"))).as(design + " " + e.getKey() + " SE")
              .isCloseTo(diff[1], within(tol));
        }
        assertThat(Double.parseDouble(row.get("a"))).isCloseTo(meanAndSe(a)[0], within(tol));
        assertThat(Double.parseDouble(row.get("b"))).isCloseTo(meanAndSe(b)[0], within(tol));
      }
    }
  }

  @Test
  void designSummaryAgreesWithTheTrialsTable() throws Exception {
    Map<String, Integer> mtd = trueMtd();
    List<Map<String, String>> summary = csv("design_summary.csv");
    assertThat(summary).hasSize(2 * 2);
    for (Map<String, String> s : summary) {
      String arm = s.get("arm");
      String design = s.get("design");
      assertThat(Integer.parseInt(s.get("true_mtd_level"))).isEqualTo(mtd.get(arm));
      double[] correct = perTrial(arm, design, (r, m) -> Integer.parseInt(r.get("mtd_level")) == m ? 1 : 0);
      double[] noMtd = perTrial(arm, design, (r, m) -> Integer.parseInt(r.get("mtd_level")) == 0 ? 1 : 0);
      double[] n = perTrial(arm, design, (r, m) -> Double.parseDouble(r.get("escalation_patients")));
      double[] dlt = perTrial(arm, design, (r, m) -> Double.parseDouble(r.get("dlts")));
      assertThat(Double.parseDouble(s.get("pcs_mtd_pct"))).isCloseTo(100 * meanAndSe(correct)[0], within(1e-4));
      assertThat(Double.parseDouble(s.get("no_mtd_pct"))).isCloseTo(100 * meanAndSe(noMtd)[0], within(1e-4));
      assertThat(Double.parseDouble(s.get("mean_patients"))).isCloseTo(meanAndSe(n)[0], within(1e-5));
      assertThat(Double.parseDouble(s.get("mean_dlts"))).isCloseTo(meanAndSe(dlt)[0], within(1e-5));
      assertThat(Double.parseDouble(s.get("mean_dlts_se"))).isCloseTo(meanAndSe(dlt)[1], within(1e-5));
      assertThat(Integer.parseInt(s.get("trials"))).isEqualTo(24);
    }
  }

  @Test
  void summaryJsonAndReportCarryThePairedDifferencesAndTheUnits() throws Exception {
    JsonNode root = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode pt = root.get("points").get(0);
    JsonNode pairs = pt.get("paired_differences");
    assertThat(pairs).hasSize(2);
    Map<String, String> row = pairedRow("boin", "duration_days");
    JsonNode boin = pairs.get(0);
    assertThat(boin.get("design").asText()).isEqualTo("boin");
    assertThat(boin.get("metrics").get("duration_days").get("difference").asDouble())
        .isCloseTo(Double.parseDouble(row.get("difference")), within(1e-4));
    JsonNode truth = pt.get("schedules").get("QD d1-14").get("truth");
    assertThat(truth.has("auc_cycle1_ng_h_per_ml")).isTrue();
    assertThat(truth.get("true_mtd").asInt()).isEqualTo(trueMtd().get("QD d1-14"));
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("Schedules side by side").contains("B = QD d1-21 minus A = QD d1-14");
    double d = Double.parseDouble(row.get("difference"));
    String shown = String.format(java.util.Locale.ROOT, "%.0f", d); // whole days, signed, no "-0"
    shown = Double.parseDouble(shown) == 0 ? "0" : d > 0 ? "+" + shown : shown;
    assertThat(html).contains("<b>" + shown + "</b>");
    // µg, never the input syntax's ug, in what people read
    assertThat(html.replaceAll("<[^>]*>", " ")).doesNotContainPattern("\\d ug\\b").contains("37.5 µg");
    assertThat(html).contains("<dt>True MTD ★</dt>");
  }

  @Test
  void chartSvgsCarryTheirAxisLabelsAsTextAndStaySmall() throws Exception {
    for (String name : List.of("p1_selection_arm1", "p1_sample_size", "p1_dose_toxicity")) {
      String svg = Files.readString(out.resolve(name + ".svg"));
      List<String> texts = org.escalon.examples.chart.FigureTest.texts(svg);
      assertThat(Files.size(out.resolve(name + ".svg"))).as(name).isLessThan(60_000);
      switch (name) {
        case "p1_selection_arm1" -> assertThat(texts).contains("dose level (µg)", "trials selecting (%)", "MTD",
            "RP2D", "boin", "3+3A", "none", "37.5");
        case "p1_sample_size" -> assertThat(texts).contains("patients", "trials (%)", "QD d1-14", "QD d1-21");
        default -> assertThat(texts).contains("cemsidomide dose (µg)", "P(DLT)", "target 0.3");
      }
    }
    // the report inlines the SVGs, not PNGs
    assertThat(Files.readString(out.resolve("report.html"))).contains("data:image/svg+xml;base64,")
        .doesNotContain("data:image/png");
  }
}
