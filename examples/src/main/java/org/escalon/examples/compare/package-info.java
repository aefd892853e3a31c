/**
 * Design comparisons on PK/PD virtual patients as statisticians describe them (doses × schedules × dexamethasone ×
 * designs) and their rendering as JSON and as a side-by-side table. Used by the {@code compare} and {@code demo}
 * commands and by the example mains. Immutable and thread-safe.
 */
package org.escalon.examples.compare;
