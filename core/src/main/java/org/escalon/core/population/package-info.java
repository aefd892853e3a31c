/**
 * Virtual patients: between-subject variability ({@link org.escalon.core.population.Omega}, diagonal or full
 * block, Cholesky with EJML), virtual patients with covariates ({@link org.escalon.core.model.Covariates}) and
 * latent uniforms for random events (layout {@link org.escalon.core.model.LatentUniforms}), the
 * {@link org.escalon.core.population.PopulationModel} that draws them, and
 * {@link org.escalon.core.population.PopulationSimulation} for many independent patients on several threads (the
 * random streams addressed by (seed, indices) and the worker pool are in the internal package
 * {@code org.escalon.core.internal}): {@code summarise} and {@code forEach} stream (one block of patients in memory
 * whatever the population size), {@code run} keeps every result. A patient whose integration fails is named by
 * {@link org.escalon.core.population.PopulationModel#describe} (index, age, sampled parameters); the run stops or
 * counts it ({@link org.escalon.core.population.PopulationSimulation.OnFailure}).
 * Randomness is always injected; results never depend on the number of threads. Immutable and thread-safe. The
 * top layer of core: it uses {@code model}, {@code output}, {@code ode}, {@code regimen} and {@code internal};
 * nothing in core uses it.
 */
package org.escalon.core.population;
