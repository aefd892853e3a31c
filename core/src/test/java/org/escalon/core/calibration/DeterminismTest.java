package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.model.Param;
import org.escalon.core.population.PopulationSimulation;
import org.junit.jupiter.api.Test;

/** Same seed, 1 or 2 threads: bit-identical fitted values, SEs, objective and trace (ω fitted too). */
class DeterminismTest {

  @Test
  void oneAndTwoThreadsGiveTheSameBits() {
    String reg = "100 ug QD d1-14 x1 + dex 40 mg";
    CalibrationProblem p = new CalibrationProblem(PopulationSimulation.defaults(),
        List.of(FitParameter.typical(Param.DC50_M, 2, 20, Scale.LOG),
            FitParameter.omega(Param.EMAXN, 0.5, 3, Scale.LOG)),
        List.of(Target.proportion(reg, "neutropenia_g3plus", 0.3, 60),
            Target.proportion("200 ug QD d1-14 x1 + dex 40 mg", "dlt_cycle1", 0.35, 60)), 40, 3);
    CalibrationSettings s = CalibrationSettings.DEFAULT.withBudgets(20, 10, 8);
    CalibrationResult one = Calibration.run(p, s.withThreads(1));
    CalibrationResult two = Calibration.run(p, s.withThreads(2));
    assertThat(two.values()).isEqualTo(one.values());
    assertThat(two.standardErrors()).isEqualTo(one.standardErrors());
    assertThat(two.objective()).isEqualTo(one.objective());
    assertThat(two.trace()).isEqualTo(one.trace());
    assertThat(two.warnings()).isEqualTo(one.warnings());
  }
}
