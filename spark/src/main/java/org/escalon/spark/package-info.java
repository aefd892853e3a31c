/**
 * Escalon's sweeps and calibrations on Apache Spark, with results bit-identical to a local run
 * (docs/distributed.md).
 *
 * <h2>What runs where</h2>
 * The driver parses the scenario, cuts the work into units and writes the outputs exactly as a local run does
 * ({@code examples.sweep.SweepOutputs} through the atomic output set). The executors run two stages of units:
 * <ol>
 *   <li>model truth: (grid point, arm, block of truth-patient indices), each patient i simulated from its own
 *       stream as {@code ModelTruth.compute} does; the driver tallies the blocks in patient order
 *       ({@code ModelTruth.Tally});</li>
 *   <li>trials: (grid point, block of trial indices) — whole Monte Carlo blocks of {@code CoupledStudy.BLOCK_SIZE}
 *       trials, run by {@code CoupledStudy.runBlocks} exactly as the local runner runs them (trial i with stream
 *       i); the driver folds the block accumulators in block order ({@code BlockFold}).</li>
 * </ol>
 * A calibration ({@link org.escalon.spark.SparkCalibrationEngine}) runs one job per objective evaluation, with
 * units (parameter vector, block of patient indices) simulated by {@code CohortBlocks.simulate} ({@link
 * org.escalon.spark.SparkCohortSimulator}); the driver joins the blocks in patient order.
 * Each unit's random streams derive from the master seed and its indices only, so neither the number of
 * executors, partitions or task attempts nor the order in which tasks finish changes a single bit.
 *
 * <h2>Classes</h2>
 * {@link org.escalon.spark.SparkSweepEngine} is the {@code --engine spark} service; {@link
 * org.escalon.spark.SparkSweep} the driver logic; {@link org.escalon.spark.Units} the units of work and their
 * executor-side code; {@link org.escalon.spark.UnitJob} one Spark job over units with in-order delivery and
 * progress; {@link org.escalon.spark.ParquetTrials} the {@code --parquet} output; {@link
 * org.escalon.spark.SparkMain} the {@code spark-submit} entry point.
 *
 * <h2>Thread safety</h2>
 * Units are immutable values; executor-side state is limited to a cache of parsed scenarios (immutable values).
 * The driver's in-order buffers are confined to the thread that delivers job results.
 */
package org.escalon.spark;
