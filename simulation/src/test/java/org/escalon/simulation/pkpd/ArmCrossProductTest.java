package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.trial.DoseLevel;
import org.junit.jupiter.api.Test;

/** The doses × schedules × dexamethasone cross product shared by {@code compare}, scenario files and the study API. */
class ArmCrossProductTest {

  private static final List<Schedule> TWO = List.of(Schedule.parse("QD d1-14"), Schedule.parse("MWF d1-21"));

  @Test
  void oneArmPerScheduleAndDexDoseSchedulesSlowest() {
    List<Arm> arms = Arm.crossProduct(new double[] {25, 50, 100}, TWO, new double[] {20, 12.5});
    // 2 schedules x 2 dexamethasone doses, each with the 3 cemsidomide levels in order
    assertThat(arms).extracting(Arm::name).containsExactly("QD d1-14 + dex 20 mg", "QD d1-14 + dex 12.5 mg",
        "MWF d1-21 + dex 20 mg", "MWF d1-21 + dex 12.5 mg");
    for (Arm a : arms) {
      assertThat(a.levels()).extracting(DoseLevel::doseUg).containsExactly(25.0, 50.0, 100.0);
    }
    assertThat(arms.get(3).levels().get(0).dexMg()).isEqualTo(12.5);
    assertThat(arms.get(3).levels().get(0).schedule().text()).isEqualTo("MWF d1-21");
    // one dexamethasone dose: arms are named by the schedule alone
    assertThat(Arm.crossProduct(new double[] {50}, TWO, new double[] {40})).extracting(Arm::name)
        .containsExactly("QD d1-14", "MWF d1-21");
  }
}
