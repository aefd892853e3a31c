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
 * allocate; the rates of a step's nodes ({@link #stepRates}) are asked for before the sources at those nodes.
 */
public interface ScalarLinearOde {

  /**
   * The decay rate at {@code t} (1/time), finite and ≥ 0.
   *
   * @param t time
   * @return the decay rate at {@code t} (1/time), finite and ≥ 0
   */
  double rate(double t);

  /** The first interior node of a step of {@link ExponentialScalarIntegrator}, (1 − √(3/7))/2, as a fraction of it. */
  double NODE_1 = 0.5 - Math.sqrt(21.0) / 14.0;

  /** The third interior node, (1 + √(3/7))/2 = 1 − {@link #NODE_1}. */
  double NODE_3 = 0.5 + Math.sqrt(21.0) / 14.0;

  /**
   * The rates at the four new nodes of a step from {@code t} of size {@code h}: t + {@link #NODE_1}·h, t + h/2,
   * t + {@link #NODE_3}·h and t + h, into {@code out[0..4)}. By default four calls of {@link #rate}; an
   * implementation may compute them together more cheaply (for example by sharing exponentials between the
   * nodes), as long as each agrees with {@link #rate} at its time to rounding.
   *
   * @param t the step's start
   * @param h the step size (≥ 0)
   * @param out receives the four rates
   */
  default void stepRates(double t, double h, double[] out) {
    out[0] = rate(t + NODE_1 * h);
    out[1] = rate(t + 0.5 * h);
    out[2] = rate(t + NODE_3 * h);
    out[3] = rate(t + h);
  }

  /**
   * The source term at {@code t} (state per time), finite.
   *
   * @param t time
   * @return the source term at {@code t} (state per time), finite
   */
  double source(double t);
}
