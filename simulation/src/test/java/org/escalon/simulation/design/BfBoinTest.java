package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * BF-BOIN's decision and backfill rules (R {@code bfboin} 0.1.1, {@code sim.one.trial}), case by case from the
 * package's rules, with the boundaries worked out by hand for φ = 0.25 (φ1 = 0.15, φ2 = 0.35):
 * <pre>
 *   λe = ln(0.85/0.75) / ln(0.25·0.85 / (0.15·0.75)) = 0.19677,  λd = ln(0.75/0.65) / ln(0.35·0.75 / (0.25·0.65)) = 0.29839
 *   n      3  5  6  8  9  11  12  15
 *   b_e    0  0  1  1  1   2   2   2      floor(λe·n)
 *   b_d    1  2  2  3  3   4   4   5      ceil(λd·n)
 * </pre>
 * Elimination at n = 3 needs y = 3: Pr(p &gt; 0.25 | y, n) = P(Bin(n + 1, 0.25) ≤ y), and P(Bin(4, 0.25) ≤ 2) = 0.9492
 * ≤ 0.95 &lt; P(Bin(4, 0.25) ≤ 3) = 0.9961. The extra-safe cutoff 0.95 − 0.05 = 0.90: P(Bin(7, 0.25) ≤ 3) = 0.9294
 * (3 of 6 exceeds it, and stays below elimination), P(Bin(10, 0.25) ≤ 3) = 0.7759 (3 of 9 does not).
 */
class BfBoinTest {

  private static final int K = 5;

  private static BfBoin design() {
    return BfBoin.builder(0.25, K).cohorts(12).build();
  }

  private static int[] a(int... v) {
    int[] out = new int[K];
    System.arraycopy(v, 0, out, 0, v.length);
    return out;
  }

  private static BfBoin.Move decide(BfBoin b, int d, int[] n, int[] y) {
    return b.decide(d, n, y, n[0], y[0], K + 1);
  }

  @Test
  void boundariesAreBoinsForTarget025() {
    BfBoin b = design();
    int[] ns = {3, 5, 6, 8, 9, 11, 12, 15};
    int[] be = {0, 0, 1, 1, 1, 2, 2, 2};
    int[] bd = {1, 2, 2, 3, 3, 4, 4, 5};
    for (int i = 0; i < ns.length; i++) {
      assertThat(b.escalateIfLe(ns[i])).as("b_e(%d)", ns[i]).isEqualTo(be[i]);
      assertThat(b.deescalateIfGe(ns[i])).as("b_d(%d)", ns[i]).isEqualTo(bd[i]);
    }
    assertThat(b.decision(3, 2)).isEqualTo(Decision.D);
    assertThat(b.decision(3, 3)).isEqualTo(Decision.DU);
    assertThat(b.decision(0, 0)).isEqualTo(Decision.E); // the package's pmax(1, n)
    assertThat(b.maxPatientsPerDose()).isEqualTo(12 * 3 + K * 13);
  }

  @Test
  void doseOneFollowsBoin() {
    BfBoin b = design();
    assertThat(decide(b, 1, a(3), a(0))).isEqualTo(new BfBoin.Move(2, StopReason.NONE, K + 1));
    assertThat(decide(b, 1, a(3), a(1))).isEqualTo(new BfBoin.Move(1, StopReason.NONE, K + 1)); // D at 1 = stay
    assertThat(decide(b, 1, a(3), a(3)).stop()).isEqualTo(StopReason.TOO_TOXIC);
    // escalation onto an eliminated dose: stay
    assertThat(b.decide(1, a(3), a(0), 3, 0, 2)).isEqualTo(new BfBoin.Move(1, StopReason.NONE, 2));
  }

  @Test
  void noConflictMovesAsBoin() {
    BfBoin b = design();
    assertThat(decide(b, 2, a(3, 3), a(0, 0)).nextDose()).isEqualTo(3);
    assertThat(decide(b, 2, a(3, 6), a(0, 2)).nextDose()).isEqualTo(1); // 2/6: D
    BfBoin.Move du = decide(b, 3, a(6, 3, 3), a(0, 0, 3)); // 3/3 at 3: eliminate 3..5
    assertThat(du).isEqualTo(new BfBoin.Move(2, StopReason.NONE, 3));
    assertThat(decide(b, K, a(3, 3, 3, 3, 3), a(0, 0, 0, 0, 0)).nextDose()).isEqualTo(K); // E at the top: stay
  }

