package org.escalon.simulation.trial;

/** The DLT outcomes of one trial's patients; see {@link ToxicitySource} for the calling contract. */
@FunctionalInterface
public interface PatientToxicity {

  /**
   * Whether patient {@code patientIndex} (0, 1, 2, … in enrolment order within the trial) has a DLT at
   * {@code doseLevel} (1..K).
   *
   * @param patientIndex the patient's index in enrolment order within the trial, 0-based
   * @param doseLevel the dose level, 1..K
   * @return whether patient {@code patientIndex} (0, 1, 2, … in enrolment order within the trial) has a DLT at {@code
   *     doseLevel} (1..K)
   */
  boolean dlt(int patientIndex, int doseLevel);
}
