package org.escalon.core.calibration;

import java.util.Objects;

/**
 * One row of the target table: the target, what the model achieved with its Monte Carlo SE, and the standardised
 * residual
 *
 * <pre>
 *   z = (achieved − target) / sqrt(SE_target² + SE_sim²)
 * </pre>
 *
 * {@code achieved} and {@code z} are NaN when a ratio's denominator is 0 in the simulation.
 *
 * @param target the target
 * @param achieved the simulated value
 * @param achievedSe its Monte Carlo standard error (0 for typical-patient metrics)
 * @param z the standardised residual
 */
public record TargetFit(Target target, double achieved, double achievedSe, double z) {
  /**
   * The record as given (the target is required; the achieved values are reported, not checked).
   *
   * @param target the target
   * @param achieved the simulated value
   * @param achievedSe its Monte Carlo standard error (0 for typical-patient metrics)
   * @param z the standardised residual
   */
  public TargetFit {
    Objects.requireNonNull(target, "target");
  }

  /**
   * The residual of {@code achieved ± achievedSe} against {@code target}.
   *
   * @param target the target
   * @param achieved the simulated value
   * @param achievedSe its Monte Carlo standard error (0 for typical-patient metrics)
   * @return the residual of {@code achieved ± achievedSe} against {@code target}
   */
  public static TargetFit of(Target target, double achieved, double achievedSe) {
    double z = (achieved - target.value()) / Math.sqrt(target.se() * target.se() + achievedSe * achievedSe);
    return new TargetFit(target, achieved, achievedSe, z);
  }
}
