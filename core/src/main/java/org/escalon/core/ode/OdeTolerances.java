package org.escalon.core.ode;

/**
 * Error tolerances and step limits of an adaptive integrator. A step is accepted when the root mean square of
 * the scaled local error estimates is at most 1 (Hairer, Nørsett &amp; Wanner, Solving ODEs I, §II.4):
 *
 * <pre>
 *   sqrt( (1/n) · Σ_i ( err_i / (absolute + relative · max(|y_i|, |y_new,i|)) )² ) ≤ 1
 * </pre>
 *
 * <p>so, roughly, the local error of component i is kept below {@code absolute + relative * |y_i|}.
 *
 * @param relative relative tolerance, in (0, 0.1]
 * @param absolute absolute tolerance, in (0, 0.01]: the model's states are fractions of baseline (IKZF, tumour),
 *     counts of order 1–200 (ANC, platelets) and g/dL of order 1; a larger absolute tolerance would switch error
 *     control off for the fractions and give meaningless results
 * @param maxStepH largest step in hours, &gt; 0 (may be infinite)
 * @param maxSteps largest number of steps per {@link OdeIntegrator#integrate} call, &gt; 0
 */
public record OdeTolerances(double relative, double absolute, double maxStepH, int maxSteps) {

  /** rtol 1e-6, atol 1e-9, max step 24 h, 100,000 steps per segment. */
  public static final OdeTolerances DEFAULT = new OdeTolerances(1e-6, 1e-9, 24.0, 100_000);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param relative relative tolerance, in (0, 0.1]
   * @param absolute absolute tolerance, in (0, 0.01]: the model's states are fractions of baseline (IKZF, tumour),
   *     counts of order 1–200 (ANC, platelets) and g/dL of order 1; a larger absolute tolerance would switch error
   *     control off for the fractions and give meaningless results
   * @param maxStepH largest step in hours, &gt; 0 (may be infinite)
   * @param maxSteps largest number of steps per {@link OdeIntegrator#integrate} call, &gt; 0
   */
  public OdeTolerances {
    if (!(relative > 0) || relative > 0.1) {
      throw new IllegalArgumentException("relative tolerance must be in (0, 0.1], got " + relative);
    }
    if (!(absolute > 0) || absolute > 0.01) {
      throw new IllegalArgumentException("absolute tolerance = " + absolute + ": must be in (0, 0.01]");
    }
    if (!(maxStepH > 0)) {
      throw new IllegalArgumentException("maxStepH must be > 0, got " + maxStepH);
    }
    if (maxSteps <= 0) {
      throw new IllegalArgumentException("maxSteps must be > 0, got " + maxSteps);
    }
  }

  /**
   * Given relative and absolute tolerances with the default step limits.
   *
   * @param relative relative tolerance, in (0, 0.1]
   * @param absolute absolute tolerance, in (0, 0.01]: the model's states are fractions of baseline (IKZF, tumour),
   *     counts of order 1–200 (ANC, platelets) and g/dL of order 1; a larger absolute tolerance would switch error
   *     control off for the fractions and give meaningless results
   * @return given relative and absolute tolerances with the default step limits
   */
  public static OdeTolerances of(double relative, double absolute) {
    return new OdeTolerances(relative, absolute, DEFAULT.maxStepH, DEFAULT.maxSteps);
  }
}
