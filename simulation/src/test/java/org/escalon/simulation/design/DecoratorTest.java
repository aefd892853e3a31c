package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecoratorTest {

  private final Boin boin = Designs.boin(0.3, 5, 3, 10);

  @Test
  void stopAtSampleSize() {
    EscalationDesign d = boin.stopAtSampleSize(6);
    assertThat(d.decide(CohortHistory.parse("1NNN", 5)).proceeds()).isTrue();
    Recommendation r = d.decide(CohortHistory.parse("1NNN 2NNN", 5));
    assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_SIZE);
    assertThat(r.decision()).isEqualTo(Decision.E);
    assertThat(d.maxSampleSize()).isEqualTo(8);
    assertThat(d.selectMtd(CohortHistory.parse("1NNN 2NNN", 5))).isEqualTo(2);
  }

  @Test
  void stopWhenNAtDose() {
    EscalationDesign d = boin.stopWhenNAtDose(3);
    assertThat(d.decide(CohortHistory.parse("1NTN", 5)).stopReason()).isEqualTo(StopReason.N_AT_DOSE);
    assertThat(d.decide(CohortHistory.parse("1NNN", 5)).proceeds()).isTrue();
  }

  @Test
  void noDoseSkippingClampsAJumpToTheNextUntriedDose() {
    EscalationDesign jumpy = new DesignDecorator(boin) {
      @Override
      public String name() {
        return "jump to top";
      }

      @Override
      public Recommendation decide(TrialHistory h) {
        Recommendation r = inner.decide(h);
        return r.proceeds() ? Recommendation.proceed(Decision.E, 5, 3) : r;
      }
    };
    EscalationDesign safe = jumpy.noDoseSkipping();
    assertThat(jumpy.decide(CohortHistory.parse("1NNN", 5)).nextDose()).isEqualTo(5);
    assertThat(safe.decide(CohortHistory.parse("1NNN", 5)).nextDose()).isEqualTo(2);
    assertThat(safe.decide(CohortHistory.parse("1NNN 2NNN 3NNN", 5)).nextDose()).isEqualTo(4);
    assertThat(safe.name()).endsWith("noDoseSkipping");
  }

  @Test
  void decoratorsValidate() {
    assertThatThrownBy(() -> boin.stopAtSampleSize(0)).hasMessageContaining("n = 0");
    assertThatThrownBy(() -> boin.stopWhenNAtDose(-1)).hasMessageContaining("m = -1");
  }
}
