package org.escalon.core.ode;

/** Starting step size of an explicit Runge–Kutta integration (internal to {@link DormandPrince54Integrator}). */
final class StartingStep {

  private StartingStep() {}

  /**
   * Hairer's starting step ({@code HINIT} of DOPRI5; HNW §II.4): with sc_i = atol + rtol·|y0_i|,
   *
   * <pre>
   *   d0 = Σ (y0_i/sc_i)²,  d1 = Σ (f0_i/sc_i)²
   *   h0 = (d0 ≤ 1e−10 or d1 ≤ 1e−10) ? 1e−6 : 0.01·sqrt(d0/d1),  capped by hmax
   *   f1 = f(t0 + h0, y0 + h0·f0),  d2 = sqrt(Σ ((f1_i − f0_i)/sc_i)²) / h0
   *   h1 = (max(d2, sqrt(d1)) ≤ 1e−15) ? max(1e−6, 1e−3·h0) : (0.01 / max(d2, sqrt(d1)))^(1/5)
   *   h  = min(100·h0, h1, hmax)
   * </pre>
   *
   * <p>One evaluation of the system (the caller counts it). Allocates nothing.
   *
   * @param n number of integrated states
   * @param f0 derivatives at (t0, y0)
   * @param y1 scratch of length at least n
   * @param f1 scratch of length at least n
   */
  static double hairer(OdeSystem system, int n, double t0, double[] y0, double[] f0, double t1,
      OdeTolerances tolerances, double[] y1, double[] f1) {
    final double atol = tolerances.absolute();
    final double rtol = tolerances.relative();
    final double maxStepH = tolerances.maxStepH();
    final double hMax = Math.min(maxStepH, t1 - t0);
    double dny = 0.0;
    double dnf = 0.0;
    for (int i = 0; i < n; i++) {
      final double sc = atol + rtol * Math.abs(y0[i]);
      final double a = f0[i] / sc;
      final double b = y0[i] / sc;
      dnf += a * a;
      dny += b * b;
    }
    double h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    h = Math.min(h, hMax);
    if (!(h > 0.0)) {
      h = Math.min(1e-6, hMax);
    }
    for (int i = 0; i < n; i++) {
      y1[i] = y0[i] + h * f0[i];
    }
    system.computeDerivatives(t0 + h, y1, f1);
    double der2 = 0.0;
    for (int i = 0; i < n; i++) {
      final double sc = atol + rtol * Math.abs(y0[i]);
      final double d = (f1[i] - f0[i]) / sc;
      der2 += d * d;
    }
    der2 = Math.sqrt(der2) / h;
    final double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    final double h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : Math.pow(0.01 / der12, 0.2);
    final double hInit = Math.min(Math.min(100.0 * Math.abs(h), h1), maxStepH);
    // A non-finite estimate (NaN derivatives) falls back to the first guess; the step loop will deal with it.
    return hInit > 0.0 ? hInit : h;
  }
}
