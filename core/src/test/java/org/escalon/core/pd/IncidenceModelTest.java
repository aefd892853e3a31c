package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exposure-driven incidence (logit-linear in log Cavg), by hand. */
class IncidenceModelTest {

  private final IncidenceModel anaemia =
      new IncidenceModel(AdverseEvent.ANAEMIA, 0.38, 0.35, 0.5, 22.0 / 38, 0.5, "test");

  @Test
  void probabilityIsLogisticInLogExposure() {
    assertThat(anaemia.probabilityAny(0.35)).isCloseTo(0.38, within(1e-15));
    assertThat(anaemia.probabilityAny(0.0)).isZero();
    // four times the exposure with slope 0.5 multiplies the odds by 4^0.5 = 2: odds 0.38/0.62·2 → p = 0.5507
    double odds = 0.38 / 0.62 * 2;
    assertThat(anaemia.probabilityAny(1.4)).isCloseTo(odds / (1 + odds), within(1e-14));
  }

  @Test
  void gradeAndOnsetFollowTheLatentUniforms() {
    assertThat(anaemia.grade(0.35, 0.37, 0.0)).isEqualTo(3); // occurs (0.37 < 0.38), grade ≥ 3 (0 < 0.579)
    assertThat(anaemia.grade(0.35, 0.37, 0.6)).isEqualTo(1);
    assertThat(anaemia.grade(0.35, 0.39, 0.0)).isZero();
    assertThat(anaemia.grade(0.0, 0.0, 0.0)).isZero(); // no exposure, no event
    // onset: u < 0.5 → cycle 1; otherwise uniform over cycles 2..6
    assertThat(anaemia.onsetCycle(0.49, 6)).isEqualTo(1);
    assertThat(anaemia.onsetCycle(0.5, 6)).isEqualTo(2);
    assertThat(anaemia.onsetCycle(0.5 + 0.5 * 0.39, 6)).isEqualTo(3); // v = 0.39 → 2 + floor(0.39·5)
    assertThat(anaemia.onsetCycle(0.999999, 6)).isEqualTo(6);
    assertThat(anaemia.onsetCycle(0.9, 1)).isEqualTo(1);
  }
}
