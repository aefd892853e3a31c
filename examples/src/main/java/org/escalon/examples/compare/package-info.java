/**
 * Design comparisons on PK/PD virtual patients as statisticians describe them (doses × schedules × dexamethasone ×
 * designs; the arms come from {@code org.escalon.simulation.pkpd.Arm.crossProduct}, the design names from {@link
 * org.escalon.simulation.study.DesignName}) and their rendering as JSON and as a side-by-side table. Used by the
 * {@code compare} and {@code demo} commands and by the example mains. Immutable and thread-safe.
 */
package org.escalon.examples.compare;