  @Test
  void backfillDataAtALowerDoseConflictingWithEscalationArePooled() {
    BfBoin b = design();
    // dose 3 0/3 (E), dose 2 0/3 + backfill 2/3 = 2/6 (D): b* = 2, pooled 2/9 is between b_e(9) = 1 and b_d(9) = 3
    assertThat(decide(b, 3, a(3, 6, 3), a(0, 2, 0))).isEqualTo(new BfBoin.Move(3, StopReason.NONE, K + 1));
    // dose 2 4/9: pooled 4/12 >= b_d(12) = 4; from b* = 2 upwards 4/9 and 4/12 are both >= b_d: no safe dose,
    // go to b* - 1 = 1
    assertThat(decide(b, 3, a(3, 9, 3), a(0, 4, 0))).isEqualTo(new BfBoin.Move(1, StopReason.NONE, K + 1));
    // dose 1 backfill 2/6 (D) under dose 2 0/3: pooled 2/9 is between: stay at 2
    assertThat(decide(b, 2, a(6, 3), a(2, 0)).nextDose()).isEqualTo(2);
    // ... and 1/6 at dose 1 with 0/3 at 2: no conflict (1/6 is E), escalate
    assertThat(decide(b, 2, a(6, 3), a(1, 0)).nextDose()).isEqualTo(3);
  }

  @Test
  void deescalationToTheHighestSafeDoseClosesTheDosesAbove() {
    BfBoin b = design();
    // dose 2 2/6 (D), dose 3 0/6 (E), dose 4 3/3 (DU: 4 and 5 eliminated); b* = 2; pooled 5/15 >= b_d(15) = 5;
    // cumulative from dose 2: 2/6 (not < 2), 2/12 (< 4: safe), 5/15 (not < 5): the highest safe dose is 3
    assertThat(decide(b, 4, a(3, 6, 6, 3), a(0, 2, 0, 3))).isEqualTo(new BfBoin.Move(3, StopReason.NONE, 4));
    // escalation at dose 3 (0/3) over dose 2 with backfill 3/6: pooled 3/9 >= 3; cumulative 3/6 (not < 2),
    // 3/9 (not < 3): none safe, b* - 1 = 1
    assertThat(decide(b, 3, a(3, 6, 3), a(0, 3, 0)).nextDose()).isEqualTo(1);
  }

  @Test
  void noSafeDoseBelowDoseOneStopsWhenDoseOneMeetsElimination() {
    BfBoin b = design();
    // dose 1 3/3 (DU) from backfill while dose 2 is 0/3 (E): pooled 3/6 >= 2, cumulative 3/3 and 3/6 unsafe,
    // b* - 1 = 0: dose 1 meets elimination (3 of 3) -> stop
    assertThat(b.decide(2, a(3, 3), a(3, 0), 3, 0, K + 1).stop()).isEqualTo(StopReason.TOO_TOXIC);
    // 2/3 at dose 1 does not meet elimination -> dose 1
    assertThat(b.decide(2, a(3, 3), a(2, 0), 3, 0, K + 1)).isEqualTo(new BfBoin.Move(1, StopReason.NONE, K + 1));
  }

