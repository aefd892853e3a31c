package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** BOIN against the numbers of docs/designs.md (R BOIN 2.7.2 get.boundary, Han et al. 2019 sequence). */
class BoinTest {

  private final Boin boin = Boin.builder(0.3, 5).cohortSize(3).cohorts(10).build();

  @Test
  void lambdasForTarget03() {
    assertThat(boin.lambdaE()).isCloseTo(0.2364907, within(5e-8));
    assertThat(boin.lambdaD()).isCloseTo(0.3585195, within(5e-8));
  }

  @Test
  void boundaryTableForTarget03CohortsOf3() {
    // docs/designs.md (= R BOIN::get.boundary(0.3, 10, 3)): n, escalate if y <=, de-escalate if y >=, eliminate if y >=
    int[][] expected = {
      {3, 0, 2, 3}, {6, 1, 3, 4}, {9, 2, 4, 5}, {12, 2, 5, 7}, {15, 3, 6, 8},
      {18, 4, 7, 9}, {21, 4, 8, 10}, {24, 5, 9, 11}, {27, 6, 10, 12}, {30, 7, 11, 14}
    };
    DecisionTable t = boin.decisionTable();
    for (int[] row : expected) {
      int n = row[0];
      assertThat(t.escalateIfLe(n)).as("escalate n=%d", n).isEqualTo(row[1]);
      assertThat(t.deescalateIfGe(n)).as("de-escalate n=%d", n).isEqualTo(row[2]);
      assertThat(t.eliminateIfGe(n)).as("eliminate n=%d", n).isEqualTo(row[3]);
    }
    // n = 1, 2: no elimination below 3 patients
    assertThat(t.eliminateIfGe(1)).isEqualTo(-1);
    assertThat(t.eliminateIfGe(2)).isEqualTo(-1);
  }

