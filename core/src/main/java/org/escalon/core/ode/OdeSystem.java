package org.escalon.core.ode;

/**
 * A system of first-order ordinary differential equations {@code dy/dt = f(t, y)}.
 *
 * <p>Implementations used on the hot path must not allocate in {@link #computeDerivatives}. An instance may
 * hold mutable per-patient state (for example the closed-form PK state of the current dosing segment) and is
 * then not thread-safe; use one instance per thread.
 */
public interface OdeSystem {

  /**
   * Number of state variables (length of {@code y}).
   *
   * @return number of state variables (length of {@code y})
   */
  int dimension();

  /**
   * Number {@code m} of leading states that change under integration, {@code 1 <= m <= dimension()} (default:
   * all). The states at index {@code >= m} must have derivative 0 for the current configuration of the system:
   * integrators then integrate, error-control and interpolate only {@code y[0..m)} and leave the rest of {@code y}
   * untouched (the error norm averages over the {@code m} integrated states). May change between integration
   * calls (for example when a model option is switched), never during one.
   *
   * @return number {@code m} of leading states that change under integration, {@code 1 <= m <= dimension()} (default:
   *     all)
   */
  default int integratedDimension() {
    return dimension();
  }

  /**
   * Writes {@code f(t, y)} into {@code dydtOut}.
   *
   * @param t time (hours for every model of Escalon)
   * @param y state, length {@link #dimension()}; must not be modified
   * @param dydtOut output, length {@link #dimension()}
   */
  void computeDerivatives(double t, double[] y, double[] dydtOut);
}
