package org.escalon.core.regimen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which days of a cycle get a cemsidomide dose. Immutable.
 *
 * <p>Text form (case-insensitive), cycle days 1-based:
 *
 * <pre>
 *   QD d1-14          once daily on days 1–14 (14 days on, 14 off)
 *   QD d1-21          once daily, 3 weeks on, 1 week off
 *   QD d1-28  or  QD  continuous once daily
 *   QD d1-7,15-21     several day ranges
 *   MWF d1-21         Monday/Wednesday/Friday within days 1–21 (cycle day 1 is a Monday)
 *   MWF d1-28  or MWF
 *   QD 5on2off        days-on/days-off pattern repeated from day 1 (here 5 days on, 2 off)
 * </pre>
 */
public final class Schedule {

  private static final Pattern RANGES = Pattern.compile("d(\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*)");
  private static final Pattern ON_OFF = Pattern.compile("(\\d+)on(\\d+)off");

  /** Allowed forms, for error messages. */
  public static final String ALLOWED =
      "'QD d1-14', 'QD d1-21', 'QD d1-28', 'MWF d1-21', 'MWF d1-28', 'QD d1-7,15-21' or 'QD 5on2off'"
          + " (cycle days 1-based)";

  private final String text;
  private final boolean[] dosingDays;
  private final int cycleLengthDays;

  private Schedule(String text, boolean[] dosingDays) {
    this.text = text;
    this.dosingDays = dosingDays;
    this.cycleLengthDays = dosingDays.length;
  }

  /**
   * Parses the text form in a 28-day cycle.
   *
   * @param text the schedule as users write it, e.g. {@code "QD d1-14"} or {@code "MWF d1-21"}
   * @return the schedule
   */
  public static Schedule parse(String text) {
    return parse(text, Regimen.DEFAULT_CYCLE_DAYS);
  }

  /**
   * Parses the text form.
   *
   * @param text the schedule as users write it, e.g. {@code "QD d1-14"}
   * @param cycleLengthDays the cycle length in days, ≥ 1
   * @return the schedule
   * @throws IllegalArgumentException naming the text and listing the allowed forms
   */
  public static Schedule parse(String text, int cycleLengthDays) {
    if (cycleLengthDays < 1 || cycleLengthDays > 366) {
      throw new IllegalArgumentException("cycleLengthDays must be in [1, 366], got " + cycleLengthDays);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("schedule must not be empty; allowed: " + ALLOWED);
    }
    String t = text.trim().replaceAll("\\s+", " ");
    String[] parts = t.split(" ");
    if (parts.length > 2) {
      throw bad(text, "too many words");
    }
    String freq = parts[0].toUpperCase(Locale.ROOT);
    boolean[] base = frequencyDays(text, parts[0], cycleLengthDays);
    boolean[] window = parts.length == 1 ? allDays(cycleLengthDays) : windowDays(text, parts[1], cycleLengthDays);
    boolean[] days = new boolean[cycleLengthDays];
    boolean any = false;
    for (int d = 0; d < cycleLengthDays; d++) {
      days[d] = base[d] && window[d];
      any |= days[d];
    }
    if (!any) {
      throw bad(text, "no dosing day in the cycle");
    }
    return new Schedule(freq + (parts.length == 2 ? " " + parts[1].toLowerCase(Locale.ROOT) : ""), days);
  }

  /** The days of the frequency ({@code QD}: every day, {@code MWF}: Monday, Wednesday, Friday from day 1). */
  private static boolean[] frequencyDays(String text, String frequency, int cycleLengthDays) {
    boolean[] base = new boolean[cycleLengthDays];
    switch (frequency.toUpperCase(Locale.ROOT)) {
      case "QD":
        Arrays.fill(base, true);
        return base;
      case "MWF":
        for (int d = 0; d < cycleLengthDays; d++) {
          int dow = d % 7; // 0 = Monday
          base[d] = dow == 0 || dow == 2 || dow == 4;
        }
        return base;
      default:
        throw bad(text, "unknown frequency '" + frequency + "' (allowed: QD, MWF)");
    }
  }

  private static boolean[] allDays(int cycleLengthDays) {
    boolean[] all = new boolean[cycleLengthDays];
    Arrays.fill(all, true);
    return all;
  }

  /** The day window: {@code 5on2off} or day ranges such as {@code d1-14,22-28} (any case). */
  private static boolean[] windowDays(String text, String windowText, int cycleLengthDays) {
    boolean[] window = new boolean[cycleLengthDays];
    String w = windowText.toLowerCase(Locale.ROOT);
    Matcher on = ON_OFF.matcher(w);
    Matcher rg = RANGES.matcher(w);
    if (on.matches()) {
      int dOn = parseDay(text, on.group(1));
      int dOff = parseDay(text, on.group(2));
      if (dOn < 1) {
        throw bad(text, "days on must be >= 1");
      }
      for (int d = 0; d < cycleLengthDays; d++) {
        window[d] = d % ((long) dOn + dOff) < dOn;
      }
    } else if (rg.matches()) {
      for (String r : rg.group(1).split(",")) {
        String[] ab = r.split("-");
        int from = parseDay(text, ab[0]);
        int to = ab.length == 2 ? parseDay(text, ab[1]) : from;
        if (from < 1 || to > cycleLengthDays || from > to) {
          throw bad(text, "day range " + r + " must satisfy 1 <= from <= to <= " + cycleLengthDays);
        }
        for (int d = from; d <= to; d++) {
          window[d - 1] = true;
        }
      }
    } else {
      throw bad(text, "cannot read day window '" + windowText + "'");
    }
    return window;
  }

  private static int parseDay(String text, String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw bad(text, "'" + s + "' is not a day number");
    }
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException(
        "invalid schedule '" + text + "': " + why + "; allowed: " + ALLOWED);
  }

  /**
   * Whether cycle day {@code cycleDay} (1-based) is a dosing day.
   *
   * @param cycleDay the day of the cycle, 1-based
   * @return whether cycle day {@code cycleDay} (1-based) is a dosing day
   */
  public boolean isDosingDay(int cycleDay) {
    if (cycleDay < 1 || cycleDay > cycleLengthDays) {
      throw new IllegalArgumentException(
          "cycleDay must be in [1, " + cycleLengthDays + "], got " + cycleDay);
    }
    return dosingDays[cycleDay - 1];
  }

  /**
   * Number of dosing days per cycle.
   *
   * @return number of dosing days per cycle
   */
  public int dosingDaysPerCycle() {
    int n = 0;
    for (boolean b : dosingDays) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /**
   * Cycle length in days.
   *
   * @return cycle length in days
   */
  public int cycleLengthDays() {
    return cycleLengthDays;
  }

  /**
   * Dosing-day mask, index 0 = cycle day 1 (a copy).
   *
   * @return dosing-day mask, index 0 = cycle day 1 (a copy)
   */
  public boolean[] dosingDayMask() {
    return dosingDays.clone();
  }

  /**
   * Canonical text form.
   *
   * @return canonical text form
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule && Arrays.equals(dosingDays, ((Schedule) o).dosingDays);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dosingDays);
  }

  @Override
  public String toString() {
    return text;
  }

  static Schedule requireNonNull(Schedule s) {
    return Objects.requireNonNull(s, "schedule");
  }
}
