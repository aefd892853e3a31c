/**
 * The mathematics of the continual reassessment method as R {@code dfcrm} defines it, independent of any trial:
 * the dose–toxicity models ({@link org.escalon.simulation.design.crm.CrmModel}: empiric and one-parameter logistic),
 * skeletons by indifference intervals ({@link org.escalon.simulation.design.crm.CrmSkeleton#getprior}), the
 * posterior fit of β by deterministic quadrature ({@link org.escalon.simulation.design.crm.CrmPosterior}, returning
 * a {@link org.escalon.simulation.design.crm.CrmFit} as {@code crm()} and {@code titecrm()} do) and the TITE-CRM
 * weights ({@link org.escalon.simulation.design.crm.TiteWeights}). The designs built on them,
 * {@link org.escalon.simulation.design.Crm} and {@link org.escalon.simulation.design.TiteCrm}, live in the parent
 * package; docs/designs.md, "Model-based designs: CRM and TITE-CRM", states every rule.
 *
 * <p>How to choose: {@code CrmPosterior.fit} for counts per dose, {@code fitWeighted} for TITE data; the hot-path
 * methods ({@code betaMean}, {@code recommend(beta, target)}) compute only what a decision needs.
 *
 * <p>Thread safety: everything public is immutable or stateless; the package-private quadrature engine is created per
 * computation.
 */
package org.escalon.simulation.design.crm;
