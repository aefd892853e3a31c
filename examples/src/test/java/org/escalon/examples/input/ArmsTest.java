package org.escalon.examples.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.simulation.pkpd.Arm;
import org.junit.jupiter.api.Test;

/** {@code compare} and scenario files build the same arms ({@link Arm#crossProduct}); the dose-hold switch. */
class ArmsTest {

  private static final List<Schedule> TWO = List.of(Schedule.parse("QD d1-14"), Schedule.parse("MWF d1-21"));

  @Test
  void compareAndScenarioFilesBuildTheSameArms() {
    CompareScenario c = CompareScenario.defaults().withSchedules(TWO).withDexMg(20, 40);
    ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [37.5, 50, 62.5, 75, 100, 125, 150]\n"
        + "schedules: [QD d1-14, MWF d1-21]\ndex_mg: [20, 40]\n");
    List<Arm> fromFile = f.points().get(0).settings().arms();
    assertThat(fromFile).hasSize(4);
    assertThat(fromFile).usingRecursiveFieldByFieldElementComparator().isEqualTo(c.arms());
  }

  @Test
  void doseHoldSwitch() {
    assertThat(DoseHolds.rule(true)).isSameAs(org.escalon.core.regimen.DoseModificationRule.DEFAULT);
    assertThat(DoseHolds.rule(false)).isSameAs(org.escalon.core.regimen.DoseModificationRule.NONE);
    assertThat(DoseHolds.settings(false).doseModification()).isSameAs(
        org.escalon.core.regimen.DoseModificationRule.NONE);
  }
}
