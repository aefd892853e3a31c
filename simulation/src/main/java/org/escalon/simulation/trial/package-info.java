/**
 * One simulated trial: cohorts treated as the design says, each patient's DLT decided by a toxicity source.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.trial.ToxicitySource} is the role that decides DLTs. Each trial asks it for a
 *       {@link org.escalon.simulation.trial.PatientToxicity} bound to that trial's own random stream; patients are
 *       indexed 0, 1, 2, … in enrolment order. {@link org.escalon.simulation.trial.FixedToxicity} is the classic
 *       design study: patient k has a latent uniform u_k and has a DLT at dose d iff u_k &lt; p_d (common random
 *       numbers across doses and designs). A PK/PD-coupled source draws each patient's parameters instead.</li>
 *   <li>{@link org.escalon.simulation.trial.TrialRunner} runs trials: {@code run} returns an immutable
 *       {@link org.escalon.simulation.trial.TrialResult} with per-patient records; {@code runInPlace} is the
 *       allocation-light hot path used by the Monte Carlo runner (same numbers, tested).</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * {@code FixedToxicity} and {@code TrialResult} are immutable. A {@code TrialRunner} and the
 * {@code PatientToxicity} objects are confined to one thread; create one runner per worker thread.
 */
package org.escalon.simulation.trial;
