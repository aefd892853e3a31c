package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * TITE-BOIN decisions with pending patients against R {@code TITEgBOIN::next_TITE_QuasiBOIN}'s rules, written out
 * here from the package's code (not from our output): by hand for every kind of case, and by an independent oracle
 * (direct posterior probabilities, direct comparisons of p̂ with λe and λd) over an enumeration of states.
 */
class TiteBoinTest {

  private static final double PHI = 0.3;
  private static final double LE = 0.2364907; // BOIN's λe for φ = 0.3 (docs/designs.md table)
  private static final double LD = 0.3585195;

  private static TiteBoin design(int k) {
    return TiteBoin.builder(PHI, k).cohortSize(3).cohorts(12).build();
  }

  private static TiteBoin.Step one(TiteBoin d, int n, int y, int m, double stft) {
    return d.decide(1, new int[] {n, 0, 0}, new int[] {y, 0, 0}, new int[] {m, 0, 0}, new double[] {stft, 0, 0},
        4);
  }

  private static TiteBoin.Step atTwo(TiteBoin d, int n, int y, int m, double stft) {
    return d.decide(2, new int[] {3, n, 0}, new int[] {0, y, 0}, new int[] {0, m, 0}, new double[] {0, stft, 0},
        4);
  }

  @Test
  void boundariesAreBoins() {
    TiteBoin d = design(3);
    assertThat(d.boin().lambdaE()).isCloseTo(LE, within(1e-7));
    assertThat(d.boin().lambdaD()).isCloseTo(LD, within(1e-7));
  }

  @Test
  void essEstimateIsObservedDltsOverEffectiveSampleSize() {
    TiteBoin d = design(3);
    // 6 treated, 1 DLT, 3 pending followed 10, 14 and 21 of 28 days: ESS = 6 − 3 + 45/28
    assertThat(d.estimate(6, 1, 3, 45.0 / 28)).isCloseTo(1 / (3 + 45.0 / 28), within(1e-15));
    assertThat(d.estimate(6, 2, 0, 0)).isEqualTo(2.0 / 6);
  }

  @Test
  void imputationEstimateOfThe2018Paper() {
    TiteBoin d = TiteBoin.builder(PHI, 3).estimator(TiteBoin.Estimator.IMPUTATION).build();
    // p̃ = (y + φ/2)/(n − m + 1) = (1 + 0.15)/4 ; p̂ = [y + (m − STFT) p̃/(1 − p̃)]/n
    double pt = 1.15 / 4;
    assertThat(d.estimate(6, 1, 3, 1.5)).isCloseTo((1 + 1.5 * pt / (1 - pt)) / 6, within(1e-15));
    assertThat(d.estimate(6, 2, 0, 0)).isEqualTo(2.0 / 6);
  }

  @Test
  void suspendsStrictlyAboveMaxPending() {
    TiteBoin d = design(3);
    // n = 4, 2 pending: 2 > 0.5·4 is false → decide: p̂ = 0/(2 + 0.5) = 0 ≤ λe → escalate
    TiteBoin.Step s = atTwo(d, 4, 0, 2, 0.5);
    assertThat(s.suspend()).isFalse();
    assertThat(s.nextDose()).isEqualTo(3);
    // n = 3, 2 pending: 2 > 1.5 → suspend, no move
    s = atTwo(d, 3, 0, 2, 1.0);
    assertThat(s.suspend()).isTrue();
    assertThat(s.nextDose()).isEqualTo(2);
    // n = 6, 3 pending: exactly half → decide; 4 pending → suspend
    assertThat(atTwo(d, 6, 0, 3, 1.5).suspend()).isFalse();
    assertThat(atTwo(d, 6, 0, 4, 1.5).suspend()).isTrue();
    // maxPending 0: any pending patient suspends; none pending decides
    TiteBoin strict = TiteBoin.builder(PHI, 3).maxPending(0).build();
    assertThat(atTwo(strict, 6, 0, 1, 0.9).suspend()).isTrue();
    assertThat(atTwo(strict, 6, 0, 0, 0).suspend()).isFalse();
  }

  @Test
  void pendingFollowUpMovesTheDecision() {
    TiteBoin d = design(3);
    // 6 treated, 1 DLT, 3 pending: STFT 0.9 → 1/3.9 = 0.256 (stay); STFT 1.5 → 1/4.5 = 0.222 ≤ λe (escalate)
    assertThat(atTwo(d, 6, 1, 3, 0.9).nextDose()).isEqualTo(2);
    assertThat(atTwo(d, 6, 1, 3, 0.9).decision()).isEqualTo(Decision.S);
    assertThat(atTwo(d, 6, 1, 3, 1.5).nextDose()).isEqualTo(3);
    // 6 treated, 2 DLTs, 2 pending with STFT 1.6: 2/5.6 = 0.357 < λd (stay); STFT 1.4: 2/5.4 = 0.370 ≥ λd (down)
    assertThat(atTwo(d, 6, 2, 2, 1.6).nextDose()).isEqualTo(2);
    assertThat(atTwo(d, 6, 2, 2, 1.4).nextDose()).isEqualTo(1);
  }

