package org.escalon.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.pd.IncidenceModel;
import org.junit.jupiter.api.Test;

/**
 * The course judge against the CTCAE v5.0 tables and the DLT definition of docs/model.md §4, on hand-made daily counts.
 * Thresholds are written here from CTCAE v5.0 (NCI, 27 Nov 2017), "Investigations": neutrophil count decreased
 * G1 &lt; LLN–1.5, G2 &lt; 1.5–1.0, G3 &lt; 1.0–0.5, G4 &lt; 0.5 ×10⁹/L; platelet count decreased G1 &lt; LLN–75,
 * G2 &lt; 75–50, G3 &lt; 50–25, G4 &lt; 25 ×10⁹/L; LLN 2.0 and 150 ×10⁹/L.
 */
class CourseJudgeTest {

  private static final CourseJudge JUDGE =
      new CourseJudge(ToxicityCriteria.CTCAE, DltCriteria.DEFAULT, List.of());
  private static final double NORMAL_ANC = 3.5;
  private static final double NORMAL_PLT = 180;

  /** A course of {@code anc.length} days judged with baseline 3.5 / 180, no febrile neutropenia. */
  private static PatientResultBuffer judged(double[] anc, double[] plt, double hazardPerDay, double fnUniform) {
    PatientResultBuffer b = new PatientResultBuffer();
    b.clear(anc.length, 1);
    for (int d = 0; d < anc.length; d++) {
      b.setDay(d, anc[d], plt[d]);
    }
    b.setCourse(anc.length, 0, 0, 0, 0, ImwgResponse.NE, Double.NaN);
    JUDGE.judgeHaematology(b, NORMAL_ANC, NORMAL_PLT, hazardPerDay, fnUniform);
    return b;
  }

  private static double[] constant(int days, double value) {
    double[] a = new double[days];
    Arrays.fill(a, value);
    return a;
  }

  /** Days {@code from..to-1} at {@code value}, the rest normal. */
  private static double[] ancWith(int days, int from, int to, double value) {
    double[] a = constant(days, NORMAL_ANC);
    Arrays.fill(a, from, to, value);
    return a;
  }

  @Test
  void neutropeniaGradesAreTheCtcaeTable() {
    double[][] table = {{2.5, 0}, {2.0, 0}, {1.99, 1}, {1.5, 1}, {1.49, 2}, {1.0, 2}, {0.99, 3}, {0.5, 3},
        {0.49, 4}, {0.01, 4}};
    for (double[] row : table) {
      PatientResultBuffer b = judged(new double[] {row[0]}, new double[] {NORMAL_PLT}, 0, 0.5);
      assertThat(b.grade(AdverseEvent.NEUTROPENIA)).as("ANC %s", row[0]).isEqualTo((int) row[1]);
    }
  }

  @Test
  void thrombocytopeniaGradesAreTheCtcaeTable() {
    double[][] table = {{150, 0}, {149, 1}, {75, 1}, {74.9, 2}, {50, 2}, {49.9, 3}, {25, 3}, {24.9, 4}};
    for (double[] row : table) {
      PatientResultBuffer b = judged(new double[] {NORMAL_ANC}, new double[] {row[0]}, 0, 0.5);
      assertThat(b.grade(AdverseEvent.THROMBOCYTOPENIA)).as("platelets %s", row[0]).isEqualTo((int) row[1]);
    }
  }

  @Test
  void aGradeNoWorseThanAtBaselineIsNoAdverseEvent() {
    PatientResultBuffer b = new PatientResultBuffer();
    b.clear(3, 1);
    for (int d = 0; d < 3; d++) {
      b.setDay(d, 1.8, 140); // grade 1 both, as at baseline
    }
    b.setCourse(3, 0, 0, 0, 0, ImwgResponse.NE, Double.NaN);
    JUDGE.judgeHaematology(b, 1.9, 140, 0, 0.5);
    assertThat(b.grade(AdverseEvent.NEUTROPENIA)).isZero();
    assertThat(b.grade(AdverseEvent.THROMBOCYTOPENIA)).isZero();
  }

