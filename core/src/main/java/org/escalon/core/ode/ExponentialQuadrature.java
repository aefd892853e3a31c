package org.escalon.core.ode;

/**
 * The fixed quadrature data of {@link ExponentialScalarIntegrator} on the unit interval (internal): interpolation
 * nodes, the monomial coefficients of their Lagrange basis polynomials, the cumulative integrals of those
 * polynomials from 0 to each node, and the exponential moments
 *
 * <pre>
 *   I_m(z) = ∫_0^1 e^{−z·(1−x)} x^m dx = m!·φ_{m+1}(−z)
 *          = (1 − m·I_{m−1}(z)) / z,  I_0 = (1 − e^{−z}) / z                     (z &gt; 2: stable forward)
 *          = m!·Σ_{n≥0} (−z)^n / (m+n+1)!         (z ≤ 2: I_4 by the series, then I_{m−1} = (1 − z·I_m)/m)
 * </pre>
 *
 * <p>Two node sets: the five Gauss–Lobatto points {0, (1 − √(3/7))/2, 1/2, (1 + √(3/7))/2, 1} (the solution) and
 * the four of them without 1/2 (the embedded lower-order solution). The tables are computed once, in double
 * precision, by solving the Vandermonde systems of the nodes; they are never modified after class
 * initialisation. Stateless and thread-safe.
 */
final class ExponentialQuadrature {

  private ExponentialQuadrature() {}

  /** (1 − √(3/7))/2, the first interior Gauss–Lobatto node of five on [0, 1]. */
  static final double X1 = ScalarLinearOde.NODE_1;
  /** (1 + √(3/7))/2. */
  static final double X3 = ScalarLinearOde.NODE_3;

  /** The five nodes of the solution. */
  static final double[] NODES5 = {0.0, X1, 0.5, X3, 1.0};
  /** The four nodes of the embedded solution. */
  static final double[] NODES4 = {0.0, X1, X3, 1.0};

  /** LAGRANGE5[k][m]: coefficient of x^m in the Lagrange polynomial of node k (five nodes). */
  static final double[][] LAGRANGE5 = lagrange(NODES5);
  /** LAGRANGE4[k][m] for the four nodes. */
  static final double[][] LAGRANGE4 = lagrange(NODES4);
  /** CUMULATIVE5[j][k] = ∫_0^{x_j} ℓ_k(x) dx (five nodes); row 4 is the Lobatto rule (exact for degree 7). */
  static final double[][] CUMULATIVE5 = cumulative(NODES5, LAGRANGE5);
  /** CUMULATIVE4[j][k] for the four nodes. */
  static final double[][] CUMULATIVE4 = cumulative(NODES4, LAGRANGE4);

  /** Below this z the moments come from the series (the forward recurrence would lose digits). */
  private static final double SERIES_BELOW = 2.0;
  private static final int SERIES_TERMS = 20;
  /** 1/n! for n = 0..SERIES_TERMS + 5. */
  private static final double[] INV_FACTORIAL = inverseFactorials(SERIES_TERMS + 6);

  /**
   * Writes I_0(z) … I_4(z) into {@code out[0..5)}; {@code expMinusZ} = e^{−z} (the caller has it). z ≥ 0. Above
   * 2 by the forward recurrence (its errors grow by m/z &lt; 2 per step, four steps); below, I_4 by its series and
   * the others by the backward recurrence I_{m−1} = (1 − z·I_m)/m, whose errors shrink by z/m.
   */
  static void moments(double z, double expMinusZ, double[] out) {
    if (z > SERIES_BELOW) {
      double inv = 1.0 / z;
      double im = (1.0 - expMinusZ) * inv;
      out[0] = im;
      for (int m = 1; m < 5; m++) {
        im = (1.0 - m * im) * inv;
        out[m] = im;
      }
      return;
    }
    // I_4 = 4!·Σ_n (−z)^n/(n+5)!, Horner from the last term
    double sum = 0.0;
    for (int n = SERIES_TERMS - 1; n >= 0; n--) {
      sum = INV_FACTORIAL[n + 5] - z * sum;
    }
    double im = 24.0 * sum;
    out[4] = im;
    for (int m = 4; m > 0; m--) {
      im = (1.0 - z * im) / m;
      out[m - 1] = im;
    }
  }

  private static double[] inverseFactorials(int n) {
    double[] f = new double[n];
    double fact = 1.0;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        fact *= i;
      }
      f[i] = 1.0 / fact;
    }
    return f;
  }

  /** Monomial coefficients of the Lagrange basis: the inverse of the Vandermonde matrix V[i][m] = x_i^m. */
  private static double[][] lagrange(double[] x) {
    int n = x.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      double p = 1.0;
      for (int m = 0; m < n; m++) {
        a[i][m] = p;
        p *= x[i];
      }
      a[i][n + i] = 1.0;
    }
    // Gauss–Jordan with partial pivoting: [V | I] → [I | V^{-1}]
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
          piv = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[piv];
      a[piv] = tmp;
      double d = a[col][col];
      for (int c = 0; c < 2 * n; c++) {
        a[col][c] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col];
          for (int c = 0; c < 2 * n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    // V^{-1}[m][k] is the coefficient of x^m in ℓ_k
    double[][] l = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int m = 0; m < n; m++) {
        l[k][m] = a[m][n + k];
      }
    }
    return l;
  }

  private static double[][] cumulative(double[] x, double[][] l) {
    int n = x.length;
    double[][] w = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < n; k++) {
        double s = 0.0;
        double p = x[j];
        for (int m = 0; m < n; m++) {
          s += l[k][m] * p / (m + 1);
          p *= x[j];
        }
        w[j][k] = s;
      }
    }
    return w;
  }
}
