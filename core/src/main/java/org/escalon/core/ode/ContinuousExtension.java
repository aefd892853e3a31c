package org.escalon.core.ode;

import static org.escalon.core.ode.DormandPrince54Tableau.D1;
import static org.escalon.core.ode.DormandPrince54Tableau.D3;
import static org.escalon.core.ode.DormandPrince54Tableau.D4;
import static org.escalon.core.ode.DormandPrince54Tableau.D5;
import static org.escalon.core.ode.DormandPrince54Tableau.D6;
import static org.escalon.core.ode.DormandPrince54Tableau.D7;

/**
 * Continuous extension of order 4 of the Dormand–Prince 5(4) step (Shampine 1986; Hairer, Nørsett &amp; Wanner,
 * <i>Solving ODEs I</i>, §II.6, and {@code CONTD5} of DOPRI5): with θ = (t − t_n)/h,
 *
 * <pre>
 *   y(t_n + θh) = y_n + θ·(Δ + (1−θ)·(B + θ·(Δ − h·f_{n+1} − B + (1−θ)·h·Σ_j d_j·k_j))),
 *   Δ = y_{n+1} − y_n,   B = h·f_n − Δ,   d = (d1, 0, d3, d4, d5, d6, d7)
 * </pre>
 *
 * <p>Stateless, allocation-free (internal to {@link DormandPrince54Integrator}).
 */
final class ContinuousExtension {

  private ContinuousExtension() {}

  /** Writes r5 = h·Σ_j d_j·k_j, once per step that contains an output time. */
  static void coefficients(int n, double h, double[] f1, double[] f3, double[] f4, double[] f5, double[] f6,
      double[] f7, double[] r5) {
    final double d1 = h * D1;
    final double d3 = h * D3;
    final double d4 = h * D4;
    final double d5 = h * D5;
    final double d6 = h * D6;
    final double d7 = h * D7;
    for (int i = 0; i < n; i++) {
      r5[i] = d1 * f1[i] + d3 * f3[i] + d4 * f4[i] + d5 * f5[i] + d6 * f6[i] + d7 * f7[i];
    }
  }

  /** Writes y(t_n + θh) for the first {@code n} states into {@code out[row..row + n)}. */
  static void interpolate(int n, double theta, double h, double[] y, double[] yn, double[] f1, double[] f7,
      double[] r5, double[] out, int row) {
    final double theta1 = 1.0 - theta;
    for (int i = 0; i < n; i++) {
      final double y0 = y[i];
      final double diff = yn[i] - y0;
      final double bspl = h * f1[i] - diff;
      final double r4 = diff - h * f7[i] - bspl;
      out[row + i] = y0 + theta * (diff + theta1 * (bspl + theta * (r4 + theta1 * r5[i])));
    }
  }
}
