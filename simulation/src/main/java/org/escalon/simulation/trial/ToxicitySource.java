package org.escalon.simulation.trial;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Decides which patients have a dose-limiting toxicity (DLT). Implementations are immutable and thread-safe; the
 * per-trial randomness lives in the {@link PatientToxicity} they hand out.
 *
 * <p>Contract, so that results are reproducible and comparable:
 * <ul>
 *   <li>{@link #forTrial} is called once per trial with that trial's own stream (derived from the master seed and
 *       the trial index only). All randomness of the trial's patients must come from it.</li>
 *   <li>The returned object is asked {@link PatientToxicity#dlt(int, int)} exactly once per patient, with
 *       {@code patientIndex = 0, 1, 2, …} in enrolment order.</li>
 *   <li>For common random numbers across designs, a patient's random draws should not depend on the dose: draw the
 *       same number of variates per patient (e.g. a latent uniform, or a virtual patient's η), then decide the DLT
 *       at the given dose.</li>
 * </ul>
 */
public interface ToxicitySource {

  /**
   * The number of doses K.
   *
   * @return the number of doses K
   */
  int doseCount();

  /**
   * The toxicity of trial {@code trialIndex}'s patients.
   *
   * @param trialIndex the trial index (0-based), for sources that tabulate per-trial inputs
   * @param trialRng the trial's own random stream; used only by the calling thread
   * @return the toxicity of trial {@code trialIndex}'s patients
   */
  PatientToxicity forTrial(long trialIndex, UniformRandomProvider trialRng);
}
