package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.escalon.simulation.design.blrm.BlrmModel;
import org.escalon.simulation.design.blrm.BlrmPosterior;
import org.escalon.simulation.design.blrm.BlrmPrior;
import org.escalon.simulation.design.blrm.ToxicityIntervals;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/** EWOC, increment and stopping rules of {@link Blrm}, checked by hand from the posterior's interval probabilities. */
class BlrmTest {

  private static final double[] ISSUE_DOSES = {37.5, 50, 62.5, 75, 100, 125, 150};

  /** The rule written out in the test: admissible (P(over) < cutoff), within the increment, max P(target). */
  private static int byHand(BlrmModel m, int[] n, int[] y, double cutoff, double increment) {
    BlrmPosterior post = BlrmPosterior.fit(m, n, y);
    int highest = 0;
    for (int j = 0; j < n.length; j++) {
      if (n[j] > 0) {
        highest = j + 1;
      }
    }
    int best = 0;
    double bestTarget = -1;
    for (int level = 1; level <= n.length; level++) {
      double pUnder = post.probabilityBelow(level, 0.16);
      double pBelowOver = post.probabilityBelow(level, 0.33);
      double pTarget = pBelowOver - pUnder;
      boolean admissible = 1 - pBelowOver < cutoff;
      boolean inReach = m.dose(level) <= (1 + increment) * m.dose(highest) + 1e-9;
      if (admissible && inReach && pTarget > bestTarget) {
        best = level;
        bestTarget = pTarget;
      }
    }
    return best;
  }

  @Test
  void issueExampleFollowsTheRulesByHand() {
    Blrm d = Blrm.builder(ISSUE_DOSES, 100, BlrmPrior.weaklyInformative(0.25)).build();
    int[] n = {3, 3, 3, 0, 0, 0, 0};
    int[] y = {0, 0, 1, 0, 0, 0, 0};
    TrialState s = new TrialState(7);
    s.set(n, y, 3);
    int expected = byHand(d.model(), n, y, 0.25, 1.0);
    assertThat(d.decide(s).nextDose()).isEqualTo(expected);
    BlrmEvaluation e = d.evaluate(s, true);
    // 62.5 tried: 125 is within 100 %, 150 is not
    assertThat(e.candidate()).containsExactly(true, true, true, true, true, true, false);
    assertThat(e.summaries()[0].q025()).isLessThan(e.summaries()[0].q50());
  }

  @Test
  void incrementLimitBindsWhenEverythingLooksSafe() {
    // 12 patients without DLT at the lowest dose: the model would go high, the 100 % rule allows 37.5 → 75 only
    Blrm d = Blrm.builder(ISSUE_DOSES, 100, BlrmPrior.weaklyInformative(0.25)).build();
    int[] n = {12, 0, 0, 0, 0, 0, 0};
    int[] y = new int[7];
    TrialState s = new TrialState(7);
    s.set(n, y, 1);
    int next = d.decide(s).nextDose();
    assertThat(next).isEqualTo(byHand(d.model(), n, y, 0.25, 1.0)).isLessThanOrEqualTo(4);
    Blrm half = Blrm.builder(ISSUE_DOSES, 100, BlrmPrior.weaklyInformative(0.25)).maxIncrement(0.5).build();
    assertThat(half.decide(s).nextDose()).isEqualTo(byHand(half.model(), n, y, 0.25, 0.5)).isLessThanOrEqualTo(2);
  }

  @Test
  void ewocExcludesDosesWithHighOverdoseProbability() {
    double[] doses = {1, 2, 3, 4, 5};
    Blrm d = Blrm.builder(doses, 3, BlrmPrior.weaklyInformative(0.25)).build();
    int[] n = {3, 3, 3, 0, 0};
    int[] y = {0, 1, 2, 0, 0};
    TrialState s = new TrialState(5);
    s.set(n, y, 3);
    BlrmEvaluation e = d.evaluate(s, false);
    for (int j = 0; j < 5; j++) {
      assertThat(e.admissible()[j]).isEqualTo(e.summaries()[j].pOver() < 0.25);
    }
    assertThat(d.decide(s).nextDose()).isEqualTo(byHand(d.model(), n, y, 0.25, 1.0));
    assertThat(d.decide(s).decision()).isEqualTo(Decision.D);
  }

