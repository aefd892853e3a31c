package org.escalon.simulation.trial;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.StopReason;

/**
 * Runs one BF-BOIN trial in calendar time as R {@code bfboin}'s {@code sim.one.trial} does (docs/designs.md,
 * "Backfilling: BF-BOIN"). Time runs in one unit throughout (months in design-only studies, days in PK/PD-coupled
 * ones); candidates arrive at the times given and each arrival is handled in turn:
 *
 * <ol>
 *   <li>If the escalation cohort has a free place, the candidate joins it at the current dose d.</li>
 *   <li>Otherwise, if every patient of the cohort was evaluated before this arrival, the cohort is evaluated now:
 *       its counts join dose d's, the evaluated backfill patients at doses 1..d are added, and {@link
 *       BfBoin#decide} gives the next dose (or the stop). When the trial goes on, the candidate is the first patient
 *       of the next cohort.</li>
 *   <li>Otherwise (the cohort is in follow-up), if d &gt; 1 and an escalation patient's response at a dose below d is
 *       known, {@link BfBoin#backfillDose} picks an open dose; the candidate is backfilled there, or turned away
 *       when none is open. With d = 1 or no response known yet the candidate is turned away.</li>
 * </ol>
 *
 * A patient is <i>evaluated</i> at start + DLT time when they have a DLT (the DLT time is capped at the window) and
 * at start + window otherwise; "before" is strict, as in the package. A response of an escalation patient is known
 * at start + response time (the window's end in design-only studies; the model's confirmation day in PK/PD ones);
 * backfill patients' responses do not open doses (the package draws none). The trial ends after the last cohort's
 * evaluation or at a stop; its duration is the last cohort's evaluation time (its last patient evaluated); backfill
 * patients not evaluated by then are left out of the final counts (as the package does), and the MTD is BOIN's
 * isotonic selection on those counts, none after a stop for toxicity.
 *
 * <p>Treated patient k (escalation or backfill, in enrolment order) is patient k of the source. Not thread-safe:
 * one instance per thread.
 */
public final class BfBoinTrial {

  /**
   * One trial.
   *
   * @param n patients per level in the final data: escalation and evaluated backfill patients (index 0 = level 1)
   * @param y DLTs per level in the final data
   * @param backfilled backfill patients per level in the final data (part of {@code n})
   * @param responders responders per level among the patients in the final data
   * @param mtd the selected MTD (0 = none)
   * @param stopReason why the trial ended ({@link StopReason#SAMPLE_SIZE} after the last cohort)
   * @param duration the last escalation cohort's evaluation time, in the trial's time unit
   * @param turnedAway candidates turned away (no place in the cohort and no dose open for backfill); the candidate
   *     whose arrival ends the trial is not counted
   * @param backfillExcluded backfill patients treated but not evaluated when the trial ended (not in {@code n})
   * @param patientLevels every treated patient's level, in enrolment order
   * @param patientStarts every treated patient's start time
   * @param backfill whether each treated patient was backfilled
   */
  public record Result(int[] n, int[] y, int[] backfilled, int[] responders, int mtd, StopReason stopReason,
      double duration, int turnedAway, int backfillExcluded, int[] patientLevels, double[] patientStarts,
      boolean[] backfill) {

    /**
     * Copies the arrays.
     *
     * @param n patients per level in the final data: escalation and evaluated backfill patients (index 0 = level 1)
     * @param y DLTs per level in the final data
     * @param backfilled backfill patients per level in the final data (part of {@code n})
     * @param responders responders per level among the patients in the final data
     * @param mtd the selected MTD (0 = none)
     * @param stopReason why the trial ended ({@link StopReason#SAMPLE_SIZE} after the last cohort)
     * @param duration the last escalation cohort's evaluation time, in the trial's time unit
     * @param turnedAway candidates turned away (no place in the cohort and no dose open for backfill); the candidate
     *     whose arrival ends the trial is not counted
     * @param backfillExcluded backfill patients treated but not evaluated when the trial ended (not in {@code n})
     * @param patientLevels every treated patient's level, in enrolment order
     * @param patientStarts every treated patient's start time
     * @param backfill whether each treated patient was backfilled
     */
    public Result {
      n = n.clone();
      y = y.clone();
      backfilled = backfilled.clone();
      responders = responders.clone();
      patientLevels = patientLevels.clone();
      patientStarts = patientStarts.clone();
      backfill = backfill.clone();
    }

    /**
     * Patients per level in the final data: escalation and evaluated backfill patients (index 0 = level 1).
     *
     * @return patients per level in the final data: escalation and evaluated backfill patients (index 0 = level 1)
     */
    @Override
    public int[] n() {
      return n.clone();
    }

    /**
     * DLTs per level in the final data.
     *
     * @return DLTs per level in the final data
     */
    @Override
    public int[] y() {
      return y.clone();
    }

    /**
     * Backfill patients per level in the final data (part of {@code n}).
     *
     * @return backfill patients per level in the final data (part of {@code n})
     */
    @Override
    public int[] backfilled() {
      return backfilled.clone();
    }

    /**
     * Responders per level among the patients in the final data.
     *
     * @return responders per level among the patients in the final data
     */
    @Override
    public int[] responders() {
      return responders.clone();
    }

    /**
     * Every treated patient's level, in enrolment order.
     *
     * @return every treated patient's level, in enrolment order
     */
    @Override
    public int[] patientLevels() {
      return patientLevels.clone();
    }

    /**
     * Every treated patient's start time.
     *
     * @return every treated patient's start time
     */
    @Override
    public double[] patientStarts() {
      return patientStarts.clone();
    }

    /**
     * Whether each treated patient was backfilled.
     *
     * @return whether each treated patient was backfilled
     */
    @Override
    public boolean[] backfill() {
      return backfill.clone();
    }

    /**
     * Patients in the final data.
     *
     * @return patients in the final data
     */
    public int totalN() {
      return Arrays.stream(n).sum();
    }
  }

