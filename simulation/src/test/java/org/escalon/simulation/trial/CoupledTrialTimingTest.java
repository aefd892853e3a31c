package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.BiPredicate;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.junit.jupiter.api.Test;

/**
 * Accrual, DLT window, trial duration and the optimisation stage, by hand.
 *
 * <p>Arrivals: the rate is {@link Accrual#DAYS_PER_MONTH}/10 patients per month, i.e. 0.1 per day, and the stub
 * generator returns u = 1 − e^(−0.1·g) so that each exponential gap −log(1 − u)/rate is the chosen g days (to
 * rounding).
 * Gaps 1, 2, 3, 10, 10, 40, then 5 forever give arrival days
 * <pre>
 *   candidate  0  1  2   3   4   5   6   7   8   9  10  11  12   13   14   15   16   17   18   19   20   21   22
 *   day        1  3  6  16  26  66  71  76  81  86  91  96  101  106  111  116  121  126  131  136  141  146  151 …
 * </pre>
 * The design is 3+3 (variant A) on 3 levels and nobody has a DLT: cohorts of 3 at levels 1, 2, 3, then escalation
 * past the top stops with MTD 3 (9 patients). DLT window 28 days.
 */
class CoupledTrialTimingTest {

  private static final double[] GAPS = {1, 2, 3, 10, 10, 40};

  private static final double RATE = new Accrual(Accrual.DAYS_PER_MONTH / 10, 28, false).ratePerDay();

  /** nextDouble() = 1 − e^(−rate·g) for the gaps above, then g = 5. */
  private static UniformRandomProvider gaps() {
    return new UniformRandomProvider() {
      private int i;

      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public double nextDouble() {
        double g = i < GAPS.length ? GAPS[i] : 5;
        i++;
        return -Math.expm1(-RATE * g);
      }
    };
  }

  /** Never a DLT; response decided by {@code respond(k, level)}. */
  private static PatientOutcomeSource.TrialPatients patients(BiPredicate<Integer, Integer> respond) {
    return (k, level) -> {
      boolean r = respond.test(k, level);
      return new PatientOutcome(false, r, false, null, Double.NaN, r ? 28 : Double.NaN);
    };
  }

  private static CoupledTrialResult run(boolean turnAway, OptimisationStage stage,
      BiPredicate<Integer, Integer> respond) {
    Accrual accrual = new Accrual(Accrual.DAYS_PER_MONTH / 10, 28, turnAway);
    assertThat(accrual.ratePerDay()).isCloseTo(0.1, within(1e-15));
    CoupledTrialRunner runner = new CoupledTrialRunner(Designs.threePlusThree(3, ThreePlusThree.Variant.A),
        accrual, Rp2dRule.DEFAULT, stage);
    return runner.run(patients(respond), accrual.arrivals(gaps()));
  }

  @Test
  void arrivalsAreTheCumulatedGaps() {
    Accrual.Arrivals a = new Accrual(Accrual.DAYS_PER_MONTH / 10, 28, false).arrivals(gaps());
    double[] expected = {1, 3, 6, 16, 26, 66, 71, 76, 81};
    // asked out of order: drawn lazily and remembered
    assertThat(a.time(8)).isCloseTo(81, within(1e-9));
    for (int j = 0; j < expected.length; j++) {
      assertThat(a.time(j)).as("candidate %d", j).isCloseTo(expected[j], within(1e-9));
    }
    assertThat(a.time(200)).isCloseTo(66 + 5 * (200 - 5), within(1e-9)); // past the initial buffer of 64
  }

