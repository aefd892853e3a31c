package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.junit.jupiter.api.Test;

/** The per-trial listener of {@link CoupledStudy}: trial order, one call per trial × arm × design, any threads. */
class TrialListenerOrderTest {

  private static CoupledStudy.Settings settings(int threads) {
    List<Arm> arms = new ArrayList<>();
    for (String sch : List.of("QD d1-14", "QD d1-21")) {
      arms.add(new Arm(sch, List.of(new DoseLevel(50, Schedule.parse(sch), 40),
          new DoseLevel(100, Schedule.parse(sch), 40), new DoseLevel(150, Schedule.parse(sch), 40))));
    }
    List<NamedDesign> designs = List.of(
        new NamedDesign("3+3A", k -> Designs.threePlusThree(k, ThreePlusThree.Variant.A)),
        new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 4)));
    return new CoupledStudy.Settings(arms, designs, VirtualPatientModel.defaults().withCycles(2), Accrual.DEFAULT,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 100, MonteCarloSettings.of(11, 5, threads));
  }

  /** What a listener sees, as text: trial, arm, design, sample size, duration, each patient's first ANC. */
  private static List<String> seen(int threads) {
    List<String> out = new ArrayList<>();
    CoupledStudy.run(settings(threads), null, null, n -> { }, t -> {
      StringBuilder sb = new StringBuilder();
      sb.append(t.trialIndex()).append('/').append(t.armIndex()).append('/').append(t.designIndex()).append(' ')
          .append(t.result().escalationSize()).append(' ').append(t.result().durationDays());
      assertThat(t.patients()).hasSize(t.result().escalationSize());
      t.patients().forEach(p -> sb.append(' ').append(p.detail().ancDaily()[0]));
      out.add(sb.toString());
    });
    return out;
  }

  @Test
  void calledInTrialOrderOncePerTrialArmDesignAndIndependentOfThreads() {
    List<String> one = seen(1);
    List<String> three = seen(3);
    assertThat(one).hasSize(11 * 2 * 2);
    for (int j = 0; j < one.size(); j++) {
      int trial = j / 4;
      int arm = (j / 2) % 2;
      int design = j % 2;
      assertThat(one.get(j)).startsWith(trial + "/" + arm + "/" + design + " ");
    }
    assertThat(three).isEqualTo(one);
  }

  @Test
  void listenerDoesNotChangeResults() {
    CoupledStudy.Result without = CoupledStudy.run(settings(2));
    CoupledStudy.Result with = CoupledStudy.run(settings(2), null, null, n -> { }, t -> { });
    for (int a = 0; a < 2; a++) {
      for (String d : List.of("3+3A", "boin")) {
        assertThat(with.arms().get(a).designs().get(d).mtd().values(LevelOc::mtdSelectionPct))
            .containsExactly(without.arms().get(a).designs().get(d).mtd().values(LevelOc::mtdSelectionPct));
        assertThat(with.arms().get(a).designs().get(d).meanDurationDays().value())
            .isEqualTo(without.arms().get(a).designs().get(d).meanDurationDays().value());
      }
    }
  }

  @Test
  void listenerExceptionEndsTheRun() {
    assertThatThrownBy(() -> CoupledStudy.run(settings(2), null, null, n -> { }, t -> {
      throw new IllegalStateException("stop here");
    })).hasMessageContaining("stop here");
  }

  @Test
  void wrongNumberOfTruthsIsNamed() {
    assertThatThrownBy(() -> CoupledStudy.run(settings(1), List.of(), null, n -> { }, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truths").hasMessageContaining("2");
  }
}
