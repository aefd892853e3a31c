package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.junit.jupiter.api.Test;

/**
 * Coupled operating characteristics from four hand-made trials on K = 3 levels, true MTD 2, true optimal 1.
 *
 * <pre>
 *   trial  n         y         responders  stage n / y / resp        MTD  RP2D  duration  % above MTD (level 3)
 *   T1     (3,3,0)   (0,1,0)   (1,2,0)     -                          2    1     100       0
 *   T2     (3,6,6)   (0,1,4)   (0,2,3)     -                          2    2     200       6/15 = 40
 *   T3     (3,0,0)   (2,0,0)   (0,0,0)     -                          0    0      50       0
 *   T4     (3,3,3)   (0,0,0)   (0,2,3)     (0,10,10)/(0,1,2)/(0,5,7)  3    2     300       3/9 = 33.33
 * </pre>
 */
class CoupledOcAccumulatorTest {

  private static final int[] Z = {0, 0, 0};
  private static final double[] UNKNOWN = {Double.NaN, Double.NaN, Double.NaN};

  private static CoupledTrialResult trial(int[] n, int[] y, int[] r, int[] sn, int[] sy, int[] sr, int mtd,
      int rp2d, double duration) {
    return new CoupledTrialResult(n, y, r, sn, sy, sr, mtd, rp2d, StopReason.NONE, duration, new int[0],
        new double[0]);
  }

  private static final List<CoupledTrialResult> TRIALS = List.of(
      trial(new int[] {3, 3, 0}, new int[] {0, 1, 0}, new int[] {1, 2, 0}, Z, Z, Z, 2, 1, 100),
      trial(new int[] {3, 6, 6}, new int[] {0, 1, 4}, new int[] {0, 2, 3}, Z, Z, Z, 2, 2, 200),
      trial(new int[] {3, 0, 0}, new int[] {2, 0, 0}, new int[] {0, 0, 0}, Z, Z, Z, 0, 0, 50),
      trial(new int[] {3, 3, 3}, new int[] {0, 0, 0}, new int[] {0, 2, 3}, new int[] {0, 10, 10},
          new int[] {0, 1, 2}, new int[] {0, 5, 7}, 3, 2, 300));

  private static CoupledOc all() {
    CoupledOcAccumulator a = new CoupledOcAccumulator(3, 2, 1);
    TRIALS.forEach(a::add);
    return a.result("T", UNKNOWN);
  }

  @Test
  void selectionPercentagesByHand() {
    CoupledOc o = all();
    assertThat(o.trials()).isEqualTo(4);
    // MTD: level 2 in T1, T2; level 3 in T4; none in T3
    assertThat(o.mtd().values(LevelOc::mtdSelectionPct)).containsExactly(0, 50, 25);
    assertThat(o.mtd().noMtdPct().value()).isEqualTo(25);
    // RP2D: 1 in T1; 2 in T2, T4; none in T3
    assertThat(Estimate.values(o.rp2d().rp2dSelectionPct())).containsExactly(25, 50, 0);
    assertThat(o.rp2d().noRp2dPct().value()).isEqualTo(25);
    // binomial SEs 100·sqrt(p(1-p)/4): p = 1/2 -> 25; p = 1/4 -> 100·sqrt(3/64) = 21.65
    assertThat(o.mtd().ses(LevelOc::mtdSelectionPct)[1]).isCloseTo(25, within(1e-12));
    assertThat(o.mtd().noMtdPct().se()).isCloseTo(100 * Math.sqrt(3.0 / 64), within(1e-12));
    assertThat(o.mtd().ses(LevelOc::mtdSelectionPct)[0]).isZero();
  }

  @Test
  void percentagesAddUpTo100() {
    CoupledOc o = all();
    double m = o.mtd().noMtdPct().value();
    double r = o.rp2d().noRp2dPct().value();
    for (int j = 0; j < 3; j++) {
      m += o.mtd().values(LevelOc::mtdSelectionPct)[j];
      r += Estimate.values(o.rp2d().rp2dSelectionPct())[j];
    }
    assertThat(m).isCloseTo(100, within(1e-12));
    assertThat(r).isCloseTo(100, within(1e-12));
  }

  @Test
  void meansByHand() {
    CoupledOc o = all();
    // n per level: (12/4, 12/4, 9/4); DLTs: (2/4, 2/4, 4/4); total N (6, 15, 3, 9) -> 33/4; DLTs (1, 5, 2, 0) -> 2
    assertThat(o.mtd().values(LevelOc::meanN)).containsExactly(3, 3, 2.25);
    assertThat(o.mtd().values(LevelOc::meanDlt)).containsExactly(0.5, 0.5, 1);
    assertThat(o.mtd().meanTotalN().value()).isEqualTo(8.25);
    assertThat(o.mtd().meanTotalDlt().value()).isEqualTo(2);
    // SE of n at level 1 (always 3) is 0; total N: values 6, 15, 3, 9, mean 8.25,
    // s^2 = (5.0625 + 45.5625 + 27.5625 + 0.5625)/3 = 26.25, SE = sqrt(26.25/4)
    assertThat(o.mtd().ses(LevelOc::meanN)[0]).isZero();
    assertThat(o.mtd().meanTotalN().se()).isCloseTo(Math.sqrt(26.25 / 4), within(1e-12));
    // escalation n only: the stage's 20 patients are in meanStageN (0, 0, 0, 20 -> 5)
    assertThat(o.meanStageN().value()).isEqualTo(5);
    // duration (100 + 200 + 50 + 300)/4
    assertThat(o.meanDurationDays().value()).isEqualTo(162.5);
  }

