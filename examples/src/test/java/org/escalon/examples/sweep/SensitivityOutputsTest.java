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
  }
}
