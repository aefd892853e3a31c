package org.escalon.core.calibration;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * Parameter uncertainty from the curvature of an objective that is a sum of squared standardised residuals,
 * {@code F = Σ z²} (−2·log-likelihood up to a constant for Gaussian residuals), on the search (internal) scale.
 *
 * <pre>
 *   H_ii ≈ (F(x + h_i e_i) + F(x − h_i e_i) − 2F(x)) / h_i²
 *   H_ij ≈ (F(+h_i,+h_j) + F(−h_i,−h_j) − F(+h_i) − F(−h_i) − F(+h_j) − F(−h_j) + 2F(x)) / (2·h_i·h_j)
 *   Cov ≈ 2·H⁻¹          (the Fisher information of −2·log L is H/2)
 * </pre>
 *
 * Steps: the objective on common random numbers is piecewise constant on a scale finer than one patient's outcome
 * flipping, so a tiny step would measure noise. Each {@code h_i} starts at 5 % of the bound range and is adapted
 * (at most four times) until the second difference {@code F(x+h)+F(x−h)−2F(x)} is in [0.5, 10], i.e.
 * {@code h_i} is near one standard error — the scale on which the quadratic approximation matters. A step never
 * leaves the bounds. {@code d(d+1)} evaluations plus the adaptations.
 *
 * <p>Identification: H is decomposed (symmetric eigen-decomposition); eigenvalues below {@code 1e-8·λ_max} (or
 * ≤ 0) are directions the targets do not determine. A parameter loading on such a direction (squared eigenvector
 * component &gt; 0.1) is not identified: its SE is NaN. The covariance is the pseudo-inverse over the other
 * directions. Reference: Bates &amp; Watts (1988) Nonlinear Regression Analysis and Its Applications, Wiley, ch.
 * 2; Press et al. (2007) Numerical Recipes, 3rd ed., §15.6.
 */
public final class Curvature {

  private Curvature() {}

  /** Second differences below this grow the step. */
  static final double LOW = 0.5;
  /** Second differences above this shrink the step. */
  static final double HIGH = 10;

  /**
   * The curvature estimate.
   *
   * @param step the step used for each parameter
   * @param hessian H (symmetric)
   * @param covariance 2·H⁻¹ (pseudo-inverse; NaN rows/columns for parameters not identified)
   * @param se square roots of the covariance diagonal (NaN when not identified)
   * @param correlation correlation matrix (NaN when not identified)
   * @param identified whether each parameter is identified
   * @param evaluations objective evaluations used
   */
  public record Result(double[] step, double[][] hessian, double[][] covariance, double[] se,
      double[][] correlation, boolean[] identified, int evaluations) { }

  /**
   * Estimates the curvature of {@code f} at {@code x} (a minimum inside {@code [lower, upper]}).
   *
   * @param f the objective (internal scale)
   * @param x the point
   * @param fx {@code f(x)}
   * @param lower lower bounds (internal)
   * @param upper upper bounds (internal), &gt; lower
   * @return estimates the curvature of {@code f} at {@code x} (a minimum inside {@code [lower, upper]})
   */
  public static Result estimate(ToDoubleFunction<double[]> f, double[] x, double fx, double[] lower,
      double[] upper) {
    Objects.requireNonNull(f, "f");
    int d = x.length;
    if (lower.length != d || upper.length != d) {
      throw new IllegalArgumentException("lower, upper = " + lower.length + ", " + upper.length
          + " entries: must have " + d + " (one per parameter)");
    }
    int[] count = {0};
    ToDoubleFunction<double[]> g = p -> {
      count[0]++;
      return f.applyAsDouble(p);
    };
    double[] h = new double[d];
    double[] plus = new double[d];
    double[] minus = new double[d];
    double[][] hess = new double[d][d];
    for (int i = 0; i < d; i++) {
      if (!(upper[i] > lower[i])) {
        throw new IllegalArgumentException("upper[" + i + "] = " + upper[i] + ": must be > lower[" + i + "] = "
            + lower[i]);
      }
      diagonal(g, x, fx, lower[i], upper[i], i, h, plus, minus);
      hess[i][i] = (plus[i] + minus[i] - 2 * fx) / (h[i] * h[i]);
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        double fpp = g.applyAsDouble(shift(x, i, h[i], j, h[j]));
        double fmm = g.applyAsDouble(shift(x, i, -h[i], j, -h[j]));
        double v = (fpp + fmm - plus[i] - minus[i] - plus[j] - minus[j] + 2 * fx) / (2 * h[i] * h[j]);
        hess[i][j] = v;
        hess[j][i] = v;
      }
    }
    return fromHessian(hess, h, count[0]);
  }

  private static void diagonal(ToDoubleFunction<double[]> g, double[] x, double fx, double lo, double hi, int i,
      double[] h, double[] plus, double[] minus) {
    double cap = Math.min(0.999 * Math.min(x[i] - lo, hi - x[i]), 0.25 * (hi - lo));
    if (!(cap > 0)) {
      throw new IllegalArgumentException("x[" + i + "] = " + x[i] + ": must be strictly inside its bounds ["
          + lo + ", " + hi + "] for a curvature estimate");
    }
    double step = Math.min(0.05 * (hi - lo), cap);
    for (int iter = 0; ; iter++) {
      plus[i] = g.applyAsDouble(shift(x, i, step, i, 0));
      minus[i] = g.applyAsDouble(shift(x, i, -step, i, 0));
      double second = plus[i] + minus[i] - 2 * fx;
      double factor = 1;
      if (!(second >= LOW) && step < cap) {
        factor = Math.min(4, Math.sqrt(2 / Math.max(second, 1e-3)));
      } else if (second > HIGH) {
        factor = Math.max(0.25, Math.sqrt(2 / second));
      }
      if (factor == 1 || iter == 4) {
        h[i] = step;
        return;
      }
      step = Math.min(step * factor, cap);
    }
  }

  private static double[] shift(double[] x, int i, double hi, int j, double hj) {
    double[] p = x.clone();
    p[i] += hi;
    p[j] += hj;
    return p;
  }

  /** Covariance, SEs, correlations and identification from a Hessian of {@code F = Σ z²}. */
  static Result fromHessian(double[][] hess, double[] h, int evaluations) {
    int d = hess.length;
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hess));
    double[] lambda = eig.getEigenvalues();
    double max = 0;
    for (double l : lambda) {
      max = Math.max(max, l);
    }
    boolean[] identified = new boolean[d];
    java.util.Arrays.fill(identified, true);
    double[][] cov = new double[d][d];
    for (int k = 0; k < d; k++) {
      double[] v = eig.getEigenvector(k).toArray();
      boolean good = max > 0 && lambda[k] > 1e-8 * max;
      for (int a = 0; a < d; a++) {
        if (!good && v[a] * v[a] > 0.1) {
          identified[a] = false;
        }
        for (int b = 0; b < d && good; b++) {
          cov[a][b] += 2 * v[a] * v[b] / lambda[k];
        }
      }
    }
    double[] se = new double[d];
    double[][] corr = new double[d][d];
    for (int a = 0; a < d; a++) {
      se[a] = identified[a] ? Math.sqrt(cov[a][a]) : Double.NaN;
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        if (!identified[a] || !identified[b]) {
          cov[a][b] = Double.NaN;
          corr[a][b] = Double.NaN;
        } else {
          corr[a][b] = a == b ? 1 : cov[a][b] / (se[a] * se[b]);
        }
      }
    }
    return new Result(h.clone(), hess, cov, se, corr, identified, evaluations);
  }
}
