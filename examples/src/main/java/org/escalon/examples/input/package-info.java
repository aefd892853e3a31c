/**
 * What users type, read the same way by every command, every scenario file and every CSV (the one table of design
 * names, {@link org.escalon.simulation.study.DesignName}, lives in the library so that the Java API reads the same
 * names): the doses × schedules × dexamethasone cross product that
 * turns a comparison into arms ({@code org.escalon.simulation.pkpd.Arm.crossProduct}), the dose-hold switch ({@link
 * org.escalon.examples.input.DoseHolds}), the one table of numeric limits ({@link
 * org.escalon.examples.input.Limit}), strict number syntax ({@link org.escalon.examples.input.Numbers}) and
 * reading text files as UTF-8 with clear messages ({@link org.escalon.examples.input.TextFiles}).
 *
 * <p>Everything here is stateless or immutable and thread-safe. Errors are {@link IllegalArgumentException}s in the
 * form {@code name = value: must be …}; the CLI, the scenario reader and the CSV reader add the option, field path
 * or row and column.
 */
package org.escalon.examples.input;
