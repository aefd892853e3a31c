package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.BfBoinConduct;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.escalon.simulation.trial.PatientOutcomeSource;
import org.junit.jupiter.api.Test;

/**
 * BF-BOIN beside BOIN in coupled studies: the same people and arrivals, results independent of the thread count,
 * BOIN's trials exactly when nothing can be backfilled, and the backfill bookkeeping (patients listed in enrolment
 * order, backfill counts within n, zeros for BOIN).
 */
class BfBoinCoupledTest {

  private static final double[] P = {0.05, 0.10, 0.25, 0.40, 0.55};
  private static final double[] ORR = {0.1, 0.2, 0.3, 0.4, 0.5};

  private static NamedDesign bfBoin(String name, int nCap) {
    return NamedDesign.conducted(name,
        BfBoinConduct.factory(k -> BfBoin.builder(0.25, k).cohorts(12).nEarlyStop(9).nCap(nCap).build()));
  }

  private static CoupledStudy.Result run(List<NamedDesign> designs, int trials, int threads,
      List<CoupledStudy.TrialRecord> records) {
    List<DoseLevel> lv = new ArrayList<>();
    for (int j = 0; j < P.length; j++) {
      lv.add(DoseLevel.of(10 * (j + 1), "QD d1-14", 40));
    }
    CoupledStudy.Settings s = new CoupledStudy.Settings(List.of(new Arm("A", lv)), designs,
        VirtualPatientModel.defaults(), new Accrual(1, 28, false), Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.25, 100,
        MonteCarloSettings.of(trials, 99, threads));
    List<PatientOutcomeSource> src = List.of(new FixedOutcomeSource(P, ORR));
    return CoupledStudy.run(s, List.of(ModelTruth.of(P, ORR, 0.25, Rp2dRule.DEFAULT)), src, done -> { },
        records == null ? null : records::add);
  }

  @Test
  void sameSeedSameResultsForOneAndThreeThreads() {
    List<NamedDesign> d = List.of(new NamedDesign("boin", k -> Designs.boin(0.25, k, 3, 12)), bfBoin("bf-boin", 12));
    CoupledStudy.Result one = run(d, 40, 1, null);
    CoupledStudy.Result three = run(d, 40, 3, null);
    RecordAssert.assertSameRecord("result", three, one);
    CoupledOc bf = one.arms().get(0).designs().get("bf-boin");
    CoupledOc boin = one.arms().get(0).designs().get("boin");
    assertThat(java.util.Arrays.stream(Estimate.values(bf.meanBackfilled())).sum()).isPositive();
    assertThat(bf.meanTurnedAway().value()).isPositive();
    assertThat(Estimate.values(boin.meanBackfilled())).containsOnly(0.0);
    assertThat(boin.meanTurnedAway().value()).isZero();
  }

  @Test
  void withoutBackfillTheTrialsAreBoinsAndEveryTreatedPatientIsListed() {
    List<CoupledStudy.TrialRecord> rec = new ArrayList<>();
    List<NamedDesign> d = List.of(new NamedDesign("boin", k -> org.escalon.simulation.design.Boin.builder(0.25, k)
        .cohorts(12).nEarlyStop(9).build()), bfBoin("bf0", 0), bfBoin("bf12", 12));
    CoupledStudy.Result r = run(d, 60, 2, rec);
    CoupledOc boin = r.arms().get(0).designs().get("boin");
    CoupledOc bf0 = r.arms().get(0).designs().get("bf0");
    assertThat(bf0.mtd().values(LevelOc::mtdSelectionPct)).containsExactly(boin.mtd().values(LevelOc::mtdSelectionPct));
    assertThat(bf0.mtd().values(LevelOc::meanN)).containsExactly(boin.mtd().values(LevelOc::meanN));
    assertThat(bf0.mtd().values(LevelOc::meanDlt)).containsExactly(boin.mtd().values(LevelOc::meanDlt));
    for (int i = 0; i < rec.size(); i += 3) {
      CoupledTrialResult b = rec.get(i).result();
      CoupledTrialResult z = rec.get(i + 1).result();
      CoupledTrialResult f = rec.get(i + 2).result();
      assertThat(z.patientLevels()).containsExactly(b.patientLevels());
      assertThat(z.mtd()).isEqualTo(b.mtd());
      // every treated patient listed, backfill ones too; the final data hold at most that many
      assertThat(rec.get(i + 2).patients()).hasSize(f.patientLevels().length);
      assertThat(f.patientLevels().length).isGreaterThanOrEqualTo(f.escalationSize());
      int[] bf = f.backfilled();
      int[] n = f.n();
      for (int j = 0; j < n.length; j++) {
        assertThat(bf[j]).isBetween(0, n[j]);
      }
      assertThat(f.durationDays()).isPositive();
    }
  }

  @Test
  void aStudyRefusesTheStageBeforeComputingTheModelTruth() {
    List<DoseLevel> lv = List.of(DoseLevel.of(50, "QD d1-14", 40), DoseLevel.of(100, "QD d1-14", 40));
    CoupledStudy.Settings s = new CoupledStudy.Settings(List.of(new Arm("A", lv)), List.of(bfBoin("bf", 12)),
        VirtualPatientModel.defaults(), Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.of(5), 0.25, 10_000_000,
        MonteCarloSettings.of(10, 1, 1));
    // ten million virtual patients per level would take hours: the refusal must come first
    assertThatThrownBy(() -> CoupledStudy.run(s)).hasMessageContaining("optimisation stage with BF-BOIN(");
  }

  @Test
  void anOptimisationStageIsRefusedWithItsReason() {
    assertThatThrownBy(() -> new BfBoinConduct(BfBoin.builder(0.25, 3).build(), Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.of(10))).hasMessageContaining("optimisation stage with BF-BOIN(")
        .hasMessageContaining("switch the stage off");
  }
}
