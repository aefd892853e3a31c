package org.escalon.core.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reductions walk down the ladder 25, 37.5, 50, 62.5, 75, 100, 125, 150, 200 µg (docs/model.md §4). */
class DoseModificationRuleTest {

  @Test
  void reducedDoseIsTheNextLowerLevel() {
    DoseModificationRule r = DoseModificationRule.DEFAULT;
    assertThat(r.reducedDoseUg(100)).isEqualTo(75.0);
    assertThat(r.reducedDoseUg(75)).isEqualTo(62.5);
    assertThat(r.reducedDoseUg(37.5)).isEqualTo(25.0);
    assertThat(r.reducedDoseUg(25)).isZero(); // no lower level: discontinue
    assertThat(r.reducedDoseUg(110)).isEqualTo(100.0); // off-ladder dose: the highest level below it
    assertThat(r.reducedDoseUg(300)).isEqualTo(200.0);
    assertThat(r.withDoseLadderUg(new double[] {50, 100}).reducedDoseUg(100)).isEqualTo(50.0);
  }

  @Test
  void defaultsAreTheProtocolRule() {
    DoseModificationRule r = DoseModificationRule.DEFAULT;
    assertThat(r.enabled()).isTrue();
    assertThat(r.holdAncBelow()).isEqualTo(0.5);
    assertThat(r.resumeAncAtLeast()).isEqualTo(1.0);
    assertThat(r.holdPlateletsBelow()).isEqualTo(25.0);
    assertThat(r.reduceFromHold()).isEqualTo(2);
    assertThat(DoseModificationRule.NONE.enabled()).isFalse();
    double[] ladder = r.doseLadderUg();
    ladder[0] = 1;
    assertThat(r.doseLadderUg()[0]).isEqualTo(25.0);
  }
}
