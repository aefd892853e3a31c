package org.escalon.core.model;

import static org.escalon.core.regimen.Regimen.HOURS_PER_DAY;

import org.escalon.core.regimen.Regimen;

/**
 * Where one patient's integration segments end: the times at which the right-hand side may jump whatever the dose
 * decisions (the start of every planned dexamethasone day, the cemsidomide absorption start {@code t + tlag} of
 * every planned cemsidomide day, whether or not the dose is then held), cycle ends (for the AUC and M-protein
 * assessments) and, from the last planned day on or after progression, every day end (the course may stop
 * there). Mutable, reused across patients ({@link #set}); not thread-safe. Internal to {@link PatientSimulator}.
 */
final class SegmentBoundaries {
  private Regimen regimen;
  private int cycleDays;
  private int plannedDays;
  private int maxDays;
  private double tlag;
  private boolean dex;

  /** Sets up for one patient's course. */
  void set(Regimen regimen, int maxDays, double tlagH, boolean dexamethasone) {
    this.regimen = regimen;
    this.cycleDays = regimen.cycleLengthDays();
    this.plannedDays = regimen.treatmentDays();
    this.maxDays = maxDays;
    this.tlag = tlagH;
    this.dex = dexamethasone;
  }

  /** The first boundary after {@code t} (h); with {@code dayByDay} every day end is one. */
  double next(double t, boolean dayByDay) {
    int e = (int) Math.floor(t / HOURS_PER_DAY);
    for (; e < maxDays; e++) {
      double start = HOURS_PER_DAY * e;
      double end = start + HOURS_PER_DAY;
      if (e < plannedDays) {
        if (dex && start > t && regimen.isDexamethasoneDay(e)) {
          return start;
        }
        double tIn = start + tlag;
        if (tIn > t && tIn < end && regimen.isCemsidomideDay(e)) {
          return tIn;
        }
      }
      if (dayByDay || e + 1 >= plannedDays || (e + 1) % cycleDays == 0) {
        return end;
      }
    }
    return HOURS_PER_DAY * maxDays;
  }
}
