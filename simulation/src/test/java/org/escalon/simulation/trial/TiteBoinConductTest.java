package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.selection.IsotonicMtdSelector;
import org.escalon.simulation.selection.Rp2dRule;
import org.junit.jupiter.api.Test;

/**
 * The TITE-BOIN conduct: the limiting case (follow-up complete at every decision) equals BOIN trial by trial on
 * the same patients; the calendar mechanics by hand.
 */
class TiteBoinConductTest {

  private static final double[][] SCENARIOS = {
      {0.05, 0.12, 0.30, 0.45, 0.60}, {0.30, 0.45, 0.55, 0.65, 0.75}, {0.02, 0.04, 0.06, 0.08, 0.30},
      {0.55, 0.65, 0.70, 0.75, 0.80}};

  /** Arrivals months apart: every earlier patient has finished the 28-day window when the next one arrives. */
  private static Accrual.Arrivals slow(long i) {
    return Accrual.poissonArrivals(new GapsAtLeast(RandomStreams.stream(9, i)), 1.0 / 28);
  }

  /** A provider whose uniforms are at least 0.75, so that every exponential gap is ≥ 28·ln 4 &gt; 28 days. */
  private static final class GapsAtLeast implements UniformRandomProvider {
    private final UniformRandomProvider r;

    GapsAtLeast(UniformRandomProvider r) {
      this.r = r;
    }

    @Override
    public long nextLong() {
      return r.nextLong();
    }

    @Override
    public double nextDouble() {
      return 0.75 + 0.25 * r.nextDouble();
    }
  }

  @Test
  void withCompleteFollowUpAtEveryDecisionTiteBoinIsBoinTrialByTrial() {
    for (boolean extrasafe : new boolean[] {false, true}) {
      for (int nEarly : new int[] {100, 9}) {
        for (double[] p : SCENARIOS) {
          Boin boin = Boin.builder(0.3, 5).cohortSize(3).cohorts(12).extrasafe(extrasafe).nEarlyStop(nEarly).build();
          TiteBoin tite = TiteBoin.builder(0.3, 5).cohortSize(3).cohorts(12).extrasafe(extrasafe).nEarlyStop(nEarly)
              .selectionPrior(IsotonicMtdSelector.BOIN_PRIOR).build();
          TrialRunner runner = new TrialRunner(boin, FixedToxicity.of(p));
          TiteBoinConduct conduct = new TiteBoinConduct(tite, 28, Rp2dRule.DEFAULT, nEarly == 9); // both arrival rules
          FixedOutcomeSource source = new FixedOutcomeSource(p, new double[5]);
          for (long i = 0; i < 400; i++) {
            TrialResult b = runner.run(i, RandomStreams.trial(5, i));
            CoupledTrialResult t = conduct.run(source.forTrial(i, RandomStreams.trial(5, i)), slow(i));
            String at = "p=" + java.util.Arrays.toString(p) + " extrasafe=" + extrasafe + " nEarly=" + nEarly
                + " trial " + i;
            assertThat(t.n()).as(at).containsExactly(b.n());
            assertThat(t.y()).as(at).containsExactly(b.y());
            assertThat(t.mtd()).as(at).isEqualTo(b.mtd());
            assertThat(t.stopReason()).as(at).isEqualTo(b.stopReason());
            assertThat(t.patientLevels()).as(at).containsExactly(b.patientDoses());
          }
        }
      }
    }
  }

  @Test
  void calendarByHand() {
    // 2 doses, cohorts of 2, 3 cohorts; arrivals at days 1, 2, 3, 40, 41, 80, ...; window 28.
    TiteBoin d = TiteBoin.builder(0.3, 2).cohortSize(2).cohorts(3).build();
    double[] days = {1, 2, 3, 40, 41, 80, 81, 82, 83};
    Accrual.Arrivals a = Accrual.poissonArrivals(new Fixed(days), 0.01);
    // patient outcomes: patient 1 (index 0) has a DLT on day 20 of its window, the others none
    PatientOutcomeSource.TrialPatients people = (k, level) -> k == 0
        ? new PatientOutcome(true, false, false, null, 20, Double.NaN)
        : new PatientOutcome(false, false, false, null, Double.NaN, Double.NaN);
    CoupledTrialResult r = new TiteBoinConduct(d, 28, Rp2dRule.DEFAULT, true).run(people, a);
    // cohort 1 (days 1, 2) at dose 1. Arrival day 3: both pending (2 > 1) → suspend, turned away.
    // Arrival day 40: patient 0's DLT (day 21) observed, patient 1 complete: 1/2 = 0.5 ≥ λd at dose 1 → stay,
    // nobody pending → no suspension; days 40 and 41 treated at dose 1. Arrival day 80: 1 DLT of 4, all complete:
    // 0.25 (stay); days 80, 81 at dose 1; sample size reached.
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 1, 1, 1);
    assertThat(r.patientStartDays()).containsExactly(new double[] {1, 2, 40, 41, 80, 81}, within(1e-9));
    assertThat(r.durationDays()).isCloseTo(81 + 28, within(1e-9));
    assertThat(r.n()).containsExactly(6, 0);
    assertThat(r.y()).containsExactly(1, 0);
    assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_SIZE);
    assertThat(r.turnedAway()).isEqualTo(1); // the day-3 arrival
  }

  @Test
  void waitingArrivalsByHand() {
    TiteBoin d = TiteBoin.builder(0.3, 2).cohortSize(2).cohorts(3).build();
    Accrual.Arrivals a = Accrual.poissonArrivals(new Fixed(new double[] {1, 2, 3, 40, 41, 80, 81, 82}), 0.01);
    PatientOutcomeSource.TrialPatients people = (k, level) -> k == 0
        ? new PatientOutcome(true, false, false, null, 20, Double.NaN)
        : new PatientOutcome(false, false, false, null, Double.NaN, Double.NaN);
    CoupledTrialResult r = new TiteBoinConduct(d, 28, Rp2dRule.DEFAULT, false).run(people, a);
    // day 3: both pending → suspended, the day-3 patient waits. Day 21 (patient 0's DLT): 1 pending of 2 (not more
    // than half) → p̂ = 1/(1 + 19/28) = 0.596 ≥ λd at dose 1 with pending → still suspended. Day 30 (patient 1
    // done): 1/2 ≥ λd, nobody pending → stay: the waiting patient starts on day 30, the next arrives on day 40.
    // Day 41: 2 of 4 pending → 1/(2 + 12/28) = 0.41 ≥ λd at dose 1 → suspended; day 58 (day-30 patient done):
    // 1/(3 + 18/28) = 0.27 → stay: the day-41 patient starts on day 58, the day-80 one on day 80.
    assertThat(r.patientStartDays()).containsExactly(new double[] {1, 2, 30, 40, 58, 80}, within(1e-9));
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 1, 1, 1);
    assertThat(r.durationDays()).isCloseTo(108, within(1e-9));
    assertThat(r.turnedAway()).isZero();
  }

  /** Uniforms whose exponential gaps (rate 0.01 a day) give the arrival days listed. */
  private static final class Fixed implements UniformRandomProvider {
    private final double[] days;
    private int i;

    Fixed(double[] days) {
      this.days = days;
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException();
    }

    @Override
    public double nextDouble() {
      double gap = days[i] - (i == 0 ? 0 : days[i - 1]);
      i++;
      return -Math.expm1(-gap * 0.01); // gap = −log1p(−u)/0.01
    }
  }
}