  private final BfBoin design;
  private final int k;
  private final int capacity;
  // per treated patient, in enrolment order
  private final int[] level;
  private final double[] start;
  private final double[] evaluated;
  private final boolean[] dlt;
  private final boolean[] response;
  private final boolean[] backfill;
  // per level (index 0 = level 1)
  private final int[] nEsc;
  private final int[] yEsc;
  private final int[] recruited;
  private final double[] firstResponse;
  private final int[] nTotal;
  private final int[] yTotal;
  private final boolean[] responded;
  private int treated;

  /**
   * An engine for {@code design}.
   *
   * @param design the design (its dose count is the number of levels)
   */
  public BfBoinTrial(BfBoin design) {
    this.design = Objects.requireNonNull(design, "design");
    this.k = design.doseCount();
    this.capacity = design.cohorts() * design.cohortSize() + k * (design.nCap() + 1);
    level = new int[capacity];
    start = new double[capacity];
    evaluated = new double[capacity];
    dlt = new boolean[capacity];
    response = new boolean[capacity];
    backfill = new boolean[capacity];
    nEsc = new int[k];
    yEsc = new int[k];
    recruited = new int[k];
    firstResponse = new double[k];
    nTotal = new int[k];
    yTotal = new int[k];
    responded = new boolean[k];
  }

  /**
   * The design.
   *
   * @return the design
   */
  public BfBoin design() {
    return design;
  }

  /**
   * Runs one trial.
   *
   * @param patients the trial's patients (patient k = the k-th treated)
   * @param arrivalTime arrival time of candidate j (0, 1, …), non-decreasing, in the trial's unit
   * @param window the DLT window in the trial's unit, &gt; 0
   * @param unitsPerDay converts the patients' DLT and response days ({@link PatientOutcome#dltDay()}, {@link
   * PatientOutcome#responseDay()}) to the trial's unit, &gt; 0
   * @return the trial's result
   */
  public Result run(PatientOutcomeSource.TrialPatients patients, IntToDoubleFunction arrivalTime, double window,
      double unitsPerDay) {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(arrivalTime, "arrivalTime");
    if (!(window > 0) || Double.isInfinite(window) || !(unitsPerDay > 0) || Double.isInfinite(unitsPerDay)) {
      throw new IllegalArgumentException("window = " + window + ", unitsPerDay = " + unitsPerDay
          + ": both must be finite and > 0");
    }
    reset();
    int cs = design.cohortSize();
    int d = design.startDose();
    int eliminatedFrom = k + 1;
    int cohortsDone = 0;
    int cohortFirst = 0; // index of the current cohort's first patient
    int inCohort = 0;
    int turnedAway = 0;
    StopReason stop = StopReason.SAMPLE_SIZE;
    double previous = Double.NEGATIVE_INFINITY;
    for (int j = 0; ; j++) {
      double clock = arrivalTime.applyAsDouble(j);
      if (!(clock >= previous) || Double.isInfinite(clock)) {
        throw new IllegalArgumentException("arrival " + j + " at " + clock + " after " + previous
            + ": arrival times must be finite and non-decreasing");
      }
      previous = clock;
      if (inCohort < cs) {
        if (inCohort == 0) {
          cohortFirst = treated;
        }
        enrol(patients, d, clock, false, window, unitsPerDay);
        inCohort++;
        continue;
      }
      if (cohortEvaluatedBefore(cohortFirst, cs, clock)) {
        BfBoin.Move m = evaluateCohort(d, cohortFirst, cs, clock, eliminatedFrom);
        eliminatedFrom = m.eliminatedFrom();
        cohortsDone++;
        if (!m.proceeds()) {
          stop = m.stop();
          break;
        }
        if (cohortsDone == design.cohorts()) {
          break;
        }
        d = m.nextDose();
        cohortFirst = treated;
        enrol(patients, d, clock, false, window, unitsPerDay);
        inCohort = 1;
        continue;
      }
      int b = d > 1 ? backfillDose(d, cohortFirst, cs, clock) : 0;
      if (b > 0) {
        enrol(patients, b, clock, true, window, unitsPerDay);
        recruited[b - 1]++;
      } else {
        turnedAway++;
      }
    }
    return finish(cohortFirst, cs, stop, turnedAway);
  }

