package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.escalon.simulation.design.crm.CrmFit;
import org.escalon.simulation.design.crm.CrmModel;
import org.junit.jupiter.api.Test;

/** The CRM conduct of dfcrm's crmsim, rule by rule on constructed histories. */
class CrmTest {

  static final double[] SKEL = {0.08, 0.16, 0.25, 0.35, 0.46};

  static Crm crm() {
    return Designs.crm(0.25, CrmModel.EMPIRIC, SKEL, 3, 21);
  }

  /**
   * R {@code escalation}'s test of its dfcrm wrapper (tests/testthat/test_dfcrm.R): skeleton (0.05, 0.1, 0.25, 0.4,
   * 0.6), target 0.25, default prior, outcomes "1NNN 2NTT": dfcrm's recommended level is 1.
   */
  @Test
  void publishedRecommendationOfTheEscalationPackagesDfcrmTest() {
    Crm crm = Crm.builder(0.25, new double[] {0.05, 0.1, 0.25, 0.4, 0.6}).cohortSize(3).sampleSize(30).build();
    CohortHistory h = CohortHistory.parse("1NNN 2NTT", 5);
    assertThat(crm.fit(h).recommended()).isEqualTo(1);
    assertThat(crm.decide(h)).isEqualTo(Recommendation.proceed(Decision.D, 1, 3));
  }

  @Test
  void startsAtTheStartDoseWithAFullCohort() {
    Recommendation r = Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(21).startDose(2).build()
        .decide(CohortHistory.empty(5));
    assertThat(r).isEqualTo(Recommendation.proceed(Decision.S, 2, 3));
  }

  @Test
  void escalatesAtMostOneLevelAboveTheLastCohort() {
    Crm crm = crm();
    CohortHistory h = CohortHistory.parse("1NNN", 5);
    CrmFit fit = crm.fit(h);
    assertThat(fit.recommended()).as("the model alone would skip").isGreaterThan(2);
    assertThat(crm.decide(h)).isEqualTo(Recommendation.proceed(Decision.E, 2, 3));
    // unrestricted (dfcrm restrict = FALSE): the model's level as it is
    Crm free = Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(21).restrict(false).build();
    assertThat(free.decide(h).nextDose()).isEqualTo(fit.recommended());
    assertThat(free.decidesFromLastCohort()).isFalse();
    assertThat(crm.decidesFromLastCohort()).isTrue();
  }

  @Test
  void noEscalationRightAfterACohortWithDltFractionAtLeastTheTarget() {
    Crm crm = crm();
    // same counts (dose 1: 3/0, dose 2: 6/1), different last cohorts
    CohortHistory toxicLast = CohortHistory.parse("1NNN 2NNN 2NTN", 5);
    CohortHistory quietLast = CohortHistory.parse("1NNN 2NTN 2NNN", 5);
    assertThat(crm.fit(toxicLast).recommended()).isGreaterThan(2);
    assertThat(crm.decide(toxicLast)).isEqualTo(Recommendation.proceed(Decision.S, 2, 3));
    assertThat(crm.decide(quietLast)).isEqualTo(Recommendation.proceed(Decision.E, 3, 3));
    // exactly at the target: 1 of 4 = 0.25 >= 0.25 holds the dose
    Crm fours = Crm.builder(0.25, SKEL).cohortSize(4).sampleSize(20).build();
    CohortHistory quarter = CohortHistory.parse("1NNNN 2NNNN 2NNNT", 5);
    assertThat(fours.fit(quarter).recommended()).isGreaterThan(2);
    assertThat(fours.decide(quarter).nextDose()).isEqualTo(2);
  }

  @Test
  void deescalationMaySkipUnlessTheSafetyOptionIsOn() {
    CohortHistory h = CohortHistory.parse("1NNN 2NTN 3NTT 4TTT", 5);
    Crm crm = crm();
    int rec = crm.fit(h).recommended();
    assertThat(rec).isLessThan(3);
    assertThat(crm.decide(h)).isEqualTo(Recommendation.proceed(Decision.D, rec, 3));
    Crm oneLevel = Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(21).deescalateOneLevel(true).build();
    assertThat(oneLevel.decide(h)).isEqualTo(Recommendation.proceed(Decision.D, 3, 3));
  }

  @Test
  void stopsAtTheSampleSizeWithTheRecommendedLevelAsMtd() {
    Crm crm = Designs.crm(0.25, CrmModel.EMPIRIC, SKEL, 3, 9);
    CohortHistory h = CohortHistory.parse("1NNN 2NNN 3NTN", 5);
    Recommendation r = crm.decide(h);
    assertThat(r.proceeds()).isFalse();
    assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_SIZE);
    assertThat(crm.selectMtd(h)).isEqualTo(crm.fit(h).recommended());
  }

  @Test
  void optionalToxicityStopAtTheLowestDose() {
    CohortHistory h = CohortHistory.parse("1TTT", 5);
    Crm safe = Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(21).stopWhenLowestTooToxic(0.9).build();
    assertThat(safe.probabilityLowestAboveTarget(h)).isGreaterThan(0.9);
    assertThat(safe.decide(h).stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(safe.selectMtd(h)).isZero();
    // dfcrm has no such stop: the default design goes on at dose 1
    assertThat(crm().decide(h)).isEqualTo(Recommendation.proceed(Decision.S, 1, 3));
    assertThat(crm().selectMtd(h)).isEqualTo(1);
    // below the cutoff the safe design goes on
    CohortHistory mild = CohortHistory.parse("1NNT", 5);
    assertThat(safe.probabilityLowestAboveTarget(mild)).isLessThan(0.9);
    assertThat(safe.decide(mild).proceeds()).isTrue();
  }

  @Test
  void aReplayedIncompleteLastCohortNeverExceedsTheSampleSize() {
    Crm crm = Designs.crm(0.25, CrmModel.EMPIRIC, SKEL, 3, 9);
    Recommendation r = crm.decide(CohortHistory.parse("1NNN 2NN 2NNN", 5));
    assertThat(r.cohortSize()).isEqualTo(1);
  }

  @Test
  void builderRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> Crm.builder(0.25, SKEL).cohortSize(3).sampleSize(20).build())
        .hasMessageContaining("sampleSize = 20: must be a multiple of the cohort size 3");
    assertThatThrownBy(() -> Crm.builder(0.25, SKEL).cohortSize(3).build())
        .hasMessageContaining("sampleSize: missing");
    assertThatThrownBy(() -> Crm.builder(0.25, new double[] {0.1, 0.3, 0.2}))
        .hasMessageContaining("must increase with dose");
    assertThatThrownBy(() -> Crm.builder(0.25, SKEL).sampleSize(6).startDose(6).build())
        .hasMessageContaining("startDose = 6: must be in 1..5");
    assertThatThrownBy(() -> Crm.builder(0.25, SKEL).stopWhenLowestTooToxic(1.0))
        .hasMessageContaining("stopWhenLowestTooToxic = 1.0");
    assertThatThrownBy(() -> Crm.builder(0, SKEL)).hasMessageContaining("target = 0.0");
    assertThatThrownBy(() -> Crm.builder(0.25, SKEL).scale(-1)).hasMessageContaining("scale = -1.0");
  }

  @Test
  void refusesAHistoryWithoutItsLastCohort() {
    TrialState s = new TrialState(5);
    s.set(new int[] {3, 0, 0, 0, 0}, new int[5], 1);
    assertThatThrownBy(() -> crm().decide(s)).hasMessageContaining("last cohort");
  }
}
