package org.escalon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.PatientSimulator.Solver;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * The blood IKZF3 biomarker stepped exactly beside the ODE (fast solver, closed-form PK) against two references
 * at rtol 1e-8: the Hipparchus Dormand–Prince 5(4) path, which integrates R_PB as an ordinary ODE state, for every
 * other output; and, for the biomarker minimum, an independent brute force written here — the Bateman sum of the
 * doses by hand, dR/dt = KDEG·(1 − (1 + S)·R) by classical RK4 on a 0.01 h grid and a parabola through the lowest
 * three grid values. Every output must agree to 1e-6 relative.
 */
class ExactBiomarkerTest {

  private static final OdeTolerances TIGHT = OdeTolerances.of(1e-8, 1e-10);
  private static final SimulationSettings NO_HOLDS =
      SimulationSettings.DEFAULT.withDoseModification(DoseModificationRule.NONE);
  private static final double REL = 1e-6;

  private static List<IndividualParameters> individuals() {
    PopulationModel pop = PopulationModel.defaults();
    List<IndividualParameters> out = new ArrayList<>();
    out.add(IndividualParameters.typical(ModelParameters.defaults()));
    for (int i = 0; i < 4; i++) {
      VirtualPatient vp = pop.sample(i, RandomStreams.stream(77, i));
      out.add(pop.individualParameters(vp));
    }
    return out;
  }

  private static PatientResultBuffer run(Solver solver, OdeTolerances tol, SimulationSettings settings,
      IndividualParameters ip, Regimen reg) {
    PatientSimulator sim = new PatientSimulator(ModelOptions.DEFAULT, settings, solver, tol);
    sim.setTrackBiomarker(true);
    PatientResultBuffer b = new PatientResultBuffer();
    double[] u = new double[LatentUniforms.COUNT];
    java.util.Arrays.fill(u, 0.5);
    sim.simulate(ip, new Covariates(67), u, reg, b);
    return b;
  }

  private static void close(String what, double actual, double expected) {
    assertThat(actual).as(what).isCloseTo(expected, within(REL * Math.abs(expected) + 1e-12));
  }

  @Test
  void everyOutputAgreesWithTheHipparchusReference() {
    for (Regimen reg : List.of(Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg"),
        Regimen.parse("150 ug QD d1-21 x2 + dex 40 mg"), Regimen.parse("50 ug MWF d1-28 x1"))) {
      for (SimulationSettings settings : List.of(NO_HOLDS, SimulationSettings.DEFAULT)) {
        for (IndividualParameters ip : individuals()) {
          PatientResultBuffer fast = run(Solver.FAST, TIGHT, settings, ip, reg);
          PatientResultBuffer ref = run(Solver.HIPPARCHUS, TIGHT, settings, ip, reg);
          var a = fast.toResult();
          var b = ref.toResult();
          assertThat(a.ancDaily()).hasSameSizeAs(b.ancDaily());
          for (int d = 0; d < a.ancDaily().length; d++) {
            close(reg + " ANC day " + d, a.ancDaily()[d], b.ancDaily()[d]);
            close(reg + " platelets day " + d, a.plateletsDaily()[d], b.plateletsDaily()[d]);
          }
          assertThat(a.aeGrades()).containsExactly(b.aeGrades());
          assertThat(a.mProteinAssessments()).hasSameSizeAs(b.mProteinAssessments());
          for (int k = 0; k < a.mProteinAssessments().length; k++) {
            close(reg + " M-protein " + k, a.mProteinAssessments()[k], b.mProteinAssessments()[k]);
          }
          for (int c = 0; c < a.aucPerCycle().length; c++) {
            close(reg + " AUC " + c, a.aucPerCycle()[c], b.aucPerCycle()[c]);
            close(reg + " Cmax " + c, a.cmaxPerCycle()[c], b.cmaxPerCycle()[c]);
          }
          assertThat(a.bestResponse()).isEqualTo(b.bestResponse());
          assertThat(a.dlt()).isEqualTo(b.dlt());
          assertThat(a.holds()).isEqualTo(b.holds());
          assertThat(a.dosesGiven()).isEqualTo(b.dosesGiven());
          assertThat(a.daysNeutropeniaG3plus()).isEqualTo(b.daysNeutropeniaG3plus());
          assertThat(fast.minBiomarker()).as("IKZF3 minimum").isCloseTo(ref.minBiomarker(), within(1e-4));
        }
      }
    }
  }

  @Test
  void biomarkerMinimumMatchesAnIndependentBruteForce() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg");
    for (IndividualParameters ip : individuals()) {
      double expected = bruteForceMinimum(ip, 100, 14, 28);
      double fast = run(Solver.FAST, TIGHT, NO_HOLDS, ip, reg).minBiomarker();
      close("IKZF3 minimum, rtol 1e-8", fast, expected);
      // the production tolerance
      double fastDefault = run(Solver.FAST, OdeTolerances.DEFAULT, NO_HOLDS, ip, reg).minBiomarker();
      close("IKZF3 minimum, default tolerances", fastDefault, expected);
    }
  }

  /**
   * Minimum of R_PB over {@code days} days of {@code doseUg} once daily for {@code dosingDays} days (taken at the
   * day start, absorbed after TLAG), one-compartment Bateman sums by hand, RK4 with a 0.01 h step.
   */
  static double bruteForceMinimum(IndividualParameters ip, double doseUg, int dosingDays, int days) {
    double ka = ip.get(Param.KA);
    double cl = ip.get(Param.CL);
    double v = ip.get(Param.V);
    double tlag = ip.get(Param.TLAG);
    double k = cl / v;
    double kdeg = ip.inModelUnit(Param.KDEG);
    double smax = ip.get(Param.SMAX);
    double dc50 = ip.get(Param.DC50_PB);
    double hill = ip.get(Param.HILL);
    java.util.function.DoubleUnaryOperator conc = t -> {
      double c = 0;
      for (int d = 0; d < dosingDays; d++) {
        double tau = t - (24.0 * d + tlag);
        if (tau > 0) {
          c += doseUg * ka / (v * (ka - k)) * (Math.exp(-k * tau) - Math.exp(-ka * tau));
        }
      }
      return c;
    };
    java.util.function.DoubleBinaryOperator f = (t, r) -> {
      double c = conc.applyAsDouble(t);
      double s = c <= 0 ? 0 : smax * Math.pow(c, hill) / (Math.pow(dc50, hill) + Math.pow(c, hill));
      return kdeg * (1 - r) - kdeg * s * r;
    };
    double h = 0.01;
    int n = (int) Math.round(24.0 * days / h);
    double r = 1.0;
    double best = r;
    int bestIndex = 0;
    double[] values = new double[n + 1];
    values[0] = r;
    for (int i = 0; i < n; i++) {
      double t = i * h;
      double k1 = f.applyAsDouble(t, r);
      double k2 = f.applyAsDouble(t + h / 2, r + h / 2 * k1);
      double k3 = f.applyAsDouble(t + h / 2, r + h / 2 * k2);
      double k4 = f.applyAsDouble(t + h, r + h * k3);
      r += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
      values[i + 1] = r;
      if (r < best) {
        best = r;
        bestIndex = i + 1;
      }
    }
    if (bestIndex == 0 || bestIndex == n) {
      return best;
    }
    double y0 = values[bestIndex - 1];
    double y1 = values[bestIndex];
    double y2 = values[bestIndex + 1];
    double denom = y0 - 2 * y1 + y2;
    return denom > 0 ? y1 - (y2 - y0) * (y2 - y0) / (8 * denom) : y1;
  }
}
