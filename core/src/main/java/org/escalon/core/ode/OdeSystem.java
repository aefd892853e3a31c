package org.escalon.core.ode;

/**
 * A system of first-order ordinary differential equations {@code dy/dt = f(t, y)}.
 *
 * <p>Implementations used on the hot path must not allocate in {@link #computeDerivatives}. An instance may
 * hold mutable per-patient state (for example the closed-form PK state of the current dosing segment) and is
 * then not thread-safe; use one instance per thread.
 */
public interface OdeSystem {

  /** Number of state variables (length of {@code y}). */
  int dimension();

  /**
   * Writes {@code f(t, y)} into {@code dydtOut}.
   *
   * @param t time (hours for every model of Escalon)
   * @param y state, length {@link #dimension()}; must not be modified
   * @param dydtOut output, length {@link #dimension()}
   */
  void computeDerivatives(double t, double[] y, double[] dydtOut);
}
