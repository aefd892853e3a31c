/**
 * Linear oral PK models — one and two compartments with first-order absorption
 * ({@link org.escalon.core.pk.OneCompartmentOral}, {@link org.escalon.core.pk.TwoCompartmentOral}) — each in closed
 * form (exact propagation over an interval, equal to Bateman superposition over doses; divided differences computed
 * with {@code expm1} so that ka ≈ k stays exact) and in ODE form; the models are immutable and thread-safe, and
 * their array methods do not allocate.
 *
 * <p>{@link org.escalon.core.pk.DrugExposure} is the PK part of the composed PK/PD model as its PD equations see
 * it (concentration, dexamethasone biophase and effect site, AUC), in two forms: {@link
 * org.escalon.core.pk.ClosedFormExposure} (the hot path: fed into the PD equations it removes absorption from the
 * ODE's step-size limits) and {@link org.escalon.core.pk.OdeExposure} (the reference). Both find the daily Cmax
 * with {@link org.escalon.core.pk.DailyCmax}. Exposures are mutable (anchor state): one per individual and
 * thread. This package depends on nothing else in Escalon.
 */
package org.escalon.core.pk;
