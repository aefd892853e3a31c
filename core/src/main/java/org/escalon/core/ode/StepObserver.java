package org.escalon.core.ode;

/**
 * Sees the solution at the end of every accepted step of an {@link OdeIntegrator} (for example to track the
 * minimum of a state between output times). Called on the integrating thread; must not modify or keep
 * {@code y}.
 */
@FunctionalInterface
public interface StepObserver {

  /**
   * @param tH time at the end of the accepted step
   * @param y state at {@code tH} (read only, valid during the call)
   */
  void accepted(double tH, double[] y);
}
