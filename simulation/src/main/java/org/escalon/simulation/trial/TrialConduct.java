package org.escalon.simulation.trial;

/**
 * The conduct of one whole trial on given patients and arrivals: who is treated at which level and when, and what
 * is selected at the end. {@link CoupledTrialRunner} conducts count-based designs (every cohort waits for the DLT
 * window); time-to-event designs and backfilling have their own conducts, which read each patient's DLT onset day
 * and response day ({@link PatientOutcome#dltDay()}, {@link PatientOutcome#responseDay()}). PK/PD-coupled studies run
 * any conduct, so they compare designs of every kind on the same people and arrivals.
 *
 * <p>Contract: patient k of the source is the k-th patient treated (enrolment order, backfill patients included),
 * and the result's {@code patientLevels} lists them in that order; {@code run} is a pure function of the patients,
 * the arrivals and the conduct's configuration. Not thread-safe: one instance per thread.
 */
public interface TrialConduct {

  /**
   * The design's name, e.g. {@code "BOIN(target=0.3)"}.
   *
   * @return the design's name, e.g
   */
  String name();

  /**
   * The number of dose levels.
   *
   * @return the number of dose levels
   */
  int doseCount();

  /**
   * Runs the trial.
   *
   * @param patients the trial's patients (shared by every design run on this trial)
   * @param arrivals the trial's arrival times (shared likewise)
   * @return the trial's result
   */
  CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals);

  /** Builds a conduct for a number of levels and the study's settings; must return a new instance per call. */
  @FunctionalInterface
  interface Factory {
    /**
     *
     *
     * @param levels dose levels of the arm
     * @param accrual accrual and DLT window of the study
     * @param rp2dRule the study's RP2D rule
     * @param stage the study's optimisation stage (or {@link org.escalon.simulation.selection.OptimisationStage#NONE})
     * @return a new conduct (one per thread)
     */
    TrialConduct create(int levels, Accrual accrual, org.escalon.simulation.selection.Rp2dRule rp2dRule,
        org.escalon.simulation.selection.OptimisationStage stage);
  }
}
