package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.escalon.core.model.Param;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.population.PopulationSimulation;
import org.junit.jupiter.api.Test;

/**
 * A calibration evaluated where some virtual patients' integration fails (KG's ω fitted at its limit 5) stops with
 * one line naming the calibration's virtual patient (index, age, the sampled parameters that differ from θ), the
 * regimen, the study day and the reason — not a stack trace from a worker thread.
 */
class CalibrationFailureTest {

  @Test
  void aFailingVirtualPatientIsNamedInOneLine() {
    String regimen = "100 ug QD d1-14 x1 + dex 40 mg";
    CalibrationProblem problem = new CalibrationProblem(PopulationSimulation.defaults(),
        List.of(FitParameter.omega(Param.KG, 0.1, 5, Scale.LINEAR)),
        List.of(Target.proportion(regimen, "neutropenia_any", 0.5, 40)), 200, 1);
    // a moderate omega evaluates; omega 5 on KG with theta 0.02 sends some patients past KG = 1000 per day
    assertThat(Calibration.evaluate(problem, new double[] {0.5}, 2).targets()).hasSize(1);
    assertThatThrownBy(() -> Calibration.evaluate(problem, new double[] {5}, 2))
        .isInstanceOf(SimulationFailedException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
            .startsWith("calibration: virtual patient ").contains("KG = ", " on " + regimen,
                ": simulation failed on study day ", "t = "));
  }
}
