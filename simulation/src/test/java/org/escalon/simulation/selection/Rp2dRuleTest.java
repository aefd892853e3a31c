package org.escalon.simulation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.escalon.simulation.oc.Moments;
import org.junit.jupiter.api.Test;

/** The RP2D rule U = ORR~ − w·DLT~ over the tested levels up to the MTD, and {@link Moments}, by hand. */
class Rp2dRuleTest {

  private static final Rp2dRule W1 = Rp2dRule.DEFAULT;

  @Test
  void utilityIsOrrMinusWeightedDltRate() {
    assertThat(new Rp2dRule(0.5, 3).utility(0.5, 0.25)).isEqualTo(0.375);
    assertThat(W1.utility(0.5, 0.25)).isEqualTo(0.25);
  }

  @Test
  void isotonicSmoothingKeepsALuckyLowCohortFromWinning() {
    // n = (3, 9, 9), responders (2, 3, 5), DLTs (0, 0, 1), MTD 3.
    // Raw ORR (2/3, 1/3, 5/9) violates the order at 1-2: pooled with weights n, (2 + 3)/(3 + 9) = 5/12;
    // 5/12 < 5/9, so ORR~ = (5/12, 5/12, 5/9). DLT rates (0, 0, 1/9) are monotone already.
    // U = (5/12, 5/12, 5/9 - 1/9 = 4/9): 4/9 = 0.444 > 5/12 = 0.417 -> RP2D 3; second: level 1 (tie with 2, lower).
    // Without smoothing level 1 would win with U = 2/3.
    int[] n = {3, 9, 9};
    int[] y = {0, 0, 1};
    int[] r = {2, 3, 5};
    assertThat(W1.select(n, y, r, 3)).isEqualTo(3);
    assertThat(W1.bestTwo(n, y, r, 3)).containsExactly(3, 1);
  }

  @Test
  void smoothingOfToxicity() {
    // n = (6, 6, 6), DLTs (2, 0, 1), responders (1, 3, 4), MTD 3.
    // DLT raw (1/3, 0, 1/6): pool 1-2 -> 1/6, 1/6; then (1/6, 1/6, 1/6) is monotone. ORR (1/6, 1/2, 2/3) monotone.
    // U = (0, 1/3, 1/2) -> 3 then 2. (Raw U would be (-1/6, 1/2, 1/2) with a tie won by 2.)
    assertThat(W1.bestTwo(new int[] {6, 6, 6}, new int[] {2, 0, 1}, new int[] {1, 3, 4}, 3)).containsExactly(3, 2);
  }

  @Test
  void tiesGoToTheLowerDose() {
    // n = (6, 6), no DLTs, 3 responders each: U = (1/2, 1/2) -> 1 first, 2 second
    assertThat(W1.bestTwo(new int[] {6, 6}, new int[] {0, 0}, new int[] {3, 3}, 2)).containsExactly(1, 2);
  }

  @Test
  void noMtdMeansNoRp2d() {
    assertThat(W1.select(new int[] {3, 3}, new int[] {2, 0}, new int[] {3, 0}, 0)).isZero();
    assertThat(W1.bestTwo(new int[] {3, 3}, new int[] {2, 0}, new int[] {3, 0}, 0)).containsExactly(0, 0);
  }

  @Test
  void levelsAboveTheMtdAndUntestedLevelsAreNotCandidates() {
    // level 3 responds best but is above the MTD (2): U = (0, 0) over levels 1-2 -> 1
    assertThat(W1.bestTwo(new int[] {3, 3, 3}, new int[] {0, 0, 0}, new int[] {0, 0, 3}, 2)).containsExactly(1, 2);
    // level 2 untested (n = 0): candidates 1 and 3 only; U = (0, 1) -> 3, then 1
    assertThat(W1.bestTwo(new int[] {3, 0, 3}, new int[] {0, 0, 0}, new int[] {0, 0, 3}, 3)).containsExactly(3, 1);
  }

