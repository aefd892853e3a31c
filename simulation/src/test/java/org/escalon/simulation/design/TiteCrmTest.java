package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmPosterior;
import org.escalon.simulation.design.crm.TiteWeights;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.oc.TiteCrmOc;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TiteCrmTrials;
import org.junit.jupiter.api.Test;

/** TITE-CRM: dfcrm's weights by hand, the conduct rules, and titesim-style trials. */
class TiteCrmTest {

  static final double[] SKEL = {0.05, 0.10, 0.20, 0.35, 0.50, 0.70};
  // the dfcrm titecrm example: levels, DLTs and follow-up of 10 patients, window 180
  static final boolean[] DLT = {false, false, true, false, true, false, false, false, false, false};
  static final double[] U = {178, 181, 168, 181, 24, 181, 179, 102, 42, 3};

  @Test
  void linearWeightsOfTheDfcrmExampleByHand() {
    double[] w = TiteWeights.of(TiteWeights.Scheme.LINEAR, DLT, U, 180);
    double[] expected = {178 / 180.0, 1, 1, 1, 1, 1, 179 / 180.0, 102 / 180.0, 42 / 180.0, 3 / 180.0};
    assertThat(w).containsExactly(expected, within(1e-15));
  }

  @Test
  void adaptiveWeightsOfTheDfcrmExampleByHand() {
    // DLT times 24 and 168 (z = 2)
    double[] w = TiteWeights.of(TiteWeights.Scheme.ADAPTIVE, DLT, U, 180);
    double[] expected = {
      (2 + 10 / 12.0) / 3, 1, 1, 1, 1, 1, (2 + 11 / 12.0) / 3, (1 + 78 / 144.0) / 3, (1 + 18 / 144.0) / 3,
      3 / 24.0 / 3};
    assertThat(w).containsExactly(expected, within(1e-15));
    // without any DLT the adaptive scheme is the linear one
    boolean[] none = new boolean[10];
    assertThat(TiteWeights.of(TiteWeights.Scheme.ADAPTIVE, none, U, 180))
        .containsExactly(TiteWeights.of(TiteWeights.Scheme.LINEAR, none, U, 180), within(0.0));
  }

  @Test
  void theFitIsTheWeightedCrmFit() {
    int[] level = {3, 3, 3, 4, 4, 3, 2, 2, 2, 3};
    Crm crm = Crm.builder(0.2, SKEL).cohortSize(1).sampleSize(24).build();
    TiteCrm tite = TiteCrm.of(crm, 180, TiteWeights.Scheme.LINEAR);
    double[] w = TiteWeights.of(TiteWeights.Scheme.LINEAR, DLT, U, 180);
    assertThat(tite.fit(level, DLT, U)).isEqualTo(crm.posterior().fitWeighted(level, DLT, w, 0.2, 0.9));
  }

  @Test
  void nextDoseStartsAtTheStartDoseEscalatesOneLevelAtMostAndStopsAtN() {
    TiteCrm tite = Designs.titeCrm(0.25, CrmModel.EMPIRIC, new double[] {0.08, 0.16, 0.25, 0.35, 0.46}, 4, 28);
    int[] level = {1, 1, 1, 0};
    boolean[] dlt = new boolean[4];
    double[] fu = {28, 28, 28, 0};
    assertThat(tite.nextDose(0, level, dlt, fu)).isEqualTo(1);
    CrmPosterior post = tite.crm().posterior();
    int rec = post.recommend(post.betaMean(new int[] {3, 0, 0, 0, 0}, new int[5]), 0.25);
    assertThat(rec).isGreaterThan(2);
    assertThat(tite.nextDose(3, level, dlt, fu)).isEqualTo(2);
    // no coherence rule in titesim: a DLT of the last patient does not by itself hold the dose
    assertThat(tite.nextDose(4, new int[] {1, 1, 1, 2}, new boolean[] {false, false, false, true},
        new double[] {28, 28, 28, 3})).isZero(); // N = 4 reached
    assertThatThrownBy(() -> TiteCrm.of(Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(9).build(), 28,
        TiteWeights.Scheme.LINEAR)).hasMessageContaining("cohortSize = 3: must be 1");
    assertThatThrownBy(() -> TiteCrm.of(Crm.builder(0.25, SKEL).cohortSize(1).sampleSize(9).build(), 0.5,
        TiteWeights.Scheme.LINEAR)).hasMessageContaining("windowDays = 0.5");
  }

