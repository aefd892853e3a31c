package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PkPdSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blunted-feedback neutrophil variant (docs/model.md §2E) against hand-computed values. */
class FeedbackBluntingTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1, 2, 5.7, 7.8, 40})
  void hillIsOneHalfAtD50AndFollowsItsDefinition(double n) {
    assertThat(FeedbackBlunting.hill(0.6, 0.6, n)).isCloseTo(0.5, within(1e-15));
    double d = 0.8;
    double expected = Math.pow(d, n) / (Math.pow(0.6, n) + Math.pow(d, n));
    assertThat(FeedbackBlunting.hill(d, 0.6, n)).isCloseTo(expected, within(1e-14));
  }

  @Test
  void hillIsZeroWithoutDegradationAndDoesNotOverflow() {
    assertThat(FeedbackBlunting.hill(0, 0.5, 5)).isZero();
    assertThat(FeedbackBlunting.hill(-1e-3, 0.5, 5)).isZero();
    assertThat(FeedbackBlunting.hill(0.9, 0.01, 1000)).isEqualTo(1.0);
    assertThat(FeedbackBlunting.hill(0.01, 0.9, 1000)).isEqualTo(0.0);
  }

  @Test
  void effectAndGammaFormulas() {
    // D = 0.7, D50E = 0.5, nE = 2: H = 0.49/(0.25 + 0.49) = 0.662162...
    assertThat(FeedbackBlunting.effect(0.7, 0.2, 0.5, 2)).isCloseTo(0.2 * 0.49 / 0.74, within(1e-15));
    // γ_eff = 0.17·(1 − 0.9·H(0.7; 0.7, 8)) = 0.17·(1 − 0.45)
    assertThat(FeedbackBlunting.gamma(0.7, 0.17, 0.9, 0.7, 8)).isCloseTo(0.17 * 0.55, within(1e-15));
  }

  /** The composed system's proliferating-pool derivative, computed by hand from docs/model.md §2E. */
  @Test
  void proliferationDerivativeOfTheComposedSystemMatchesTheEquations() {
    ModelParameters theta = ModelParameters.defaults().with(Param.D50E, 0.55).with(Param.NE, 3)
        .with(Param.D50F, 0.6).with(Param.NF, 6).with(Param.PHI_F, 0.9).with(Param.EMAXN, 0.25)
        .with(Param.GAMMA, 0.2);
    IndividualParameters p = IndividualParameters.typical(theta);
    for (ModelOptions.PkForm form : ModelOptions.PkForm.values()) {
      PkPdSystem sys = new PkPdSystem(p, ModelOptions.DEFAULT.withPkForm(form)
          .withNeutrophilEffect(MyelosuppressionEffect.BLUNTED_FEEDBACK));
      double[] y = new double[sys.dimension()];
      sys.initialState(y);
      double rM = 0.35;
      double prol = 2.9;
      double circ = 1.7;
      y[PkPdSystem.R_M] = rM;
      y[PkPdSystem.N_PROL] = prol;
      y[PkPdSystem.N_CIRC] = circ;
      double[] dydt = new double[sys.dimension()];
      sys.computeDerivatives(0.0, y, dydt);

      double dM = 1 - rM;
      double hE = Math.pow(dM, 3) / (Math.pow(0.55, 3) + Math.pow(dM, 3));
      double hF = Math.pow(dM, 6) / (Math.pow(0.6, 6) + Math.pow(dM, 6));
      double ktr = 4 / Param.MTT.defaultValue();
      double gammaEff = 0.2 * (1 - 0.9 * hF);
      double expected = ktr * prol * (1 - 0.25 * hE) * Math.pow(Param.CIRC0.defaultValue() / circ, gammaEff)
          - ktr * prol;
      assertThat(dydt[PkPdSystem.N_PROL]).as(form.toString()).isCloseTo(expected, within(1e-13));
      // the platelets keep the intact-feedback proliferation form with EMAXP·D_M
      double plt0 = Param.PLT0.defaultValue();
      double ktrP = 4 / Param.MTT_P.defaultValue();
      double expectedP = ktrP * plt0 * (1 - Param.EMAXP.defaultValue() * dM) - ktrP * plt0;
      assertThat(dydt[PkPdSystem.P_PROL]).as(form.toString()).isCloseTo(expectedP, within(1e-12));
    }
  }

  @Test
  void labelsRoundTrip() {
    for (MyelosuppressionEffect e : MyelosuppressionEffect.values()) {
      assertThat(MyelosuppressionEffect.byLabel(e.label())).isEqualTo(e);
    }
    assertThat(MyelosuppressionEffect.BLUNTED_FEEDBACK.label()).isEqualTo("blunted-feedback");
  }
}
