package org.escalon.core.ode;

/**
 * A scalar linear ODE with known time-dependent coefficients,
 *
 * <pre>
 *   dy/dt = source(t) − rate(t)·y,      rate(t) ≥ 0
 * </pre>
 *
 * for example a turnover state driven by a concentration known in closed form (IKZF degradation:
 * rate = KDEG·(1 + S(C(t))), source = KDEG). {@link ExponentialScalarIntegrator} integrates it with the decay
 * taken exactly, so that a large rate does not limit the step size. Implementations used on the hot path must not
 * allocate; both methods are called at the same time one after the other, {@link #rate} first.
 */
public interface ScalarLinearOde {

  /**
   * The decay rate at {@code t} (1/time), finite and ≥ 0.
   *
   * @param t time
   * @return the decay rate at {@code t} (1/time), finite and ≥ 0
   */
  double rate(double t);

  /**
   * The source term at {@code t} (state per time), finite.
   *
   * @param t time
   * @return the source term at {@code t} (state per time), finite
   */
  double source(double t);
}
