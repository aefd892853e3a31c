/**
 * The composed cemsidomide + dexamethasone PK/PD model (docs/model.md): parameter definitions, typical and individual
 * values, structural options, the model as an ODE system, and the simulation of one patient's course.
 *
 * <h2>How to choose</h2>
 * <ul>
 *   <li>{@link org.escalon.core.model.Param} lists every parameter with unit, default, variability and source
 *       ("assumed", "calibrated" or literature); {@link org.escalon.core.model.ModelParameters} holds typical
 *       values (θ); {@link org.escalon.core.model.IndividualParameters} one individual's values (θ with η).</li>
 *   <li>{@link org.escalon.core.model.PatientSimulator} is the usual entry point: simulate a course
 *       ({@link org.escalon.core.output.PatientResult}) or a profile on a time grid. It only orchestrates: the
 *       segment integration (internal {@code SegmentIntegration}, {@code SegmentBoundaries}), the per-patient
 *       {@link org.escalon.core.regimen.DoseModificationTracker}, the {@link org.escalon.core.output.CourseJudge}
 *       and {@link org.escalon.core.output.ImwgResponse#bestConfirmed}.</li>
 *   <li>{@link org.escalon.core.model.PkPdSystem} is the right-hand side with named states, for users who drive an
 *       integrator themselves.</li>
 *   <li>{@link org.escalon.core.model.Covariates} and {@link org.escalon.core.model.LatentUniforms} are what the
 *       simulator needs of a patient besides parameters; {@code core.population} draws them.</li>
 * </ul>
 *
 * <h2>Dependencies</h2>
 * This package uses {@code pd}, {@code pk}, {@code regimen}, {@code ode} and {@code output}, and is used by
 * {@code population} (one way only; {@code PackageDependencyTest} checks it).
 *
 * <h2>Thread safety</h2>
 * Parameters, options and settings are immutable. {@code PkPdSystem} and {@code PatientSimulator} are mutable
 * engines: one per thread.
 */
package org.escalon.core.model;
