package org.escalon.simulation.trial;

import java.util.Locale;
import java.util.Objects;
import org.escalon.core.regimen.Regimen;
import org.escalon.core.regimen.Schedule;

/**
 * A dose level of a PK/PD-coupled trial: cemsidomide dose, its schedule and the weekly dexamethasone dose, so
 * that a trial can escalate dose within a schedule or move across schedules (100 µg QD d1-14 → 100 µg QD d1-21).
 * Immutable.
 *
 * @param doseUg cemsidomide dose per dosing day (µg), finite and &ge; 0
 * @param schedule cemsidomide schedule within each 28-day cycle
 * @param dexMg dexamethasone dose on days 1, 8, 15, 22 (mg), finite and &ge; 0
 */
public record DoseLevel(double doseUg, Schedule schedule, double dexMg) {

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param doseUg cemsidomide dose per dosing day (µg), finite and &ge; 0
   * @param schedule cemsidomide schedule within each 28-day cycle
   * @param dexMg dexamethasone dose on days 1, 8, 15, 22 (mg), finite and &ge; 0
   */
  public DoseLevel {
    if (!(doseUg >= 0) || Double.isInfinite(doseUg)) {
      throw new IllegalArgumentException("doseUg = " + doseUg + ": must be finite and >= 0");
    }
    Objects.requireNonNull(schedule, "schedule");
    if (!(dexMg >= 0) || Double.isInfinite(dexMg)) {
      throw new IllegalArgumentException("dexMg = " + dexMg + ": must be finite and >= 0");
    }
  }

  /**
   * A level from the schedule text ({@code "QD d1-14"}).
   *
   * @param doseUg cemsidomide dose per dosing day (µg), finite and &ge; 0
   * @param schedule cemsidomide schedule within each 28-day cycle
   * @param dexMg dexamethasone dose on days 1, 8, 15, 22 (mg), finite and &ge; 0
   * @return a level from the schedule text ({@code "QD d1-14"})
   */
  public static DoseLevel of(double doseUg, String schedule, double dexMg) {
    return new DoseLevel(doseUg, Schedule.parse(schedule), dexMg);
  }

  /**
   * The regimen of this level over {@code cycles} cycles.
   *
   * @param cycles treatment cycles (28 days each), ≥ 1
   * @return the regimen of this level over {@code cycles} cycles
   */
  public Regimen regimen(int cycles) {
    return Regimen.of(doseUg, schedule, dexMg, cycles);
  }

  /**
   * Label such as {@code "100 ug QD d1-14 + dex 40 mg"}.
   *
   * @return label such as {@code "100 ug QD d1-14 + dex 40 mg"}
   */
  public String label() {
    String d = doseUg == Math.rint(doseUg) ? Long.toString((long) doseUg) : String.format(Locale.ROOT, "%s", doseUg);
    String x = dexMg == Math.rint(dexMg) ? Long.toString((long) dexMg) : String.format(Locale.ROOT, "%s", dexMg);
    return d + " ug " + schedule.text() + (dexMg > 0 ? " + dex " + x + " mg" : "");
  }

  @Override
  public String toString() {
    return label();
  }
}
