package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.DoseLevel;
import org.junit.jupiter.api.Test;

/** Model truth: the MTD/optimal rule by hand, and the docs/model.md §5 calibration with default dose holds. */
class ModelTruthTest {

  @Test
  void trueMtdAndOptimalByHand() {
    // p = (0.05, 0.15, 0.3, 0.45), ORR = (0.1, 0.3, 0.4, 0.6), w = 1: U = (0.05, 0.15, 0.1, 0.15);
    // true MTD = 3 (0.3 <= 0.3); optimal over levels 1-3 = 2 (level 4's equal utility is above the MTD)
    ModelTruth t = ModelTruth.of(new double[] {0.05, 0.15, 0.3, 0.45}, new double[] {0.1, 0.3, 0.4, 0.6}, 0.3,
        Rp2dRule.DEFAULT);
    assertThat(t.trueMtd()).isEqualTo(3);
    assertThat(t.trueOptimal()).isEqualTo(2);
    // ties to the lower level (binary-exact numbers): U = (0.125, 0.25, 0.25) -> 2; MTD 3
    ModelTruth tie = ModelTruth.of(new double[] {0.125, 0.25, 0.25}, new double[] {0.25, 0.5, 0.5}, 0.3,
        Rp2dRule.DEFAULT);
    assertThat(tie.trueMtd()).isEqualTo(3);
    assertThat(tie.trueOptimal()).isEqualTo(2);
    assertThat(tie.utility()).containsExactly(0.125, 0.25, 0.25);
    // no safe level: 0 and 0
    ModelTruth none = ModelTruth.of(new double[] {0.35, 0.5}, new double[] {0.5, 0.6}, 0.3, Rp2dRule.DEFAULT);
    assertThat(none.trueMtd()).isZero();
    assertThat(none.trueOptimal()).isZero();
    // w = 0: the best response up to the MTD (level 3 of the first case)
    assertThat(ModelTruth.of(new double[] {0.05, 0.15, 0.3, 0.45}, new double[] {0.1, 0.3, 0.4, 0.6}, 0.3,
        new Rp2dRule(0, 3)).trueOptimal()).isEqualTo(3);
  }

  /**
   * docs/model.md §5: with the default dose holds, 6 cycles of QD d1-14 + dexamethasone 40 mg give ORR about 0.41 at
   * 75 µg and 0.50 at 100 µg (trial: 40 % and 50 %). Levels 62.5, 75, 100 µg so that the first dose reductions of
   * 75 and 100 µg (to 62.5 and 75) are those of the docs/model.md default ladder.
   *
   * <p>Tolerance per rate: 3.5 binomial SEs of 2000 people (3.5·sqrt(p(1−p)/2000) ≈ 0.039) plus 0.04 slack for the
   * "about" of the calibration statement. With a model exactly on target the false-failure rate of the sampling part
   * is P(|Z| > 3.5) ≈ 4.7e−4 per rate, about 1e−3 for the two; the seed is fixed, so the test is deterministic.
   */
  @Test
  void orrCalibrationWithDoseHolds() {
    List<DoseLevel> levels = List.of(DoseLevel.of(62.5, "QD d1-14", 40), DoseLevel.of(75, "QD d1-14", 40),
        DoseLevel.of(100, "QD d1-14", 40));
    int n = 2000;
    ModelTruth t = ModelTruth.compute(VirtualPatientModel.defaults(), levels, n, 1, 2, 0.3, Rp2dRule.DEFAULT);
    double[] target = {Double.NaN, 0.41, 0.50};
    for (int j = 1; j <= 2; j++) {
      double p = target[j];
      double tol = 3.5 * Math.sqrt(p * (1 - p) / n) + 0.04;
      assertThat(t.orr()[j]).as("ORR at %s", levels.get(j)).isBetween(p - tol, p + tol);
      assertThat(t.orrSe()[j]).isEqualTo(Math.sqrt(t.orr()[j] * (1 - t.orr()[j]) / n));
    }
    // the same people at every level: more drug never gives a lower response rate or exposure here
    assertThat(t.orr()[0]).isLessThanOrEqualTo(t.orr()[1]);
    assertThat(t.aucCycle1()[0]).isLessThan(t.aucCycle1()[1]);
    assertThat(t.aucCycle1()[1]).isLessThan(t.aucCycle1()[2]);
    // truth fields are consistent with the rule
    int mtd = 0;
    for (int j = 0; j < 3; j++) {
      if (t.dltProb()[j] <= 0.3) {
        mtd = j + 1;
      }
      assertThat(t.utility()[j]).isEqualTo(t.orr()[j] - t.dltProb()[j]);
    }
    assertThat(t.trueMtd()).isEqualTo(mtd);
  }

  @Test
  void threadsDoNotChangeTheTruth() {
    List<DoseLevel> levels = List.of(DoseLevel.of(100, "QD d1-21", 20));
    ModelTruth one = ModelTruth.compute(VirtualPatientModel.defaults().withCycles(2), levels, 60, 5, 1, 0.3,
        Rp2dRule.DEFAULT);
    ModelTruth two = ModelTruth.compute(VirtualPatientModel.defaults().withCycles(2), levels, 60, 5, 2, 0.3,
        Rp2dRule.DEFAULT);
    RecordAssert.assertSameRecord("truth", two, one);
  }
}
