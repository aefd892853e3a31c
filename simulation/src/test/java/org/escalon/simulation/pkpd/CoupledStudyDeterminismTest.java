package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.junit.jupiter.api.Test;

/**
 * A tiny PK/PD-coupled study (2 schedules × 2 levels, 3+3 A and BOIN, 8 trials, truth from 200 people, a small
 * optimisation stage) gives bit-identical results with 1 and 2 threads, and its percentages add up to 100.
 */
class CoupledStudyDeterminismTest {

  private static CoupledStudy.Settings settings(int threads) {
    List<Arm> arms = List.of(
        new Arm("QD d1-14", List.of(DoseLevel.of(50, "QD d1-14", 40), DoseLevel.of(100, "QD d1-14", 40))),
        new Arm("QD d1-21", List.of(DoseLevel.of(50, "QD d1-21", 40), DoseLevel.of(100, "QD d1-21", 40))));
    List<NamedDesign> designs = List.of(
        new NamedDesign("3+3A", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.A)),
        new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 4)));
    return new CoupledStudy.Settings(arms, designs, VirtualPatientModel.defaults(), Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.of(3), 0.3, 200, MonteCarloSettings.of(8, 42, threads));
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalResults() {
    CoupledStudy.Result one = CoupledStudy.run(settings(1));
    CoupledStudy.Result two = CoupledStudy.run(settings(2));
    RecordAssert.assertSameRecord("result", two, one);

    for (CoupledStudy.ArmResult a : one.arms()) {
      ModelTruth t = a.truth();
      assertThat(t.patients()).isEqualTo(200);
      // true MTD: highest level with P(DLT) <= 0.3, by hand from the reported probabilities
      int mtd = 0;
      for (int j = 0; j < 2; j++) {
        if (t.dltProb()[j] <= 0.3) {
          mtd = j + 1;
        }
      }
      assertThat(t.trueMtd()).isEqualTo(mtd);
      for (CoupledOc o : a.designs().values()) {
        assertThat(o.trials()).isEqualTo(8);
        double m = o.mtd().noMtdPct().value();
        double r = o.rp2d().noRp2dPct().value();
        for (int j = 0; j < 2; j++) {
          m += o.mtd().values(LevelOc::mtdSelectionPct)[j];
          r += Estimate.values(o.rp2d().rp2dSelectionPct())[j];
        }
        assertThat(m).isCloseTo(100, within(1e-9));
        assertThat(r).isCloseTo(100, within(1e-9));
        // every trial lasts at least one DLT window after its first patient arrived
        assertThat(o.meanDurationDays().value()).isGreaterThan(28);
      }
    }
  }
}
