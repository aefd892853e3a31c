package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.model.Param;
import org.escalon.core.population.PopulationSimulation;
import org.junit.jupiter.api.Test;

/**
 * The hook for distributed calibrations: a {@link CohortSimulator} that simulates the patients in uneven blocks
 * with {@link CohortBlocks} (computed last block first, each block on a freshly built cohort, as on another
 * machine) and joins them in patient order gives bit for bit the local calibration — values, standard errors,
 * objective and trace — and is asked for exactly the evaluations the local run makes.
 */
class CohortBlocksTest {

  static CalibrationProblem problem() {
    String reg = "100 ug QD d1-14 x1 + dex 40 mg";
    return new CalibrationProblem(PopulationSimulation.defaults(),
        List.of(FitParameter.typical(Param.DC50_M, 2, 20, Scale.LOG),
            FitParameter.omega(Param.EMAXN, 0.5, 3, Scale.LOG)),
        List.of(Target.proportion(reg, "neutropenia_g3plus", 0.3, 60),
            Target.proportion("200 ug QD d1-14 x1 + dex 40 mg", "dlt_cycle1", 0.35, 60)), 40, 3);
  }

  /** Blocks of 7 patients (the last shorter), computed in reverse order on fresh cohorts, joined in order. */
  static final class Blocks implements CohortSimulator {
    final CalibrationProblem problem;
    final List<Integer> sizes = new ArrayList<>();

    Blocks(CalibrationProblem problem) {
      this.problem = problem;
    }

    @Override
    public double[][] simulate(double[] values, int patients) {
      sizes.add(patients);
      double[][] out = null;
      for (int from = (patients - 1) / 7 * 7; from >= 0; from -= 7) {
        int to = Math.min(from + 7, patients);
        double[][] b = CohortBlocks.of(problem).simulate(values, from, to);
        if (out == null) {
          out = new double[b.length][patients * CohortBlocks.METRICS];
        }
        for (int r = 0; r < b.length; r++) {
          System.arraycopy(b[r], 0, out[r], from * CohortBlocks.METRICS, b[r].length);
        }
      }
      return out;
    }
  }

  @Test
  void blockSimulatorGivesTheLocalCalibrationBitForBit() {
    CalibrationProblem p = problem();
    CalibrationSettings s = CalibrationSettings.DEFAULT.withBudgets(20, 10, 8).withThreads(2);
    CalibrationResult local = Calibration.run(p, s);
    Blocks blocks = new Blocks(p);
    CalibrationResult distributed = Calibration.run(p, s, CalibrationListener.NONE, blocks);
    assertThat(distributed.values()).isEqualTo(local.values());
    assertThat(distributed.standardErrors()).isEqualTo(local.standardErrors());
    assertThat(distributed.objective()).isEqualTo(local.objective());
    assertThat(distributed.trace()).isEqualTo(local.trace());
    assertThat(distributed.warnings()).isEqualTo(local.warnings());
    assertThat(blocks.sizes).hasSize(local.trace().size());
    for (int e = 0; e < blocks.sizes.size(); e++) {
      assertThat(blocks.sizes.get(e)).isEqualTo(local.trace().get(e).patients());
    }
    assertThat(CohortBlocks.of(p).regimens()).isEqualTo(2);
  }

  @Test
  void blockBoundsAndValuesAreChecked() {
    CohortBlocks c = CohortBlocks.of(problem());
    assertThatThrownBy(() -> c.simulate(new double[] {5, 1}, 30, 41))
        .hasMessage("patients [30, 41): must satisfy 0 <= from < to <= 40");
    assertThatThrownBy(() -> c.simulate(new double[] {5}, 0, 4))
        .hasMessage("values = 1 entries: must have 2 (one per fitted parameter)");
    assertThatThrownBy(() -> Calibration.run(problem(), CalibrationSettings.DEFAULT.withBudgets(20, 2, 2),
        CalibrationListener.NONE, (v, n) -> new double[1][n])).hasMessageContaining("expected 2");
  }
}
