/**
 * Maximum-tolerated-dose (MTD) selection at the end of a trial, and the text form of trial outcomes.
 *
 * <h2>What is here</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.selection.IsotonicMtdSelector} &mdash; the rule of R {@code BOIN::select.mtd}
 *       (2.7.2), shared by every interval design (BOIN, i3+3, mTPI-2, Keyboard): re-apply elimination, weighted
 *       isotonic regression of the Beta(0.05, 0.05) posterior means, pick the dose closest to the target.</li>
 *   <li>{@link org.escalon.simulation.selection.IsotonicRegression} &mdash; weighted pool-adjacent-violators.</li>
 *   <li>{@link org.escalon.simulation.selection.ThreePlusThreeMtd} &mdash; the MTD rules of the two 3+3 variants.</li>
 *   <li>{@link org.escalon.simulation.selection.ToxicityPosterior} &mdash; Beta(1, 1) posterior tail probabilities
 *       and the per-n elimination counts derived from them.</li>
 *   <li>{@link org.escalon.simulation.selection.PhaseOneOutcomes} &mdash; parses outcome strings such as
 *       {@code "1NNN 2NTN"} (the notation of R {@code escalation}) for tests and for replaying a real trial.</li>
 * </ul>
 *
 * <h2>How to choose</h2>
 * Designs in {@code org.escalon.simulation.design} already pick the right selector; use these classes directly
 * only to analyse final counts outside a simulated trial. Dose levels are 1-based everywhere (as users and R count
 * them); 0 means "no MTD".
 *
 * <h2>Thread safety</h2>
 * Every class is immutable or stateless and safe to share between threads. This package depends on no other
 * Escalon package.
 */
package org.escalon.simulation.selection;
