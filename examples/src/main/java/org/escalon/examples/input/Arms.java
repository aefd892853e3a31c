package org.escalon.examples.input;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.trial.DoseLevel;

/**
 * The doses × schedules × dexamethasone cross product that {@code compare} and scenario files ({@code sweep}) turn
 * into arms: one arm per schedule and dexamethasone dose (schedules slowest), each with one level per cemsidomide
 * dose. An arm is named by its schedule, plus {@code " + dex X mg"} when several dexamethasone doses are compared.
 */
public final class Arms {
  private Arms() {}

  /**
   * The arms.
   *
   * @param dosesUg cemsidomide doses of the levels (µg per dosing day), in level order
   * @param schedules the schedules
   * @param dexMg the dexamethasone doses (mg per weekly dose)
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
  static String mg(double dose) {
    return dose == Math.rint(dose) && Math.abs(dose) < 1e15 ? Long.toString((long) dose) : Double.toString(dose);
  }
}
