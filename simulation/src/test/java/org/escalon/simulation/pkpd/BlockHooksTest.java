package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.BlockFold;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOcAccumulator;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.junit.jupiter.api.Test;

/**
 * The hooks for distributed engines ({@link CoupledStudy#runBlocks}, {@link CoupledStudy#combine}, {@link
 * CoupledStudy#result}, {@link ModelTruth#simulate} with {@link ModelTruth.Tally}, {@link BlockFold}) rebuild bit
 * for bit what the local run computes, however the trials and truth patients are cut and in whatever order the
 * pieces arrive; the per-trial records come in the same order with the same values.
 */
class BlockHooksTest {

  private static CoupledStudy.Settings settings(int trials) {
    List<Arm> arms = List.of(
        new Arm("QD d1-14", List.of(DoseLevel.of(50, "QD d1-14", 40), DoseLevel.of(100, "QD d1-14", 40))),
        new Arm("QD d1-21", List.of(DoseLevel.of(50, "QD d1-21", 40), DoseLevel.of(100, "QD d1-21", 40))));
    List<NamedDesign> designs = List.of(
        new NamedDesign("3+3A", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.A)),
        new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 4)));
    return new CoupledStudy.Settings(arms, designs, VirtualPatientModel.defaults(), Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.of(3), 0.3, 150, MonteCarloSettings.of(trials, 11, 2));
  }

  /** Truth of every arm from patient blocks cut at {@code cuts}, tallied in patient order. */
  private static List<ModelTruth> blockTruths(CoupledStudy.Settings s, int... cuts) {
    List<ModelTruth> out = new ArrayList<>();
    for (Arm arm : s.arms()) {
      ModelTruth.Tally tally = new ModelTruth.Tally(s.truthPatients(), arm.levels().size());
      int from = 0;
      for (int to : cuts) {
        tally.add(ModelTruth.simulate(s.model(), arm.levels(), s.monteCarlo().seed(), from, to));
        from = to;
      }
      assertThat(tally.isComplete()).isTrue();
      out.add(tally.result(s.target(), s.rp2dRule()));
    }
    return out;
  }

  @Test
  void truthFromPatientBlocksIsTheLocalTruth() {
    CoupledStudy.Settings s = settings(4);
    List<ModelTruth> blocks = blockTruths(s, 1, 64, 65, 150);
    for (int a = 0; a < s.arms().size(); a++) {
      ModelTruth local = ModelTruth.compute(s.model(), s.arms().get(a).levels(), s.truthPatients(),
          s.monteCarlo().seed(), 2, s.target(), s.rp2dRule());
      RecordAssert.assertSameRecord("truth " + a, blocks.get(a), local);
    }
  }

  @Test
  void trialBlocksFoldedInOrderGiveTheLocalResultWhateverTheArrivalOrder() {
    CoupledStudy.Settings s = settings(22); // 6 blocks of 4, the last one short (2 trials)
    List<String> localRecords = new ArrayList<>();
    CoupledStudy.Result local = CoupledStudy.run(s, null, null, n -> { }, t -> localRecords.add(describe(t)));
    List<ModelTruth> truths = blockTruths(s, 75, 150);
    int blocks = CoupledStudy.blockCount(s);
    assertThat(blocks).isEqualTo(6);
    // tasks of uneven sizes: blocks [0,1), [1,4), [4,6)
    int[][] tasks = {{0, 1}, {1, 4}, {4, 6}};
    List<String> records = new ArrayList<>();
    List<Object[]> pieces = new ArrayList<>();
    for (int[] t : tasks) {
      List<CoupledOcAccumulator[][]> accs = CoupledStudy.runBlocks(s, truths, t[0], t[1],
          r -> records.add(describe(r)));
      assertThat(accs).hasSize(t[1] - t[0]);
      for (int b = t[0]; b < t[1]; b++) {
        pieces.add(new Object[] {b, accs.get(b - t[0])});
      }
    }
    assertThat(records).isEqualTo(localRecords);
    Collections.shuffle(pieces, new Random(5));
    BlockFold<CoupledOcAccumulator[][]> fold = new BlockFold<>(blocks, CoupledStudy::combine);
    for (Object[] p : pieces) {
      assertThat(fold.isComplete()).isFalse();
      fold.add((Integer) p[0], (CoupledOcAccumulator[][]) p[1]);
    }
    CoupledStudy.Result distributed = CoupledStudy.result(s, truths, fold.result(), 0);
    RecordAssert.assertSameRecord("result", distributed, local);
  }

  @Test
  void blockRangesAndTallyOrderAreChecked() {
    CoupledStudy.Settings s = settings(8);
    List<ModelTruth> truths = blockTruths(s, 150);
    assertThatThrownBy(() -> CoupledStudy.runBlocks(s, truths, 1, 3, null))
        .hasMessageContaining("blocks [1, 3)").hasMessageContaining("<= 2");
    ModelTruth.Tally tally = new ModelTruth.Tally(150, 2);
    ModelTruth.Block late = ModelTruth.simulate(s.model(), s.arms().get(0).levels(), 11, 10, 12);
    assertThatThrownBy(() -> tally.add(late)).hasMessageContaining("expected one starting at patient 0");
    assertThatThrownBy(() -> tally.result(0.3, Rp2dRule.DEFAULT)).hasMessageContaining("patients 0..149");
  }

  private static String describe(CoupledStudy.TrialRecord t) {
    return t.trialIndex() + "/" + t.armIndex() + "/" + t.designIndex() + ": " + t.result().durationDays() + " "
        + java.util.Arrays.toString(t.result().n()) + " " + t.patients().size();
  }
}
