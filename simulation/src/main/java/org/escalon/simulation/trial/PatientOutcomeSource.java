package org.escalon.simulation.trial;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The patients of coupled trials: patient k of trial i at dose level d. Implementations: {@link
 * org.escalon.simulation.pkpd.PkPdOutcomeSource} (virtual patients of the PK/PD model) and {@link
 * FixedOutcomeSource} (fixed true probabilities, the classic design study). Immutable and thread-safe.
 *
 * <p>Contract: the outcome of (trial, patient, dose level) is a pure function of those three and of the source's
 * configuration, whatever design asks and in whatever order, so that designs compared on the same trial index
 * see the same people (common random numbers).
 */
public interface PatientOutcomeSource {

  /**
   * Number of dose levels.
   *
   * @return number of dose levels
   */
  int levelCount();

  /**
   * The patients of trial {@code trialIndex}. Called once per trial on the thread that runs it.
   *
   * @param trialIndex the trial index (0-based), for sources that tabulate per-trial inputs
   * @param trialRng the trial's own stream (derived from the master seed and trial index only)
   * @return the patients of trial {@code trialIndex}
   */
  TrialPatients forTrial(long trialIndex, UniformRandomProvider trialRng);

  /** One trial's patients; not thread-safe. */
  interface TrialPatients {
    /**
     * Outcome of patient {@code patientIndex} (0, 1, … in enrolment order) at {@code level} (1..K).
     *
     * @param patientIndex the patient's index in enrolment order within the trial, 0-based
     * @param level the dose level, 1..K
     * @return outcome of patient {@code patientIndex} (0, 1, … in enrolment order) at {@code level} (1..K)
     */
    PatientOutcome outcome(int patientIndex, int level);
  }
}
