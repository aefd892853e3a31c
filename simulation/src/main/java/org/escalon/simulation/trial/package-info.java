/**
 * One simulated trial: cohorts treated as the design says, each patient's DLT decided by a toxicity source
 * (design-only studies) or by a patient-outcome source in calendar time (PK/PD-coupled trials).
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
 *   <li>PK/PD-coupled trials: dose levels are {@link org.escalon.simulation.trial.DoseLevel} tuples (cemsidomide
 *       dose, schedule, dexamethasone dose); {@link org.escalon.simulation.trial.CoupledTrialRunner} treats cohorts
 *       with Poisson {@link org.escalon.simulation.trial.Accrual} and a DLT window, patients from a
 *       {@link org.escalon.simulation.trial.PatientOutcomeSource} (virtual patients of the PK/PD model in
 *       {@code simulation.pkpd}, or {@link org.escalon.simulation.trial.FixedOutcomeSource} for fixed
 *       probabilities), then selects the MTD and the RP2D.</li>
 *   <li>Designs that need patient timing conduct whole trials behind {@link org.escalon.simulation.trial.TrialConduct}:
 *       {@link org.escalon.simulation.trial.BfBoinTrial} runs BF-BOIN in calendar time (any unit), used in months
 *       by design-only studies (arrivals from {@link org.escalon.simulation.trial.BfBoinAccrual}) and in days by
 *       {@link org.escalon.simulation.trial.BfBoinConduct} in PK/PD-coupled studies.
 *       {@link org.escalon.simulation.trial.TiteCrmTrials} runs design-only TITE-CRM trials as R {@code dfcrm::titesim}
 *       and {@link org.escalon.simulation.trial.TiteCrmConduct} runs the TITE-CRM on patients with their own DLT
 *       onset days.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * {@code FixedToxicity}, {@code FixedOutcomeSource}, {@code DoseLevel}, {@code Accrual} and the result records
 * are immutable. A {@code TrialRunner} and the
 * {@code PatientToxicity}, {@code CoupledTrialRunner}, {@code Accrual.Arrivals} and
 * {@code TrialPatients} objects, {@code BfBoinTrial}, {@code BfBoinConduct}, {@code TiteCrmTrials} and {@code
 * TiteCrmConduct} are confined to one thread; create one runner per worker thread.
 */
package org.escalon.simulation.trial;
