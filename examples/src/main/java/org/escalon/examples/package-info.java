/**
 * Short runnable mains that a statistician can copy into their own tool: {@link
 * org.escalon.examples.ScheduleComparison}, {@link org.escalon.examples.CompareDesigns}, {@link
 * org.escalon.examples.DexamethasoneDose}. Each builds a {@link org.escalon.examples.compare.CompareScenario}, runs
 * it and prints the design-meeting table.
 */
package org.escalon.examples;
