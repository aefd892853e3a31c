package org.escalon.examples.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.junit.jupiter.api.Test;

/** {@link CompareScenario}: the demo defaults, the arms, and validation naming the parameter and value. */
class CompareScenarioTest {

  private static final List<Schedule> S = List.of(Schedule.parse("QD d1-14"));

  private static CompareScenario scenario(double[] doses, List<Schedule> sch, double[] dex, List<String> designs,
      double target, int cohortSize, int cohorts, int cycles, int truth, int trials, int threads) {
    return new CompareScenario(doses, sch, dex, designs, target, cohortSize, cohorts, cycles, true, Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, truth, trials, 1, threads);
  }

  private static void rejects(ThrowingCallable c, String... fragments) {
    var a = assertThatThrownBy(c).isInstanceOf(IllegalArgumentException.class);
    for (String f : fragments) {
      a.hasMessageContaining(f);
    }
  }

  @Test
  void defaultsAreTheDemoScenario() {
    CompareScenario d = CompareScenario.defaults();
    assertThat(d.dosesUg()).containsExactly(37.5, 50, 62.5, 75, 100, 125, 150);
    assertThat(d.schedules()).extracting(Schedule::text).containsExactly("QD d1-14", "QD d1-21");
    assertThat(d.dexMg()).containsExactly(40);
    assertThat(d.designs()).containsExactly("3+3A", "boin");
    assertThat(d.trials()).isEqualTo(1000);
    assertThat(d.truthPatients()).isEqualTo(20_000);
    List<Arm> arms = d.arms();
    assertThat(arms).extracting(Arm::name).containsExactly("QD d1-14", "QD d1-21");
    assertThat(arms.get(1).levels().get(4).label()).isEqualTo("100 ug QD d1-21 + dex 40 mg");
    // two dexamethasone doses: one arm per schedule x dose, named with the dose
    List<Arm> dex = d.withDexMg(20, 40).arms();
    assertThat(dex).extracting(Arm::name).containsExactly("QD d1-14 + dex 20 mg", "QD d1-14 + dex 40 mg",
        "QD d1-21 + dex 20 mg", "QD d1-21 + dex 40 mg");
    assertThat(d.settings().designs()).hasSize(2);
    assertThat(d.settings().model().cycles()).isEqualTo(6);
  }

  @Test
  void validation() {
    double[] doses = {50, 100};
    double[] dex = {40};
    List<String> ds = List.of("boin");
    rejects(() -> scenario(new double[] {50, -100}, S, dex, ds, 0.3, 3, 10, 6, 100, 1, 1), "dosesUg", "-100.0");
    rejects(() -> scenario(new double[] {100, 50}, S, dex, ds, 0.3, 3, 10, 6, 100, 1, 1), "dosesUg", "[100.0, 50.0]");
    rejects(() -> scenario(new double[0], S, dex, ds, 0.3, 3, 10, 6, 100, 1, 1), "dosesUg");
    rejects(() -> scenario(doses, List.of(), dex, ds, 0.3, 3, 10, 6, 100, 1, 1), "schedules");
    rejects(() -> scenario(doses, S, new double[] {-1}, ds, 0.3, 3, 10, 6, 100, 1, 1), "dexMg", "-1.0");
    rejects(() -> scenario(doses, S, dex, List.of(), 0.3, 3, 10, 6, 100, 1, 1), "designs");
    rejects(() -> scenario(doses, S, dex, List.of("crm2"), 0.3, 3, 10, 6, 100, 1, 1), "crm2");
    rejects(() -> scenario(doses, S, dex, ds, 0.7, 3, 10, 6, 100, 1, 1), "target", "0.7");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 0, 10, 6, 100, 1, 1), "cohortSize", "0");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 3, 0, 6, 100, 1, 1), "cohorts", "0");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 3, 10, 0, 100, 1, 1), "cycles", "0");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 3, 10, 6, 99, 1, 1), "truthPatients", "99");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 3, 10, 6, 100, 0, 1), "trials", "0");
    rejects(() -> scenario(doses, S, dex, ds, 0.3, 3, 10, 6, 100, 1, 0), "threads", "0");
  }
}
