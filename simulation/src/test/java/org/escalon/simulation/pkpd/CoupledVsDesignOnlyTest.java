package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.PatientOutcomeSource;
import org.junit.jupiter.api.Test;

/**
 * With fixed true probabilities the PK/PD-coupled runner must be the design-only engine plus bookkeeping.
 *
 * <p>{@link FixedOutcomeSource} consumes the trial stream exactly as {@link FixedToxicity} (patient k's DLT uniform is
 * the k-th draw of stream (seed, i)), and {@link CoupledStudy} gives trial i the same stream as {@link MonteCarloOc},
 * so selection counts, patients and DLTs per dose must be identical trial by trial — hence equal means (sums of
 * integers are exact in double). Independently, both must agree with the exact dynamic programme ({@link ExactOc})
 * within 4 Monte Carlo standard errors plus a rule-of-three slack 3·max/N for quantities whose SE is 0: with
 * ~20 quantities per design, 3 designs and P(|Z| > 4) = 6.3e−5, a correct engine fails about 0.4 % of fresh
 * seeds; the seed is fixed, so the test is deterministic.
 */
class CoupledVsDesignOnlyTest {

  private static final int TRIALS = 20_000;
  private static final long SEED = 20240607L;
  private static final double[] P = {0.05, 0.15, 0.3, 0.45, 0.6};
  private static final double[] ORR = {0.1, 0.2, 0.3, 0.4, 0.5};