  @Test
  void extrasafeAtDoseOneAndTheEarlyStopItSkips() {
    BfBoin safe = BfBoin.builder(0.25, K).extrasafe(true).nEarlyStop(9).build();
    BfBoin plain = BfBoin.builder(0.25, K).nEarlyStop(9).build();
    // 3/6 at dose 1: D; Pr(p > 0.25) = 0.9294 > 0.90 -> stop with extrasafe, stay without
    assertThat(decide(safe, 1, a(6), a(3)).stop()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(decide(plain, 1, a(6), a(3))).isEqualTo(new BfBoin.Move(1, StopReason.NONE, K + 1));
    // 3/9 at dose 1: D; 0.7759 <= 0.90: with extrasafe stay and, as the package's branch order has it, no
    // n.earlystop check; without extrasafe 9 >= n.earlystop stops
    assertThat(decide(safe, 1, a(9), a(3))).isEqualTo(new BfBoin.Move(1, StopReason.NONE, K + 1));
    assertThat(decide(plain, 1, a(9), a(3)).stop()).isEqualTo(StopReason.N_AT_DOSE);
  }

  @Test
  void earlyStopCountsBackfillPatients() {
    BfBoin b = BfBoin.builder(0.25, K).nEarlyStop(9).build();
    // dose 2: 3 escalation + 6 backfill = 9 patients with 2 DLTs: stay (1 < 2 < 3) and 9 >= 9
    assertThat(decide(b, 2, a(3, 9), a(0, 2)).stop()).isEqualTo(StopReason.N_AT_DOSE);
    assertThat(decide(b, 2, a(3, 8), a(0, 2)).nextDose()).isEqualTo(2); // 2/8 is S (b_e 1, b_d 3)
  }

  @Test
  void threePlusThreeOptionTurnsOneOfThreeIntoStay() {
    BfBoin b = BfBoin.builder(0.25, K).threePlusThree(true).build();
    assertThat(decide(b, 2, a(3, 3), a(0, 1)).nextDose()).isEqualTo(2);
    assertThat(decide(design(), 2, a(3, 3), a(0, 1)).nextDose()).isEqualTo(1);
    assertThatThrownBy(() -> BfBoin.builder(0.3, K).threePlusThree(true).build())
        .hasMessageContaining("threePlusThree = true with target = 0.3");
  }

  private static int backfill(BfBoin b, int d, int[] nTot, int[] yTot, int nCur, int yCur, int[] nEsc, int[] yEsc,
      boolean[] responded, int[] backfilled) {
    return b.backfillDose(d, nTot, yTot, nCur, yCur, nEsc, yEsc, responded, backfilled);
  }

  @Test
  void backfillGoesToTheHighestOpenDose() {
    BfBoin b = design();
    boolean[] both = {true, true, false, false, false};
    assertThat(backfill(b, 3, a(3, 3, 0), a(0, 0, 0), 0, 0, a(3, 3, 0), a(0, 0, 0), both, a())).isEqualTo(2);
    BfBoin low = BfBoin.builder(0.25, K).backfillDose(BfBoin.BackfillDose.LOWEST).build();
    assertThat(backfill(low, 3, a(3, 3, 0), a(0, 0, 0), 0, 0, a(3, 3, 0), a(0, 0, 0), both, a())).isEqualTo(1);
    boolean[] first = {true, false, false, false, false};
    assertThat(backfill(b, 3, a(3, 3, 0), a(0, 0, 0), 0, 0, a(3, 3, 0), a(0, 0, 0), first, a())).isEqualTo(1);
    assertThat(backfill(b, 3, a(3, 3, 0), a(0, 0, 0), 0, 0, a(3, 3, 0), a(0, 0, 0), new boolean[K], a()))
        .isZero(); // no response yet: turned away
    assertThat(backfill(b, 1, a(3), a(0), 0, 0, a(3), a(0), both, a())).isZero(); // nothing below dose 1
  }

  @Test
  void nCapIsInclusive() {
    BfBoin b = design(); // n_cap 12
    boolean[] r = {true, true, false, false, false};
    // dose 2: 6 escalation + 6 backfilled = 12 <= 12: open; 7 backfilled: closed, dose 1 gets the patient
    assertThat(backfill(b, 3, a(3, 12, 0), a(0, 1, 0), 0, 0, a(3, 6, 0), a(0, 1, 0), r, a(0, 6))).isEqualTo(2);
    assertThat(backfill(b, 3, a(3, 13, 0), a(0, 1, 0), 0, 0, a(3, 6, 0), a(0, 1, 0), r, a(0, 7))).isEqualTo(1);
    // n_cap 0: never open
    BfBoin none = BfBoin.builder(0.25, K).nCap(0).build();
    assertThat(backfill(none, 3, a(3, 3), a(0, 0), 0, 0, a(3, 3), a(0, 0), r, a())).isZero();
  }

  @Test
  void anUnsafeDoseClosesItselfAndEveryDoseAbove() {
    BfBoin b = design();
    boolean[] r = {true, true, true, false, false};
    // dose 1 2/6 (>= b_d(6) = 2) and 2/12 pooled with dose 2's 0/6 is safe by the pooled rule: all open
    assertThat(backfill(b, 4, a(6, 6, 3), a(2, 0, 0), 0, 0, a(3, 6, 3), a(0, 0, 0), r, a(3))).isEqualTo(3);
    // dose 1 3/6 alone and pooled with dose 2 (3/9 >= b_d(9) = 3): unsafe, so doses 2 and 3 are closed too
    assertThat(backfill(b, 4, a(6, 3, 3), a(3, 0, 0), 0, 0, a(3, 3, 3), a(0, 0, 0), r, a(3))).isZero();
  }

  @Test
  void theDoseBelowTheCurrentOnePoolsWithTheCurrentCohortsEvaluatedPatients() {
    BfBoin b = design();
    boolean[] r = {true, false, false, false, false};
    // d = 2 with no completed cohort at 2: dose 1 1/3 (unsafe alone); pooled with the cohort's 2 evaluated
    // patients without DLT: 1/5 < b_d(5) = 2: open
    assertThat(backfill(b, 2, a(3, 0), a(1, 0), 2, 0, a(3, 0), a(1, 0), r, a())).isEqualTo(1);
    // with 1 of them a DLT: 2/5 is not < 2: closed
    assertThat(backfill(b, 2, a(3, 0), a(1, 0), 2, 1, a(3, 0), a(1, 0), r, a())).isZero();
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> BfBoin.builder(0.25, K).cohortSize(2))
        .hasMessage("cohortSize = 2: must be in 3..100");
    assertThatThrownBy(() -> BfBoin.builder(0.25, K).nCap(-1)).hasMessage("nCap = -1: must be in 0..1000");
    assertThatThrownBy(() -> BfBoin.builder(0.7, K)).hasMessage("target = 0.7: must be in [0.05, 0.6]");
    assertThat(BfBoin.builder(0.25, K).cohorts(300).build().maxPatientsPerDose()).isEqualTo(965);
    assertThatThrownBy(() -> BfBoin.builder(0.25, K).cohorts(320).build())
        .hasMessageStartingWith("cohorts x cohortSize + doseCount x (nCap + 1) = 1025");
  }
}