  @Test
  void waitMode() {
    // cohort 1 (level 1): opens day 0; candidates 0-2 start on arrival: 1, 3, 6; decision at 6 + 28 = 34
    // cohort 2 (level 2): candidates 3 (16) and 4 (26) waited until 34; candidate 5 starts at 66; decision 94
    // cohort 3 (level 3): candidates 6-8 (71, 76, 81) waited until 94; the last window ends at 94 + 28 = 122
    CoupledTrialResult r = run(false, OptimisationStage.NONE, (k, l) -> false);
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3);
    assertStarts(r, 1, 3, 6, 34, 34, 66, 94, 94, 94);
    assertThat(r.durationDays()).isCloseTo(122, within(1e-9));
    assertThat(r.durationDays()).isCloseTo(r.patientStartDays()[8] + 28, within(1e-12));
    assertThat(r.mtd()).isEqualTo(3);
    assertThat(r.n()).containsExactly(3, 3, 3);
    assertThat(r.stageN()).containsExactly(0, 0, 0);
    assertThat(r.turnedAway()).isZero();
  }

  @Test
  void turnAwayMode() {
    // cohort 1: 1, 3, 6; decision at 34
    // cohort 2: candidates 3 (16) and 4 (26) arrived while not enrolling and are lost; 5, 6, 7 start at 66, 71, 76;
    //           decision at 76 + 28 = 104
    // cohort 3: candidates 8-12 (81 … 101) are lost; 13, 14, 15 start at 106, 111, 116; end 116 + 28 = 144
    CoupledTrialResult r = run(true, OptimisationStage.NONE, (k, l) -> false);
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3);
    assertStarts(r, 1, 3, 6, 66, 71, 76, 106, 111, 116);
    assertThat(r.durationDays()).isCloseTo(144, within(1e-9));
    assertThat(r.turnedAway()).isEqualTo(2 + 5); // candidates 3, 4 and 8-12
    assertThat(r.backfilled()).containsOnly(0);
    assertThat(r.durationDays()).isCloseTo(r.patientStartDays()[8] + 28, within(1e-12));
  }

  @Test
  void optimisationStagePicksTheHigherUtilityArmAndAddsItsWindow() {
    // Escalation: patients 0-8, responders iff level >= 2: ORR~ = (0, 1, 1), no DLTs, utilities (0, 1, 1):
    // the rule ranks level 2 first (tie to the lower dose), level 3 second.
    // Stage, 2 per arm, alternating 2, 3, 2, 3 (patients 9, 10, 11, 12): at level 3 everybody responds, at level 2
    // nobody does, so the stage utilities are 0 (level 2) and 1 (level 3): RP2D = 3 although the rule preferred 2.
    BiPredicate<Integer, Integer> respond = (k, l) -> k < 9 ? l >= 2 : l == 3;
    CoupledTrialResult r = run(false, OptimisationStage.of(2), respond);
    assertThat(Rp2dRule.DEFAULT.bestTwo(r.n(), r.y(), r.responders(), r.mtd())).containsExactly(2, 3);
    assertThat(r.rp2d()).isEqualTo(3);
    assertThat(r.responders()).containsExactly(0, 3, 3);
    assertThat(r.stageN()).containsExactly(0, 2, 2);
    assertThat(r.stageResponders()).containsExactly(0, 0, 2);
    assertThat(r.stageY()).containsExactly(0, 0, 0);
    assertThat(r.treatedAt(3)).isEqualTo(5);
    // wait mode: escalation ends at 122; stage candidates 9-12 (86 … 101) waited and start at 122; end 150
    assertThat(r.durationDays()).isCloseTo(150, within(1e-9));
    // escalation patients only in the per-patient arrays
    assertThat(r.patientStartDays()).hasSize(9);

    // turn-away: escalation ends at 144 (candidate 15 was the last used); 16-20 (121 … 141) are lost;
    // 21-24 start at 146, 151, 156, 161; end 161 + 28 = 189
    CoupledTrialResult t = run(true, OptimisationStage.of(2), respond);
    assertThat(t.rp2d()).isEqualTo(3);
    assertThat(t.durationDays()).isCloseTo(189, within(1e-9));
  }

  @Test
  void optimisationStageTiesGoToTheLowerDose() {
    // everybody responds at levels 2 and 3 in the stage: equal utilities 1 = 1 -> level 2
    CoupledTrialResult r = run(false, OptimisationStage.of(3), (k, l) -> l >= 2);
    assertThat(r.rp2d()).isEqualTo(2);
    assertThat(r.stageN()).containsExactly(0, 3, 3);
  }

  @Test
  void stageIsSkippedWithOneCandidate() {
    // with minPatients 4 > 3 patients at every level there is no candidate: the RP2D is the MTD (3) and no stage
    // runs, so the duration is the escalation's 122 days
    Accrual accrual = new Accrual(Accrual.DAYS_PER_MONTH / 10, 28, false);
    CoupledTrialRunner runner = new CoupledTrialRunner(Designs.threePlusThree(3, ThreePlusThree.Variant.A),
        accrual, new Rp2dRule(1, 4), OptimisationStage.of(5));
    CoupledTrialResult r = runner.run(patients((k, l) -> false), accrual.arrivals(gaps()));
    assertThat(r.rp2d()).isEqualTo(3);
    assertThat(r.stageN()).containsExactly(0, 0, 0);
    assertThat(r.durationDays()).isCloseTo(122, within(1e-9));
  }

  private static void assertStarts(CoupledTrialResult r, double... expected) {
    double[] s = r.patientStartDays();
    assertThat(s).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(s[i]).as("patient %d start", i).isCloseTo(expected[i], within(1e-9));
    }
  }
}
