package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.StopReason;
import org.junit.jupiter.api.Test;

/** One BF-BOIN trial in calendar time, by hand; and BF-BOIN without backfill is BOIN, trial by trial. */
class BfBoinTrialTest {

  /** Patients by enrolment index (whatever the level): DLT day (NaN: none) and response day (NaN: none). */
  private static PatientOutcomeSource.TrialPatients scripted(double[] dltDay, double[] responseDay) {
    return (k, level) -> new PatientOutcome(!Double.isNaN(dltDay[k]), !Double.isNaN(responseDay[k]), false, null,
        dltDay[k], responseDay[k]);
  }

  /**
   * Target 0.25, 3 doses, 2 cohorts of 3, n_cap 12, window 1. Arrivals and what happens to them:
   * <pre>
   *   0, 0.1, 0.2   cohort 1 at dose 1 (patients 0-2; patient 0 responds, known at 0 + 1 = 1.0); evaluated by 1.2
   *   0.5           turned away (cohort full, d = 1: nothing below)
   *   1.3           cohort 1 evaluated (1.2 &lt; 1.3): 0/3 -&gt; escalate; patient 3 starts cohort 2 at dose 2
   *   1.4, 1.5      patients 4, 5 (cohort 2 evaluated at 2.5)
   *   1.6           backfilled to dose 1 (response known, 0/3 safe, 3 + 0 &lt;= 12): patient 6, evaluated at 2.6
   *   2.0           backfilled to dose 1: patient 7, DLT on day 0.3 -&gt; evaluated at 2.3
   *   2.45          backfilled to dose 1 (totals 1/4: 1 &lt; b_d(4) = 2): patient 8, evaluated at 3.45
   *   2.55          cohort 2 evaluated: dose 2 0/3 (E) over dose 1 1/4 (S): pooled 1/7 &lt;= b_e(7) = 1 -&gt; escalate;
   *                 that was the last cohort: the trial ends, duration 2.5
   * </pre>
   * Final data: backfill patients evaluated before 2.5 only (patient 7; patients 6 and 8 are left out): n = (4, 3, 0),
   * y = (1, 0, 0). MTD: p̂ = (1.05/4.1, 0.05/3.1) = (0.2561, 0.0161) violate the order and pool (weights 26.8 and
   * 258.4) to 0.0387 for both; the tie-break 2e−10 &gt; 1e−10 puts dose 2 nearer to 0.25: MTD 2.
   */
  @Test
  void scriptedTrial() {
    BfBoin design = BfBoin.builder(0.25, 3).cohorts(2).nCap(12).build();
    double nan = Double.NaN;
    double[] dlt = {nan, nan, nan, nan, nan, nan, nan, 0.3, nan};
    double[] resp = {1.0, nan, nan, nan, nan, nan, nan, nan, nan};
    double[] arrivals = {0, 0.1, 0.2, 0.5, 1.3, 1.4, 1.5, 1.6, 2.0, 2.45, 2.55};
    BfBoinTrial.Result r = new BfBoinTrial(design).run(scripted(dlt, resp), j -> arrivals[j], 1.0, 1.0);
    assertThat(r.n()).containsExactly(4, 3, 0);
    assertThat(r.y()).containsExactly(1, 0, 0);
    assertThat(r.backfilled()).containsExactly(1, 0, 0);
    assertThat(r.backfillExcluded()).isEqualTo(2);
    assertThat(r.turnedAway()).isEqualTo(1);
    assertThat(r.duration()).isEqualTo(2.5);
    assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_SIZE);
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 2, 2, 2, 1, 1, 1);
    assertThat(r.patientStarts()).containsExactly(0, 0.1, 0.2, 1.3, 1.4, 1.5, 1.6, 2.0, 2.45);
    assertThat(r.backfill()).containsExactly(false, false, false, false, false, false, true, true, true);
    assertThat(r.responders()).containsExactly(1, 0, 0);
    assertThat(r.mtd()).isEqualTo(2);
  }

  /**
   * A backfill patient's DLT makes dose 1 unsafe and closes it: the next arrival is turned away. Target 0.25, window 1,
   * 3 doses, 3 cohorts. Cohort 1 at dose 1 (0/3, patient 0 responds) -&gt; dose 2; backfill patients 6 and 7 at dose 1
   * have DLTs on day 0.1 (evaluated at 1.7 and 1.8): at 1.9 dose 1 is 2/5 (b_d(5) = 2) and, pooled with the current
   * cohort's evaluated patients (none yet), 2/5 again: unsafe, so the candidate is turned away. At 2.55 cohort 2
   * (0/3) is evaluated against dose 1's 2/5 (D): b* = 1, pooled 2/8 is between b_e(8) = 1 and b_d(8) = 3: stay at
   * dose 2 for cohort 3.
   */
  @Test
  void backfillDltsCloseTheDoseAndHoldEscalation() {
    BfBoin design = BfBoin.builder(0.25, 3).cohorts(3).build();
    double nan = Double.NaN;
    double[] dlt = {nan, nan, nan, nan, nan, nan, 0.1, 0.1, nan, nan, nan};
    double[] resp = {1.0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan};
    double[] arrivals = {0, 0.1, 0.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.9, 2.55, 2.6, 2.7, 3.8};
    BfBoinTrial.Result r = new BfBoinTrial(design).run(scripted(dlt, resp), j -> arrivals[j], 1.0, 1.0);
    assertThat(r.patientLevels()).containsExactly(1, 1, 1, 2, 2, 2, 1, 1, 2, 2, 2);
    assertThat(r.turnedAway()).isEqualTo(1);
    assertThat(r.n()).containsExactly(5, 6, 0);
    assertThat(r.y()).containsExactly(2, 0, 0);
    assertThat(r.duration()).isEqualTo(3.7);
  }

  private static final double[] P = {0.05, 0.10, 0.25, 0.40, 0.55};
  private static final double[] TOXIC = {0.30, 0.45, 0.55, 0.65, 0.75};

  /** n_cap = 0 (no dose is ever open) gives BOIN's trials exactly: same patients, same counts, same MTD. */
  @Test
  void withoutBackfillEveryTrialIsBoins() {
    for (double[] p : new double[][] {P, TOXIC}) {
      sameAsBoin(BfBoin.builder(0.25, 5).cohorts(12).nEarlyStop(9).nCap(0).build(), p,
          new double[] {0.1, 0.2, 0.3, 0.4, 0.5});
      // no response anywhere: nothing opens either (the package's own check against BOIN)
      sameAsBoin(BfBoin.builder(0.25, 5).cohorts(12).nEarlyStop(9).nCap(12).build(), p, new double[5]);
    }
  }

  private static void sameAsBoin(BfBoin bf, double[] p, double[] resp) {
    Boin boin = Boin.builder(0.25, 5).cohorts(12).nEarlyStop(9).build();
    TrialRunner boinRunner = new TrialRunner(boin, FixedToxicity.of(p));
    BfBoinTrial trial = new BfBoinTrial(bf);
    FixedOutcomeSource source = new FixedOutcomeSource(p, resp);
    BfBoinAccrual accrual = new BfBoinAccrual(1, 1, BfBoinAccrual.Gaps.UNIFORM);
    for (int i = 0; i < 2000; i++) {
      TrialResult b = boinRunner.run(i, RandomStreams.trial(7, i));
      BfBoinTrial.Result r = trial.run(source.forTrial(i, RandomStreams.trial(7, i)),
          accrual.arrivals(RandomStreams.stream(7, 99, i)), 1.0, 1.0 / 28);
      assertThat(r.n()).as("trial %d", i).containsExactly(b.n());
      assertThat(r.y()).as("trial %d", i).containsExactly(b.y());
      assertThat(r.mtd()).as("trial %d", i).isEqualTo(b.mtd());
      assertThat(r.backfilled()).containsOnly(0);
    }
  }
}
