/**
 * Escalation trials whose patients are virtual patients of the cemsidomide + dexamethasone PK/PD model, so that
 * DLTs, responses and adverse events come from exposure, IKZF degradation, neutrophil dynamics and dexamethasone.
 *
 * <h2>How to use</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.pkpd.CoupledStudy} is the entry point: {@link
 *       org.escalon.simulation.pkpd.Arm arms} (sets of dose levels, e.g. one per schedule) × {@link
 *       org.escalon.simulation.pkpd.NamedDesign designs}, the {@link
 *       org.escalon.simulation.pkpd.VirtualPatientModel virtual patients}, accrual, RP2D rule and Monte Carlo
 *       settings. It computes the {@link org.escalon.simulation.pkpd.ModelTruth model truth} per arm from its own
 *       population, then runs the trials.</li>
 *   <li>Common random numbers: patient k of trial i is the same person (η, age, latent uniforms) in every design
 *       and every arm; arrival times are shared too; an outcome depends only on (seed, trial, patient, level) and
 *       is simulated once per trial ({@link org.escalon.simulation.pkpd.PkPdOutcomeSource}).</li>
 *   <li>Determinism: trial i uses streams derived from (seed, i) only and results are reduced in trial order, so
 *       1, 2 or N threads give identical numbers.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Settings, truth and results are immutable. {@code PkPdOutcomeSource} is thread-safe (one patient simulator per
 * thread); the per-trial objects it returns are confined to the calling thread.
 */
package org.escalon.simulation.pkpd;