  @Test
  void minPatients() {
    // n = (2, 6, 0), responders (2, 2, 0), no DLTs, MTD 2: ORR raw (1, 1/3) pooled to (2+2)/8 = 1/2 at both.
    // minPatients 3 excludes level 1 -> 2; with minPatients 1 the tie goes to the lower dose -> 1.
    int[] n = {2, 6, 0};
    int[] y = {0, 0, 0};
    int[] r = {2, 2, 0};
    assertThat(new Rp2dRule(1, 3).bestTwo(n, y, r, 2)).containsExactly(2, 0);
    assertThat(new Rp2dRule(1, 1).bestTwo(n, y, r, 2)).containsExactly(1, 2);
    // no candidate at all (every n < 7): the RP2D is the MTD
    assertThat(new Rp2dRule(1, 7).bestTwo(n, y, r, 2)).containsExactly(2, 0);
  }

  @Test
  void toxicityWeightMovesTheChoice() {
    // n = (6, 6), DLTs (0, 3), responders (2, 4): ORR (1/3, 2/3), DLT (0, 1/2)
    // w = 1: U = (1/3, 1/6) -> 1;  w = 0.5: (1/3, 5/12) -> 2;  w = 0: (1/3, 2/3) -> 2;
    // w = 0.75: (1/3, 2/3 - 3/8 = 7/24) -> 1
    int[] n = {6, 6};
    int[] y = {0, 3};
    int[] r = {2, 4};
    assertThat(new Rp2dRule(1, 3).select(n, y, r, 2)).isEqualTo(1);
    assertThat(new Rp2dRule(0.5, 3).select(n, y, r, 2)).isEqualTo(2);
    assertThat(new Rp2dRule(0, 3).select(n, y, r, 2)).isEqualTo(2);
    assertThat(new Rp2dRule(0.75, 3).select(n, y, r, 2)).isEqualTo(1);
  }

  @Test
  void badArgumentsOfSelect() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> W1.select(new int[] {3}, new int[] {0, 0},
        new int[] {0}, 1)).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> W1.select(new int[] {3}, new int[] {0}, new int[] {0},
        2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mtd = 2");
  }

  @Test
  void momentsMeanAndStandardErrorByHand() {
    // x = 1, 2, 4: mean 7/3; sample variance ((4/3)^2 + (1/3)^2 + (5/3)^2)/2 = (42/9)/2 = 7/3;
    // SE = sqrt((7/3)/3) = sqrt(7)/3
    Moments m = new Moments();
    assertThat(m.mean()).isNaN();
    m.add(1);
    assertThat(m.mean()).isEqualTo(1);
    assertThat(m.se()).isNaN();
    m.add(2);
    m.add(4);
    assertThat(m.count()).isEqualTo(3);
    assertThat(m.mean()).isCloseTo(7.0 / 3, within(1e-15));
    assertThat(m.se()).isCloseTo(Math.sqrt(7) / 3, within(1e-15));
    // combine = adding all observations to one
    Moments a = new Moments();
    a.add(1);
    Moments b = new Moments();
    b.add(2);
    b.add(4);
    a.combine(b);
    assertThat(a.count()).isEqualTo(3);
    assertThat(a.mean()).isEqualTo(m.mean());
    assertThat(a.se()).isEqualTo(m.se());
    // a constant has SE 0, never NaN: exactly for integer-valued quantities (n, DLTs: the sums are exact);
    // for 0.1 the naive sum-of-squares formula leaves a rounding residue of order sqrt(eps)·|x| ~ 1e-9
    Moments c = new Moments();
    Moments i30 = new Moments();
    for (int i = 0; i < 10; i++) {
      c.add(0.1);
      i30.add(30);
    }
    assertThat(i30.se()).isZero();
    assertThat(c.se()).isBetween(0.0, 1e-8);
  }
}
