package org.escalon.examples.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.Scale;
import org.escalon.core.calibration.Target;
import org.escalon.core.model.Param;
import org.escalon.examples.sweep.ScenarioException;
import org.junit.jupiter.api.Test;

/** Calibration files: the interface example, every kind of target, and bad input with the field path. */
class CalibrationFileTest {

  static final String EXAMPLE = """
      name: refit tumour potency
      fit:
        - {parameter: DC50_T, lower: 5, upper: 200, scale: log}
      targets:
        - {regimen: "100 ug QD d1-14 x6 + dex 40 mg", metric: orr, value: 0.55, n: 60}
        - {regimen: "75 ug QD d1-14 x6 + dex 40 mg", metric: orr, value: 0.45, n: 60}
      population: {size: 2000}
      dose_holds: true
      seed: 1
      """;

  static CalibrationFile parse(String yaml) {
    return CalibrationFile.parse("c.yaml", yaml);
  }

  static String replaced(String from, String to) {
    assertThat(EXAMPLE).contains(from);
    return EXAMPLE.replace(from, to);
  }

  @Test
  void theInterfaceExample() {
    CalibrationFile f = parse(EXAMPLE);
    assertThat(f.title()).isEqualTo("refit tumour potency");
    assertThat(f.problem().parameters()).containsExactly(FitParameter.typical(Param.DC50_T, 5, 200, Scale.LOG));
    assertThat(f.problem().patients()).isEqualTo(2000);
    assertThat(f.problem().seed()).isEqualTo(1);
    Target t = f.problem().targets().get(0);
    assertThat(t.numerator().regimens().get(0).cycles()).isEqualTo(6);
    assertThat(t.se()).isEqualTo(Math.sqrt(0.55 * 0.45 / 60));
  }

  @Test
  void pooledRatioOmegaAndModelBlock() {
    CalibrationFile f = parse("""
        fit:
          - {parameter: EMAXN, lower: 0.05, upper: 0.6, scale: logit}
          - {parameter: omega.EMAXN, lower: 0.3, upper: 3}
        targets:
          - {regimens: ["37.5 ug QD d1-14 x6 + dex 40 mg", "75 ug QD d1-14 x6 + dex 40 mg"],
             metric: neutropenia_any, value: 0.61, n: 72}
          - {regimen: "100 ug QD d1-21 x1 + dex 40 mg", metric: dlt_cycle1,
             ratio_to: {regimen: "100 ug QD d1-14 x1 + dex 40 mg"}, value: 1.65, se: 0.15}
          - {regimen: "100 ug QD d1-14 x1 + dex 40 mg", metric: anc_nadir_typical, value: 1.2, se: 0.15}
        model: {typical: {DC50_M: 5}, omega: {CL: 0.3}, neutrophil_effect: maturation-arrest}
        population: {size: 500, search_size: 100}
        search: {evaluations: 30, polish_evaluations: 10}
        threads: 1
        """);
    assertThat(f.problem().parameters().get(1).kind()).isEqualTo(FitParameter.Kind.OMEGA);
    assertThat(f.problem().parameters().get(1).scale()).isEqualTo(Scale.LOG);
    assertThat(f.problem().targets().get(0).numerator().regimens()).hasSize(2);
    assertThat(f.problem().targets().get(1).isRatio()).isTrue();
    assertThat(f.problem().targets().get(1).denominator().metric().name()).isEqualTo("dlt_cycle1");
    assertThat(f.problem().model().population().theta().get(Param.DC50_M)).isEqualTo(5);
    assertThat(f.problem().model().options().neutrophilEffect().name()).isEqualTo("MATURATION_ARREST");
    assertThat(f.settings().threads()).isEqualTo(1);
  }

  @Test
  void badInputNamesFileFieldValueAndRule() {
    assertThatThrownBy(() -> parse(replaced("scale: log}", "scale: log, start: 3}")))
        .isInstanceOf(ScenarioException.class).hasMessageStartingWith("c.yaml: fit[0].start: unknown field");
    assertThatThrownBy(() -> parse(replaced("lower: 5, upper: 200", "lower: 200, upper: 5")))
        .hasMessage("c.yaml: fit[0]: DC50_T.upper = 5.0: must be finite and > lower (200.0)");
    assertThatThrownBy(() -> parse(replaced("scale: log}", "scale: sqrt}")))
        .hasMessage("c.yaml: fit[0].scale: scale = sqrt: must be log, logit or linear");
    assertThatThrownBy(() -> parse(replaced("parameter: DC50_T", "parameter: DC50_Q")))
        .hasMessageStartingWith("c.yaml: fit[0]: parameter = DC50_Q: must be a model parameter");
    assertThatThrownBy(() -> parse(replaced("upper: 200, scale: log", "upper: 200, scale: logit")))
        .hasMessageStartingWith("c.yaml: fit[0]: DC50_T.lower = 5.0: must be in (0, 1) on the logit scale");
    assertThatThrownBy(() -> parse(replaced("metric: orr, value: 0.55", "metric: orrr, value: 0.55")))
        .hasMessageStartingWith("c.yaml: targets[0].metric: metric = orrr: must be one of orr, cbr");
    assertThatThrownBy(() -> parse(replaced("value: 0.55", "value: 1.55")))
        .hasMessage("c.yaml: targets[0]: value = 1.55: must be in (0, 1) for a proportion with n");
    assertThatThrownBy(() -> parse(replaced("value: 0.55, n: 60", "value: 0.55, n: 60, se: 0.1")))
        .hasMessage("c.yaml: targets[0]: give exactly one of se (standard error) and n (patients, for a "
            + "proportion)");
    assertThatThrownBy(() -> parse(replaced("\"100 ug QD d1-14 x6", "\"100 mg QD d1-14 x6")))
        .hasMessageStartingWith("c.yaml: targets[0].regimen: regimen = 100 mg QD d1-14 x6 + dex 40 mg: must be");
    assertThatThrownBy(() -> parse(replaced("size: 2000", "size: 5")))
        .hasMessage("c.yaml: population.size: invalid value 5; allowed: a whole number in [10, 1000000]");
    assertThatThrownBy(() -> parse(replaced("value: 0.45", "value: \"0.45\"")))
        .hasMessageStartingWith("c.yaml: targets[1].value: expected a number, got text \"0.45\"");
    assertThatThrownBy(() -> parse("targets: []\n"))
        .hasMessageStartingWith("c.yaml: fit: missing (required)");
  }
}