  private void reset() {
    treated = 0;
    Arrays.fill(nEsc, 0);
    Arrays.fill(yEsc, 0);
    Arrays.fill(recruited, 0);
    Arrays.fill(firstResponse, Double.POSITIVE_INFINITY);
  }

  private void enrol(PatientOutcomeSource.TrialPatients patients, int d, double clock, boolean isBackfill,
      double window, double unitsPerDay) {
    if (treated == capacity) {
      throw new IllegalStateException("more than " + capacity + " patients treated in one trial");
    }
    PatientOutcome o = patients.outcome(treated, d);
    level[treated] = d;
    start[treated] = clock;
    dlt[treated] = o.dlt();
    response[treated] = o.response();
    backfill[treated] = isBackfill;
    evaluated[treated] = clock + (o.dlt() ? Math.min(o.dltDay() * unitsPerDay, window) : window);
    if (o.response() && !isBackfill) {
      firstResponse[d - 1] = Math.min(firstResponse[d - 1], clock + o.responseDay() * unitsPerDay);
    }
    treated++;
  }

  private boolean cohortEvaluatedBefore(int first, int cs, double clock) {
    for (int i = first; i < first + cs; i++) {
      if (!(evaluated[i] < clock)) {
        return false;
      }
    }
    return true;
  }

  /** Totals per level of escalation patients in evaluated cohorts and backfill patients evaluated before t. */
  private void totals(double t) {
    System.arraycopy(nEsc, 0, nTotal, 0, k);
    System.arraycopy(yEsc, 0, yTotal, 0, k);
    for (int i = 0; i < treated; i++) {
      if (backfill[i] && evaluated[i] < t) {
        nTotal[level[i] - 1]++;
        if (dlt[i]) {
          yTotal[level[i] - 1]++;
        }
      }
    }
  }

  private BfBoin.Move evaluateCohort(int d, int first, int cs, double clock, int eliminatedFrom) {
    for (int i = first; i < first + cs; i++) {
      nEsc[d - 1]++;
      if (dlt[i]) {
        yEsc[d - 1]++;
      }
    }
    totals(clock);
    return design.decide(d, nTotal, yTotal, nEsc[0], yEsc[0], eliminatedFrom);
  }

  private int backfillDose(int d, int first, int cs, double clock) {
    boolean any = false;
    for (int j = 0; j < d - 1; j++) {
      responded[j] = firstResponse[j] < clock;
      any |= responded[j];
    }
    if (!any) {
      return 0;
    }
    totals(clock);
    int nCur = 0;
    int yCur = 0;
    for (int i = first; i < first + cs; i++) {
      if (evaluated[i] < clock) {
        nCur++;
        if (dlt[i]) {
          yCur++;
        }
      }
    }
    return design.backfillDose(d, nTotal, yTotal, nCur, yCur, nEsc, yEsc, responded, recruited);
  }

  private Result finish(int cohortFirst, int cs, StopReason stop, int turnedAway) {
    double duration = Double.NEGATIVE_INFINITY;
    for (int i = cohortFirst; i < cohortFirst + cs; i++) {
      duration = Math.max(duration, evaluated[i]);
    }
    int[] n = nEsc.clone();
    int[] y = yEsc.clone();
    int[] bf = new int[k];
    int[] resp = new int[k];
    int excluded = 0;
    for (int i = 0; i < treated; i++) {
      int l = level[i] - 1;
      boolean inData = !backfill[i] || evaluated[i] < duration; // every escalation cohort was evaluated
      if (backfill[i] && !inData) {
        excluded++;
      }
      if (!inData) {
        continue;
      }
      if (backfill[i]) {
        n[l]++;
        bf[l]++;
        if (dlt[i]) {
          y[l]++;
        }
      }
      if (response[i]) {
        resp[l]++;
      }
    }
    int mtd = stop == StopReason.TOO_TOXIC ? 0 : design.selector().select(n, y);
    return new Result(n, y, bf, resp, mtd, stop, duration, turnedAway, excluded, Arrays.copyOf(level, treated),
        Arrays.copyOf(start, treated), Arrays.copyOf(backfill, treated));
  }
}
