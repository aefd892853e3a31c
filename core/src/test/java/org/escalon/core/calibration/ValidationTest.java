package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.escalon.core.model.Param;
import org.escalon.core.population.PopulationSimulation;
import org.junit.jupiter.api.Test;

/** Bad bounds, targets and problems are rejected with {@code name = value: must be …}. */
class ValidationTest {

  static final String REG = "100 ug QD d1-14 x1 + dex 40 mg";

  @Test
  void badBounds() {
    assertThatThrownBy(() -> FitParameter.typical(Param.DC50_T, 50, 50, Scale.LOG))
        .hasMessage("DC50_T.upper = 50.0: must be finite and > lower (50.0)");
    assertThatThrownBy(() -> FitParameter.typical(Param.DC50_T, 80, 20, Scale.LINEAR))
        .hasMessage("DC50_T.upper = 20.0: must be finite and > lower (80.0)");
    assertThatThrownBy(() -> FitParameter.typical(Param.PSI, -1, 1, Scale.LOG))
        .hasMessage("PSI.lower = -1.0: must be > 0 on the log scale");
    assertThatThrownBy(() -> FitParameter.typical(Param.DC50_T, Double.NaN, 1, Scale.LOG))
        .hasMessage("DC50_T.lower = NaN: must be finite");
    assertThatThrownBy(() -> FitParameter.typical(Param.KG, -0.1, 0.1, Scale.LINEAR))
        .hasMessageStartingWith("KG.lower = -0.1: must be in [0, 1] 1/day");
    assertThatThrownBy(() -> FitParameter.omega(Param.CL, 0.1, 9, Scale.LOG))
        .hasMessageStartingWith("omega.CL.upper = 9.0: must be in [0, 5]");
  }

  @Test
  void logitBoundsOutsideTheUnitInterval() {
    assertThatThrownBy(() -> FitParameter.typical(Param.EMAXN, 0.1, 1.2, Scale.LOGIT))
        .hasMessage("EMAXN.upper = 1.2: must be in (0, 1) on the logit scale");
    assertThatThrownBy(() -> FitParameter.typical(Param.EMAXN, 0, 0.5, Scale.LOGIT))
        .hasMessage("EMAXN.lower = 0.0: must be in (0, 1) on the logit scale");
  }

  @Test
  void unknownNames() {
    assertThatThrownBy(() -> FitParameter.of("DC50_X", 1, 2, Scale.LOG))
        .hasMessageStartingWith("parameter = DC50_X: must be a model parameter or omega.<parameter>");
    assertThatThrownBy(() -> FitParameter.of("omega.NOPE", 0.1, 2, Scale.LOG))
        .hasMessageStartingWith("parameter = omega.NOPE: must be");
    assertThatThrownBy(() -> Target.of(REG, "orr_typical", 0.5, 0.1))
        .hasMessageStartingWith("metric = orr_typical: must be one of orr, cbr, vgpr_or_better");
    assertThatThrownBy(() -> Target.of(REG, "ae.headache.any_grade", 0.5, 0.1))
        .hasMessageStartingWith("metric = ae.headache.any_grade: must be one of");
    assertThatThrownBy(() -> Scale.byName("sqrt")).hasMessage("scale = sqrt: must be log, logit or linear");
    assertThatThrownBy(() -> Target.of("100 mg daily", "orr", 0.5, 0.1))
        .hasMessageStartingWith("regimen = 100 mg daily: must be a regimen such as");
  }

  @Test
  void badTargetValues() {
    assertThatThrownBy(() -> Target.proportion(REG, "orr", 1.0, 60))
        .hasMessage("value = 1.0: must be in (0, 1) for a proportion with n");
    assertThatThrownBy(() -> Target.proportion(REG, "orr", -0.1, 60))
        .hasMessage("value = -0.1: must be in (0, 1) for a proportion with n");
    assertThatThrownBy(() -> Target.of(REG, "dlt_cycle1", 1.5, 0.1))
        .hasMessage("value = 1.5: must be in [0, 1] for the proportion dlt_cycle1");
    assertThatThrownBy(() -> Target.proportion(REG, "orr", 0.5, 0))
        .hasMessage("n = 0: must be a whole number >= 1");
    assertThatThrownBy(() -> Target.proportion(REG, "anc_nadir_typical", 1.2, 10))
        .hasMessageStartingWith("n = 10: not allowed for anc_nadir_typical");
    assertThatThrownBy(() -> Target.of(REG, "orr", 0.5, 0))
        .hasMessage("se = 0.0: must be finite and > 0");
    assertThatThrownBy(() -> Target.of(REG, "nadir_day_typical", 40, 1))
        .hasMessage("value = 40.0: must be a day in [1, 28]");
    assertThatThrownBy(() -> Target.ratio(Target.Quantity.of(List.of(REG), "dlt_cycle1"),
        Target.Quantity.of(List.of(REG), "dlt_cycle1"), -1, 0.1))
        .hasMessage("value = -1.0: must be > 0 for a ratio");
  }

  @Test
  void badProblems() {
    List<FitParameter> fit = List.of(FitParameter.typical(Param.DC50_T, 5, 200, Scale.LOG));
    List<Target> targets = List.of(Target.proportion(REG, "orr", 0.5, 60));
    PopulationSimulation m = PopulationSimulation.defaults();
    assertThatThrownBy(() -> new CalibrationProblem(m, fit, targets, 5, 1))
        .hasMessage("patients = 5: must be a whole number in [10, 1000000]");
    assertThatThrownBy(() -> new CalibrationProblem(m, List.of(), targets, 100, 1))
        .hasMessage("parameters = 0 entries: must be 1 to 20");
    assertThatThrownBy(() -> new CalibrationProblem(m, List.of(fit.get(0), fit.get(0)), targets, 100, 1))
        .hasMessage("parameter = DC50_T: must be fitted once, not twice");
    assertThatThrownBy(() -> new CalibrationSettings(0, 0, 0, 0, true))
        .hasMessage("threads = 0: must be a whole number in [1, 1024]");
    CalibrationProblem p = new CalibrationProblem(m, fit, targets, 100, 1);
    assertThatThrownBy(() -> Calibration.evaluate(p, new double[] {300}, 1))
        .hasMessage("DC50_T = 300.0: must be in [5.0, 200.0]");
  }
}
