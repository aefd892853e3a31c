package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.Param;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict scenario files: each kind of error names the file, the field path and what is allowed. */
class ScenarioFileTest {

  private static final String BASE = "doses_ug: [50, 100, 150]\n";

  /** Parses {@code text} as the scenario file {@code s.yaml} (also used by {@link ModelAxesTest}). */
  static ScenarioFile yaml(String text) {
    return ScenarioFile.parse("s.yaml", text);
  }

  /** {@code text} is refused with one line naming the file and containing every part (also used elsewhere). */
  static void fails(String text, String... parts) {
    assertThatThrownBy(() -> yaml(text)).isInstanceOf(ScenarioException.class)
        .satisfies(e -> {
          assertThat(e.getMessage()).startsWith("s.yaml: ").doesNotContain("\n");
          for (String p : parts) {
            assertThat(e.getMessage()).contains(p);
          }
        });
  }

  @Test
  void defaultsFromMinimalFile() {
    ScenarioFile f = yaml(BASE);
    assertThat(f.points()).hasSize(1);
    CoupledStudy.Settings s = f.points().get(0).settings();
    assertThat(s.target()).isEqualTo(0.3);
    assertThat(s.arms()).hasSize(1);
    assertThat(s.arms().get(0).name()).isEqualTo("QD d1-14");
    assertThat(s.arms().get(0).levels().get(2).dexMg()).isEqualTo(40);
    assertThat(s.designs()).extracting(d -> d.name()).containsExactly("3+3A", "boin");
    assertThat(s.monteCarlo().trials()).isEqualTo(1000);
    assertThat(s.monteCarlo().seed()).isEqualTo(1);
    assertThat(s.truthPatients()).isEqualTo(20_000);
    assertThat(s.accrual().patientsPerMonth()).isEqualTo(2);
    assertThat(f.points().get(0).cycles()).isEqualTo(6);
    assertThat(f.points().get(0).doseHolds()).isTrue();
  }

  @Test
  void neutrophilEffectSelectsTheFribergVariant() {
    assertThat(yaml(BASE).points().get(0).settings().model().options().neutrophilEffect())
        .isEqualTo(MyelosuppressionEffect.BLUNTED_FEEDBACK);
    assertThat(yaml(BASE + "model: {neutrophil_effect: proliferation}\n").points().get(0).settings().model()
        .options().neutrophilEffect()).isEqualTo(MyelosuppressionEffect.PROLIFERATION);
    assertThat(yaml(BASE + "model: {neutrophil_effect: maturation-arrest}\n").points().get(0).settings().model()
        .options().neutrophilEffect()).isEqualTo(MyelosuppressionEffect.MATURATION_ARREST);
    assertThat(yaml(BASE + "model: {neutrophil_effect: blunted-feedback}\n").points().get(0).settings().model()
        .options().neutrophilEffect()).isEqualTo(MyelosuppressionEffect.BLUNTED_FEEDBACK);
    fails(BASE + "model: {neutrophil_effect: arrest}\n", "model.neutrophil_effect", "arrest",
        "proliferation, maturation-arrest or blunted-feedback");
  }

  @Test
  void unknownFieldNamesPathAndAllowedFields() {
    fails(BASE + "targte: 0.3\n", "targte", "unknown field", "target");
    fails(BASE + "accrual: {patients_per_month: 2, turnaway: true}\n", "accrual.turnaway", "turn_away");
    fails("levels:\n  - {dose_ug: 50, schedule: QD d1-14, dex: 40}\n", "levels[0].dex", "dex_mg");
  }

  @Test
  void wrongTypeNamesPathExpectedAndGot() {
    fails(BASE + "trials: many\n", "trials", "expected a whole number", "\"many\"");
    fails(BASE + "target: \"0.3\"\n", "target", "expected a number");
    fails(BASE + "trials: 2.5\n", "trials", "whole number");
    fails(BASE + "dose_holds: 1\n", "dose_holds", "true or false");
    fails("levels:\n  - {dose_ug: 50, schedule: QD d1-14}\n  - {dose_ug: 75, schedule: QD d1-14}\n"
        + "  - {dose_ug: abc, schedule: QD d1-14}\n", "levels[2].dose_ug", "expected a number");
    fails(BASE + "schedules: QD d1-14\n", "schedules", "expected a list");
  }

