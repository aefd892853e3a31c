package org.escalon.core.output;

import java.util.Arrays;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.pd.AdverseEvent;

/**
 * Mutable, reusable holder of one patient's outcome: what the allocation-free hot path
 * {@code PatientSimulator.simulate(..., PatientResultBuffer)} writes into, so that a Monte Carlo loop can
 * simulate patient after patient without allocating. {@link #toResult()} gives the immutable {@link
 * PatientResult} (the readable API returns exactly that). Field meanings are those of {@link PatientResult}.
 *
 * <p>Arrays grow on demand and are reused; the getters that return arrays copy them. Not thread-safe: one per
 * thread.
 */
public final class PatientResultBuffer {

  double[] ancDaily = new double[64];
  double[] plateletsDaily = new double[64];
  double[] cemsidomideDailyUg = new double[64];
  double[] dexamethasoneDailyMg = new double[64];
  int days;
  double[] mProteinAssessments = new double[8];
  int assessments;
  double[] aucPerCycle = new double[8];
  double[] cmaxPerCycle = new double[8];
  double[] ctroughPerCycle = new double[8];
  int cycles;
  final int[] aeGrades = new int[AdverseEvent.values().length];
  int daysNeutropeniaG3plus;
  int daysNeutropeniaG4;
  int longestG4EpisodeDays;
  int dltReasons;
  ImwgResponse bestResponse = ImwgResponse.NE;
  int progressionDay;
  int dosesGiven;
  int holds;
  int reductions;
  boolean discontinued;
  double dexDoseMg;
  double minBiomarker = Double.NaN;

  /** An empty buffer. */
  public PatientResultBuffer() {}

  // ---- writing (used by the simulator) ----

  /** Clears the buffer and makes room for {@code maxDays} days and {@code maxCycles} cycles. */
  public void clear(int maxDays, int maxCycles) {
    if (ancDaily.length < maxDays) {
      ancDaily = new double[maxDays];
      plateletsDaily = new double[maxDays];
      cemsidomideDailyUg = new double[maxDays];
      dexamethasoneDailyMg = new double[maxDays];
    }
    Arrays.fill(cemsidomideDailyUg, 0, maxDays, 0.0);
    Arrays.fill(dexamethasoneDailyMg, 0, maxDays, 0.0);
    if (aucPerCycle.length < maxCycles) {
      mProteinAssessments = new double[maxCycles];
      aucPerCycle = new double[maxCycles];
      cmaxPerCycle = new double[maxCycles];
      ctroughPerCycle = new double[maxCycles];
    }
    Arrays.fill(aucPerCycle, 0, maxCycles, 0.0);
    Arrays.fill(cmaxPerCycle, 0, maxCycles, 0.0);
    Arrays.fill(ctroughPerCycle, 0, maxCycles, 0.0);
    Arrays.fill(aeGrades, 0);
    days = 0;
    assessments = 0;
    cycles = 0;
    daysNeutropeniaG3plus = 0;
    daysNeutropeniaG4 = 0;
    longestG4EpisodeDays = 0;
    dltReasons = 0;
    bestResponse = ImwgResponse.NE;
    progressionDay = 0;
    dosesGiven = 0;
    holds = 0;
    reductions = 0;
    discontinued = false;
    dexDoseMg = 0.0;
    minBiomarker = Double.NaN;
  }

  /** Daily observed ANC array (internal, length ≥ {@link #days()}); the simulator writes into it. */
  public double[] ancDailyArray() {
    return ancDaily;
  }

  /** Daily platelet array (internal, length ≥ {@link #days()}). */
  public double[] plateletsDailyArray() {
    return plateletsDaily;
  }

  /** Daily cemsidomide dose array (µg, internal, length ≥ {@link #days()}, zeroed by {@link #clear}). */
  public double[] cemsidomideDailyUgArray() {
    return cemsidomideDailyUg;
  }

  /** Daily dexamethasone dose array (mg, internal, length ≥ {@link #days()}, zeroed by {@link #clear}). */
  public double[] dexamethasoneDailyMgArray() {
    return dexamethasoneDailyMg;
  }

  /** M-protein assessment array (internal). */
  public double[] mProteinAssessmentArray() {
    return mProteinAssessments;
  }

  /** Per-cycle AUC array (internal). */
  public double[] aucPerCycleArray() {
    return aucPerCycle;
  }

  /** Per-cycle Cmax array (internal). */
  public double[] cmaxPerCycleArray() {
    return cmaxPerCycle;
  }

  /** Per-cycle Ctrough array (internal). */
  public double[] ctroughPerCycleArray() {
    return ctroughPerCycle;
  }

  /** AE grade array by {@link AdverseEvent} ordinal (internal). */
  public int[] aeGradeArray() {
    return aeGrades;
  }

  /** Sets the counts of filled entries. */
  public void setCounts(int days, int assessments, int cycles) {
    this.days = days;
    this.assessments = assessments;
    this.cycles = cycles;
  }

