/**
 * What a simulation reports and how it is judged: CTCAE grades ({@link org.escalon.core.output.ToxicityCriteria}),
 * the DLT definition ({@link org.escalon.core.output.DltCriteria}), IMWG response
 * ({@link org.escalon.core.output.ResponseCriteria}, {@link org.escalon.core.output.ImwgResponse}), one patient's
 * course ({@link org.escalon.core.output.PatientResult}), profiles on a time grid
 * ({@link org.escalon.core.output.Profile}) and population rates with standard errors
 * ({@link org.escalon.core.output.PopulationSummary}). Immutable and thread-safe.
 */
package org.escalon.core.output;
