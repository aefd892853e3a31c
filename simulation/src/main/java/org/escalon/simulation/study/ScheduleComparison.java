package org.escalon.simulation.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.ArmPairs;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;

/**
 * The result of a {@link ScheduleStudy}: per schedule (arm) the model truth and per design the operating
 * characteristics ({@link CoupledOc}: every value an {@link Estimate} with its Monte Carlo standard error; dose
 * levels 1-based through {@code oc.mtd().level(k)}), plus paired schedule-to-schedule differences per design.
 * Schedules and designs are reached by the names given to the study. Immutable.
 */
public final class ScheduleComparison {

  private final CoupledStudy.Result result;
  private final ArmPairs paired;
  private final List<String> schedules = new ArrayList<>();
  private final List<String> designs;

  ScheduleComparison(CoupledStudy.Result result, ArmPairs paired) {
    this.result = result;
    this.paired = paired;
    for (CoupledStudy.ArmResult a : result.arms()) {
      schedules.add(a.arm().name());
    }
    this.designs = List.copyOf(result.arms().get(0).designs().keySet());
  }

  /**
   * The schedules (arm names), in order.
   *
   * @return the schedules (arm names), in order
   */
  public List<String> schedules() {
    return List.copyOf(schedules);
  }

  /**
   * The designs' labels, in order.
   *
   * @return the designs' labels, in order
   */
  public List<String> designs() {
    return designs;
  }

  /**
   * The model truth of a schedule: DLT probability, ORR, … per level, the true MTD and optimal level.
   *
   * @param schedule the schedule's text as given to the study, e.g. {@code "QD d1-14"}
   * @return the model truth of a schedule: DLT probability, ORR, … per level, the true MTD and optimal level
   */
  public ModelTruth truth(String schedule) {
    return result.arms().get(scheduleIndex(schedule)).truth();
  }

  /**
   * The operating characteristics of {@code design} on {@code schedule}.
   *
   * @param schedule the schedule's text as given to the study, e.g. {@code "QD d1-14"}
   * @param design the design's label, e.g. {@code "boin"}
   * @return the operating characteristics of {@code design} on {@code schedule}
   */
  public CoupledOc oc(String schedule, String design) {
    designIndex(design);
    return result.arms().get(scheduleIndex(schedule)).designs().get(design);
  }

  /**
   * The paired difference {@code scheduleB − scheduleA} of {@code metric} for {@code design}, over the trials (the
   * same people on both schedules), with its standard error.
   *
   * @param design the design's label, e.g. {@code "boin"}
   * @param scheduleA schedule A's text
   * @param scheduleB schedule B's text
   * @param metric the per-trial quantity compared (correct MTD, patients, DLTs, duration, ...)
   * @return the paired difference {@code scheduleB − scheduleA} of {@code metric} for {@code design}, over the trials
   *     (the same people on both schedules), with its standard error
   */
  public Estimate difference(String design, String scheduleA, String scheduleB, TrialMetric metric) {
    int a = scheduleIndex(scheduleA);
    int b = scheduleIndex(scheduleB);
    if (a == b) {
      throw new IllegalArgumentException("scheduleA and scheduleB are both '" + scheduleA + "': name two schedules");
    }
    return paired.difference(designIndex(design), a, b, metric);
  }

  /**
   * The engine's result, for everything else.
   *
   * @return the engine's result, for everything else
   */
  public CoupledStudy.Result result() {
    return result;
  }

  private int scheduleIndex(String name) {
    int i = schedules.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("schedule = '" + name + "': must be one of " + schedules);
    }
    return i;
  }

  private int designIndex(String name) {
    int i = designs.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("design = '" + name + "': must be one of " + designs);
    }
    return i;
  }

  /** A table: per schedule and design the main figures with standard errors, then the paired differences. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    long trials = result.arms().get(0).designs().values().iterator().next().trials();
    s.append(String.format(Locale.ROOT, "Schedule comparison, %d trials (Monte Carlo SE in parentheses)%n", trials));
    s.append(String.format(Locale.ROOT, "%-22s %-10s %6s %16s %14s %14s %16s %16s%n", "schedule", "design",
        "MTD*", "correct MTD %", "patients", "DLTs", "% above MTD", "duration (d)"));
    for (CoupledStudy.ArmResult a : result.arms()) {
      for (String d : designs) {
        CoupledOc oc = a.designs().get(d);
        s.append(String.format(Locale.ROOT, "%-22s %-10s %6s %16s %14s %14s %16s %16s%n", a.arm().name(), d,
            a.truth().trueMtd() == 0 ? "none" : Integer.toString(a.truth().trueMtd()), fmt(oc.pcsMtd(), 1),
            fmt(oc.mtd().meanTotalN(), 1), fmt(oc.mtd().meanTotalDlt(), 2), fmt(oc.mtd().pctAboveTrueMtd(), 1),
            fmt(oc.meanDurationDays(), 0)));
      }
    }
    s.append("* true MTD level of the schedule (model truth)\n");
    for (int b = 1; b < schedules.size(); b++) {
      s.append(String.format(Locale.ROOT, "Paired differences, %s − %s (same patients)%n", schedules.get(b),
          schedules.get(0)));
      for (String d : designs) {
        s.append(String.format(Locale.ROOT, "  %-10s", d));
        for (TrialMetric m : TrialMetric.values()) {
          s.append(String.format(Locale.ROOT, "  %s %s", m.label(),
              fmt(difference(d, schedules.get(0), schedules.get(b), m), m == TrialMetric.ORR_AT_RP2D ? 3 : 1)));
        }
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static String fmt(Estimate e, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f (%." + digits + "f)", e.value(), e.se());
  }
}