  @Test
  void noAdmissibleDoseStopsWithoutMtd() {
    double[] doses = {1, 2, 3, 4, 5};
    Blrm d = Blrm.builder(doses, 3, BlrmPrior.weaklyInformative(0.25)).build();
    TrialState s = new TrialState(5);
    s.treat(1, 3, 3);
    BlrmPosterior post = BlrmPosterior.fit(d.model(), s.nArray(), s.yArray());
    assertThat(1 - post.probabilityBelow(1, 0.33)).isGreaterThanOrEqualTo(0.25);
    Recommendation r = d.decide(s);
    assertThat(r.proceeds()).isFalse();
    assertThat(r.stopReason()).isEqualTo(StopReason.TOO_TOXIC);
    assertThat(d.selectMtd(s)).isZero();
  }

  @Test
  void mtdDeclaredWithNinePatientsAtTheRecommendedDose() {
    double[] doses = {1, 2, 3, 4, 5};
    Blrm d = Blrm.builder(doses, 3, BlrmPrior.weaklyInformative(0.25)).mtdMinTarget(1.0).build();
    TrialState s = new TrialState(5);
    s.set(new int[] {3, 3, 9, 3, 0}, new int[] {0, 0, 2, 2, 0}, 4);
    int rec = byHand(d.model(), s.nArray(), s.yArray(), 0.25, 1.0);
    Recommendation r = d.decide(s);
    if (s.n(rec) >= 9) {
      assertThat(r.stopReason()).isEqualTo(StopReason.MTD_FOUND);
      assertThat(d.selectMtd(s)).isEqualTo(rec);
    } else {
      assertThat(r.nextDose()).isEqualTo(rec);
    }
    assertThat(rec).isEqualTo(3);
  }

  @Test
  void sameSeedSameOcsWithOneAndTwoThreads() {
    Blrm d = Designs.blrm(new double[] {1, 2, 3, 4, 5}, 3, 0.25, 21);
    FixedToxicity tox = FixedToxicity.of(0.05, 0.10, 0.25, 0.40, 0.55);
    MonteCarloSettings s = MonteCarloSettings.of(200, 7, 1);
    OperatingCharacteristics one = MonteCarloOc.run(d, tox, 0.25, s);
    OperatingCharacteristics two = MonteCarloOc.run(d, tox, 0.25, s.withThreads(2));
    assertThat(two).isEqualTo(one);
  }

  @Test
  void optionsValidateWithNameValueAndRange() {
    double[] doses = {1, 2, 3};
    BlrmPrior p = BlrmPrior.weaklyInformative(0.25);
    assertThatThrownBy(() -> Blrm.builder(doses, 2, p).ewocCutoff(0)).hasMessage("ewocCutoff = 0.0: must be in (0, 1]");
    assertThatThrownBy(() -> Blrm.builder(doses, 2, p).maxIncrement(Double.NaN))
        .hasMessageStartingWith("maxIncrement = NaN: must be in (0, 100]");
    assertThatThrownBy(() -> Blrm.builder(new double[] {1, 1}, 2, p)).hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> BlrmPrior.weaklyInformative(1)).hasMessage("priorMedianDlt = 1.0: must be in (0, 1)");
    assertThatThrownBy(() -> new BlrmPrior(0, 0, 2, 1, 1)).hasMessage("correlation = 1.0: must be in (-1, 1)");
    assertThatThrownBy(() -> new ToxicityIntervals(0.3, 0.2)).hasMessageContaining("overdoseFrom = 0.2");
    assertThatThrownBy(() -> Blrm.builder(doses, 2, p).cohortSize(4).maxSampleSize(3).build())
        .hasMessage("cohortSize = 4: must be <= maxSampleSize = 3");
  }
}
