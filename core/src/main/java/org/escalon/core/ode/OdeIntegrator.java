package org.escalon.core.ode;

/**
 * Integrates an {@link OdeSystem} over one segment on which its right-hand side is smooth. Callers split the
 * time axis at dose times (a bolus is a state reset between two calls) and at every output time.
 *
 * <p>Integrators are mutable engines (workspace, last step size, counters): not thread-safe; use one per
 * thread. Implementations: {@link DormandPrince54Integrator} (allocation-free, the hot path) and
 * {@link HipparchusIntegrator} (reference, Hipparchus DormandPrince54/853).
 *
 * <p>What only some engines can do is a separate small capability interface, as Commons RNG puts jumping beside
 * {@code UniformRandomProvider}: {@link IntegrationCounters} (evaluation and step counts, both implementations)
 * and {@link StepSizeHints} (step-size carry-over and hints, {@link DormandPrince54Integrator} only). Callers ask
 * with {@code instanceof} once, when they are built.
 */
public interface OdeIntegrator {

  /**
   * Integrates {@code y} in place from {@code t0} to {@code t1 >= t0}. The last step is shortened to land on
   * {@code t1} exactly and the right-hand side is never evaluated beyond {@code t1}; {@code t1 == t0} is a no-op
   * (no evaluation). The right-hand side must be smooth on {@code [t0, t1]}: split at discontinuities.
   *
   * @param system the equations; its dimension must equal {@code y.length}
   * @param t0 start time, finite
   * @param y state at {@code t0} on entry (finite values), state at {@code t1} on return; on an exception its
   *     content is unspecified
   * @param t1 end time, finite
   * @throws NullPointerException if {@code system} or {@code y} is null
   * @throws IllegalArgumentException if {@code t1 < t0}, a time or a state value is not finite or a dimension
   *     does not match (the message names the parameter)
   * @throws IllegalStateException if the step size underflows, the derivatives are not finite or the step
   *     budget is exhausted (the message gives the time and step size)
   */
  void integrate(OdeSystem system, double t0, double[] y, double t1);

  /**
   * Integrates like {@link #integrate(OdeSystem, double, double[], double)} and also writes the state at each of
   * the output times {@code outTimes[0..nOut)} (strictly increasing, in {@code (t0, t1]}) into row {@code k} of
   * {@code outStates} (offset {@code k · dimension}), so that callers need not split a smooth segment to read
   * intermediate values. The states at index {@code >= system.integratedDimension()} are copied from {@code y}.
   *
   * <p>The default splits the segment at the output times (one call each); implementations with dense output
   * override it and then take the same steps as without outputs, with interpolated intermediate values whose
   * error is of the order of the local tolerance.
   *
   * @param system the equations; its dimension must equal {@code y.length}
   * @param t0 start time, finite
   * @param y state at {@code t0} on entry (finite values), state at {@code t1} on return; on an exception its content
   *     is unspecified
   * @param t1 end time, finite
   * @param outTimes output times (read, not kept); may be null when {@code nOut == 0}
   * @param nOut number of output times used, {@code 0 <= nOut <= outTimes.length}
   * @param outStates output rows, length at least {@code nOut · dimension}; may be null when {@code nOut == 0}
   * @throws IllegalArgumentException as {@link #integrate(OdeSystem, double, double[], double)}, and if the output
   * times are not increasing in {@code (t0, t1]} or {@code outStates} is too short
   */
  default void integrate(OdeSystem system, double t0, double[] y, double t1, double[] outTimes, int nOut,
      double[] outStates) {
    Checks.integrateArguments(system, t0, y, t1, y == null ? 0 : y.length);
    Checks.outputArguments(t0, t1, outTimes, nOut, outStates, y.length);
    double t = t0;
    for (int k = 0; k < nOut; k++) {
      integrate(system, t, y, outTimes[k]);
      System.arraycopy(y, 0, outStates, k * y.length, y.length);
      t = outTimes[k];
    }
    integrate(system, t, y, t1);
  }

  /**
   * Tolerances used by this integrator.
   *
   * @return tolerances used by this integrator
   */
  OdeTolerances tolerances();

  /**
   * Sets (or with null removes) the observer called after every accepted step; it does not change the steps.
   *
   * @param observer sets (or with null removes) the observer called after every accepted step; it does not change the
   *     steps
   */
  void setStepObserver(StepObserver observer);

  /**
   * Forgets the step-size history so that the next call starts afresh (call between patients for
   * reproducibility that does not depend on which patient was simulated before).
   */
  void reset();
}
