/**
 * The short way in: fluent, validated builders for the three things users do most, with the command line's
 * defaults, so that a design-only OC, a PK/PD schedule comparison or one virtual patient's profile is a few lines.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.simulation.study.DesignOcStudy}: a design against fixed true DLT probabilities
 *       (R {@code get.oc}); the number of doses is the number of probabilities.</li>
 *   <li>{@link org.escalon.simulation.study.ScheduleStudy}: doses × schedules × dexamethasone × designs on the
 *       PK/PD model's virtual patients, with paired schedule-to-schedule differences (common random numbers).</li>
 *   <li>{@link org.escalon.simulation.study.PatientStudy}: one virtual patient's concentration, IKZF, neutrophil,
 *       platelet and M-protein profile on a regimen.</li>
 * </ul>
 * Designs are given by a {@link org.escalon.simulation.study.DesignFactory} (the target, the number of doses, the
 * cohort size and the number of cohorts are set once, on the study). Everything here delegates to the engine
 * packages ({@code oc}, {@code pkpd}); use those directly for what the builders do not offer.
 *
 * <h2>Thread safety</h2>
 * Builders are mutable and not thread-safe; results are immutable.
 */
package org.escalon.simulation.study;