  @Test
  void deEscalationAtDoseOneWithPendingSuspends() {
    TiteBoin d = design(3);
    // 3 treated, 1 DLT, 1 pending half followed: 1/2.5 = 0.4 ≥ λd at dose 1 → stay and suspend
    TiteBoin.Step s = one(d, 3, 1, 1, 0.5);
    assertThat(s.decision()).isEqualTo(Decision.D);
    assertThat(s.nextDose()).isEqualTo(1);
    assertThat(s.suspend()).isTrue();
    // nobody pending: 2/3 ≥ λd at dose 1 → stay, no suspension
    s = one(d, 3, 2, 0, 0);
    assertThat(s.nextDose()).isEqualTo(1);
    assertThat(s.suspend()).isFalse();
    assertThat(s.stops()).isFalse();
  }

  @Test
  void eliminationUsesAllTreatedAndOnlyObservedDlts() {
    TiteBoin d = design(3);
    // dose 1: 9 treated, 4 observed DLTs, 3 pending. Pr(p > 0.3 | 4 of 9) = 0.80 (not eliminated; with n − m = 6
    // patients it would be 0.93... and with 5 of 9 it is 0.95+: elimination needs y ≥ 5 at n = 9)
    assertThat(1 - new BetaDistribution(5, 6).cumulativeProbability(0.3)).isLessThan(0.95);
    assertThat(1 - new BetaDistribution(6, 5).cumulativeProbability(0.3)).isGreaterThan(0.95);
    TiteBoin.Step s = one(d, 9, 4, 3, 1.0);
    assertThat(s.stops()).isFalse();
    assertThat(s.eliminatedFrom()).isEqualTo(4);
    // 4/(6 + 1) = 0.571 ≥ λd at dose 1 with pending → stay and suspend
    assertThat(s.suspend()).isTrue();
    // 5 observed of 9 (2 pending): eliminated, and it is dose 1 → stop, no MTD
    s = one(d, 9, 5, 2, 1.0);
    assertThat(s.stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    // a lower dose eliminated by late DLTs while the trial is at dose 3: move below it
    s = d.decide(3, new int[] {3, 6, 3}, new int[] {0, 4, 0}, new int[] {0, 0, 3}, new double[] {0, 0, 0.3}, 4);
    assertThat(s.eliminatedFrom()).isEqualTo(2);
    assertThat(s.nextDose()).isEqualTo(1);
    assertThat(s.decision()).isEqualTo(Decision.DU);
    assertThat(s.suspend()).isFalse(); // elimination is decided before the pending check
  }

  @Test
  void neverEscalatesOntoAnEliminatedDoseNorPastTheTop() {
    TiteBoin d = design(3);
    TiteBoin.Step s = d.decide(1, new int[] {6, 3, 0}, new int[] {0, 3, 0}, new int[] {0, 0, 0},
        new double[] {0, 0, 0}, 2);
    assertThat(s.decision()).isEqualTo(Decision.E);
    assertThat(s.nextDose()).isEqualTo(1);
    s = d.decide(3, new int[] {3, 3, 3}, new int[] {0, 0, 0}, new int[] {0, 0, 1}, new double[] {0, 0, 0.5}, 4);
    assertThat(s.nextDose()).isEqualTo(3);
  }

  @Test
  void extrasafeOnlyAtDoseOneAndNEarlyStopOnlyWhenStaying() {
    TiteBoin es = TiteBoin.builder(PHI, 3).extrasafe(true).build();
    // Pr(p > 0.3 | 2 of 3) = 0.9163 > 0.95 − 0.05 = 0.90 → extrasafe stop at dose 1
    assertThat(1 - new BetaDistribution(3, 2).cumulativeProbability(0.3)).isBetween(0.90, 0.95);
    assertThat(one(es, 3, 2, 0, 0).stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    // the same dose-1 data while the trial is at dose 2: no extrasafe check (the package checks only d = 1)
    TiteBoin.Step s = es.decide(2, new int[] {3, 3, 0}, new int[] {2, 0, 0}, new int[] {0, 1, 0},
        new double[] {0, 0, 0}, 4);
    assertThat(s.stops()).isFalse();
    TiteBoin n9 = TiteBoin.builder(PHI, 3).nEarlyStop(9).build();
    // 9 at dose 2, 2 DLTs: 0.222 ≤ λe → escalate: no stop; 3 DLTs: stay → stop
    assertThat(atTwo(n9, 9, 2, 0, 0).stops()).isFalse();
    assertThat(atTwo(n9, 9, 3, 0, 0).stopReason()).isEqualTo(StopReason.N_AT_DOSE);
  }

  /** The package's rules for the current dose d (1-based) of K doses, written out independently. */
  private static int[] oracle(int d, int[] n, int[] y, int[] m, double[] ft, int elimFrom, double maxpen, int k) {
    int elim = elimFrom;
    for (int j = 0; j < k; j++) {
      double pr = 1 - new BetaDistribution(y[j] + 1, n[j] - y[j] + 1).cumulativeProbability(PHI);
      if (pr > 0.95 && n[j] >= 3) {
        elim = Math.min(elim, j + 1);
        break;
      }
    }
    int earlystop = 0;
    int next = d;
    int pending = 0;
    if (d >= elim) {
      next = elim - 1;
      earlystop = next == 0 ? 1 : 0;
      return new int[] {earlystop == 1 ? d : next, pending, earlystop, elim};
    }
    int nc = n[d - 1];
    int np = m[d - 1];
    if (np > nc * maxpen) {
      return new int[] {d, 1, 0, elim};
    }
    double phat = np == 0 ? (double) y[d - 1] / nc : y[d - 1] / (nc - np + ft[d - 1]);
    if (phat <= LE_EXACT) {
      next = d == k || d + 1 >= elim ? d : d + 1;
    } else if (phat >= LD_EXACT) {
      if (d == 1) {
        pending = np > 0 ? 1 : 0;
      } else {
        next = d - 1;
      }
    }
    return new int[] {next, pending, earlystop, elim};
  }

  private static final double LE_EXACT = Math.log((1 - 0.18) / (1 - PHI)) / Math.log(PHI * (1 - 0.18) / (0.18 * (1 - PHI)));
  private static final double LD_EXACT = Math.log((1 - PHI) / (1 - 0.42)) / Math.log(0.42 * (1 - PHI) / (PHI * (1 - 0.42)));

  @Test
  void everyStateOfTwoDosesAgreesWithTheOracle() {
    TiteBoin d = TiteBoin.builder(PHI, 2).cohortSize(3).cohorts(12).build();
    double[] fractions = {0, 0.1, 0.35, 0.5, 0.8, 0.99};
    int checked = 0;
    for (int n1 = 1; n1 <= 9; n1++) {
      for (int y1 = 0; y1 <= n1; y1++) {
        for (int m1 = 0; m1 + y1 <= n1; m1++) {
          for (int n2 = 0; n2 <= 6; n2++) {
            for (int y2 = 0; y2 <= n2; y2++) {
              for (int m2 = 0; m2 + y2 <= n2; m2++) {
                for (double f : fractions) {
                  for (int cur = 1; cur <= 2; cur++) {
                    if (cur == 2 && n2 == 0) {
                      continue;
                    }
                    int[] n = {n1, n2};
                    int[] y = {y1, y2};
                    int[] m = {m1, m2};
                    double[] ft = {m1 * f, m2 * f};
                    int[] want = oracle(cur, n, y, m, ft, 3, 0.5, 2);
                    TiteBoin.Step got = d.decide(cur, n, y, m, ft, 3);
                    String at = "cur=" + cur + " n=" + n1 + "," + n2 + " y=" + y1 + "," + y2 + " m=" + m1 + "," + m2
                        + " f=" + f;
                    assertThat(got.eliminatedFrom()).as(at).isEqualTo(want[3]);
                    assertThat(got.stopReason() == StopReason.TOO_TOXIC).as(at).isEqualTo(want[2] == 1);
                    if (want[2] == 0) {
                      assertThat(got.nextDose()).as(at).isEqualTo(want[0]);
                      assertThat(got.suspend()).as(at).isEqualTo(want[1] == 1);
                    }
                    checked++;
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void optionsAreValidatedWithTheirNames() {
    assertThatThrownBy(() -> TiteBoin.builder(PHI, 3).maxPending(0.7))
        .hasMessageStartingWith("maxPending = 0.7: must be in [0, 0.65]");
    assertThatThrownBy(() -> TiteBoin.builder(PHI, 3).maxPending(Double.NaN))
        .hasMessageStartingWith("maxPending = NaN");
    assertThatThrownBy(() -> TiteBoin.builder(0.7, 3)).hasMessageStartingWith("target = 0.7");
    assertThatThrownBy(() -> TiteBoin.builder(PHI, 3).cohortSize(0)).hasMessageContaining("cohortSize = 0");
    assertThatThrownBy(() -> design(3).decide(1, new int[] {3, 0, 0}, new int[] {2, 0, 0}, new int[] {2, 0, 0},
        new double[] {1, 0, 0}, 4)).hasMessageContaining("y + m <= n");
  }
}
