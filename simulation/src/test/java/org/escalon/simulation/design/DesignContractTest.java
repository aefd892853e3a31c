package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TrialResult;
import org.escalon.simulation.trial.TrialRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link EscalationDesign} contract, run against every design and decorated design. */
class DesignContractTest {

  static Stream<EscalationDesign> designs() {
    return Stream.of(
        Designs.boin(0.3, 5, 3, 10),
        Boin.builder(0.25, 4).titration(true).extrasafe(true).nEarlyStop(9).boundMtd(true).build(),
        Boin.builder(0.3, 6).cohortSize(2).maxSampleSize(25).startDose(3).build(),
        Designs.threePlusThree(5),
        Designs.threePlusThree(4, ThreePlusThree.Variant.B),
        ThreePlusThree.of(5, ThreePlusThree.Variant.B, 3),
        Designs.i3Plus3(0.3, 5, 3, 10),
        I3Plus3.builder(0.2, 5).eps1(0.03).eps2(0.07).cohortSize(1).cohorts(20).build(),
        Designs.mtpi2(0.3, 5, 3, 10),
        Designs.keyboard(0.25, 5, 3, 10),
        Designs.boin(0.3, 5, 3, 12).stopAtSampleSize(20).stopWhenNAtDose(9).noDoseSkipping(),
        Designs.threePlusThree(5, ThreePlusThree.Variant.B).stopAtSampleSize(12),
        Designs.crm(0.25, CrmModel.EMPIRIC, new double[] {0.08, 0.16, 0.25, 0.35, 0.46}, 3, 21),
        Crm.builder(0.3, new double[] {0.1, 0.2, 0.3, 0.4}).model(CrmModel.LOGISTIC).cohortSize(1).sampleSize(12)
            .startDose(2).restrict(false).build(),
        Crm.builder(0.2, new double[] {0.05, 0.1, 0.2, 0.35, 0.5, 0.7}).cohortSize(2).sampleSize(16)
            .stopWhenLowestTooToxic(0.9).deescalateOneLevel(true).build().stopWhenNAtDose(8).noDoseSkipping(),
        Designs.blrm(new double[] {1, 2, 3, 4, 5}, 3, 0.25, 21),
        Blrm.builder(new double[] {10, 20, 40, 80}, 40, new org.escalon.simulation.design.blrm.BlrmPrior(-1, 0.2, 1.5, 0.8, 0.3))
            .cohortSize(2).maxSampleSize(17).startDose(2).maxIncrement(0.5).ewocCutoff(0.3).build()
            .stopAtSampleSize(14));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void startsAtTheStartDose(EscalationDesign design) {
    Recommendation r = design.decide(new TrialState(design.doseCount()));
    assertThat(r.proceeds()).isTrue();
    assertThat(r.nextDose()).isBetween(1, design.doseCount());
    assertThat(r.cohortSize()).isBetween(1, design.maxCohortSize());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void randomTrialsRespectTheContractAndDecisionsArePureFunctionsOfTheCounts(EscalationDesign design) {
    int k = design.doseCount();
    TrialState replay = new TrialState(k);
    for (int trial = 0; trial < 300; trial++) {
      UniformRandomProvider rng = RandomStreams.trial(99, trial);
      double[] p = new double[k];
      double base = rng.nextDouble() * 0.5;
      for (int j = 0; j < k; j++) {
        p[j] = Math.min(1, base + j * rng.nextDouble() * 0.2);
      }
      TrialResult result = new TrialRunner(design, FixedToxicity.of(p)).run(trial, rng);
      assertThat(result.sampleSize()).isLessThanOrEqualTo(design.maxSampleSize());
      assertThat(result.mtd()).isBetween(0, k);
      // replay the patients cohort by cohort through the immutable history and the mutable state
      CohortHistory h = CohortHistory.empty(k);
      replay.reset();
      int[] doses = result.patientDoses();
      boolean[] dlts = result.patientDlts();
      int i = 0;
      while (true) {
        Recommendation a = design.decide(h);
        Recommendation b = design.decide(replay);
        assertThat(b).as("same counts, same decision (%s)", h).isEqualTo(a);
        assertThat(design.decide(h)).as("pure").isEqualTo(a);
        if (!a.proceeds()) {
          break;
        }
        assertThat(a.nextDose()).isBetween(1, k);
        assertThat(a.cohortSize()).isBetween(1, design.maxCohortSize());
        StringBuilder sb = new StringBuilder();
        int y = 0;
        for (int c = 0; c < a.cohortSize(); c++, i++) {
          assertThat(doses[i]).isEqualTo(a.nextDose());
          sb.append(dlts[i] ? 'T' : 'N');
          y += dlts[i] ? 1 : 0;
        }
        h = h.append(a.nextDose(), sb.toString());
        replay.treat(a.nextDose(), a.cohortSize(), y);
      }
      assertThat(i).isEqualTo(result.sampleSize());
      assertThat(design.selectMtd(h)).isEqualTo(result.mtd());
      assertThat(design.selectMtd(replay)).isEqualTo(result.mtd());
      assertThat(h.nArray()).containsExactly(result.n());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void decisionsNeverMoveTowardsEscalationAsDltsRise(EscalationDesign design) {
    DecisionTable t = design.decisionTable();
    for (int n = 1; n <= t.maxN(); n++) {
      for (int y = 1; y <= n; y++) {
        assertThat(t.decision(n, y).ordinal()).as("n=%d y=%d", n, y)
            .isGreaterThanOrEqualTo(t.decision(n, y - 1).ordinal());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void rejectsHistoriesOfAnotherTrial(EscalationDesign design) {
    assertThatThrownBy(() -> design.decide(CohortHistory.empty(design.doseCount() + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> design.decide(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
