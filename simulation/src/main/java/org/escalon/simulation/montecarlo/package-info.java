/**
 * Monte Carlo over many trials: settings (trials, master seed, threads), one random stream per trial index, and a
 * runner that reduces results in trial-index order.
 *
 * <h2>Reproducibility</h2>
 * Trial i always uses {@link org.escalon.core.internal.RandomStreams#trial(long, long)}{@code (seed, i)},
 * derived from the master seed and i only, never from the worker thread. Trials are grouped in fixed blocks of
 * {@link org.escalon.simulation.montecarlo.MonteCarloRunner#BLOCK_SIZE} consecutive indices; each block is
 * accumulated in index order and blocks are combined in block order. So the same seed gives bit-identical results
 * with 1, 2 or N threads (tested).
 *
 * <h2>How to use</h2>
 * For design operating characteristics call {@code org.escalon.simulation.oc.MonteCarloOc}. For anything else
 * (PK/PD-coupled trials, custom statistics) call
 * {@link org.escalon.simulation.montecarlo.MonteCarloRunner#run} with a worker factory (one worker per thread, e.g.
 * owning a {@code TrialRunner}) and an accumulator type.
 *
 * <h2>Thread safety</h2>
 * Settings are immutable; the runner is stateless. Workers and accumulators are confined to one thread at a time.
 * The threads come from core's internal worker pool ({@link org.escalon.core.internal.Workers}): the first
 * exception of any trial ends the run promptly and is rethrown by {@code run}.
 */
package org.escalon.simulation.montecarlo;