  @Test
  void percentAboveTheTrueMtdByHand() {
    // per trial: 0, 40, 0, 100/3 -> mean 73.333/4 = 18.333
    assertThat(all().mtd().pctAboveTrueMtd().value()).isCloseTo((40 + 100.0 / 3) / 4, within(1e-12));
    // with no safe level (true MTD 0) every patient is above it
    CoupledOcAccumulator none = new CoupledOcAccumulator(3, 0, 0);
    TRIALS.forEach(none::add);
    assertThat(none.result("T", UNKNOWN).mtd().pctAboveTrueMtd().value()).isEqualTo(100);
    // with the top level as true MTD nobody is above it
    CoupledOcAccumulator top = new CoupledOcAccumulator(3, 3, 1);
    TRIALS.forEach(top::add);
    assertThat(top.result("T", UNKNOWN).mtd().pctAboveTrueMtd().value()).isZero();
  }

  @Test
  void ratesAtTheRp2dIncludeTheStageAndSkipTrialsWithoutRp2d() {
    // T1 at 1: ORR 1/3, DLT 0/3; T2 at 2: ORR 2/6, DLT 1/6; T4 at 2: ORR (2+5)/(3+10) = 7/13, DLT (0+1)/13;
    // T3 has no RP2D and does not count
    CoupledOc o = all();
    assertThat(o.rp2d().orrAtRp2d().value()).isCloseTo((1.0 / 3 + 2.0 / 6 + 7.0 / 13) / 3, within(1e-12));
    assertThat(o.rp2d().dltRateAtRp2d().value()).isCloseTo((0 + 1.0 / 6 + 1.0 / 13) / 3, within(1e-12));
  }

  @Test
  void probabilityOfCorrectSelection() {
    // pcs MTD: MTD = 2 in T1, T2 -> 50 %; pcs RP2D: RP2D = 1 in T1 -> 25 %
    CoupledOc o = all();
    assertThat(o.pcsMtd().value()).isEqualTo(50);
    assertThat(o.rp2d().pcsRp2d().value()).isEqualTo(25);
    assertThat(o.pcsMtd().se()).isCloseTo(25, within(1e-12));
    // with no safe level the correct answer is "no MTD" (T3) and "no RP2D" (T3): 25 % each
    CoupledOcAccumulator none = new CoupledOcAccumulator(3, 0, 0);
    TRIALS.forEach(none::add);
    assertThat(none.result("T", UNKNOWN).pcsMtd().value()).isEqualTo(25);
    assertThat(none.result("T", UNKNOWN).rp2d().pcsRp2d().value()).isEqualTo(25);
  }

  @Test
  void combineEqualsAddingAllTrialsToOne() {
    CoupledOcAccumulator a = new CoupledOcAccumulator(3, 2, 1);
    CoupledOcAccumulator b = new CoupledOcAccumulator(3, 2, 1);
    a.add(TRIALS.get(0));
    a.add(TRIALS.get(1));
    b.add(TRIALS.get(2));
    b.add(TRIALS.get(3));
    a.combine(b);
    CoupledOc c = a.result("T", UNKNOWN);
    CoupledOc o = all();
    assertThat(c.trials()).isEqualTo(o.trials());
    assertThat(c.mtd().values(LevelOc::mtdSelectionPct)).containsExactly(o.mtd().values(LevelOc::mtdSelectionPct));
    assertThat(Estimate.values(c.rp2d().rp2dSelectionPct())).containsExactly(Estimate.values(o.rp2d().rp2dSelectionPct()));
    assertThat(c.mtd().noMtdPct().value()).isEqualTo(o.mtd().noMtdPct().value());
    assertThat(c.mtd().values(LevelOc::meanN)).containsExactly(o.mtd().values(LevelOc::meanN));
    assertThat(c.mtd().values(LevelOc::meanDlt)).containsExactly(o.mtd().values(LevelOc::meanDlt));
    assertThat(c.mtd().ses(LevelOc::meanN)).containsExactly(o.mtd().ses(LevelOc::meanN), within(1e-12));
    assertThat(c.mtd().meanTotalN().value()).isEqualTo(o.mtd().meanTotalN().value());
    assertThat(c.mtd().pctAboveTrueMtd().value()).isCloseTo(o.mtd().pctAboveTrueMtd().value(), within(1e-12));
    assertThat(c.mtd().pctAboveTrueMtd().se()).isCloseTo(o.mtd().pctAboveTrueMtd().se(), within(1e-12));
    assertThat(c.meanDurationDays().value()).isCloseTo(o.meanDurationDays().value(), within(1e-12));
    assertThat(c.rp2d().orrAtRp2d().value()).isCloseTo(o.rp2d().orrAtRp2d().value(), within(1e-12));
    assertThat(c.pcsMtd().value()).isEqualTo(o.pcsMtd().value());
    assertThat(c.rp2d().pcsRp2d().value()).isEqualTo(o.rp2d().pcsRp2d().value());
    assertThat(c.meanStageN().value()).isEqualTo(o.meanStageN().value());
  }

  @Test
  void rejectsMismatchesAndEmptyResults() {
    CoupledOcAccumulator a = new CoupledOcAccumulator(3, 2, 1);
    assertThatThrownBy(() -> a.result("T", UNKNOWN)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> a.add(trial(new int[] {3, 3}, new int[2], new int[2], new int[2], new int[2],
        new int[2], 1, 1, 10))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 levels");
    assertThatThrownBy(() -> a.combine(new CoupledOcAccumulator(2, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    // the correct-selection counts would mix two truths
    assertThatThrownBy(() -> a.combine(new CoupledOcAccumulator(3, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true MTD");
  }
}