  @Test
  void missingRequiredFieldNamesPath() {
    fails("target: 0.3\n", "doses_ug", "missing", "levels");
    fails("levels:\n  - {schedule: QD d1-14}\n", "levels[0].dose_ug", "missing");
    fails("levels:\n  - {dose_ug: 50}\n", "levels[0].schedule", "missing", "QD d1-14");
    fails(BASE + "designs:\n  - {label: x}\n", "designs[0].name", "missing", "boin");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "levels:\\n  - {dose_ug: 50, schedule: QD d1-14}\\n  - {dose_ug: 75, schedule: QD d1-14}\\n  - {dose_ug: -5, schedule: QD d1-14}|levels[2].dose_ug|-5",
      "doses_ug: [50, 100, 150]\\ntarget: 0.7|target|[0.05, 0.6]",
      "doses_ug: [50, 100, 150]\\ntarget: 0.04|target|[0.05, 0.6]",
      "doses_ug: [50, 40]|doses_ug[1]|increase",
      "doses_ug: [50, 100]\\nschedules: [QX d1-14]|schedules[0]|QD d1-14",
      "doses_ug: [50, 100]\\ndesigns: [boin, crm2]|designs[1]|3+3A",
      "doses_ug: [50, 100]\\ntrials: 0|trials|[1, 10000000]",
      "doses_ug: [50, 100]\\nmodel: {typical: {CL: -1}}|model.typical.CL|in [0.01, 1000] L/h",
      "doses_ug: [50, 100]\\nmodel: {typical: {CLX: 4}}|model.typical.CLX|unknown model parameter",
      "doses_ug: [50, 100]\\nmodel: {omega: {CL: -0.1}}|model.omega.CL|[0, 5]",
      "doses_ug: [50, 100]\\npopulation: {age: {min_years: 80, max_years: 60}}|population.age.max_years|above",
      "doses_ug: [50, 100]\\ndex_mg: [-20]|dex_mg[0]|[0, 1000]",
      "doses_ug: [50, 100]\\ngrid: {target: [0.25, 0.9]}|grid.target[1]|[0.05, 0.6]",
      "doses_ug: [50, 100]\\ngrid: {colour: [1]}|grid.colour|unknown grid axis",
      "doses_ug: [50, 100]\\ngrid: {target: 0.3}|grid.target|non-empty list",
      "doses_ug: [50, 100]\\ndesigns: [boin, boin]|designs[1]|another design",
  })
  void impossibleValueNamesPathValueAndAllowed(String text, String path, String allowed) {
    fails(text.replace("\\n", "\n"), path, allowed);
  }

  @Test
  void syntaxErrorAndTopLevelAndExtension() {
    fails("doses_ug: [50, 100\n", "not valid YAML", "line");
    fails("- 1\n- 2\n", "top level must be a mapping");
    fails(BASE + "trials: 1\ntrials: 2\n", "trials");
    assertThatThrownBy(() -> ScenarioFile.parse("s.txt", BASE)).hasMessageContaining(".yaml, .yml or .json");
    assertThatThrownBy(() -> ScenarioFile.read(Path.of("no/such/file.yaml")))
        .hasMessageContaining("no/such/file.yaml: no such file");
  }

  @Test
  void jsonScenario(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, "{\"doses_ug\": [50, 100], \"designs\": [\"boin\", {\"name\": \"keyboard\", "
        + "\"cohorts\": 8}], \"model\": {\"typical\": {\"CL\": 5}, \"omega\": {\"CL\": 0}}, \"seed\": 9}");
    ScenarioFile s = ScenarioFile.read(f);
    CoupledStudy.Settings st = s.points().get(0).settings();
    assertThat(st.designs()).extracting(d -> d.name()).containsExactly("boin", "keyboard");
    assertThat(st.model().population().theta().get(Param.CL)).isEqualTo(5.0);
    assertThat(List.of(st.model().population().omega().params())).doesNotContain(Param.CL);
    assertThat(st.monteCarlo().seed()).isEqualTo(9);
    assertThatThrownBy(() -> ScenarioFile.parse(f.toString(), "{\"doses_ug\": [50], \"seed\": true}"))
        .hasMessageContaining("s.json: seed: expected a whole number, got true");
  }

  @Test
  void gridExpandsFirstAxisSlowestWithLabels() {
    ScenarioFile f = yaml(BASE + "grid:\n  target: [0.25, 0.3]\n  schedules: [QD d1-14, QD d1-21]\n"
        + "  dex_mg: [20, 40]\n");
    assertThat(f.points()).hasSize(8);
    assertThat(f.points()).extracting(GridPoint::label).startsWith(
        "schedules=QD d1-14, dex_mg=20, target=0.25", "schedules=QD d1-14, dex_mg=20, target=0.3",
        "schedules=QD d1-14, dex_mg=40, target=0.25");
    GridPoint last = f.points().get(7);
    assertThat(last.index()).isEqualTo(8);
    assertThat(last.settings().target()).isEqualTo(0.3);
    assertThat(last.settings().arms().get(0).levels().get(0).dexMg()).isEqualTo(40);
    assertThat(last.settings().arms().get(0).name()).isEqualTo("QD d1-21");
  }

  @Test
  void shippedScenariosAreValid() {
    for (String n : List.of("schedule-comparison", "design-comparison", "dexamethasone-dose",
        "high-dose-extension", "sensitivity-marrow", "design-families")) {
      ScenarioFile f = ScenarioFile.read(Path.of("scenarios", n + ".yaml"));
      assertThat(f.points()).isNotEmpty();
      ScenarioFile r = ScenarioFile.resource("/scenarios/" + n + ".yaml");
      assertThat(r.points()).hasSameSizeAs(f.points());
    }
    GridPoint demo = ScenarioFile.read(Path.of("scenarios", "schedule-comparison.yaml")).points().get(0);
    assertThat(demo.settings().monteCarlo().trials()).isEqualTo(1000);
    assertThat(demo.settings().truthPatients()).isEqualTo(4000);
    ScenarioFile sens = ScenarioFile.read(Path.of("scenarios", "sensitivity-marrow.yaml"));
    assertThat(sens.points()).hasSize(3 * 2);
    assertThat(sens.points().get(0).label()).isEqualTo("model.parameters.DC50_M=7, model.omega.EMAXN=0.4");
    GridPoint families = ScenarioFile.read(Path.of("scenarios", "design-families.yaml")).points().get(0);
    assertThat(families.settings().designs()).extracting(d -> d.name())
        .containsExactly("3+3A", "boin", "tite-boin", "bf-boin", "crm", "blrm");
    GridPoint extension = ScenarioFile.read(Path.of("scenarios", "high-dose-extension.yaml")).points().get(0);
    assertThat(extension.settings().model().population().theta().get(Param.CL)).isEqualTo(5.0);
  }
}
