/**
 * Linear oral PK models — one and two compartments with first-order absorption — each in closed form (exact
 * propagation over an interval, equal to Bateman superposition over doses; divided differences computed with
 * {@code expm1} so that ka ≈ k stays exact) and in ODE form. The closed form is the hot path: fed into the PD
 * equations it removes absorption from the ODE's step-size limits. Immutable and thread-safe; array methods do not
 * allocate.
 */
package org.escalon.core.pk;
