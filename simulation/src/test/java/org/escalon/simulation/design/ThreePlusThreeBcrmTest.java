package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/**
 * 3+3 variant B against an independent enumeration of every trial path written from the rules of R
 * {@code bcrm::threep3(threep3.esc.only = FALSE)} (bcrm 0.5.4): cohort by cohort with its "de-escalated" flag,
 * at most two cohorts per dose, and the MTD read off the last cohort, exactly as the package does, not from counts.
 */
class ThreePlusThreeBcrmTest {

  /** Exact OCs of bcrm's algorithm: P(MTD = m) for m = 0..K, E[n_j], E[DLT_j]. */
  private static final class BcrmPaths {
    final int k;
    final double[] p;
    final double[] mtd;
    final double[] meanN;
    final double[] meanDlt;

    BcrmPaths(double[] p) {
      this.k = p.length;
      this.p = p;
      this.mtd = new double[k + 1];
      this.meanN = new double[k];
      this.meanDlt = new double[k];
      List<int[]> cohorts = new ArrayList<>();
      cohorts.add(new int[] {1, -1});
      extend(cohorts, false, 1.0);
    }

    private static double binom3(int t, double q) {
      int c = t == 0 || t == 3 ? 1 : 3;
      return c * Math.pow(q, t) * Math.pow(1 - q, 3 - t);
    }

    /** The last cohort has no outcome yet: branch over 0..3 DLTs. */
    private void extend(List<int[]> cohorts, boolean desc, double prob) {
      int i = cohorts.size();
      int dc = cohorts.get(i - 1)[0];
      for (int tc = 0; tc <= 3; tc++) {
        double pr = prob * binom3(tc, p[dc - 1]);
        List<int[]> path = new ArrayList<>(cohorts);
        path.set(i - 1, new int[] {dc, tc});
        int next = 0; // 0 = NA
        boolean newDesc = desc;
        if (i == 1) {
          if (tc == 0 && dc != k) {
            next = dc + 1;
          } else if (tc == 1) {
            next = dc;
          } else if (tc > 1 && dc > 1) {
            next = dc - 1;
          }
          if (tc > 1) {
            newDesc = true;
          }
        } else {
          int tb = path.get(i - 2)[1];
          if (tc == 0 && !desc && dc + 1 <= k) {
            next = dc + 1;
          }
          if (tc == 1 && !desc && tb == 0) {
            next = dc;
          }
          if (tc == 1 && !desc && tb == 1 && dc - 1 >= 1) {
            next = dc - 1;
            newDesc = true;
          }
          if (tc == 0 && desc) {
            next = dc;
          }
          if (tc == 1 && desc) {
            next = dc;
          }
          if (tc > 1 && dc - 1 >= 1) {
            newDesc = true;
            next = dc - 1;
          }
          if (next != 0) {
            int cnt = 0;
            for (int[] c : path) {
              cnt += c[0] == next ? 1 : 0;
            }
            if (cnt > 1) {
              next = 0;
            }
          }
        }
        if (next == 0) {
          finish(path, pr);
        } else {
          path.add(new int[] {next, -1});
          extend(path, newDesc, pr);
        }
      }
    }

    private void finish(List<int[]> path, double pr) {
      int i = path.size();
      int last = path.get(i - 1)[0];
      int lastTox = path.get(i - 1)[1];
      int previous = i >= 2 ? path.get(i - 2)[0] : 0;
      int m;
      if (lastTox == 0) {
        m = last;
      } else if (lastTox == 1) {
        m = previous == last ? last - 1 : last;
      } else {
        m = last - 1;
      }
      mtd[m] += pr;
      for (int[] c : path) {
        meanN[c[0] - 1] += 3 * pr;
        meanDlt[c[0] - 1] += c[1] * pr;
      }
    }
  }

  private static void assertMatches(double... p) {
    BcrmPaths bcrm = new BcrmPaths(p);
    OperatingCharacteristics oc =
        ExactOc.compute(Designs.threePlusThree(p.length, ThreePlusThree.Variant.B), FixedToxicity.of(p), 0.3);
    assertThat(oc.noMtdPct().value()).isCloseTo(100 * bcrm.mtd[0], within(1e-10));
    double totalN = 0;
    for (int j = 1; j <= p.length; j++) {
      assertThat(oc.level(j).mtdSelectionPct().value()).as("P(MTD = %d)", j)
          .isCloseTo(100 * bcrm.mtd[j], within(1e-10));
      assertThat(oc.level(j).meanN().value()).as("E[n_%d]", j).isCloseTo(bcrm.meanN[j - 1], within(1e-10));
      assertThat(oc.level(j).meanDlt().value()).as("E[DLT_%d]", j).isCloseTo(bcrm.meanDlt[j - 1], within(1e-10));
      totalN += bcrm.meanN[j - 1];
    }
    assertThat(oc.meanTotalN().value()).isCloseTo(totalN, within(1e-10));
  }