  /**
   * With one arrival per 100 windows every earlier patient is fully followed when the next arrives: every weight
   * is 1, so each level must be the counts-based fit's recommendation, capped one level above the previous
   * patient's (recomputed here from the counts, not through the weighted path).
   */
  @Test
  void withVerySlowAccrualTheTrialFollowsTheCountsBasedFit() {
    double[] skel = {0.08, 0.16, 0.25, 0.35, 0.46};
    TiteCrm tite = Designs.titeCrm(0.25, CrmModel.EMPIRIC, skel, 12, 28);
    FixedToxicity tox = FixedToxicity.of(0.1, 0.2, 0.3, 0.45, 0.6);
    CrmPosterior post = tite.crm().posterior();
    TiteCrmTrials trials = new TiteCrmTrials(tite, tox, TiteCrmTrials.Accrual.FIXED, 0.01);
    for (int trial = 0; trial < 30; trial++) {
      int mtd = trials.run(RandomStreams.trial(5, trial));
      assertThat(trials.patientCount()).isEqualTo(12);
      int[] n = new int[5];
      int[] y = new int[5];
      assertThat(trials.patientLevel(0)).isEqualTo(1);
      for (int i = 0; i < 12; i++) {
        if (i > 0) {
          int rec = post.recommend(post.betaMean(n, y), 0.25);
          assertThat(trials.patientLevel(i)).as("trial %d patient %d", trial, i)
              .isEqualTo(Math.min(rec, trials.patientLevel(i - 1) + 1));
        }
        n[trials.patientLevel(i) - 1]++;
        y[trials.patientLevel(i) - 1] += trials.patientDlt(i) ? 1 : 0;
      }
      assertThat(mtd).isEqualTo(post.recommend(post.betaMean(n, y), 0.25));
      assertThat(trials.duration()).isCloseTo(12 * 28 / 0.01 + 28, within(1e-6));
    }
    // decision by decision on a fixed history
    int[] level = {1, 2, 3, 3};
    boolean[] dlt = {false, false, true, false};
    double[] fu = {28, 28, 28, 28};
    int rec = post.recommend(post.betaMean(new int[] {1, 1, 2, 0, 0}, new int[] {0, 0, 1, 0, 0}), 0.25);
    assertThat(tite.nextDose(4, level, dlt, fu)).isEqualTo(Math.min(rec, 4));
  }

  @Test
  void operatingCharacteristicsAreIdenticalForAnyNumberOfThreads() {
    TiteCrm tite = Designs.titeCrm(0.25, CrmModel.LOGISTIC, new double[] {0.08, 0.16, 0.25, 0.35, 0.46}, 15, 28);
    FixedToxicity tox = FixedToxicity.of(0.05, 0.1, 0.25, 0.4, 0.55);
    OperatingCharacteristics one = TiteCrmOc.run(tite, tox, 0.25, TiteCrmTrials.Accrual.POISSON, 4,
        MonteCarloSettings.of(600, 7, 1));
    OperatingCharacteristics two = TiteCrmOc.run(tite, tox, 0.25, TiteCrmTrials.Accrual.POISSON, 4,
        MonteCarloSettings.of(600, 7, 2));
    assertThat(two.values(LevelOc::mtdSelectionPct)).containsExactly(one.values(LevelOc::mtdSelectionPct));
    assertThat(two.values(LevelOc::meanN)).containsExactly(one.values(LevelOc::meanN));
    assertThat(one.meanTotalN().value()).isEqualTo(15.0);
  }
}
