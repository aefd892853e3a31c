/**
 * Operating characteristics of a design: per dose the % selected as MTD, mean patients and mean DLTs; overall the %
 * of trials with no MTD, mean sample size, mean DLTs and the % of patients treated above the true MTD.
 *
 * <h2>One vocabulary</h2>
 * Every reported quantity is a {@link org.escalon.core.output.Estimate} (value and standard error). The
 * design-only engines and the PK/PD engine name the same quantity the same way: per level a
 * {@link org.escalon.simulation.oc.LevelOc} ({@code mtdSelectionPct}, {@code meanN}, {@code meanDlt}); overall
 * {@code noMtdPct}, {@code meanTotalN}, {@code meanTotalDlt}, {@code pctAboveTrueMtd}, all in
 * {@link org.escalon.simulation.oc.OperatingCharacteristics}. A PK/PD study's
 * {@link org.escalon.simulation.oc.CoupledOc} holds one of those for its MTD part plus the RP2D part
 * ({@link org.escalon.simulation.oc.Rp2dOc}), correct selection, duration and the optimisation stage.
 * {@link org.escalon.simulation.oc.Moments} accumulates a mean and its standard error (Welford).
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.oc.ExactOc} &mdash; exact values by dynamic programming over trial states
 *       (n and y per dose, current dose; plus the last cohort for designs that read it, such as the CRM) for fixed
 *       true DLT probabilities; no Monte Carlo error. Works for every design whose decisions depend on these
 *       states (all count-based designs here); cost grows with the number of reachable states (5 doses × 10
 *       cohorts of 3: milliseconds for BOIN; the CRM fits a posterior per state: seconds).</li>
 *   <li>{@link org.escalon.simulation.oc.MonteCarloOc} &mdash; simulation with Monte Carlo standard errors; for any
 *       {@code ToxicitySource} (e.g. a PK/PD model), reproducible across thread counts.</li>
 *   <li>{@link org.escalon.simulation.oc.BfBoinOc} &mdash; design-only BF-BOIN as R {@code bfboin::get.oc.bf} (in
 *       months), giving a {@link org.escalon.simulation.oc.BackfillOc}: the usual summary plus duration, patients
 *       backfilled per dose and candidates turned away.</li>
 *   <li>{@link org.escalon.simulation.oc.TiteCrmOc} &mdash; design-only TITE-CRM as R {@code dfcrm::titesim}, by
 *       simulation only (follow-up times are continuous).</li>
 *   <li>{@link org.escalon.simulation.oc.OcAccumulator} &mdash; the per-block accumulator, reusable by other
 *       Monte Carlo studies that want the same summary.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * The result records are immutable; {@code ExactOc} and {@code MonteCarloOc} are stateless; the accumulators
 * ({@code OcAccumulator}, {@code CoupledOcAccumulator}, {@code Moments}) are mutable and confined to one thread at a
 * time.
 */
package org.escalon.simulation.oc;
