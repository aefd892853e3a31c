package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.escalon.core.output.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep over model assumptions: points.csv, the sensitivity object of summary.json and the report panels. */
class SensitivityOutputsTest {

  @Test
  void meanSelectedDoseIsTheSampleMeanAndItsStandardErrorOverTheTrialsSelectingOne() {
    // ten trials: one selects no MTD, two 50 ug, three 100 ug, four 150 ug
    double[] selected = {50, 50, 100, 100, 100, 150, 150, 150, 150};
    double mean = 0;
    for (double d : selected) {
      mean += d / selected.length;
    }
    double ss = 0;
    for (double d : selected) {
      ss += (d - mean) * (d - mean);
    }
    double se = Math.sqrt(ss / (selected.length - 1)) / Math.sqrt(selected.length);
    Estimate v = PointTable.meanSelectedDose(new double[] {20, 30, 40}, new double[] {50, 100, 150}, 10);
    assertThat(v.value()).isCloseTo(mean, within(1e-12));
    assertThat(v.se()).isCloseTo(se, within(1e-12));
    assertThat(PointTable.meanSelectedDose(new double[] {0, 0}, new double[] {50, 100}, 10).value()).isNaN();
    assertThat(PointTable.meanSelectedDose(new double[] {0, 10}, new double[] {50, 100}, 10).se()).isNaN();
  }

  @Test
  void pointsCsvSummaryAndReportShowEachVariedModelParameter(@TempDir Path dir) throws IOException {
    ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [25, 50, 100]\ndesigns: [boin, \"3+3\"]\ncycles: 1\n"
        + "population: {size: 100}\ntrials: 6\nseed: 3\nthreads: 2\n"
        + "grid:\n  model.parameters.DC50_M: [3, 12]\n  model.omega.EMAXN: [0.5]\n  target: [0.25, 0.3]\n");
    List<Sweep.PointResult> results = Sweep.run(f, null, null, new Sweep.Monitor() { });
    SweepOutputs.write(results, new SweepOutputs.RunInfo(f, "test", "now", 0), dir);

    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(dir.resolve("points.csv"))) {
      rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("point", "point_label",
        "model.parameters.DC50_M", "model.omega.EMAXN", "target", "arm", "design", "quantity", "value", "se");
    assertThat(rows).hasSize(4 * 2 * PointTable.QUANTITIES.size());
    for (CSVRecord r : rows) {
      GridPoint gp = f.points().get(Integer.parseInt(r.get("point")) - 1);
      assertThat(Double.parseDouble(r.get("model.parameters.DC50_M")))
          .isEqualTo(gp.settings().model().population().theta().get(org.escalon.core.model.Param.DC50_M));
      assertThat(Double.parseDouble(r.get("target"))).isEqualTo(gp.settings().target());
      assertThat(r.get("model.omega.EMAXN")).isEqualTo("0.5");
    }

    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    JsonNode panels = summary.get("sensitivity");
    // one panel: omega of EMAXN has a single value and target is not a model assumption
    assertThat(panels).hasSize(1);
    JsonNode panel = panels.get(0);
    assertThat(panel.get("axis").asText()).isEqualTo("model.parameters.DC50_M");
    assertThat(panel.get("series")).hasSize(2 * 2);
    List<String> seen = new ArrayList<>();
    for (JsonNode s : panel.get("series")) {
      assertThat(s.get("x").toString()).isEqualTo("[3.0,12.0]");
      double target = s.get("fixed").get("target").asDouble();
      String design = s.get("design").asText();
      seen.add(design + "@" + target);
      for (int i = 0; i < 2; i++) {
        // the same number as the point's own compare object (points: DC50_M slowest, then target)
        int point = i * 2 + (target == 0.25 ? 0 : 1);
        JsonNode oc = summary.get("points").get(point).get("schedules").get("QD d1-14").get("designs").get(design);
        assertThat(s.get("pcs_mtd").get(i).asDouble()).isEqualTo(oc.get("pcs_mtd").asDouble());
        assertThat(s.get("mean_duration_days_se").get(i).asDouble())
            .isEqualTo(oc.get("mean_duration_days_se").asDouble());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder("boin@0.25", "boin@0.3", "3+3A@0.25", "3+3A@0.3");

    String html = Files.readString(dir.resolve("report.html"));
    assertThat(count(html, "<figure class=\"sensitivity\">")).isEqualTo(1);
    assertThat(html).contains("Sensitivity to the typical DC50_M", "sensitivity_typical_DC50_M.svg");
    for (String ext : new String[] {".png", ".svg"}) {
      assertThat(Files.size(dir.resolve("sensitivity_typical_DC50_M" + ext))).isPositive();
    }
    assertThat(Files.readString(dir.resolve("sensitivity_typical_DC50_M.svg"))).contains("<svg");
  }

  @Test
  void theReportHasOnePanelPerVariedModelParameterAndNoneWithoutOne(@TempDir Path dir) throws IOException {
    String common = "doses_ug: [25, 50]\ndesigns: [boin]\ncycles: 1\npopulation: {size: 100}\ntrials: 4\n"
        + "threads: 2\n";
    ScenarioFile two = ScenarioFile.parse("s.yaml", common + "schedules: [QD d1-14, QD d1-21]\ngrid:\n"
        + "  model.omega.CL: [0.1, 0.6]\n  model.parameters.DC50_M: [4, 8]\n");
    List<Sweep.PointResult> results = Sweep.run(two, null, null, new Sweep.Monitor() { });
    Path out = dir.resolve("two");
    Files.createDirectories(out);
    SweepOutputs.write(results, new SweepOutputs.RunInfo(two, "test", "now", 0), out);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(count(html, "<figure class=\"sensitivity\">")).isEqualTo(2);
    assertThat(html).contains("Sensitivity to the ω of CL", "Sensitivity to the typical DC50_M");
    // two arms, so the lines are per arm: 1 design x 2 arms x 2 values of the other axis
    assertThat(Sensitivity.panels(results)).allSatisfy(p -> assertThat(p.series()).hasSize(4));

    ScenarioFile none = ScenarioFile.parse("s.yaml", common + "grid:\n  target: [0.25, 0.3]\n");
    Path out2 = dir.resolve("none");
    Files.createDirectories(out2);
    SweepOutputs.write(Sweep.run(none, null, null, new Sweep.Monitor() { }),
        new SweepOutputs.RunInfo(none, "test", "now", 0), out2);
    assertThat(Files.readString(out2.resolve("report.html"))).doesNotContain("class=\"sensitivity\"");
    assertThat(new ObjectMapper().readTree(out2.resolve("summary.json").toFile()).has("sensitivity")).isFalse();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
