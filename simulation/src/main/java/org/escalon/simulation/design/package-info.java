/**
 * Dose-escalation designs: immutable configurations whose {@code decide(history)} is a pure function of the
 * trial's per-dose counts.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.design.ThreePlusThree} &mdash; the rule-based 3+3, variant A (escalation
 *       only, the default) or B (with de-escalation; the MTD needs 6 patients).</li>
 *   <li>{@link org.escalon.simulation.design.Boin} &mdash; BOIN with every option of R {@code BOIN} 2.7.2; the
 *       recommended model-assisted design.</li>
 *   <li>{@link org.escalon.simulation.design.I3Plus3}, {@link org.escalon.simulation.design.Mtpi2},
 *       {@link org.escalon.simulation.design.Keyboard} &mdash; other interval designs, same flow and MTD selection as
 *       BOIN ({@link org.escalon.simulation.design.IntervalDesign}), different decision tables.</li>
 *   <li>{@link org.escalon.simulation.design.BfBoin} &mdash; BOIN with backfilling (R {@code bfboin}): its
 *       configuration and its two pure rules, the decision after an escalation cohort (backfill data pooled on
 *       conflicts) and the dose a backfill patient gets; it needs patient timing, so its trials run in
 *       {@code simulation.trial.BfBoinTrial}, not through {@code decide(history)}.</li>
 *   <li>{@link org.escalon.simulation.design.Crm} &mdash; the continual reassessment method with the model, fit and
 *       conduct of R {@code dfcrm} (posterior by quadrature, in {@code design.crm}); its conduct also reads the last
 *       cohort ({@link org.escalon.simulation.design.TrialHistory#lastCohortSize()}).
 *       {@link org.escalon.simulation.design.TiteCrm} is the time-to-event CRM, conducted in calendar time by the
 *       {@code trial} package.</li>
 *   <li>Decorators, from {@link org.escalon.simulation.design.EscalationDesign}'s default methods:
 *       {@code stopAtSampleSize(n)}, {@code stopWhenNAtDose(m)}, {@code noDoseSkipping()}.</li>
 *   <li>{@link org.escalon.simulation.design.CohortHistory} replays a real trial from text such as
 *       {@code "1NNN 2NTN"}; {@link org.escalon.simulation.design.TrialState} is the engines' mutable state and
 *       hands out its own {@link org.escalon.simulation.design.SelectionScratch} so that MTD selection allocates
 *       nothing on the hot path (any other {@code TrialHistory} gets a fresh one).</li>
 * </ul>
 * The interval designs are configured through builders ({@code Boin.builder(target, K)} and so on) whose setters
 * each reject a bad value at once with {@code name = value: must be …} and whose {@code build()} (declared by
 * {@link org.escalon.simulation.design.IntervalDesign.Builder}) checks the combinations.
 * Every design prints its {@link org.escalon.simulation.design.DecisionTable} (E/S/D/DU for each n, y) for audit.
 * Dose levels are 1-based.
 *
 * <h2>Thread safety</h2>
 * Designs, tables, recommendations and {@code CohortHistory} are immutable and can be shared by all threads.
 * {@code TrialState}, {@code SelectionScratch} and the builders are mutable and must stay with one thread.
 */
package org.escalon.simulation.design;
