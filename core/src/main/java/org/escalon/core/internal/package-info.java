/**
 * <b>Internal</b>: machinery shared by core and the simulation module, not part of the public API (it may change
 * without notice; outside users should not call it).
 *
 * <ul>
 *   <li>{@link org.escalon.core.internal.RandomStreams} &mdash; the one factory of random streams addressed by a
 *       master seed and indices (trial i of a Monte Carlo study, patient i of a population, a tagged stream), so
 *       that results never depend on the thread that computed them.</li>
 *   <li>{@link org.escalon.core.internal.Workers} &mdash; the one worker pool: the same worker on N daemon threads,
 *       with an uncaught-exception policy that ends the run at the first failure and rethrows its cause.</li>
 * </ul>
 *
 * <p>Both are stateless and thread-safe.
 */
package org.escalon.core.internal;
