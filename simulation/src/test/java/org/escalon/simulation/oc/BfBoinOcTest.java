package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.BfBoinAccrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/** Design-only BF-BOIN operating characteristics against limiting cases and closed forms. */
class BfBoinOcTest {

  private static final double[] P = {0.05, 0.10, 0.25, 0.40, 0.55};
  private static final double[] R = {0.1, 0.2, 0.3, 0.4, 0.5};

  /** With n_cap = 0 the escalation is BOIN's on the same patients: the MTD part equals BOIN's Monte Carlo OC. */
  @Test
  void noBackfillGivesBoinsOperatingCharacteristics() {
    MonteCarloSettings mc = MonteCarloSettings.of(3000, 11, 2);
    BackfillOc bf = BfBoinOc.run(BfBoin.builder(0.25, 5).cohorts(12).nEarlyStop(9).nCap(0).build(), P, R,
        new BfBoinAccrual(1, 1, BfBoinAccrual.Gaps.UNIFORM), mc);
    OperatingCharacteristics boin = MonteCarloOc.run(Boin.builder(0.25, 5).cohorts(12).nEarlyStop(9).build(),
        FixedToxicity.of(P), 0.25, mc);
    assertThat(bf.mtd().values(LevelOc::mtdSelectionPct)).containsExactly(boin.values(LevelOc::mtdSelectionPct));
    assertThat(bf.mtd().values(LevelOc::meanN)).containsExactly(boin.values(LevelOc::meanN));
    assertThat(bf.mtd().values(LevelOc::meanDlt)).containsExactly(boin.values(LevelOc::meanDlt));
    assertThat(bf.mtd().noMtdPct()).isEqualTo(boin.noMtdPct());
    assertThat(Estimate.values(bf.meanBackfilled())).containsOnly(0.0);
    assertThat(bf.meanBackfillExcluded().value()).isZero();
  }

  /**
   * One dose without DLTs and Poisson arrivals at rate λ: every cohort waits for its window W, so the trial lasts
   * 2/λ + W for the first cohort (it starts with the first arrival at 0) and 3/λ + W for each later one (the wait for
   * the next arrival after an evaluation is exponential by memorylessness), and each of the m cohorts turns away the
   * Poisson(λW) arrivals during its window: E[duration] = 2/λ + W + (m − 1)(3/λ + W), E[turned away] = m·λ·W. With
   * λ = 2, W = 1.5, m = 5: 14 months and 15 patients. Within 4 Monte Carlo SE.
   */
  @Test
  void durationAndTurnedAwayMatchTheClosedFormForOneDose() {
    BackfillOc oc = BfBoinOc.run(BfBoin.builder(0.25, 1).cohorts(5).build(), new double[] {0},
        new double[] {1}, new BfBoinAccrual(2, 1.5, BfBoinAccrual.Gaps.POISSON), MonteCarloSettings.of(4000, 5, 2));
    assertWithin4Se(oc.meanDurationMonths(), 2 / 2.0 + 1.5 + 4 * (3 / 2.0 + 1.5));
    assertWithin4Se(oc.meanTurnedAway(), 5 * 2 * 1.5);
    assertThat(oc.mtd().meanTotalN().value()).isEqualTo(15);
  }

  /**
   * Uniform gaps U(0, a), a = 2/λ, one dose without DLTs, one cohort: it starts at 0, is full at the third arrival
   * (E = 2·a/2) and ends W later: E[duration] = 2/λ + W. The candidates turned away are the arrivals in the window
   * (t₃, t₃ + W]: the renewal function of U(0, a) gaps, M(t) = e^(t/a) − 1 for t ≤ a. With λ = 4 (a = 0.5) and
   * W = 0.25: 0.75 months and e^0.5 − 1 = 0.6487 patients. Within 4 Monte Carlo SE.
   */
  @Test
  void uniformGapsFirstCohort() {
    BackfillOc oc = BfBoinOc.run(BfBoin.builder(0.25, 1).cohorts(1).build(), new double[] {0}, new double[] {1},
        new BfBoinAccrual(4, 0.25, BfBoinAccrual.Gaps.UNIFORM), MonteCarloSettings.of(4000, 5, 2));
    assertWithin4Se(oc.meanDurationMonths(), 2 / 4.0 + 0.25);
    assertWithin4Se(oc.meanTurnedAway(), Math.exp(0.5) - 1);
  }

  @Test
  void sameResultsForOneAndThreeThreads() {
    BfBoin d = BfBoin.builder(0.25, 5).cohorts(12).nEarlyStop(9).build();
    BfBoinAccrual a = new BfBoinAccrual(1, 1, BfBoinAccrual.Gaps.POISSON);
    BackfillOc one = BfBoinOc.run(d, P, R, a, MonteCarloSettings.of(700, 3, 1));
    BackfillOc three = BfBoinOc.run(d, P, R, a, MonteCarloSettings.of(700, 3, 3));
    assertThat(three).isEqualTo(one);
    assertThat(Estimate.values(one.meanBackfilled())[0]).isPositive();
  }

  /**
   * The coupled accumulator averages backfilled patients per level and turned-away candidates: two hand-made trials
   * with backfilled (1, 0) and (3, 2) and 2 and 4 turned away give means (2, 1) and 3, each with SE = sample SD /
   * √2 = 1 (values 1 and 3, 0 and 2, 2 and 4); a trial without backfilling adds zeros.
   */
  @Test
  void coupledAccumulatorAveragesBackfilledAndTurnedAway() {
    CoupledOcAccumulator acc = new CoupledOcAccumulator(2, 1, 1);
    int[] z = {0, 0};
    acc.add(new CoupledTrialResult(new int[] {4, 3}, new int[] {1, 0}, z, z, z, z, 1, 1, StopReason.SAMPLE_SIZE,
        90, new int[] {1, 1, 1, 2, 2, 2, 1}, new double[7], new int[] {1, 0}, 2));
    CoupledOcAccumulator later = new CoupledOcAccumulator(2, 1, 1);
    later.add(new CoupledTrialResult(new int[] {6, 5}, new int[] {1, 1}, z, z, z, z, 1, 1, StopReason.SAMPLE_SIZE,
        120, new int[11], new double[11], new int[] {3, 2}, 4));
    acc.combine(later);
    CoupledOc oc = acc.result("bf", new double[] {0.1, 0.3});
    assertThat(oc.meanBackfilled()).containsExactly(new Estimate(2, 1), new Estimate(1, 1));
    assertThat(oc.meanTurnedAway()).isEqualTo(new Estimate(3, 1));
    CoupledOcAccumulator none = new CoupledOcAccumulator(2, 1, 1);
    none.add(new CoupledTrialResult(new int[] {3, 3}, z, z, z, z, z, 1, 1, StopReason.SAMPLE_SIZE, 60, new int[6],
        new double[6]));
    assertThat(Estimate.values(none.result("boin", new double[] {0.1, 0.3}).meanBackfilled())).containsOnly(0.0);
  }

  private static void assertWithin4Se(Estimate e, double expected) {
    assertThat(Math.abs(e.value() - expected)).as("%s vs %s", e, expected).isLessThanOrEqualTo(4 * e.se());
  }
}
