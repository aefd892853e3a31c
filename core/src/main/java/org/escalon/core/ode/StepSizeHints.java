package org.escalon.core.ode;

/**
 * Capability of an {@link OdeIntegrator} that carries its step size over between calls and takes hints for it
 * ({@link DormandPrince54Integrator}). A caller that integrates day by day, split at dose times, can start each
 * post-dose segment with the first step of the previous day's post-dose segment, whose dynamics are alike. The
 * hints change only the step sequence, so results change only within the tolerances.
 */
public interface StepSizeHints {

  /**
   * Size of the first accepted step of the last {@code integrate} call, or NaN when unknown.
   *
   * @return size of the first accepted step of the last {@code integrate} call, or NaN when unknown
   */
  double firstStepH();

  /**
   * A hint for the first step of the next {@code integrate} call only, in place of the carried-over step.
   * Ignored when {@code h} is not finite and positive.
   *
   * @param h a hint for the first step of the next {@code integrate} call only, in place of the carried-over step
   */
  void suggestNextStepH(double h);
}