  @Test
  void exactOcsEqualBcrmsPathEnumeration() {
    assertMatches(0.1, 0.3);
    assertMatches(0.05, 0.15, 0.3);
    assertMatches(0.2, 0.35, 0.5);
    assertMatches(0.02, 0.05, 0.1, 0.6);
    assertMatches(0.4, 0.5, 0.6);
  }

  @Test
  void twoDosesByHand() {
    // K = 2, p = (p1, p2), q = 1 - p. bcrm stops at the top dose after 0/3 there with MTD 2.
    double p1 = 0.1;
    double p2 = 0.3;
    double q1 = 1 - p1;
    double q2 = 1 - p2;
    double e1 = Math.pow(q1, 3) + 3 * p1 * Math.pow(q1, 5); // dose 1 passed (0/3, or 1/3 then 0/3)
    double pass2 = Math.pow(q2, 3) + 3 * p2 * Math.pow(q2, 5); // MTD 2 (3 or 6 patients)
    // dose 2 exceeded: de-escalate to dose 1 if it has 3 patients (it passed with 0/3), then 3 more there
    double p1Zero = Math.pow(q1, 3);
    double p1Six = 3 * p1 * Math.pow(q1, 5);
    double dose1Ok = Math.pow(q1, 3) + 3 * p1 * q1 * q1; // <= 1 DLT in the 3 added patients
    double mtd2 = e1 * pass2;
    double mtd1 = (p1Zero * dose1Ok + p1Six) * (1 - pass2);
    OperatingCharacteristics oc =
        ExactOc.compute(Designs.threePlusThree(2, ThreePlusThree.Variant.B), FixedToxicity.of(p1, p2), 0.3);
    assertThat(oc.level(2).mtdSelectionPct().value()).isCloseTo(100 * mtd2, within(1e-12));
    assertThat(oc.level(1).mtdSelectionPct().value()).isCloseTo(100 * mtd1, within(1e-12));
    assertThat(oc.noMtdPct().value()).isCloseTo(100 * (1 - mtd1 - mtd2), within(1e-12));
    // E[n_2] = e1 * (3 + 3 * P(1/3 at dose 2))
    assertThat(oc.level(2).meanN().value())
        .isCloseTo(e1 * (3 + 3 * 3 * p2 * q2 * q2), within(1e-12));
  }

  @Test
  void confirmingTheTopDoseIsANamedOption() {
    ThreePlusThree confirm = ThreePlusThree.of(3, ThreePlusThree.Variant.B, 1, ThreePlusThree.TopDose.CONFIRM_WITH_SIX);
    TrialHistory top = CohortHistory.parse("1NNN 2NNN 3NNN", 3);
    assertThat(confirm.decide(top)).isEqualTo(Recommendation.proceed(Decision.S, 3, 3));
    ThreePlusThree bcrm = Designs.threePlusThree(3, ThreePlusThree.Variant.B);
    assertThat(bcrm.decide(top).stopReason()).isEqualTo(StopReason.MTD_FOUND);
    assertThat(bcrm.selectMtd(top)).isEqualTo(3);
    // with 6 at the top both agree; E[n_3] differs by the confirmation cohort: 3 * P(reach 3) * P(0/3 at 3)
    double[] p = {0.05, 0.1, 0.2};
    OperatingCharacteristics a = ExactOc.compute(confirm, FixedToxicity.of(p), 0.3);
    OperatingCharacteristics b = ExactOc.compute(bcrm, FixedToxicity.of(p), 0.3);
    double reach3 = 1;
    for (int j = 0; j < 2; j++) {
      reach3 *= Math.pow(1 - p[j], 3) + 3 * p[j] * Math.pow(1 - p[j], 5);
    }
    assertThat(a.level(3).meanN().value() - b.level(3).meanN().value())
        .isCloseTo(3 * reach3 * Math.pow(1 - p[2], 3), within(1e-12));
  }
}
