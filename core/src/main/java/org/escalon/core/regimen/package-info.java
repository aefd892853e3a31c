/**
 * Dosing regimens of cemsidomide and dexamethasone in 28-day cycles.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.core.regimen.Schedule}: which cycle days get cemsidomide, from the text users type
 *       ({@code "QD d1-14"}, {@code "MWF d1-21"}, {@code "QD 5on2off"}).</li>
 *   <li>{@link org.escalon.core.regimen.Regimen}: dose, schedule, weekly dexamethasone (days 1, 8, 15, 22) and the
 *       number of cycles; text form {@code "100 ug QD d1-14 x6 + dex 40 mg"}; {@code events()} lists the planned
 *       {@link org.escalon.core.regimen.DosingEvent doses}.</li>
 *   <li>{@link org.escalon.core.regimen.DoseModificationRule}: protocol holds and reductions, applied day by day by
 *       a per-patient {@link org.escalon.core.regimen.DoseModificationTracker} from the pre-dose counts.</li>
 *   <li>{@link org.escalon.core.regimen.DexamethasoneAgeRule}: the dexamethasone cap for older patients.</li>
 * </ul>
 * Time unit: hours since cycle 1 day 1 00:00 ({@link org.escalon.core.regimen.Regimen#HOURS_PER_DAY} per day);
 * doses are taken at hour 0 of their day. All classes are immutable and thread-safe except the tracker (a mutable
 * engine, one per thread). This package depends on nothing else in Escalon.
 */
package org.escalon.core.regimen;