  @Test
  void aGrade4EpisodeOfEightDaysStartingInTheWindowIsADlt() {
    // "lasts more than 7 days": 8 days is a DLT, 7 is not (docs/model.md §4)
    PatientResultBuffer eight = judged(ancWith(40, 5, 13, 0.3), constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(eight.toResult().daysNeutropeniaG4()).isEqualTo(8);
    assertThat(eight.daysNeutropeniaG3plus()).isEqualTo(8);
    assertThat(eight.toResult().longestG4EpisodeDays()).isEqualTo(8);
    assertThat(eight.dltFor(DltReason.NEUTROPENIA_G4_PROLONGED)).isTrue();
    PatientResultBuffer seven = judged(ancWith(40, 5, 12, 0.3), constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(seven.dlt()).isFalse();
    assertThat(seven.grade(AdverseEvent.NEUTROPENIA)).isEqualTo(4);
    // started on the last window day (day 28, index 27): followed past the window, still a DLT
    assertThat(judged(ancWith(40, 27, 35, 0.3), constant(40, NORMAL_PLT), 0, 0.5).dlt()).isTrue();
    // started after the window: not a DLT
    assertThat(judged(ancWith(40, 28, 36, 0.3), constant(40, NORMAL_PLT), 0, 0.5).dlt()).isFalse();
  }

  @Test
  void anEpisodeThatStartedInTheWindowIsFollowedUntilItCanBeJudged() {
    double[] anc = ancWith(40, 24, 40, 0.3);
    PatientResultBuffer b = judged(anc, constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(JUDGE.episodeNeedsFollowUp(b, 27)).as("4 days so far").isTrue();
    assertThat(JUDGE.episodeNeedsFollowUp(b, 30)).as("7 days so far").isTrue();
    assertThat(JUDGE.episodeNeedsFollowUp(b, 31)).as("8 days: judged").isFalse();
    assertThat(JUDGE.episodeNeedsFollowUp(b, 20)).as("not grade 4").isFalse();
    PatientResultBuffer late = judged(ancWith(40, 28, 40, 0.3), constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(JUDGE.episodeNeedsFollowUp(late, 30)).as("started after the window").isFalse();
  }

  @Test
  void febrileNeutropeniaOccursWhenTheCumulativeHazardReachesTheExponentialDraw() {
    // h = 0.1 per grade-4 day, u = 1 − e^{−0.25}: the event on the first day n with 0.1·n ≥ 0.25, the 3rd
    double u = 1 - Math.exp(-0.25);
    PatientResultBuffer early = judged(ancWith(40, 10, 12, 0.3), constant(40, NORMAL_PLT), 0.1, u);
    assertThat(early.grade(AdverseEvent.FEBRILE_NEUTROPENIA)).as("two grade 4 days only").isZero();
    PatientResultBuffer three = judged(ancWith(40, 10, 13, 0.3), constant(40, NORMAL_PLT), 0.1, u);
    assertThat(three.grade(AdverseEvent.FEBRILE_NEUTROPENIA)).isEqualTo(3);
    assertThat(three.dltFor(DltReason.FEBRILE_NEUTROPENIA)).isTrue();
    // the third grade-4 day after the window: the event, not a DLT
    PatientResultBuffer late = judged(ancWith(40, 29, 32, 0.3), constant(40, NORMAL_PLT), 0.1, u);
    assertThat(late.grade(AdverseEvent.FEBRILE_NEUTROPENIA)).isEqualTo(3);
    assertThat(late.dltFor(DltReason.FEBRILE_NEUTROPENIA)).isFalse();
    // no hazard, no event, whatever the draw
    assertThat(judged(ancWith(40, 0, 40, 0.3), constant(40, NORMAL_PLT), 0, 0.0)
        .grade(AdverseEvent.FEBRILE_NEUTROPENIA)).isZero();
  }

  @Test
  void grade4ThrombocytopeniaInTheWindowIsADlt() {
    double[] plt = constant(40, NORMAL_PLT);
    plt[10] = 20;
    assertThat(judged(constant(40, NORMAL_ANC), plt, 0, 0.5).dltFor(DltReason.THROMBOCYTOPENIA_G4)).isTrue();
    double[] late = constant(40, NORMAL_PLT);
    late[30] = 20;
    PatientResultBuffer b = judged(constant(40, NORMAL_ANC), late, 0, 0.5);
    assertThat(b.dlt()).isFalse();
    assertThat(b.grade(AdverseEvent.THROMBOCYTOPENIA)).isEqualTo(4);
  }

  @Test
  void aGrade3NonHaematologicalEventWithOnsetInCycle1IsADlt() {
    // p_any = 0.5 at the reference exposure (logit 0), P(grade >= 3 | any) = 0.4, onset in cycle 1 w.p. 0.5
    IncidenceModel diarrhoea = new IncidenceModel(AdverseEvent.DIARRHOEA, 0.5, 0.35, 0.5, 0.4, 0.5, "test");
    CourseJudge judge = new CourseJudge(ToxicityCriteria.CTCAE, DltCriteria.DEFAULT, List.of(diarrhoea));
    double[] latent = {0.9, 0.45, 0.3, 0.2};
    assertThat(incidence(judge, latent).dltFor(DltReason.NON_HAEMATOLOGICAL_G3)).isTrue();
    assertThat(incidence(judge, latent).grade(AdverseEvent.DIARRHOEA)).isEqualTo(3);
    latent[2] = 0.5; // grade 1-2
    assertThat(incidence(judge, latent).grade(AdverseEvent.DIARRHOEA)).isEqualTo(1);
    assertThat(incidence(judge, latent).dlt()).isFalse();
    latent[1] = 0.55; // no event: u >= p_any
    assertThat(incidence(judge, latent).grade(AdverseEvent.DIARRHOEA)).isZero();
  }

  private static PatientResultBuffer incidence(CourseJudge judge, double[] latent) {
    PatientResultBuffer b = new PatientResultBuffer();
    b.clear(28, 6);
    b.setCourse(28, 1, 14, 0, 40, ImwgResponse.NE, Double.NaN);
    judge.judgeIncidence(b, 0.35, latent, 1, 6, 1);
    return b;
  }

  @Test
  void theDltOnsetDayIsTheEarliestOnsetOfItsReasons() {
    // grade 4 neutropenia on days 6..13 (indices 5..12, 8 days): the DLT episode starts on study day 6
    PatientResultBuffer neut = judged(ancWith(40, 5, 13, 0.3), constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(neut.dltOnsetDay()).isEqualTo(6.0);
    // a 3-day grade 4 episode (no prolonged-neutropenia DLT) on days 11..13 with h = 0.1 and u = 1 − e^{−0.25}:
    // febrile neutropenia on the third grade 4 day, study day 13
    PatientResultBuffer fn = judged(ancWith(40, 10, 13, 0.3), constant(40, NORMAL_PLT), 0.1, 1 - Math.exp(-0.25));
    assertThat(fn.dltFor(DltReason.NEUTROPENIA_G4_PROLONGED)).isFalse();
    assertThat(fn.dltOnsetDay()).isEqualTo(13.0);
    // grade 4 platelets on study days 4 and 11, neutropenia DLT from day 6: the earliest, day 4
    double[] plt = constant(40, NORMAL_PLT);
    plt[3] = 20;
    plt[10] = 20;
    PatientResultBuffer both = judged(ancWith(40, 5, 13, 0.3), plt, 0, 0.5);
    assertThat(both.dltFor(DltReason.THROMBOCYTOPENIA_G4)).isTrue();
    assertThat(both.dltOnsetDay()).isEqualTo(4.0);
    // an earlier grade 4 episode too short for a DLT (days 2..4) does not move the onset of the later DLT episode
    double[] anc = ancWith(40, 20, 30, 0.3);
    Arrays.fill(anc, 1, 4, 0.3);
    assertThat(judged(anc, constant(40, NORMAL_PLT), 0, 0.5).dltOnsetDay()).isEqualTo(21.0);
    // no DLT: NaN, and the immutable result agrees
    PatientResultBuffer none = judged(ancWith(40, 5, 12, 0.3), constant(40, NORMAL_PLT), 0, 0.5);
    assertThat(none.dltOnsetDay()).isNaN();
    assertThat(none.toResult().dltOnsetDay()).isNaN();
    assertThat(both.toResult().dltOnsetDay()).isEqualTo(4.0);
  }

  @Test
  void aNonHaematologicalDltStartsWhereTheOnsetUniformFallsInCycle1() {
    // onset uniform 0.2 < P(onset in cycle 1) = 0.5: rescaled 0.2 / 0.5 = 0.4 of the 28-day window → day 1 + 11
    IncidenceModel diarrhoea = new IncidenceModel(AdverseEvent.DIARRHOEA, 0.5, 0.35, 0.5, 0.4, 0.5, "test");
    CourseJudge judge = new CourseJudge(ToxicityCriteria.CTCAE, DltCriteria.DEFAULT, List.of(diarrhoea));
    assertThat(incidence(judge, new double[] {0.9, 0.45, 0.3, 0.2}).dltOnsetDay()).isEqualTo(12.0);
    // 0.499 → 0.998 of 28 days = 27.9: the last window day
    assertThat(incidence(judge, new double[] {0.9, 0.45, 0.3, 0.499}).dltOnsetDay()).isEqualTo(28.0);
  }

  @Test
  void theResponseIsDatedByTheAssessmentThatFirstConfirmsIt() {
    ImwgResponse[] c = {ImwgResponse.SD, ImwgResponse.PR, ImwgResponse.PR, ImwgResponse.VGPR};
    assertThat(ImwgResponse.firstConfirmedObjective(c, 4)).isEqualTo(2);
    assertThat(ImwgResponse.firstConfirmedObjective(c, 2)).as("not yet confirmed").isEqualTo(-1);
    ImwgResponse[] interrupted = {ImwgResponse.PR, ImwgResponse.SD, ImwgResponse.PR, ImwgResponse.VGPR};
    assertThat(ImwgResponse.firstConfirmedObjective(interrupted, 4)).isEqualTo(3);
    ImwgResponse[] progressed = {ImwgResponse.PR, ImwgResponse.PD, ImwgResponse.PR, ImwgResponse.PR};
    assertThat(ImwgResponse.firstConfirmedObjective(progressed, 4)).isEqualTo(-1);
    ImwgResponse[] minimal = {ImwgResponse.MR, ImwgResponse.VGPR, ImwgResponse.MR};
    assertThat(ImwgResponse.firstConfirmedObjective(minimal, 3)).isEqualTo(-1);
  }
}
