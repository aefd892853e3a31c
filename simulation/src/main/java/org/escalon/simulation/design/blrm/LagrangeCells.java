package org.escalon.simulation.design.blrm;

/**
 * Integrals of the 6-point Lagrange interpolant over one cell of an equispaced grid (step 1), for the cumulative
 * row integrals of {@link BlrmPosterior}. The stencil has nodes at offsets o, o+1, …, o+5 relative to the cell's left
 * node, o in −4..0 (o = −2 in the interior; shifted at the grid's ends). Error per cell O(h⁷ f⁽⁶⁾). Internal.
 */
final class LagrangeCells {

  /** COEF[o + 4][m][d]: coefficient of t^(d+1) in ∫_0^t L_m(τ) dτ. */
  private static final double[][][] COEF = new double[5][6][6];
  /** FULL[o + 4][m] = ∫_0^1 L_m. */
  private static final double[][] FULL = new double[5][6];

  static {
    for (int o = -4; o <= 0; o++) {
      for (int m = 0; m < 6; m++) {
        double[] poly = {1};
        double denom = 1;
        for (int l = 0; l < 6; l++) {
          if (l != m) {
            poly = timesLinear(poly, o + l);
            denom *= m - l;
          }
        }
        double full = 0;
        for (int d = 0; d < 6; d++) {
          COEF[o + 4][m][d] = poly[d] / denom / (d + 1);
          full += COEF[o + 4][m][d];
        }
        FULL[o + 4][m] = full;
      }
    }
  }

  private LagrangeCells() {}

  /** poly(τ)·(τ − root); coefficients in increasing powers. */
  private static double[] timesLinear(double[] poly, double root) {
    double[] r = new double[poly.length + 1];
    for (int d = 0; d < poly.length; d++) {
      r[d + 1] += poly[d];
      r[d] -= root * poly[d];
    }
    return r;
  }

  /** ∫ over the whole cell, stencil values v[from..from+5], offset o. */
  static double fullCell(double[] v, int from, int o) {
    double[] w = FULL[o + 4];
    return w[0] * v[from] + w[1] * v[from + 1] + w[2] * v[from + 2] + w[3] * v[from + 3] + w[4] * v[from + 4]
        + w[5] * v[from + 5];
  }

  /** ∫_0^t over the cell, t in [0, 1]. */
  static double partialCell(double[] v, int from, int o, double t) {
    double[][] c = COEF[o + 4];
    double s = 0;
    for (int m = 0; m < 6; m++) {
      double[] cm = c[m];
      double p = cm[5];
      for (int d = 4; d >= 0; d--) {
        p = p * t + cm[d];
      }
      s += v[from + m] * p * t;
    }
    return s;
  }
}
