package org.escalon.simulation.pkpd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.trial.DoseLevel;

/**
 * A set of dose levels escalated through by one trial (typically one schedule: 37.5 … 150 µg QD d1-14).
 *
 * @param name name used in outputs (e.g. the schedule text)
 * @param levels the dose levels, lowest first
 */
public record Arm(String name, List<DoseLevel> levels) {
  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param name name used in outputs (e.g. the schedule text)
   * @param levels the dose levels, lowest first
   */
  public Arm {
    Objects.requireNonNull(name, "name");
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("arm " + name + " must have at least one dose level");
    }
  }

  /**
   * The doses × schedules × dexamethasone cross product that {@code compare}, scenario files and {@link
   * org.escalon.simulation.study.ScheduleStudy} turn into arms: one arm per schedule and dexamethasone dose
   * (schedules slowest), each with one level per cemsidomide dose, in the order given. An arm is named by its
   * schedule, plus {@code " + dex X mg"} when several dexamethasone doses are compared.
   *
   * @param dosesUg cemsidomide doses of the levels (µg per dosing day), in level order
   * @param schedules the schedules
   * @param dexMg the dexamethasone doses (mg per weekly dose)
   * @return the doses × schedules × dexamethasone cross product that {@code compare}, scenario files and {@link
   *     org.escalon.simulation.study.ScheduleStudy} turn into arms: one arm per schedule and dexamethasone dose
   *     (schedules slowest), each with one level per cemsidomide dose, in the order given
   */
  public static List<Arm> crossProduct(double[] dosesUg, List<Schedule> schedules, double[] dexMg) {
    List<Arm> arms = new ArrayList<>();
    for (Schedule s : schedules) {
      for (double dex : dexMg) {
        List<DoseLevel> levels = new ArrayList<>();
        for (double d : dosesUg) {
          levels.add(new DoseLevel(d, s, dex));
        }
        String name = dexMg.length == 1 ? s.text() : s.text() + " + dex " + mg(dex) + " mg";
        arms.add(new Arm(name, levels));
      }
    }
    return arms;
  }

  /** A dose as typed: whole numbers without a decimal point ({@code 20}), others as Java prints them. */
  private static String mg(double dose) {
    return dose == Math.rint(dose) && Math.abs(dose) < 1e15 ? Long.toString((long) dose) : Double.toString(dose);
  }
}
