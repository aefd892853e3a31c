package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.ode.DormandPrince54Integrator;
import org.escalon.core.ode.OdeSystem;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.Profile;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Friberg et al. (2002) myelosuppression model. Closed-form facts used here:
 *
 * <ul>
 *   <li>without drug (E = 0) the baseline (all five states at Circ0) is an equilibrium: every derivative is 0;
 *   <li>with a constant effect E on proliferation, dProl/dt = 0 needs (1 − E)·(Circ0/Circ)^γ = 1, so the new
 *       steady state is {@code Circ_ss = Circ0·(1 − E)^{1/γ}}, and all transit states equal it;
 *   <li>with a constant maturation-arrest effect, dProl/dt = 0 needs Circ = Circ0 (the feedback restores the
 *       count), and the transit states pile up at {@code T_i = Circ0/(1 − E)}.
 * </ul>
 */
class FribergTest {

  private static final double CIRC0 = 3.5;
  private static final double MTT = 120;
  private static final double KTR = 4 / MTT;
  private static final double GAMMA = 0.17;

  private static OdeSystem friberg(double effect, MyelosuppressionEffect variant) {
    return new OdeSystem() {
      @Override
      public int dimension() {
        return Friberg.STATES;
      }

      @Override
      public void computeDerivatives(double t, double[] y, double[] dydt) {
        Friberg.derivatives(y, 0, KTR, CIRC0, GAMMA, effect, variant, dydt);
      }
    };
  }

  private static double[] run(double effect, MyelosuppressionEffect variant, double hours) {
    double[] y = new double[Friberg.STATES];
    Friberg.baseline(y, 0, CIRC0);
    new DormandPrince54Integrator(Friberg.STATES, new OdeTolerances(1e-11, 1e-13, 24, 1_000_000))
        .integrate(friberg(effect, variant), 0, y, hours);
    return y;
  }

  @ParameterizedTest
  @EnumSource(MyelosuppressionEffect.class)
  void withoutDrugEveryStateStaysAtBaseline(MyelosuppressionEffect variant) {
    double[] y = new double[Friberg.STATES];
    Friberg.baseline(y, 0, CIRC0);
    double[] dydt = new double[Friberg.STATES];
    Friberg.derivatives(y, 0, KTR, CIRC0, GAMMA, 0.0, variant, dydt);
    assertThat(dydt).containsOnly(0.0);
    assertThat(run(0.0, variant, 2000)).containsOnly(CIRC0);
  }

  @Test
  void constantProliferationEffectGivesCirc0TimesOneMinusEToTheOneOverGamma() {
    double e = 0.1;
    double expected = CIRC0 * Math.pow(1 - e, 1 / GAMMA); // 3.5·0.9^5.88 = 1.882
    double[] y = run(e, MyelosuppressionEffect.PROLIFERATION, 24 * 400);
    for (double v : y) {
      assertThat(v).isCloseTo(expected, within(1e-6));
    }
  }

  @Test
  void constantMaturationArrestIsCompensatedAtSteadyState() {
    double e = 0.3;
    double[] y = run(e, MyelosuppressionEffect.MATURATION_ARREST, 24 * 400);
    assertThat(y[0]).isCloseTo(CIRC0, within(1e-6));
    assertThat(y[1]).isCloseTo(CIRC0 / (1 - e), within(1e-6));
    assertThat(y[2]).isCloseTo(CIRC0 / (1 - e), within(1e-6));
    assertThat(y[3]).isCloseTo(CIRC0 / (1 - e), within(1e-6));
    assertThat(y[4]).isCloseTo(CIRC0, within(1e-6));
  }

  @Test
  void feedbackIsAPowerOfCirc0OverCirc() {
    // Prol = Circ0, Circ = Circ0/2, E = 0: dProl/dt = ktr·Circ0·(2^γ − 1)
    double[] y = {CIRC0, CIRC0, CIRC0, CIRC0, CIRC0 / 2};
    double[] dydt = new double[5];
    Friberg.derivatives(y, 0, KTR, CIRC0, GAMMA, 0.0, MyelosuppressionEffect.PROLIFERATION, dydt);
    assertThat(dydt[0]).isCloseTo(KTR * CIRC0 * (Math.pow(2, GAMMA) - 1), within(1e-15));
    assertThat(dydt[4]).isCloseTo(KTR * CIRC0 / 2, within(1e-15));
  }

  /** Study day (from 0) of the lowest observed ANC of the typical patient. */
  private static double nadirTimeH(double mttH) {
    IndividualParameters p = IndividualParameters.typical(ModelParameters.defaults().with(Param.MTT, mttH));
    Profile prof = PatientSimulator.defaults().profile(p, new Covariates(67), Regimen.parse("100 ug QD d1-14"),
        6.0);
    double[] t = prof.column("time_h");
    double[] anc = prof.column("anc_e9_per_l");
    int best = 0;
    for (int i = 1; i < anc.length; i++) {
      if (anc[i] < anc[best]) {
        best = i;
      }
    }
    return t[best];
  }

  @Test
  void nadirComesLaterWithALongerMeanTransitTime() {
    double t90 = nadirTimeH(90);
    double t120 = nadirTimeH(120);
    double t150 = nadirTimeH(150);
    assertThat(t90).isLessThan(t120);
    assertThat(t120).isLessThan(t150);
    // the delay is at least a sizeable part of the MTT difference (the signal passes the chain once)
    assertThat(t150 - t90).isGreaterThan(30.0);
  }
  /**
   * The blunted-feedback hot path takes both Hill functions from one logarithm; the derivatives must equal the
   * plain formulas written here with {@code Math.pow} (E = Emax·H(D; D50E, nE), γ_eff = γ·(1 − φ·H(D; D50F, nF)),
   * dProl/dt = ktr·Prol·(1 − E)·(Circ0/Circ)^γ_eff − ktr·Prol) to a few ulps, for D from 0 to 1.
   */
  @Test
  void bluntedFeedbackHotPathEqualsThePowFormula() {
    double mtt = 120.0;
    double circ0 = 5.0;
    double gamma = 0.15;
    double emax = 0.6;
    FeedbackBlunting.Shape shape = new FeedbackBlunting.Shape(0.52, 2.3, 0.55, 9.4, 0.99);
    Friberg f = Friberg.bluntedFeedback(mtt, circ0, gamma, emax, shape);
    double[] y = {4.0, 4.5, 4.8, 5.2, 3.1};
    double[] dydt = new double[5];
    double ktr = 4.0 / mtt;
    for (double d : new double[] {0.0, 1e-12, 1e-4, 0.1, 0.3, 0.52, 0.55, 0.7, 0.9, 0.999, 1.0}) {
      f.derivatives(y, 0, d, dydt);
      double hE = d > 0 ? Math.pow(d / 0.52, 2.3) / (1 + Math.pow(d / 0.52, 2.3)) : 0.0;
      double hF = d > 0 ? Math.pow(d / 0.55, 9.4) / (1 + Math.pow(d / 0.55, 9.4)) : 0.0;
      double e = emax * hE;
      double g = gamma * (1 - 0.99 * hF);
      double expected = ktr * y[0] * (1 - e) * Math.pow(circ0 / y[4], g) - ktr * y[0];
      assertThat(dydt[0]).as("D = %s", d).isCloseTo(expected, within(1e-14 * Math.abs(ktr * y[0])));
      assertThat(dydt[4]).isEqualTo(ktr * (y[3] - y[4]));
    }
  }
}
