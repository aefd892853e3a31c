package org.escalon.examples.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.escalon.examples.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code escalon calibrate}: a small run writes every output; a bad file exits 2 and writes nothing. */
class CalibrateCommandTest {

  static final String SMALL = """
      name: small
      fit:
        - {parameter: DC50_M, lower: 1, upper: 40, scale: log}
      targets:
        - {regimen: "100 ug QD d1-14 x1 + dex 40 mg", metric: neutropenia_any, value: 0.5, n: 60}
        - {regimen: "100 ug QD d1-14 x1 + dex 40 mg", metric: anc_nadir_typical, value: 1.5, se: 0.2}
      population: {size: 40, search_size: 20}
      search: {evaluations: 6, polish_evaluations: 4}
      model: {omega: {CL: 0.3}}
      seed: 3
      """;

  @Test
  void writesEveryOutput(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("small.yaml");
    Files.writeString(file, SMALL);
    Path out = tmp.resolve("out");
    Cli.Run r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(r.status()).as(r.err()).isZero();
    for (String f : new String[] {"calibration.json", "targets.csv", "parameters.csv", "trace.csv",
        "convergence.png", "convergence.svg", "model.yaml", "report.html"}) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    JsonNode j = new ObjectMapper().readTree(out.resolve("calibration.json").toFile());
    double v = j.get("parameters").get("DC50_M").asDouble();
    assertThat(v).isBetween(1.0, 40.0);
    assertThat(j.get("parameter_se").has("DC50_M")).isTrue();
    assertThat(j.get("targets")).hasSize(2);
    JsonNode t = j.get("targets").get(0);
    for (String k : new String[] {"regimen", "metric", "target", "achieved", "achieved_se", "z"}) {
      assertThat(t.has(k)).as(k).isTrue();
    }
    assertThat(t.get("regimen").asText()).isEqualTo("100 ug QD d1-14 x1 + dex 40 mg");
    double z = (t.get("achieved").asDouble() - 0.5)
        / Math.sqrt(0.25 / 60 + Math.pow(t.get("achieved_se").asDouble(), 2));
    assertThat(t.get("z").asDouble()).isCloseTo(z, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(j.get("evaluations").asInt()).isEqualTo(Files.readAllLines(out.resolve("trace.csv")).size() - 1);
    assertThat(j.get("objective").asDouble()).isGreaterThanOrEqualTo(0);
    String model = Files.readString(out.resolve("model.yaml"));
    assertThat(model).contains("model:\n  typical:\n    DC50_M: ").contains("  omega:\n    CL: 0.3\n");
    assertThat(r.out()).contains("DC50_M").contains("Report: ");
  }

  @Test
  void badFileExitsTwoAndWritesNothing(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("bad.yaml");
    Files.writeString(file, SMALL.replace("lower: 1, upper: 40", "lower: 40, upper: 1"));
    Path out = tmp.resolve("out");
    Cli.Run r = Cli.run("calibrate", file.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("fit[0]: DC50_M.upper = 1.0: must be finite and > lower (40.0)");
    assertThat(out).doesNotExist();
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
    }
  }
}
