package org.escalon.core.regimen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cemsidomide + dexamethasone regimen: cemsidomide dose and {@link Schedule} inside cycles, weekly
 * dexamethasone, and the number of cycles. Immutable. Doses are taken at the start of the day (hour 0 of the
 * day); the cemsidomide absorption lag is a model parameter, not part of the regimen.
 *
 * <p>Text form, like mrgsolve's {@code ev()}: {@code "100 ug QD d1-14 x6 + dex 40 mg"} (cycles default 1, dex
 * default none; {@code q28d} may be written after the schedule). A cemsidomide dose of 0 µg means no
 * cemsidomide; a dexamethasone dose of 0 mg means none.
 *
 * @param doseUg cemsidomide dose per dosing day (µg), &ge; 0
 * @param schedule cemsidomide dosing days in each cycle
 * @param dexDoseMg dexamethasone dose per dexamethasone day (mg), &ge; 0
 * @param dexCycleDays cycle days of dexamethasone (1-based, strictly increasing), by default 1, 8, 15, 22
 * @param cycles number of treatment cycles, &ge; 1
 */
public record Regimen(double doseUg, Schedule schedule, double dexDoseMg, int[] dexCycleDays, int cycles) {

  /** 28 days. */
  public static final int DEFAULT_CYCLE_DAYS = 28;

  /** Hours in a study day: the model's time unit is the hour, doses are given at the start of each day. */
  public static final double HOURS_PER_DAY = 24.0;

  /** Days 1, 8, 15, 22. */
  private static final int[] WEEKLY = {1, 8, 15, 22};

  private static final Pattern TEXT =
      Pattern.compile(
          "(?i)\\s*([^\\s]+)\\s*(?:ug|µg|mcg)\\s+(.+?)(?:\\s+q(\\d+)d)?(?:\\s+x\\s*(\\d+))?"
              + "(?:\\s*\\+\\s*dex\\s+([^\\s]+)\\s*mg(?:\\s+weekly)?)?\\s*");

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param doseUg cemsidomide dose per dosing day (µg), &ge; 0
   * @param schedule cemsidomide dosing days in each cycle
   * @param dexDoseMg dexamethasone dose per dexamethasone day (mg), &ge; 0
   * @param dexCycleDays cycle days of dexamethasone (1-based, strictly increasing), by default 1, 8, 15, 22
   * @param cycles number of treatment cycles, &ge; 1
   */
  public Regimen {
    if (!(doseUg >= 0) || Double.isInfinite(doseUg)) {
      throw new IllegalArgumentException("doseUg must be finite and >= 0, got " + doseUg);
    }
    Objects.requireNonNull(schedule, "schedule");
    if (!(dexDoseMg >= 0) || Double.isInfinite(dexDoseMg)) {
      throw new IllegalArgumentException("dexDoseMg must be finite and >= 0, got " + dexDoseMg);
    }
    Objects.requireNonNull(dexCycleDays, "dexCycleDays");
    dexCycleDays = dexCycleDays.clone();
    for (int i = 0; i < dexCycleDays.length; i++) {
      int d = dexCycleDays[i];
      if (d < 1 || d > schedule.cycleLengthDays() || (i > 0 && d <= dexCycleDays[i - 1])) {
        throw new IllegalArgumentException(
            "dexCycleDays must be strictly increasing days in [1, " + schedule.cycleLengthDays() + "], got "
                + Arrays.toString(dexCycleDays));
      }
    }
    if (cycles < 1 || cycles > 1000) {
      throw new IllegalArgumentException("cycles must be in [1, 1000], got " + cycles);
    }
  }

  /**
   * Cemsidomide on {@code schedule}, dexamethasone weekly (days 1, 8, 15, 22).
   *
   * @param doseUg cemsidomide dose per dosing day (µg), &ge; 0
   * @param schedule cemsidomide dosing days in each cycle
   * @param dexDoseMg dexamethasone dose per dexamethasone day (mg), &ge; 0
   * @param cycles number of treatment cycles, &ge; 1
   * @return cemsidomide on {@code schedule}, dexamethasone weekly (days 1, 8, 15, 22)
   */
  public static Regimen of(double doseUg, Schedule schedule, double dexDoseMg, int cycles) {
    return new Regimen(doseUg, schedule, dexDoseMg, WEEKLY, cycles);
  }

  /**
   * As {@link #of(double, Schedule, double, int)} with the schedule in text form.
   *
   * @param doseUg cemsidomide dose per dosing day (µg), &ge; 0
   * @param schedule cemsidomide dosing days in each cycle
   * @param dexDoseMg dexamethasone dose per dexamethasone day (mg), &ge; 0
   * @param cycles number of treatment cycles, &ge; 1
   * @return the regimen
   */
  public static Regimen of(double doseUg, String schedule, double dexDoseMg, int cycles) {
    return of(doseUg, Schedule.parse(schedule), dexDoseMg, cycles);
  }