  private static List<NamedDesign> designs() {
    return List.of(
        new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 10)),
        new NamedDesign("3+3A", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.A)),
        new NamedDesign("3+3B", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.B)));
  }

  private static Arm arm(String name) {
    List<DoseLevel> lv = new ArrayList<>();
    for (int j = 0; j < P.length; j++) {
      lv.add(DoseLevel.of(10 * (j + 1), "QD d1-14", 40));
    }
    return new Arm(name, lv);
  }

  private static CoupledStudy.Result runFixed(List<Arm> arms, int trials, int threads) {
    CoupledStudy.Settings s = new CoupledStudy.Settings(arms, designs(), VirtualPatientModel.defaults(),
        Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 100,
        MonteCarloSettings.of(trials, SEED, threads));
    List<ModelTruth> truths = new ArrayList<>();
    List<PatientOutcomeSource> sources = new ArrayList<>();
    for (int a = 0; a < arms.size(); a++) {
      truths.add(ModelTruth.of(P, ORR, 0.3, Rp2dRule.DEFAULT));
      sources.add(new FixedOutcomeSource(P, ORR));
    }
    return CoupledStudy.run(s, truths, sources, done -> { });
  }

  @Test
  void sameCountsAsDesignOnlyMonteCarloAndWithinFourSeOfExact() {
    CoupledStudy.Result r = runFixed(List.of(arm("A")), TRIALS, 2);
    CoupledStudy.ArmResult a = r.arms().get(0);
    // the truth from ModelTruth.of: highest level with p <= 0.3 is 3
    assertThat(a.truth().trueMtd()).isEqualTo(3);
    for (NamedDesign nd : designs()) {
      EscalationDesign design = nd.forLevels(P.length);
      CoupledOc c = a.designs().get(nd.name());
      OperatingCharacteristics mc = MonteCarloOc.run(design, FixedToxicity.of(P), 0.3,
          MonteCarloSettings.of(TRIALS, SEED, 2));
      OperatingCharacteristics exact = ExactOc.compute(design, FixedToxicity.of(P), 0.3);
      assertThat(c.trials()).isEqualTo(TRIALS);
      // bit-identical: the same trials, the same patients
      assertThat(c.mtd().values(LevelOc::mtdSelectionPct)).as(nd.name()).containsExactly(mc.values(LevelOc::mtdSelectionPct));
      assertThat(c.mtd().noMtdPct().value()).as(nd.name()).isEqualTo(mc.noMtdPct().value());
      assertThat(c.mtd().values(LevelOc::meanN)).as(nd.name()).containsExactly(mc.values(LevelOc::meanN));
      assertThat(c.mtd().values(LevelOc::meanDlt)).as(nd.name()).containsExactly(mc.values(LevelOc::meanDlt));
      assertThat(c.mtd().meanTotalN().value()).as(nd.name()).isEqualTo(mc.meanTotalN().value());
      assertThat(c.mtd().meanTotalDlt().value()).as(nd.name()).isEqualTo(mc.meanTotalDlt().value());
      assertThat(c.mtd().pctAboveTrueMtd().value()).as(nd.name())
          .isCloseTo(mc.pctAboveTrueMtd().value(), org.assertj.core.api.Assertions.within(1e-9));
      for (int j = 0; j < P.length; j++) {
        assertThat(c.mtd().ses(LevelOc::mtdSelectionPct)[j]).isCloseTo(mc.ses(LevelOc::mtdSelectionPct)[j],
            org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.mtd().ses(LevelOc::meanN)[j]).isCloseTo(mc.ses(LevelOc::meanN)[j], org.assertj.core.api.Assertions.within(1e-9));
      }
      // against the exact oracle
      int maxN = design.maxSampleSize();
      for (int j = 0; j < P.length; j++) {
        close(nd.name() + " MTD% " + (j + 1), c.mtd().values(LevelOc::mtdSelectionPct)[j], c.mtd().ses(LevelOc::mtdSelectionPct)[j],
            exact.values(LevelOc::mtdSelectionPct)[j], 100);
        close(nd.name() + " mean n " + (j + 1), c.mtd().values(LevelOc::meanN)[j], c.mtd().ses(LevelOc::meanN)[j], exact.values(LevelOc::meanN)[j], maxN);
        close(nd.name() + " mean DLT " + (j + 1), c.mtd().values(LevelOc::meanDlt)[j], c.mtd().ses(LevelOc::meanDlt)[j], exact.values(LevelOc::meanDlt)[j], maxN);
      }
      close(nd.name() + " no MTD%", c.mtd().noMtdPct().value(), c.mtd().noMtdPct().se(), exact.noMtdPct().value(), 100);
      close(nd.name() + " mean N", c.mtd().meanTotalN().value(), c.mtd().meanTotalN().se(), exact.meanTotalN().value(), maxN);
      close(nd.name() + " mean DLTs", c.mtd().meanTotalDlt().value(), c.mtd().meanTotalDlt().se(), exact.meanTotalDlt().value(), maxN);
      close(nd.name() + " % above", c.mtd().pctAboveTrueMtd().value(), c.mtd().pctAboveTrueMtd().se(), exact.pctAboveTrueMtd().value(), 100);
      // pcs_mtd is the selection % of the true MTD (level 3)
      assertThat(c.pcsMtd().value()).isEqualTo(c.mtd().values(LevelOc::mtdSelectionPct)[2]);
    }
  }

  @Test
  void threePlusThreeAMatchesTheClosedForm() {
    // docs/designs.md closed form for variant A: e_j = q^3 + 3 p q^5 (q = 1 - p);
    // P(MTD = m) = (prod_{j<=m} e_j)(1 - e_{m+1}), P(no MTD) = 1 - e_1, E[n_j] = (prod_{i<j} e_i) 3 (1 + 3 p_j q_j^2).
    CoupledOc c = runFixed(List.of(arm("A")), TRIALS, 2).arms().get(0).designs().get("3+3A");
    int k = P.length;
    double[] e = new double[k];
    for (int j = 0; j < k; j++) {
      double q = 1 - P[j];
      e[j] = q * q * q + 3 * P[j] * Math.pow(q, 5);
    }
    double prod = 1;
    for (int m = 1; m <= k; m++) {
      prod *= e[m - 1];
      double pm = m < k ? prod * (1 - e[m]) : prod;
      close("3+3A P(MTD=" + m + ")", c.mtd().values(LevelOc::mtdSelectionPct)[m - 1], c.mtd().ses(LevelOc::mtdSelectionPct)[m - 1], 100 * pm, 100);
    }
    close("3+3A no MTD", c.mtd().noMtdPct().value(), c.mtd().noMtdPct().se(), 100 * (1 - e[0]), 100);
    double before = 1;
    for (int j = 0; j < k; j++) {
      double q = 1 - P[j];
      double en = before * 3 * (1 + 3 * P[j] * q * q);
      close("3+3A E[n_" + (j + 1) + "]", c.mtd().values(LevelOc::meanN)[j], c.mtd().ses(LevelOc::meanN)[j], en, 6);
      close("3+3A E[y_" + (j + 1) + "] = p E[n]", c.mtd().values(LevelOc::meanDlt)[j], c.mtd().ses(LevelOc::meanDlt)[j], P[j] * en, 6);
      before *= e[j];
    }
  }

  @Test
  void everyArmSeesTheSamePatients() {
    // CoupledStudy promises common random numbers across arms: two arms with the same fixed probabilities must
    // give identical operating characteristics (and the same as a one-arm study).
    List<Arm> two = List.of(arm("A"), arm("B"));
    CoupledStudy.Result r = runFixed(two, 400, 1);
    CoupledStudy.Result one = runFixed(List.of(arm("A")), 400, 1);
    for (NamedDesign nd : designs()) {
      CoupledOc a = r.arms().get(0).designs().get(nd.name());
      CoupledOc b = r.arms().get(1).designs().get(nd.name());
      CoupledOc o = one.arms().get(0).designs().get(nd.name());
      RecordAssert.assertSameRecord(nd.name() + " arm B vs arm A", b, a);
      RecordAssert.assertSameRecord(nd.name() + " arm A vs one-arm study", a, o);
    }
  }

  private static void close(String what, double mc, double se, double exact, double max) {
    double tol = 4 * se + 3.0 * max / TRIALS;
    assertThat(Math.abs(mc - exact)).as("%s: MC %s ± %s vs exact %s", what, mc, se, exact).isLessThanOrEqualTo(tol);
  }
}
