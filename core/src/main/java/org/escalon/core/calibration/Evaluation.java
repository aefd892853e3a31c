package org.escalon.core.calibration;

import java.util.List;
import java.util.Objects;

/**
 * One evaluation of the calibration objective
 *
 * <pre>
 *   F(θ) = Σ_t z_t(θ)²,    z_t = (achieved_t − target_t) / sqrt(SE_target,t² + SE_sim,t²)
 * </pre>
 *
 * A target whose value is undefined (a ratio with a zero denominator) adds {@link #UNDEFINED_PENALTY}. Immutable.
 *
 * @param values the fitted quantities' values (external scale), in the problem's order
 * @param patients virtual patients per regimen used
 * @param objective F
 * @param targets one row per target, in the problem's order
 */
public record Evaluation(double[] values, int patients, double objective, List<TargetFit> targets) {

  /** Contribution of an undefined target to the objective. */
  public static final double UNDEFINED_PENALTY = 1e4;

  /**
   * Copies the arrays, so that the evaluation is immutable.
   *
   * @param values the fitted quantities' values (external scale), in the problem's order
   * @param patients virtual patients per regimen used
   * @param objective F
   * @param targets one row per target, in the problem's order
   */
  public Evaluation {
    values = Objects.requireNonNull(values, "values").clone();
    targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
  }

  /**
   * The objective of a list of target rows.
   *
   * @param rows one row per target: achieved value against the target, with standard errors
   * @return the objective of a list of target rows
   */
  public static double objective(List<TargetFit> rows) {
    double f = 0;
    for (TargetFit r : rows) {
      f += Double.isNaN(r.z()) ? UNDEFINED_PENALTY : r.z() * r.z();
    }
    return f;
  }

  /**
   * The fitted quantities' values (external scale), in the problem's order.
   *
   * @return the fitted quantities' values (external scale), in the problem's order
   */
  @Override
  public double[] values() {
    return values.clone();
  }
}
