package org.escalon.simulation.design.blrm;

/**
 * Integrals of the P-point Lagrange interpolant over one cell of an equispaced grid (step 1), for the cumulative
 * row integrals of {@link BlrmPosterior}: P = 10 for whole cells ({@link #CUMULATIVE}), P = 8 for the partial cell
 * up to a cut ({@link #PARTIAL}). The stencil has nodes at offsets o, o+1, …, o+P−1 relative to the cell's left
 * node, o in −(P−2)..0 (o = −(P/2 − 1) in the interior, centred on the cell; shifted at the grid's ends). Error per
 * cell O(h^{P+1} f^{(P)}), of the cumulative sums O(h^P). Immutable tables; internal.
 */
final class LagrangeCells {

  /** The rule of the cumulative (whole-cell) integrals: 10 points. */
  static final LagrangeCells CUMULATIVE = new LagrangeCells(10);
  /** The rule of the partial cell at a cut: 8 points. */
  static final LagrangeCells PARTIAL = new LagrangeCells(8);

  /** Points per stencil. */
  private final int points;
  /** The interior offset: the stencil centred on the cell. */
  private final int centre;

  /** coef[o + points − 2][m][d]: coefficient of t^(d+1) in ∫_0^t L_m(τ) dτ. */
  private final double[][][] coef;
  /** whole[o + points − 2][m] = ∫_0^1 L_m. */
  private final double[][] whole;

  private LagrangeCells(int points) {
    this.points = points;
    this.centre = -(points / 2 - 1);
    coef = new double[points - 1][points][points];
    whole = new double[points - 1][points];
    for (int o = -(points - 2); o <= 0; o++) {
      for (int m = 0; m < points; m++) {
        double[] poly = {1};
        double denom = 1;
        for (int l = 0; l < points; l++) {
          if (l != m) {
            poly = timesLinear(poly, o + l);
            denom *= m - l;
          }
        }
        double sum = 0;
        for (int d = 0; d < points; d++) {
          coef[o + points - 2][m][d] = poly[d] / denom / (d + 1);
          sum += coef[o + points - 2][m][d];
        }
        whole[o + points - 2][m] = sum;
      }
    }
  }

  /** poly(τ)·(τ − root); coefficients in increasing powers. */
  private static double[] timesLinear(double[] poly, double root) {
    double[] r = new double[poly.length + 1];
    for (int d = 0; d < poly.length; d++) {
      r[d + 1] += poly[d];
      r[d] -= root * poly[d];
    }
    return r;
  }

  /** The first stencil node of cell {@code i} on a grid of {@code cells} cells (cells ≥ points − 1). */
  int start(int i, int cells) {
    return Math.min(Math.max(i + centre, 0), cells + 1 - points);
  }

  /** ∫ over the whole cell, stencil values v[from..from+points−1], offset o = from − cell. */
  double fullCell(double[] v, int from, int o) {
    double[] w = whole[o + points - 2];
    double s = 0;
    for (int m = 0; m < points; m++) {
      s += w[m] * v[from + m];
    }
    return s;
  }

  /**
   * ∫_0^t over the cell, t in [0, 1]: the values are first folded into the coefficients of one polynomial in t
   * (independent sums, one per power), which is then evaluated by Horner's rule; the same interpolant as summing
   * each basis polynomial times its value, to rounding.
   */
  double partialCell(double[] v, int from, int o, double t) {
    double[][] c = coef[o + points - 2];
    if (points == 8) {
      return partialCell8(c, v, from, t);
    }
    double p = 0;
    for (int d = points - 1; d >= 0; d--) {
      double cd = 0;
      for (int m = 0; m < points; m++) {
        cd += v[from + m] * c[m][d];
      }
      p = p * t + cd;
    }
    return p * t;
  }

  /** {@link #partialCell} unrolled for 8 points (the partial rule): eight independent sums, then Horner. */
  private static double partialCell8(double[][] c, double[] v, int from, double t) {
    double c0 = 0;
    double c1 = 0;
    double c2 = 0;
    double c3 = 0;
    double c4 = 0;
    double c5 = 0;
    double c6 = 0;
    double c7 = 0;
    for (int m = 0; m < 8; m++) {
      double vm = v[from + m];
      double[] cm = c[m];
      c0 += vm * cm[0];
      c1 += vm * cm[1];
      c2 += vm * cm[2];
      c3 += vm * cm[3];
      c4 += vm * cm[4];
      c5 += vm * cm[5];
      c6 += vm * cm[6];
      c7 += vm * cm[7];
    }
    return t * (c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * (c6 + t * c7)))))));
  }
}
