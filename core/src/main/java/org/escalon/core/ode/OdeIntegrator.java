package org.escalon.core.ode;

/**
 * Integrates an {@link OdeSystem} over one segment on which its right-hand side is smooth. Callers split the
 * time axis at dose times (a bolus is a state reset between two calls) and at every output time.
 *
 * <p>Integrators are mutable engines (workspace, last step size, counters): not thread-safe; use one per
 * thread. Implementations: {@link DormandPrince54Integrator} (allocation-free, the hot path) and
 * {@link HipparchusIntegrator} (reference, Hipparchus DormandPrince54/853).
 */
public interface OdeIntegrator {

  /**
   * Integrates {@code y} in place from {@code t0} to {@code t1 >= t0}.
   *
   * @param system the equations; its dimension must equal {@code y.length}
   * @param t0 start time
   * @param y state at {@code t0} on entry, state at {@code t1} on return
   * @param t1 end time
   * @throws IllegalArgumentException if {@code t1 < t0}, a time is not finite or the dimension does not match
   * @throws IllegalStateException if the step size underflows or the step budget is exhausted
   */
  void integrate(OdeSystem system, double t0, double[] y, double t1);

  /** Tolerances used by this integrator. */
  OdeTolerances tolerances();

  /** Number of right-hand-side evaluations since construction or the last {@link #resetCounters()}. */
  long evaluations();

  /** Number of accepted steps since construction or the last {@link #resetCounters()}. */
  long acceptedSteps();

  /** Sets the counters to zero. */
  void resetCounters();

  /**
   * Forgets the step-size history so that the next call starts afresh (call between patients for
   * reproducibility that does not depend on which patient was simulated before).
   */
  void reset();
}
