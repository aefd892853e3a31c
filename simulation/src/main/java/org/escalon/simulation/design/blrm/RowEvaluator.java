package org.escalon.simulation.design.blrm;

/**
 * The hot loop of {@link BlrmPosterior}: the posterior density along one grid row (b fixed, a equispaced), with
 * e^{η} advanced by one multiplication per node instead of an exponential. {@link #densityRow} gives the relative
 * density itself with no logarithm or exponential per node; {@link #logPosteriorRow} the log density (the fallback
 * when a row's values leave the double range). Internal; not thread-safe (one per fit).
 */
final class RowEvaluator {

  private final double muA;
  private final double muB;
  private final double pAA;
  private final double pAB;
  private final double pBB;
  private final double[] xTried;
  private final int[] nTried;
  private final int[] yTried;
  private final double[] e; // e^{η_j} at the current node

  RowEvaluator(BlrmModel model, int[] n, int[] y) {
    BlrmPrior p = model.prior();
    this.muA = p.meanLogAlpha();
    this.muB = p.meanLogBeta();
    double sa = p.sdLogAlpha();
    double sb = p.sdLogBeta();
    double rho = p.correlation();
    double det = sa * sa * sb * sb * (1 - rho * rho);
    this.pAA = sb * sb / det;
    this.pAB = -rho * sa * sb / det;
    this.pBB = sa * sa / det;
    int tried = 0;
    for (int v : n) {
      tried += v > 0 ? 1 : 0;
    }
    this.xTried = new double[tried];
    this.nTried = new int[tried];
    this.yTried = new int[tried];
    this.e = new double[tried];
    int t = 0;
    for (int j = 0; j < n.length; j++) {
      if (n[j] > 0) {
        xTried[t] = model.x(j);
        nTried[t] = n[j];
        yTried[t] = y[j];
        t++;
      }
    }
  }

  /** x^n for n ≥ 1 by repeated squaring. */
  private static double ipow(double x, int n) {
    double r = 1;
    double b = x;
    int k = n;
    while (k > 0) {
      if ((k & 1) != 0) {
        r *= b;
      }
      b *= b;
      k >>= 1;
    }
    return r;
  }

  /** Nodes between two exact evaluations of the Gaussian factor in {@link #densityRow}. */
  private static final int ANCHOR = 32;

  /**
   * out[i] = exp(log π(a0 + i·da, b) − logMax) for i = 0..out.length − 1, without a logarithm or exponential per
   * node: with η_t = a + e^b·x_t and Q(a) the log prior plus Σ y_t·η_t (a quadratic in a),
   * <pre>
   *   π(a, b) = e^{Q(a)} / Π_t (1 + e^{η_t})^{n_t}
   *   E_i = e^{Q(a_i) − logMax}:  E_{i+1} = E_i·R_i,  R_{i+1} = R_i·e^{−pAA·da²}   (Q's second difference is −pAA·da²)
   * </pre>
   * E and R are recomputed exactly every {@value #ANCHOR} nodes, so their rounding stays below about 1e−13
   * relative. Equal to {@code exp(logPosteriorRow − logMax)} to that rounding.
   *
   * @return false, with {@code out} unspecified, when a product or E_i would leave [1e−300, 1e300] or some |η| &gt;
   *     600 on the row: the caller then uses {@link #logPosteriorRow}
   */
  boolean densityRow(double a0, double da, double b, double logMax, double[] out) {
    double eb = Math.exp(b);
    double db = b - muB;
    double linY = 0; // Σ y_j η_j at a = a0
    int ySum = 0;
    for (int t = 0; t < xTried.length; t++) {
      double eta0 = a0 + eb * xTried[t];
      double etaEnd = eta0 + (out.length - 1) * da;
      if (eta0 < -600 || eta0 > 600 || etaEnd < -600 || etaEnd > 600) {
        return false;
      }
      linY += yTried[t] * eta0;
      ySum += yTried[t];
      e[t] = Math.exp(eta0);
    }
    double r = Math.exp(da);
    double second = Math.exp(-pAA * da * da);
    double big = 0;
    double step = 0;
    for (int i = 0; i < out.length; i++) {
      if (i % ANCHOR == 0 || !(big > 1e-300)) {
        double dA = a0 + i * da - muA;
        double q = -0.5 * (pAA * dA * dA + 2 * pAB * dA * db + pBB * db * db) + linY + ySum * i * da;
        big = Math.exp(q - logMax);
        step = Math.exp(-0.5 * pAA * (2 * dA * da + da * da) - pAB * da * db + ySum * da);
      }
      double prod = 1;
      for (int t = 0; t < xTried.length; t++) {
        prod *= ipow(1 + e[t], nTried[t]);
        e[t] *= r;
      }
      if (!(prod < 1e300) || !(big < 1e300)) {
        return false;
      }
      out[i] = big / prod;
      big *= step;
      step *= second;
    }
    return true;
  }

  /**
   * out[i] = log π(a0 + i·da, b) for i = 0..out.length − 1 (unnormalised).
   */
  void logPosteriorRow(double a0, double da, double b, double[] out) {
    double eb = Math.exp(b);
    double db = b - muB;
    double linY = 0; // Σ y_j η_j at a = a0
    int ySum = 0;
    boolean direct = false;
    for (int t = 0; t < xTried.length; t++) {
      double eta0 = a0 + eb * xTried[t];
      linY += yTried[t] * eta0;
      ySum += yTried[t];
      e[t] = Math.exp(eta0);
      direct |= eta0 < -600 || eta0 > 600;
    }
    double r = Math.exp(da);
    for (int i = 0; i < out.length; i++) {
      double a = a0 + i * da;
      double dA = a - muA;
      double s = -0.5 * (pAA * dA * dA + 2 * pAB * dA * db + pBB * db * db) + linY + ySum * i * da;
      if (direct) {
        for (int t = 0; t < xTried.length; t++) {
          s -= nTried[t] * LaplaceCentre.softplus(a + eb * xTried[t]);
        }
      } else {
        // one logarithm per node: log Π (1 + e^{η_t})^{n_t}, unless the product leaves the double range
        double prod = 1;
        for (int t = 0; t < xTried.length; t++) {
          prod *= ipow(1 + e[t], nTried[t]);
        }
        if (prod < 1e300) {
          s -= Math.log(prod);
        } else {
          for (int t = 0; t < xTried.length; t++) {
            s -= nTried[t] * Math.log(1 + e[t]);
          }
        }
        for (int t = 0; t < xTried.length; t++) {
          e[t] *= r;
        }
      }
      out[i] = s;
    }
  }
}
