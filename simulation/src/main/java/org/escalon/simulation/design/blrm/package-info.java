/**
 * The Bayesian logistic regression model (BLRM) of Neuenschwander, Branson &amp; Gsponer (2008) with its posterior
 * computed by deterministic quadrature: {@link org.escalon.simulation.design.blrm.BlrmModel} (doses, reference dose,
 * {@link org.escalon.simulation.design.blrm.BlrmPrior}), {@link org.escalon.simulation.design.blrm.BlrmPosterior}
 * (interval probabilities, means and quantiles of the DLT probabilities) and its resolution
 * {@link org.escalon.simulation.design.blrm.BlrmQuadrature}. The escalation design using it (EWOC, increments,
 * stopping) is {@link org.escalon.simulation.design.Blrm}. See docs/designs.md, "Model-based designs: BLRM with
 * EWOC".
 *
 * <p>Models, priors, posteriors and summaries are immutable and thread-safe; {@code LaplaceCentre} and
 * {@code LagrangeCells} are internal.
 */
package org.escalon.simulation.design.blrm;
