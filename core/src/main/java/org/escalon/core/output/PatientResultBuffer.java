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
 * <p>Writing: the simulator records values one by one ({@link #setDay}, {@link #addAssessment}, …); the
 * judged outcomes (grades, episodes, DLT reasons) are written by {@link CourseJudge} in this package. No internal
 * array is published. Arrays grow on demand and are reused; the getters that return arrays copy them. Not
 * thread-safe: one per thread.
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
  double dltOnsetDay = Double.NaN;
  double responseDay = Double.NaN;

  /** An empty buffer. */
  public PatientResultBuffer() {}

  // ---- writing ----

  /**
   * Clears the buffer and makes room for {@code maxDays} days and {@code maxCycles} cycles.
   *
   * @param maxDays the most study days the course can have
   * @param maxCycles the most cycles the course can have
   */
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
    dltOnsetDay = Double.NaN;
    responseDay = Double.NaN;
  }

  /**
   * Records the observed ANC and platelets (×10⁹/L) at the end of day {@code day} (0-based).
   *
   * @param day the study day, 0-based
   * @param ancE9PerL observed absolute neutrophil count, ×10⁹/L
   * @param plateletsE9PerL platelet count, ×10⁹/L
   */
  public void setDay(int day, double ancE9PerL, double plateletsE9PerL) {
    ancDaily[day] = ancE9PerL;
    plateletsDaily[day] = plateletsE9PerL;
  }

  /**
   * Records the cemsidomide dose (µg) taken on day {@code day}.
   *
   * @param day the study day, 0-based
   * @param doseUg cemsidomide dose per dosing day (µg), finite and &ge; 0
   */
  public void setCemsidomideDose(int day, double doseUg) {
    cemsidomideDailyUg[day] = doseUg;
  }

  /**
   * Records the dexamethasone dose (mg) taken on day {@code day}.
   *
   * @param day the study day, 0-based
   * @param doseMg the dexamethasone dose taken, mg (0 when none)
   */
  public void setDexamethasoneDose(int day, double doseMg) {
    dexamethasoneDailyMg[day] = doseMg;
  }

  /**
   * Records the AUC (ng·h/mL) of cycle {@code cycle} (0-based).
   *
   * @param cycle the cycle, 0-based
   * @param aucNgHPerMl the cycle's cemsidomide AUC, ng·h/mL
   */
  public void setCycleAuc(int cycle, double aucNgHPerMl) {
    aucPerCycle[cycle] = aucNgHPerMl;
  }

  /**
   * Raises the Cmax (ng/mL) of cycle {@code cycle} to {@code concNgPerMl} if that is higher.
   *
   * @param cycle the cycle, 0-based
   * @param concNgPerMl a cemsidomide concentration reached in the cycle, ng/mL
   */
  public void raiseCycleCmax(int cycle, double concNgPerMl) {
    cmaxPerCycle[cycle] = Math.max(cmaxPerCycle[cycle], concNgPerMl);
  }

  /**
   * Records the Ctrough (ng/mL, NaN when undefined) of cycle {@code cycle}.
   *
   * @param cycle the cycle, 0-based
   * @param concNgPerMl the cycle's trough concentration, ng/mL, or NaN
   */
  public void setCycleCtrough(int cycle, double concNgPerMl) {
    ctroughPerCycle[cycle] = concNgPerMl;
  }

  /**
   * Records the next end-of-cycle M-protein assessment (g/dL).
   *
   * @param mProteinGPerDl records the next end-of-cycle M-protein assessment (g/dL)
   */
  public void addAssessment(double mProteinGPerDl) {
    mProteinAssessments[assessments++] = mProteinGPerDl;
  }

  /**
   * Records the course: simulated days, cycles with exposure metrics, cemsidomide doses taken, study day of
   * progression (0 without), the patient's dexamethasone dose (mg), the best confirmed response and the study day
   * its first objective response was confirmed (NaN without).
   *
   * @param days study days simulated
   * @param cycles cycles with exposure metrics
   * @param dosesGiven number of cemsidomide doses taken
   * @param progressionDay study day (1-based) of progression, or 0 without progression
   * @param dexDoseMg dexamethasone dose actually planned for this patient (after the age rule)
   * @param bestResponse best confirmed IMWG response
   * @param responseDay study day on which the first objective response (PR or better) was confirmed — the day of the
   *     second of the two consecutive end-of-cycle assessments that confirm it — or NaN without one
   */
  public void setCourse(int days, int cycles, int dosesGiven, int progressionDay, double dexDoseMg,
      ImwgResponse bestResponse, double responseDay) {
    this.responseDay = responseDay;
    this.days = days;
    this.cycles = cycles;
    this.dosesGiven = dosesGiven;
    this.progressionDay = progressionDay;
    this.dexDoseMg = dexDoseMg;
    this.bestResponse = bestResponse;
  }

  /**
   * Records the dose modifications: holds, reductions, and whether cemsidomide was stopped.
   *
   * @param holds number of dose holds
   * @param reductions number of dose reductions
   * @param discontinued whether cemsidomide was stopped (no lower dose level, or progression)
   */
  public void setDoseModifications(int holds, int reductions, boolean discontinued) {
    this.holds = holds;
    this.reductions = reductions;
    this.discontinued = discontinued;
  }

  /**
   * Sets the minimum blood IKZF3 remaining fraction (NaN when the biomarker was not tracked).
   *
   * @param minRemainingFraction sets the minimum blood IKZF3 remaining fraction (NaN when the biomarker was not
   *     tracked)
   */
  public void setMinBiomarker(double minRemainingFraction) {
    this.minBiomarker = minRemainingFraction;
  }

  // ---- reading ----

  /**
   * Number of simulated days.
   *
   * @return number of simulated days
   */
  public int days() {
    return days;
  }

  /**
   * Observed ANC at the end of day {@code d} (0-based).
   *
   * @param d the study day, 0-based
   * @return observed ANC at the end of day {@code d} (0-based)
   */
  public double anc(int d) {
    return ancDaily[d];
  }

  /**
   * Cemsidomide dose (µg) taken on day {@code d} (0-based), 0 when none.
   *
   * @param d the study day, 0-based
   * @return cemsidomide dose (µg) taken on day {@code d} (0-based), 0 when none
   */
  public double cemsidomideUg(int d) {
    return cemsidomideDailyUg[d];
  }

  /**
   * Dexamethasone dose (mg) taken on day {@code d} (0-based), 0 when none.
   *
   * @param d the study day, 0-based
   * @return dexamethasone dose (mg) taken on day {@code d} (0-based), 0 when none
   */
  public double dexamethasoneMg(int d) {
    return dexamethasoneDailyMg[d];
  }

  /**
   * Lowest observed daily ANC; its 1-based day is {@link #ancNadirDay()} (first day on ties).
   *
   * @return lowest observed daily ANC; its 1-based day is {@link #ancNadirDay()} (first day on ties)
   */
  public double ancNadir() {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < days; i++) {
      min = Math.min(min, ancDaily[i]);
    }
    return min;
  }

  /**
   * Study day (1-based) of the ANC nadir, as {@link PatientResult#ancNadir()}.
   *
   * @return study day (1-based) of the ANC nadir, as {@link PatientResult#ancNadir()}
   */
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

  /**
   * Number of cycles with exposure metrics.
   *
   * @return number of cycles with exposure metrics
   */
  public int cycles() {
    return cycles;
  }

  /**
   * Cycle-1 AUC (ng·h/mL), 0 without cycles.
   *
   * @return cycle-1 AUC (ng·h/mL), 0 without cycles
   */
  public double aucCycle1() {
    return cycles == 0 ? 0.0 : aucPerCycle[0];
  }

  /**
   * Cycle-1 Cmax (ng/mL), 0 without cycles.
   *
   * @return cycle-1 Cmax (ng/mL), 0 without cycles
   */
  public double cmaxCycle1() {
    return cycles == 0 ? 0.0 : cmaxPerCycle[0];
  }

  /**
   * Number of M-protein assessments.
   *
   * @return number of M-protein assessments
   */
  public int assessments() {
    return assessments;
  }

  /**
   * M-protein (g/dL) at the last assessment, or NaN without assessments.
   *
   * @return M-protein (g/dL) at the last assessment, or NaN without assessments
   */
  public double lastMProtein() {
    return assessments == 0 ? Double.NaN : mProteinAssessments[assessments - 1];
  }

  /**
   * Whether a cycle-1 DLT occurred.
   *
   * @return whether a cycle-1 DLT occurred
   */
  public boolean dlt() {
    return dltReasons != 0;
  }

  /**
   * Study day of the DLT's onset (NaN without DLT); see {@link PatientResult#dltOnsetDay()}.
   *
   * @return study day of the DLT's onset (NaN without DLT); see {@link PatientResult#dltOnsetDay()}
   */
  public double dltOnsetDay() {
    return dltOnsetDay;
  }

  /**
   * Study day the first objective response was confirmed (NaN without); see {@link PatientResult#responseDay()}.
   *
   * @return study day the first objective response was confirmed (NaN without); see {@link PatientResult#responseDay()}
   */
  public double responseDay() {
    return responseDay;
  }

  /**
   * Whether the DLT had this reason.
   *
   * @param reason the DLT reason
   * @return whether the DLT had this reason
   */
  public boolean dltFor(DltReason reason) {
    return (dltReasons & (1 << reason.ordinal())) != 0;
  }

  /**
   * Worst grade of {@code event}.
   *
   * @param event the adverse event
   * @return worst grade of {@code event}
   */
  public int grade(AdverseEvent event) {
    return aeGrades[event.ordinal()];
  }

  /**
   * Best confirmed IMWG response.
   *
   * @return best confirmed IMWG response
   */
  public ImwgResponse bestResponse() {
    return bestResponse;
  }

  /**
   * Days with grade ≥ 3 neutropenia.
   *
   * @return days with grade ≥ 3 neutropenia
   */
  public int daysNeutropeniaG3plus() {
    return daysNeutropeniaG3plus;
  }

  /**
   * Minimum blood IKZF3 remaining fraction R_PB (NaN if not tracked): the true minimum over the course on the fast
   * path, the lowest value at the ends of the accepted steps with the reference solvers ({@code PatientSimulator}).
   *
   * @return minimum blood IKZF3 remaining fraction R_PB (NaN if not tracked): the true minimum over the course on the
   *     fast path, the lowest value at the ends of the accepted steps with the reference solvers ({@code
   *     PatientSimulator})
   */
  public double minBiomarker() {
    return minBiomarker;
  }

  /**
   * The immutable result (allocates).
   *
   * @return the immutable result (allocates)
   */
  public PatientResult toResult() {
    return new PatientResult(Arrays.copyOf(ancDaily, days), Arrays.copyOf(plateletsDaily, days),
        Arrays.copyOf(mProteinAssessments, assessments), Arrays.copyOf(aucPerCycle, cycles),
        Arrays.copyOf(cmaxPerCycle, cycles), Arrays.copyOf(ctroughPerCycle, cycles), aeGrades,
        daysNeutropeniaG3plus, daysNeutropeniaG4, longestG4EpisodeDays, dltReasons != 0, dltReasons,
        bestResponse, progressionDay, dosesGiven, holds, reductions, discontinued, dexDoseMg,
        Arrays.copyOf(cemsidomideDailyUg, days), Arrays.copyOf(dexamethasoneDailyMg, days),
        dltReasons != 0 ? dltOnsetDay : Double.NaN, responseDay);
  }
}
