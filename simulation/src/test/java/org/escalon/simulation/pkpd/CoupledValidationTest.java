package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.CoupledOcAccumulator;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.junit.jupiter.api.Test;

/** Every public constructor of the coupled-trial classes rejects bad input with a message naming it. */
class CoupledValidationTest {

  private static void rejects(ThrowingCallable c, String... fragments) {
    var a = assertThatThrownBy(c).isInstanceOf(IllegalArgumentException.class);
    for (String f : fragments) {
      a.hasMessageContaining(f);
    }
  }

  private static final Schedule QD14 = Schedule.parse("QD d1-14");
  private static final Arm ARM = new Arm("A", List.of(new DoseLevel(50, QD14, 40)));
  private static final NamedDesign BOIN = new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 4));

  @Test
  void doseLevel() {
    rejects(() -> new DoseLevel(-1, QD14, 40), "doseUg", "-1.0");
    rejects(() -> new DoseLevel(Double.NaN, QD14, 40), "doseUg", "NaN");
    rejects(() -> new DoseLevel(Double.POSITIVE_INFINITY, QD14, 40), "doseUg", "Infinity");
    rejects(() -> new DoseLevel(50, QD14, -20), "dexMg", "-20.0");
    assertThatThrownBy(() -> new DoseLevel(50, null, 40)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("schedule");
    rejects(() -> DoseLevel.of(50, "QD d1-40", 40), "QD d1-40");
  }

  @Test
  void accrual() {
    rejects(() -> new Accrual(0, 28, false), "patientsPerMonth", "0.0");
    rejects(() -> new Accrual(-2, 28, false), "patientsPerMonth", "-2.0");
    rejects(() -> new Accrual(Double.NaN, 28, false), "patientsPerMonth", "NaN");
    rejects(() -> new Accrual(2, 0, false), "dltWindowDays", "0");
    rejects(() -> new Accrual(2, 367, true), "dltWindowDays", "367");
  }

  @Test
  void rp2dRuleAndStage() {
    rejects(() -> new Rp2dRule(-0.5, 3), "toxicityWeight", "-0.5");
    rejects(() -> new Rp2dRule(Double.NaN, 3), "toxicityWeight", "NaN");
    rejects(() -> new Rp2dRule(1, 0), "minPatients", "0");
    rejects(() -> new OptimisationStage(true, 0), "patientsPerArm", "0");
    rejects(() -> OptimisationStage.of(-3), "patientsPerArm", "-3");
    rejects(() -> OptimisationStage.of(10_001), "patientsPerArm", "10001");
  }

  @Test
  void fixedOutcomeSource() {
    rejects(() -> new FixedOutcomeSource(new double[] {0.1, 0.2}, new double[] {0.3}), "dltProbabilities",
        "responseProbabilities", "2", "1");
    rejects(() -> new FixedOutcomeSource(new double[0], new double[0]), "dltProbabilities", "0");
    rejects(() -> new FixedOutcomeSource(null, new double[] {0.3}), "dltProbabilities", "null");
    rejects(() -> new FixedOutcomeSource(new double[] {0.1, 1.5}, new double[] {0.3, 0.4}), "dltProbabilities[1]",
        "1.5");
    rejects(() -> new FixedOutcomeSource(new double[] {0.1, 0.2}, new double[] {-0.1, 0.4}),
        "responseProbabilities[0]", "-0.1");
    rejects(() -> new FixedOutcomeSource(new double[] {0.1}, new double[] {0.2}).forTrial(0, null).outcome(0, 2),
        "level", "2");
  }

  @Test
  void settings() {
    VirtualPatientModel m = VirtualPatientModel.defaults();
    MonteCarloSettings mc = MonteCarloSettings.of(2, 1, 1);
    rejects(() -> new CoupledStudy.Settings(List.of(), List.of(BOIN), m, Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE, 0.3, 100, mc), "arms");
    rejects(() -> new CoupledStudy.Settings(List.of(ARM), List.of(), m, Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE, 0.3, 100, mc), "designs");
    rejects(() -> new CoupledStudy.Settings(List.of(ARM), List.of(BOIN), m, Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE, 0, 100, mc), "target", "0.0");
    rejects(() -> new CoupledStudy.Settings(List.of(ARM), List.of(BOIN), m, Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE, 1.0, 100, mc), "target", "1.0");
    rejects(() -> new CoupledStudy.Settings(List.of(ARM), List.of(BOIN), m, Accrual.DEFAULT, Rp2dRule.DEFAULT,
        OptimisationStage.NONE, 0.3, 0, mc), "truthPatients", "0");
    assertThatThrownBy(() -> new CoupledStudy.Settings(List.of(ARM), List.of(BOIN), null, Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 100, mc)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model");
    // truths/sources must match the arms
    CoupledStudy.Settings ok = new CoupledStudy.Settings(List.of(ARM, ARM), List.of(BOIN), m, Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 100, mc);
    ModelTruth t = ModelTruth.of(new double[] {0.1}, new double[] {0.2}, 0.3, Rp2dRule.DEFAULT);
    rejects(() -> CoupledStudy.run(ok, List.of(t), null, x -> { }), "truths", "2", "1");
    rejects(() -> CoupledStudy.run(ok, List.of(t, t),
        List.of(new FixedOutcomeSource(new double[] {0.1}, new double[] {0.2})), x -> { }), "sources", "2", "1");
    rejects(() -> CoupledStudy.run(ok, List.of(t, t), List.of(
        new FixedOutcomeSource(new double[] {0.1, 0.2}, new double[] {0.2, 0.3}),
        new FixedOutcomeSource(new double[] {0.1, 0.2}, new double[] {0.2, 0.3})), x -> { }), "2 levels");
  }

  @Test
  void modelTruth() {
    rejects(() -> ModelTruth.of(new double[] {0.1}, new double[] {0.2}, 0, Rp2dRule.DEFAULT), "target", "0.0");
    rejects(() -> ModelTruth.of(new double[] {0.1}, new double[] {0.2, 0.3}, 0.3, Rp2dRule.DEFAULT), "orr");
    rejects(() -> ModelTruth.compute(VirtualPatientModel.defaults(), ARM.levels(), 0, 1, 1, 0.3, Rp2dRule.DEFAULT),
        "patients", "0");
    rejects(() -> ModelTruth.compute(VirtualPatientModel.defaults(), ARM.levels(), 10, 1, 0, 0.3, Rp2dRule.DEFAULT),
        "threads", "0");
    rejects(() -> VirtualPatientModel.defaults().withCycles(0), "cycles", "0");
  }

  @Test
  void namedDesignArmAndAccumulator() {
    rejects(() -> new NamedDesign("  ", k -> Designs.boin(0.3, k, 3, 4)), "design name");
    assertThatThrownBy(() -> new NamedDesign("x", k -> Designs.boin(0.3, 3, 3, 4)).forLevels(5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 doses for 5 levels");
    rejects(() -> new Arm("QD d1-14", List.of()), "QD d1-14", "at least one dose level");
    rejects(() -> new CoupledOcAccumulator(0, 0, 0), "levelCount", "0");
    rejects(() -> new CoupledOcAccumulator(3, 4, 1), "trueMtd = 4");
    rejects(() -> new CoupledOcAccumulator(3, 1, -1), "trueOptimal = -1");
    rejects(() -> new PkPdOutcomeSource(VirtualPatientModel.defaults(), List.of(), 1), "levels");
  }
}