  /**
   * Parses {@code "100 ug QD d1-14 x6 + dex 40 mg"}.
   *
   * @param text the regimen as users write it, e.g. {@code "100 ug QD d1-14 x6 + dex 40 mg"}
   * @return the regimen
   * @throws IllegalArgumentException naming the text and the allowed form
   */
  public static Regimen parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid regimen '" + text + "'; allowed: '<dose> ug <schedule> [q28d] [x<cycles>] [+ dex <dose> mg]',"
              + " e.g. '100 ug QD d1-14 x6 + dex 40 mg'");
    }
    double dose = number(text, "dose", m.group(1));
    int cycleDays = m.group(3) == null ? DEFAULT_CYCLE_DAYS : (int) number(text, "cycle length", m.group(3));
    Schedule s = Schedule.parse(m.group(2), cycleDays);
    int cycles = m.group(4) == null ? 1 : (int) number(text, "cycles", m.group(4));
    double dex = m.group(5) == null ? 0 : number(text, "dexamethasone dose", m.group(5));
    int[] dexDays = Arrays.stream(WEEKLY).filter(d -> d <= cycleDays).toArray();
    return new Regimen(dose, s, dex, dexDays, cycles);
  }

  private static double number(String text, String what, String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid " + what + " '" + s + "' in regimen '" + text + "'");
    }
  }

  /**
   * Cycle length in days.
   *
   * @return cycle length in days
   */
  public int cycleLengthDays() {
    return schedule.cycleLengthDays();
  }

  /**
   * Number of treatment days ({@code cycles × cycle length}).
   *
   * @return number of treatment days ({@code cycles × cycle length})
   */
  public int treatmentDays() {
    return cycles * cycleLengthDays();
  }

  /**
   * Cycle days of dexamethasone (1-based, strictly increasing), by default 1, 8, 15, 22.
   *
   * @return cycle days of dexamethasone (1-based, strictly increasing), by default 1, 8, 15, 22
   */
  @Override
  public int[] dexCycleDays() {
    return dexCycleDays.clone();
  }

  /**
   * A copy with another cemsidomide dose.
   *
   * @param newDoseUg the cemsidomide dose per dosing day, µg, ≥ 0
   * @return a copy with another cemsidomide dose
   */
  public Regimen withDoseUg(double newDoseUg) {
    return new Regimen(newDoseUg, schedule, dexDoseMg, dexCycleDays, cycles);
  }

  /**
   * A copy with another dexamethasone dose.
   *
   * @param newDexDoseMg the weekly dexamethasone dose, mg, ≥ 0
   * @return a copy with another dexamethasone dose
   */
  public Regimen withDexDoseMg(double newDexDoseMg) {
    return new Regimen(doseUg, schedule, newDexDoseMg, dexCycleDays, cycles);
  }

  /**
   * A copy with another number of cycles.
   *
   * @param newCycles the number of 28-day cycles, ≥ 1
   * @return a copy with another number of cycles
   */
  public Regimen withCycles(int newCycles) {
    return new Regimen(doseUg, schedule, dexDoseMg, dexCycleDays, newCycles);
  }

  /**
   * Whether study day {@code day0} (0-based from cycle 1 day 1) is a planned cemsidomide day.
   *
   * @param day0 the study day, 0-based (day 0 = cycle 1 day 1)
   * @return whether study day {@code day0} (0-based from cycle 1 day 1) is a planned cemsidomide day
   */
  public boolean isCemsidomideDay(int day0) {
    if (day0 < 0 || day0 >= treatmentDays() || doseUg == 0) {
      return false;
    }
    return schedule.isDosingDay(day0 % cycleLengthDays() + 1);
  }

  /**
   * Whether study day {@code day0} is a planned dexamethasone day.
   *
   * @param day0 the study day, 0-based (day 0 = cycle 1 day 1)
   * @return whether study day {@code day0} is a planned dexamethasone day
   */
  public boolean isDexamethasoneDay(int day0) {
    if (day0 < 0 || day0 >= treatmentDays() || dexDoseMg == 0) {
      return false;
    }
    int cd = day0 % cycleLengthDays() + 1;
    return Arrays.binarySearch(dexCycleDays, cd) >= 0;
  }

  /**
   * The planned doses (no holds or reductions), time-sorted; cemsidomide before dexamethasone at equal times.
   *
   * @return the planned doses (no holds or reductions), time-sorted; cemsidomide before dexamethasone at equal times
   */
  public List<DosingEvent> events() {
    List<DosingEvent> out = new ArrayList<>();
    for (int d = 0; d < treatmentDays(); d++) {
      if (isCemsidomideDay(d)) {
        out.add(new DosingEvent.Bolus(HOURS_PER_DAY * d, doseUg, DosingEvent.Drug.CEMSIDOMIDE));
      }
      if (isDexamethasoneDay(d)) {
        out.add(new DosingEvent.Bolus(HOURS_PER_DAY * d, dexDoseMg, DosingEvent.Drug.DEXAMETHASONE));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Text form, e.g. {@code "100 ug QD d1-14 x6 + dex 40 mg"}.
   *
   * @return text form, e.g
   */
  public String text() {
    String s = fmt(doseUg) + " ug " + schedule.text()
        + (cycleLengthDays() != DEFAULT_CYCLE_DAYS ? " q" + cycleLengthDays() + "d" : "") + " x" + cycles;
    return dexDoseMg > 0 ? s + " + dex " + fmt(dexDoseMg) + " mg" : s;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Regimen)) {
      return false;
    }
    Regimen r = (Regimen) o;
    return Double.compare(doseUg, r.doseUg) == 0 && schedule.equals(r.schedule)
        && Double.compare(dexDoseMg, r.dexDoseMg) == 0 && Arrays.equals(dexCycleDays, r.dexCycleDays)
        && cycles == r.cycles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(doseUg, schedule, dexDoseMg, Arrays.hashCode(dexCycleDays), cycles);
  }

  @Override
  public String toString() {
    return text();
  }
}
