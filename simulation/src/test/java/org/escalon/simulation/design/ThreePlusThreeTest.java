package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 3+3 against the published outcome strings of R escalation and the rules of docs/designs.md. */
class ThreePlusThreeTest {

  private final ThreePlusThree a = Designs.threePlusThree(5);
  private final ThreePlusThree b = Designs.threePlusThree(5, ThreePlusThree.Variant.B);

  @Test
  void publishedOutcomeStringsVariantA() {
    TrialHistory h1 = CohortHistory.parse("1NNN", 5);
    assertThat(a.decide(h1)).isEqualTo(Recommendation.proceed(Decision.E, 2, 3));

    TrialHistory h2 = CohortHistory.parse("1NNN 2NNN 3NNT", 5);
    assertThat(a.decide(h2)).isEqualTo(Recommendation.proceed(Decision.S, 3, 3));

    TrialHistory h3 = CohortHistory.parse("1NNN 2NNN 3NNT 3NTN", 5);
    Recommendation r3 = a.decide(h3);
    assertThat(r3.proceeds()).isFalse();
    assertThat(r3.stopReason()).isEqualTo(StopReason.MTD_FOUND);
    assertThat(a.selectMtd(h3)).isEqualTo(2);
  }

  @Test
  void variantAStopsAtTopAndWithoutMtdWhenDoseOneExceeded() {
    TrialHistory top = CohortHistory.parse("1NNN 2NNN 3NNN 4NNN 5NNN", 5);
    assertThat(a.decide(top).stopReason()).isEqualTo(StopReason.MTD_FOUND);
    assertThat(a.selectMtd(top)).isEqualTo(5);
    TrialHistory toxic = CohortHistory.parse("1NTT", 5);
    assertThat(a.decide(toxic).stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(a.selectMtd(toxic)).isZero();
    // MTD with only 3 patients in variant A
    TrialHistory three = CohortHistory.parse("1NNN 2TTN", 5);
    assertThat(a.selectMtd(three)).isEqualTo(1);
  }

  @Test
  void variantBDeescalatesUntilSixPatientsAtTheMtd() {
    TrialHistory h = CohortHistory.parse("1NNN 2NNN 3TTN", 5);
    assertThat(b.decide(h)).isEqualTo(Recommendation.proceed(Decision.D, 2, 3));
    TrialHistory h2 = CohortHistory.parse("1NNN 2NNN 3TTN 2NTN", 5);
    assertThat(b.decide(h2).stopReason()).isEqualTo(StopReason.MTD_FOUND);
    assertThat(b.selectMtd(h2)).isEqualTo(2);
    // dose 2 exceeded on expansion: step down to dose 1, which then needs 6 too
    TrialHistory h3 = CohortHistory.parse("1NNN 2NNN 3TTN 2TTN", 5);
    assertThat(b.decide(h3)).isEqualTo(Recommendation.proceed(Decision.D, 1, 3));
    TrialHistory h4 = CohortHistory.parse("1NNN 2NNN 3TTN 2TTN 1NNN", 5);
    assertThat(b.decide(h4).proceeds()).isFalse();
    assertThat(b.selectMtd(h4)).isEqualTo(1);
    // variant A would have stopped with MTD 2 and 3 patients there
    assertThat(a.selectMtd(h)).isEqualTo(2);
    assertThat(b.selectMtd(h)).isZero();
  }

  @Test
  void variantBStopsAtTheTopDoseAfterZeroOfThreeAsBcrm() {
    // bcrm::threep3(threep3.esc.only = FALSE): 0/3 at the top dose ends the trial with it as MTD (3 patients)
    TrialHistory top = CohortHistory.parse("1NNN 2NNN 3NNN 4NNN 5NNN", 5);
    assertThat(b.decide(top)).isEqualTo(Recommendation.stop(Decision.E, StopReason.MTD_FOUND));
    assertThat(b.selectMtd(top)).isEqualTo(5);
  }

  @Test
  void variantBConfirmsTheTopDoseWithSixPatientsAsANamedOption() {
    // the behaviour before the bcrm default (this test's old form asserted it for the default)
    ThreePlusThree confirm = ThreePlusThree.of(5, ThreePlusThree.Variant.B, 1, ThreePlusThree.TopDose.CONFIRM_WITH_SIX);
    TrialHistory top = CohortHistory.parse("1NNN 2NNN 3NNN 4NNN 5NNN", 5);
    assertThat(confirm.decide(top)).isEqualTo(Recommendation.proceed(Decision.S, 5, 3));
    assertThat(confirm.selectMtd(top)).isZero();
    TrialHistory top6 = CohortHistory.parse("1NNN 2NNN 3NNN 4NNN 5NNN 5NTN", 5);
    assertThat(confirm.decide(top6).stopReason()).isEqualTo(StopReason.MTD_FOUND);
    assertThat(confirm.selectMtd(top6)).isEqualTo(5);
    assertThat(b.selectMtd(top6)).isEqualTo(5);
  }
}