  /** Sets the scalar outcomes. */
  public void setOutcome(int daysNeutropeniaG3plus, int daysNeutropeniaG4, int longestG4EpisodeDays,
      int dltReasons, ImwgResponse bestResponse, int progressionDay, int dosesGiven, int holds, int reductions,
      boolean discontinued, double dexDoseMg) {
    this.daysNeutropeniaG3plus = daysNeutropeniaG3plus;
    this.daysNeutropeniaG4 = daysNeutropeniaG4;
    this.longestG4EpisodeDays = longestG4EpisodeDays;
    this.dltReasons = dltReasons;
    this.bestResponse = bestResponse;
    this.progressionDay = progressionDay;
    this.dosesGiven = dosesGiven;
    this.holds = holds;
    this.reductions = reductions;
    this.discontinued = discontinued;
    this.dexDoseMg = dexDoseMg;
  }

  /** Sets the minimum blood IKZF3 remaining fraction (NaN when the biomarker was not tracked). */
  public void setMinBiomarker(double minRemainingFraction) {
    this.minBiomarker = minRemainingFraction;
  }

  // ---- reading ----

  /** Number of simulated days. */
  public int days() {
    return days;
  }

  /** Observed ANC at the end of day {@code d} (0-based). */
  public double anc(int d) {
    return ancDaily[d];
  }

  /** Cemsidomide dose (µg) taken on day {@code d} (0-based), 0 when none. */
  public double cemsidomideUg(int d) {
    return cemsidomideDailyUg[d];
  }

  /** Dexamethasone dose (mg) taken on day {@code d} (0-based), 0 when none. */
  public double dexamethasoneMg(int d) {
    return dexamethasoneDailyMg[d];
  }

  /** Lowest observed daily ANC; its 1-based day is {@link #ancNadirDay()} (first day on ties). */
  public double ancNadir() {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < days; i++) {
      min = Math.min(min, ancDaily[i]);
    }
    return min;
  }

  /** Study day (1-based) of the ANC nadir, as {@link PatientResult#ancNadir()}. */
  public int ancNadirDay() {
    double min = Double.POSITIVE_INFINITY;
    int day = 0;
    for (int i = 0; i < days; i++) {
      if (ancDaily[i] < min) {
        min = ancDaily[i];
        day = i + 1;
      }
    }
    return day;
  }

  /** Number of cycles with exposure metrics. */
  public int cycles() {
    return cycles;
  }

  /** Cycle-1 AUC (ng·h/mL), 0 without cycles. */
  public double aucCycle1() {
    return cycles == 0 ? 0.0 : aucPerCycle[0];
  }

  /** Cycle-1 Cmax (ng/mL), 0 without cycles. */
  public double cmaxCycle1() {
    return cycles == 0 ? 0.0 : cmaxPerCycle[0];
  }

  /** Number of M-protein assessments. */
  public int assessments() {
    return assessments;
  }

  /** M-protein (g/dL) at the last assessment, or NaN without assessments. */
  public double lastMProtein() {
    return assessments == 0 ? Double.NaN : mProteinAssessments[assessments - 1];
  }

  /** Whether a cycle-1 DLT occurred. */
  public boolean dlt() {
    return dltReasons != 0;
  }

  /** Whether the DLT had this reason. */
  public boolean dltFor(DltReason reason) {
    return (dltReasons & (1 << reason.ordinal())) != 0;
  }

  /** Worst grade of {@code event}. */
  public int grade(AdverseEvent event) {
    return aeGrades[event.ordinal()];
  }

  /** Best confirmed IMWG response. */
  public ImwgResponse bestResponse() {
    return bestResponse;
  }

  /** Days with grade ≥ 3 neutropenia. */
  public int daysNeutropeniaG3plus() {
    return daysNeutropeniaG3plus;
  }

  /** Minimum blood IKZF3 remaining fraction R_PB over the accepted integration steps (NaN if not tracked). */
  public double minBiomarker() {
    return minBiomarker;
  }

  /** The immutable result (allocates). */
  public PatientResult toResult() {
    return new PatientResult(Arrays.copyOf(ancDaily, days), Arrays.copyOf(plateletsDaily, days),
        Arrays.copyOf(mProteinAssessments, assessments), Arrays.copyOf(aucPerCycle, cycles),
        Arrays.copyOf(cmaxPerCycle, cycles), Arrays.copyOf(ctroughPerCycle, cycles), aeGrades,
        daysNeutropeniaG3plus, daysNeutropeniaG4, longestG4EpisodeDays, dltReasons != 0, dltReasons,
        bestResponse, progressionDay, dosesGiven, holds, reductions, discontinued, dexDoseMg,
        Arrays.copyOf(cemsidomideDailyUg, days), Arrays.copyOf(dexamethasoneDailyMg, days));
  }
}