  @Test
  void publishedDecisionSequence() {
    // R escalation tests citing Han, Pan, Zhang, Liu & Yuan (2019), p.25: phi = 0.3, 5 doses
    String[] cohorts = {"1NNN", "2NNN", "3NTT", "2NTN", "3NNN", "3NNN", "4TTT", "3NTN", "3NNT", "3TNN"};
    int[] next = {2, 3, 2, 3, 3, 4, 3, 3, 3, 3};
    Boin open = Boin.builder(0.3, 5).cohortSize(3).cohorts(100).build();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cohorts.length; i++) {
      text.append(i == 0 ? "" : " ").append(cohorts[i]);
      Recommendation r = open.decide(CohortHistory.parse(text.toString(), 5));
      assertThat(r.proceeds()).as("after %s", text).isTrue();
      assertThat(r.nextDose()).as("after %s", text).isEqualTo(next[i]);
    }
    Recommendation afterTox = open.decide(CohortHistory.parse("1NNN 2NNN 3NTT 2NTN 3NNN 3NNN 4TTT", 5));
    assertThat(afterTox.decision()).isEqualTo(Decision.DU);
  }

  @Test
  void eliminatedDoseIsNeverEscalatedTo() {
    // dose 4 eliminated (3/3); 0/3 at dose 3 would escalate, but stays
    Recommendation r = boin.decide(CohortHistory.parse("1NNN 2NNN 3NNN 4TTT 3NNN", 5));
    assertThat(r.decision()).isEqualTo(Decision.E);
    assertThat(r.nextDose()).isEqualTo(3);
  }

  @Test
  void doseOneEliminatedStopsWithoutMtd() {
    TrialHistory h = CohortHistory.parse("1TTT", 5);
    Recommendation r = boin.decide(h);
    assertThat(r.stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(boin.selectMtd(h)).isZero();
  }

  @Test
  void lastCohortStopsBeforeEliminationAndSelectionReappliesIt() {
    Boin two = Boin.builder(0.3, 3).cohortSize(3).cohorts(2).build();
    TrialHistory h = CohortHistory.parse("1NNN 2TTT", 3);
    Recommendation r = two.decide(h);
    assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_SIZE);
    assertThat(r.decision()).isEqualTo(Decision.DU);
    assertThat(two.selectMtd(h)).isEqualTo(1);
  }

  @Test
  void extrasafeStopsAtDoseOne() {
    // Pr(p1 > 0.3 | 2 of 3) = 0.9163 > 0.95 - 0.05 = 0.90: extrasafe stops; plain BOIN de-escalates/stays
    Boin safe = Boin.builder(0.3, 5).extrasafe(true).build();
    TrialHistory h = CohortHistory.parse("1NTT", 5);
    assertThat(safe.decide(h).stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(safe.selectMtd(h)).isZero();
    assertThat(boin.decide(h).proceeds()).isTrue();
    assertThat(boin.decide(h).nextDose()).isEqualTo(1);
  }

  @Test
  void nEarlyStopWhenStaying() {
    Boin early = Boin.builder(0.3, 2).nEarlyStop(6).build();
    // dose 2 (top): 6 patients, 1 DLT -> escalate at top = stay -> stop
    Recommendation r = early.decide(CohortHistory.parse("1NNN 2NNN 2NNT", 2));
    assertThat(r.stopReason()).isEqualTo(StopReason.N_AT_DOSE);
    // dose 1 with 6 and 0 DLTs escalates: no stop
    assertThat(early.decide(CohortHistory.parse("1NNN 1NNN", 2)).proceeds()).isTrue();
  }

  @Test
  void titrationOnePatientPerDoseUntilFirstDlt() {
    Boin t = Boin.builder(0.3, 5).titration(true).build();
    assertThat(t.decide(CohortHistory.empty(5))).isEqualTo(Recommendation.proceed(Decision.S, 1, 1));
    assertThat(t.decide(CohortHistory.parse("1N", 5))).isEqualTo(Recommendation.proceed(Decision.E, 2, 1));
    Recommendation afterDlt = t.decide(CohortHistory.parse("1N 2N 3T", 5));
    assertThat(afterDlt.nextDose()).isEqualTo(3);
    assertThat(afterDlt.cohortSize()).isEqualTo(2);
    Recommendation top = t.decide(CohortHistory.parse("1N 2N 3N 4N 5N", 5));
    assertThat(top.nextDose()).isEqualTo(5);
    assertThat(top.cohortSize()).isEqualTo(2);
    // then ordinary BOIN: 3 at dose 3 with 1 DLT: stay
    assertThat(t.decide(CohortHistory.parse("1N 2N 3T 3NN", 5)).cohortSize()).isEqualTo(3);
  }

  @Test
  void validationNamesParameterValueAndRange() {
    assertThatThrownBy(() -> Boin.builder(0.7, 5).build()).hasMessageContaining("target = 0.7")
        .hasMessageContaining("[0.05, 0.6]");
    assertThatThrownBy(() -> Boin.builder(Double.NaN, 5).build()).hasMessageContaining("target = NaN");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).phi1(0.29).build()).hasMessageContaining("phi1 = 0.29");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).phi2(0.31).build()).hasMessageContaining("phi2 = 0.31");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).cohortSize(0).build()).hasMessageContaining("cohortSize = 0");
    assertThatThrownBy(() -> Boin.builder(0.3, 0).build()).hasMessageContaining("doseCount = 0");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).startDose(6).build()).hasMessageContaining("startDose = 6");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).cutoffEli(Double.NaN).build())
        .hasMessageContaining("cutoffEli = NaN");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).offset(0.5).build()).hasMessageContaining("offset = 0.5");
    assertThatThrownBy(() -> Boin.builder(0.3, 5).cohortSize(1).titration(true).build())
        .hasMessageContaining("titration");
    assertThatThrownBy(() -> boin.decide(CohortHistory.empty(4))).hasMessageContaining("4 doses");
  }
}
