/**
 * Operating characteristics of a design: per dose the % selected as MTD, mean patients and mean DLTs; overall the %
 * of trials with no MTD, mean sample size, mean DLTs and the % of patients treated above the true MTD.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.oc.ExactOc} &mdash; exact values by dynamic programming over trial states
 *       (n and y per dose, current dose) for fixed true DLT probabilities; no Monte Carlo error. Works for every
 *       design whose decisions depend on the counts only (all designs here); cost grows with the number of
 *       reachable states (5 doses × 10 cohorts of 3: milliseconds).</li>
 *   <li>{@link org.escalon.simulation.oc.MonteCarloOc} &mdash; simulation with Monte Carlo standard errors; for any
 *       {@code ToxicitySource} (e.g. a PK/PD model), reproducible across thread counts.</li>
 *   <li>{@link org.escalon.simulation.oc.OcAccumulator} &mdash; the per-block accumulator, reusable by other
 *       Monte Carlo studies that want the same summary.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * {@code OperatingCharacteristics} is immutable; {@code ExactOc} and {@code MonteCarloOc} are stateless;
 * {@code OcAccumulator} is mutable and confined to one thread at a time.
 */
package org.escalon.simulation.oc;
