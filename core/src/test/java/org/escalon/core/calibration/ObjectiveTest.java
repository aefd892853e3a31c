package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.escalon.core.model.Param;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * The objective and its residuals by hand: the calibration's virtual patients are those of {@link
 * PopulationSimulation} with the same seed (diagonal Ω: η = ω·z on the same standard normals), so the rates, their
 * SEs, the pooled and ratio quantities and z are recomputed here from {@code PopulationSimulation}'s patient
 * results.
 */
class ObjectiveTest {

  static final String A = "100 ug QD d1-14 x1 + dex 40 mg";
  static final String B = "50 ug QD d1-14 x1 + dex 40 mg";
  static final int N = 60;

  static double[] indicator(List<PatientResult> rs, boolean g3) {
    double[] x = new double[rs.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = rs.get(i).grade(org.escalon.core.pd.AdverseEvent.NEUTROPENIA) >= (g3 ? 3 : 1) ? 1 : 0;
    }
    return x;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  @Test
  void residualsAndObjectiveMatchAHandComputation() {
    PopulationSimulation sim = PopulationSimulation.defaults();
    double[] a = indicator(sim.run(Regimen.parse(A), N, 5, 1), false);
    double[] b = indicator(sim.run(Regimen.parse(B), N, 5, 1), false);
    Target single = Target.proportion(A, "neutropenia_any", 0.5, 40);
    Target pooled = Target.pooled(List.of(A, B), "neutropenia_any", 0.4, 0.05);
    Target ratio = Target.ratio(Target.Quantity.of(List.of(A), "neutropenia_any"),
        Target.Quantity.of(List.of(B), "neutropenia_any"), 1.5, 0.2);
    CalibrationProblem problem = new CalibrationProblem(sim,
        List.of(FitParameter.typical(Param.DC50_M, 1, 50, Scale.LOG)), List.of(single, pooled, ratio), N, 5);
    Evaluation e = Calibration.evaluate(problem, new double[] {Param.DC50_M.defaultValue()}, 2);

    double pa = mean(a);
    double pb = mean(b);
    double seA = Math.sqrt(pa * (1 - pa) / N);
    double z1 = (pa - 0.5) / Math.sqrt(0.5 * 0.5 / 40 + seA * seA);
    assertThat(e.targets().get(0).achieved()).isEqualTo(pa);
    assertThat(e.targets().get(0).achievedSe()).isCloseTo(seA, within(1e-12));
    assertThat(e.targets().get(0).z()).isCloseTo(z1, within(1e-12));

    double[] pool = new double[N];
    double va = 0;
    double vb = 0;
    double cab = 0;
    for (int i = 0; i < N; i++) {
      pool[i] = (a[i] + b[i]) / 2;
      va += (a[i] - pa) * (a[i] - pa) / N;
      vb += (b[i] - pb) * (b[i] - pb) / N;
      cab += (a[i] - pa) * (b[i] - pb) / N;
    }
    double pp = mean(pool);
    double sp = 0;
    for (double v : pool) {
      sp += (v - pp) * (v - pp) / N;
    }
    double sePool = Math.sqrt(sp / N);
    double z2 = (pp - 0.4) / Math.sqrt(0.05 * 0.05 + sePool * sePool);
    assertThat(e.targets().get(1).achieved()).isCloseTo((pa + pb) / 2, within(1e-12));
    assertThat(e.targets().get(1).z()).isCloseTo(z2, within(1e-12));

    // delta method on the same patients: Var(a/b) = (Var a − 2r·Cov + r²·Var b)/b², moments divided by n
    double r = pa / pb;
    double seR = Math.sqrt((va / N - 2 * r * cab / N + r * r * vb / N) / (pb * pb));
    double z3 = (r - 1.5) / Math.sqrt(0.2 * 0.2 + seR * seR);
    assertThat(e.targets().get(2).achieved()).isCloseTo(r, within(1e-12));
    assertThat(e.targets().get(2).achievedSe()).isCloseTo(seR, within(1e-12));
    assertThat(e.objective()).isCloseTo(z1 * z1 + z2 * z2 + z3 * z3, within(1e-9));
  }

  /** The typical patient's nadir: the minimum of its first 28 daily ANC values, SE 0. */
  @Test
  void typicalNadir() {
    PopulationSimulation sim = PopulationSimulation.defaults();
    Target t = Target.of(A, "anc_nadir_typical", 1.2, 0.1);
    Target day = Target.of(A, "nadir_day_typical", 20, 2);
    CalibrationProblem problem = new CalibrationProblem(sim,
        List.of(FitParameter.typical(Param.DC50_M, 1, 50, Scale.LOG)), List.of(t, day), 10, 1);
    Evaluation e = Calibration.evaluate(problem, new double[] {Param.DC50_M.defaultValue()}, 1);
    org.escalon.core.population.VirtualPatient vp =
        org.escalon.core.population.VirtualPatient.typical(sim.population().omega());
    double[] anc = org.escalon.core.model.PatientSimulator.defaults().simulate(
        org.escalon.core.model.IndividualParameters.typical(sim.population().theta()), vp.covariates(),
        vp.latentUniforms(), Regimen.parse(A)).ancDaily();
    int argmin = 0;
    for (int i = 1; i < 28; i++) {
      argmin = anc[i] < anc[argmin] ? i : argmin;
    }
    assertThat(e.targets().get(0).achieved()).isEqualTo(anc[argmin]);
    assertThat(e.targets().get(0).achievedSe()).isZero();
    assertThat(e.targets().get(1).achieved()).isEqualTo(argmin + 1.0);
    assertThat(e.targets().get(0).z()).isCloseTo((anc[argmin] - 1.2) / 0.1, within(1e-12));
  }
}
