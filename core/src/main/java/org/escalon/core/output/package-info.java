/**
 * What a simulation reports and how it is judged: CTCAE grades ({@link org.escalon.core.output.ToxicityCriteria}),
 * the DLT definition ({@link org.escalon.core.output.DltCriteria}), IMWG response
 * ({@link org.escalon.core.output.ResponseCriteria}, {@link org.escalon.core.output.ImwgResponse}), one patient's
 * course ({@link org.escalon.core.output.PatientResult}), profiles on a time grid
 * ({@link org.escalon.core.output.Profile}) and population rates with standard errors
 * ({@link org.escalon.core.output.PopulationSummary}).
 *
 * <p>{@link org.escalon.core.output.CourseJudge} judges one simulated course (grades, grade 4 episodes, febrile
 * neutropenia, incidence adverse events, DLT reasons) statelessly, from the daily values recorded in a {@link
 * org.escalon.core.output.PatientResultBuffer}, the mutable reusable holder that the allocation-free hot path
 * writes into (one per thread; its judged fields are written only by the judge, in this package). Everything else
 * is immutable and thread-safe. This package depends only on {@code core.pd}.
 */
package org.escalon.core.output;
