package org.escalon.core.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Holds, resumptions and reductions of docs/model.md §4, day by day on hand-made counts. */
class DoseModificationTrackerTest {

  @Test
  void holdsBelowThresholdsAndResumesOneLevelLowerFromTheSecondHold() {
    DoseModificationTracker t = DoseModificationRule.DEFAULT.tracker();
    t.start(100);
    assertThat(t.mayDose()).isTrue();
    t.judge(0.4, 180); // ANC < 0.5: hold 1
    assertThat(t.onHold()).isTrue();
    assertThat(t.mayDose()).isFalse();
    t.judge(0.9, 180); // not yet >= 1.0
    assertThat(t.onHold()).isTrue();
    t.judge(1.0, 50); // resume at the same dose after the first hold
    assertThat(t.mayDose()).isTrue();
    assertThat(t.doseUg()).isEqualTo(100);
    t.judge(3.0, 24); // platelets < 25: hold 2
    t.judge(1.2, 60); // resume one level lower: 75 ug
    assertThat(t.holds()).isEqualTo(2);
    assertThat(t.reductions()).isEqualTo(1);
    assertThat(t.doseUg()).isEqualTo(75);
  }

  @Test
  void discontinuesWhenThereIsNoLowerLevel() {
    DoseModificationTracker t = DoseModificationRule.DEFAULT.tracker();
    t.start(25);
    for (int hold = 0; hold < 2; hold++) {
      t.judge(0.1, 180);
      t.judge(2.0, 180);
    }
    assertThat(t.discontinued()).isTrue();
    assertThat(t.mayDose()).isFalse();
    assertThat(t.reductions()).isEqualTo(1);
    t.judge(0.1, 180); // nothing changes once discontinued
    assertThat(t.holds()).isEqualTo(2);
  }

  @Test
  void anOffRuleNeverHolds() {
    DoseModificationTracker t = DoseModificationRule.NONE.tracker();
    t.start(100);
    t.judge(0.0, 0.0);
    assertThat(t.mayDose()).isTrue();
    assertThat(t.holds()).isZero();
  }

  @Test
  void theDexamethasoneAgeRuleCapsOlderPatientsOnly() {
    assertThat(DexamethasoneAgeRule.DEFAULT.doseMg(40, 76)).isEqualTo(20);
    assertThat(DexamethasoneAgeRule.DEFAULT.doseMg(40, 75)).isEqualTo(40);
    assertThat(DexamethasoneAgeRule.DEFAULT.doseMg(12, 80)).isEqualTo(12);
    assertThat(DexamethasoneAgeRule.NONE.doseMg(40, 90)).isEqualTo(40);
  }

  @Test
  void theDefaultLadderIsACopy() {
    double[] ladder = DoseModificationRule.defaultLadderUg();
    ladder[0] = 1;
    assertThat(DoseModificationRule.defaultLadderUg()[0]).isEqualTo(25);
  }
}
