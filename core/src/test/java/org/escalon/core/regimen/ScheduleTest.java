package org.escalon.core.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dosing days of the schedule texts, counted by hand on a 28-day cycle whose day 1 is a Monday. */
class ScheduleTest {

  private static List<Integer> days(Schedule s) {
    List<Integer> out = new ArrayList<>();
    for (int d = 1; d <= s.cycleLengthDays(); d++) {
      if (s.isDosingDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void qdD1To14HasFourteenDays() {
    Schedule s = Schedule.parse("QD d1-14");
    assertThat(s.dosingDaysPerCycle()).isEqualTo(14);
    assertThat(days(s)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(s.cycleLengthDays()).isEqualTo(28);
    assertThat(Schedule.parse("QD d1-21").dosingDaysPerCycle()).isEqualTo(21);
    assertThat(Schedule.parse("QD d1-28").dosingDaysPerCycle()).isEqualTo(28);
    assertThat(Schedule.parse("QD").dosingDaysPerCycle()).isEqualTo(28);
    assertThat(days(Schedule.parse("QD d1-7,15-21"))).containsExactly(1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 19, 20,
        21);
  }

  @Test
  void mondayWednesdayFridayWithinDays1To21() {
    // Mon = day 1: Mondays 1, 8, 15; Wednesdays 3, 10, 17; Fridays 5, 12, 19
    assertThat(days(Schedule.parse("MWF d1-21"))).containsExactly(1, 3, 5, 8, 10, 12, 15, 17, 19);
    assertThat(Schedule.parse("MWF d1-28").dosingDaysPerCycle()).isEqualTo(12);
    assertThat(Schedule.parse("mwf").dosingDaysPerCycle()).isEqualTo(12);
  }

  @Test
  void fiveOnTwoOffHasTwentyDaysIn28() {
    Schedule s = Schedule.parse("QD 5on2off");
    assertThat(s.dosingDaysPerCycle()).isEqualTo(20);
    assertThat(days(s)).containsExactly(1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26);
    assertThat(Schedule.parse("QD 7on7off").dosingDaysPerCycle()).isEqualTo(14);
    // very long periods are all "on" within a cycle (no int overflow in on + off)
    assertThat(Schedule.parse("QD 2147483647on2147483647off").dosingDaysPerCycle()).isEqualTo(28);
  }

  @Test
  void textIsCanonicalAndEqualityIsByDays() {
    assertThat(Schedule.parse("  qd   D1-14 ").text()).isEqualTo("QD d1-14");
    assertThat(Schedule.parse("QD d1-14")).isEqualTo(Schedule.parse("QD d1-7,8-14"));
    assertThat(Schedule.parse("QD d1-14")).isNotEqualTo(Schedule.parse("QD d1-21"));
    assertThat(Schedule.parse("QD d1-14", 21).cycleLengthDays()).isEqualTo(21);
    boolean[] mask = Schedule.parse("QD d1-14").dosingDayMask();
    mask[20] = true;
    assertThat(Schedule.parse("QD d1-14").isDosingDay(21)).isFalse();
  }
}
