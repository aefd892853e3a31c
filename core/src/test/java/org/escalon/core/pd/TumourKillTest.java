package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Kill rates of docs/model.md §2D by hand. */
class TumourKillTest {

  @Test
  void cemsidomideKillIsASigmoidInTumourDegradation() {
    // D = D50 gives kmax/2 for any nK; D = 2·D50 with nK = 3 gives kmax·8/9
    assertThat(TumourKill.cemsidomideKill(0.6, 0.28, 0.6, 3)).isCloseTo(0.14, within(1e-15));
    assertThat(TumourKill.cemsidomideKill(0.6, 0.28, 0.6, 2.2)).isCloseTo(0.14, within(1e-15));
    assertThat(TumourKill.cemsidomideKill(0.9, 0.28, 0.45, 3)).isCloseTo(0.28 * 8 / 9, within(1e-15));
    // the nK = 3 shortcut agrees with the general power
    double d = 0.437;
    assertThat(TumourKill.cemsidomideKill(d, 0.28, 0.6, 3))
        .isCloseTo(0.28 * Math.pow(d, 3) / (Math.pow(0.6, 3) + Math.pow(d, 3)), within(1e-15));
    assertThat(TumourKill.cemsidomideKill(0.0, 0.28, 0.6, 3)).isZero();
  }

  @Test
  void dexamethasoneKillIsEmaxInTheBiophaseAmount() {
    assertThat(TumourKill.dexamethasoneKill(20, 0.022, 20)).isCloseTo(0.011, within(1e-16));
    assertThat(TumourKill.dexamethasoneKill(60, 0.022, 20)).isCloseTo(0.022 * 0.75, within(1e-16));
    assertThat(TumourKill.dexamethasoneKill(0, 0.022, 20)).isZero();
  }

  @Test
  void psiZeroIsAdditiveKillHazards() {
    // Bliss independence: survival fractions multiply ⇔ hazards add
    assertThat(TumourKill.totalKill(0.1, 0.02, 0.0, 1.0)).isCloseTo(0.12, within(1e-16));
    // resistance factor e^{−λt} scales the sum
    double f = Math.exp(-0.011 * 100);
    assertThat(TumourKill.totalKill(0.1, 0.02, 0.0, f)).isCloseTo(0.12 * f, within(1e-16));
    // ψ = 1 adds sqrt(kc·kd) = sqrt(0.1·0.025) = 0.05
    assertThat(TumourKill.totalKill(0.1, 0.025, 1.0, 1.0)).isCloseTo(0.175, within(1e-15));
    // antagonism cannot turn kill into growth
    assertThat(TumourKill.totalKill(0.1, 0.1, -5.0, 1.0)).isZero();
  }
}
