package org.escalon.core.ode;

/**
 * Capability of an {@link OdeIntegrator} that counts its work (for benchmarks and cost floors: cost ≈
 * evaluations × ns per right-hand side). Not thread-safe, like the integrator.
 */
public interface IntegrationCounters {

  /**
   * Number of right-hand-side evaluations since construction or the last {@link #resetCounters()}.
   *
   * @return number of right-hand-side evaluations since construction or the last {@link #resetCounters()}
   */
  long evaluations();

  /**
   * Number of accepted steps since construction or the last {@link #resetCounters()}.
   *
   * @return number of accepted steps since construction or the last {@link #resetCounters()}
   */
  long acceptedSteps();

  /** Sets the counters to zero. */
  void resetCounters();
}
