package org.escalon.simulation.design.blrm;

/**
 * An independent brute-force integration of the BLRM posterior for tests: composite Gauss–Legendre on the original
 * (log α, log β) scale over ±10 prior SDs, outer variable log α and inner log β (the opposite order to
 * {@link BlrmPosterior}), with each interval boundary solved for log β and the inner range split there. Shares no
 * code with the production quadrature.
 */
final class BruteForcePosterior {

  private static final double[] GL_X = {
    -0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498,
    0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
  private static final double[] GL_W = {
    0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620,
    0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};

  private final double[] x;
  private final int[] n;
  private final int[] y;
  private final double muA;
  private final double muB;
  private final double sa;
  private final double sb;
  private final double rho;
  private final int panels;
  private double logShift = Double.NaN;

  BruteForcePosterior(double[] doses, double refDose, BlrmPrior prior, int[] n, int[] y, int panels) {
    this.x = new double[doses.length];
    for (int j = 0; j < doses.length; j++) {
      x[j] = Math.log(doses[j] / refDose);
    }
    this.n = n;
    this.y = y;
    this.muA = prior.meanLogAlpha();
    this.muB = prior.meanLogBeta();
    this.sa = prior.sdLogAlpha();
    this.sb = prior.sdLogBeta();
    this.rho = prior.correlation();
    this.panels = panels;
    this.logShift = logDensity(muA, muB);
    // shift by the largest log density on a coarse scan so exp() neither overflows nor underflows
    for (int i = 0; i <= 400; i++) {
      for (int k = 0; k <= 400; k++) {
        double a = muA - 10 * sa + i * 20 * sa / 400;
        double b = muB - 10 * sb + k * 20 * sb / 400;
        logShift = Math.max(logShift, logDensity(a, b));
      }
    }
  }

  private double logDensity(double a, double b) {
    double za = (a - muA) / sa;
    double zb = (b - muB) / sb;
    double s = -0.5 * (za * za - 2 * rho * za * zb + zb * zb) / (1 - rho * rho);
    double eb = Math.exp(b);
    for (int j = 0; j < x.length; j++) {
      double eta = a + eb * x[j];
      double logP = -Math.log1p(Math.exp(-eta));
      double logQ = -Math.log1p(Math.exp(eta));
      if (eta > 30) {
        logP = -Math.exp(-eta);
        logQ = -eta - Math.log1p(Math.exp(-eta));
      } else if (eta < -30) {
        logP = eta - Math.log1p(Math.exp(eta));
        logQ = -Math.exp(eta);
      }
      s += y[j] * logP + (n[j] - y[j]) * logQ;
    }
    return s;
  }

  /** ∫ over b in [lo, hi] of the density at fixed a. */
  private double inner(double a, double lo, double hi) {
    if (!(hi > lo)) {
      return 0;
    }
    double w = (hi - lo) / panels;
    double s = 0;
    for (int p = 0; p < panels; p++) {
      double mid = lo + (p + 0.5) * w;
      for (int q = 0; q < GL_X.length; q++) {
        double b = mid + 0.5 * w * GL_X[q];
        s += GL_W[q] * Math.exp(logDensity(a, b) - logShift);
      }
    }
    return s * 0.5 * w;
  }

  /**
   * The normalising constant and P(logit p_j &lt; c) numerator, as {total, below}. The outer range is split at
   * a = c, where the inner set changes form (a jump for x_j = 0, an infinitely steep edge otherwise).
   */
  double[] integrals(int j, double c) {
    double aLo = muA - 10 * sa;
    double aHi = muA + 10 * sa;
    double[] r = new double[2];
    if (c > aLo && c < aHi) {
      outer(j, c, aLo, c, r);
      outer(j, c, c, aHi, r);
    } else {
      outer(j, c, aLo, aHi, r);
    }
    return r;
  }

  private void outer(int j, double c, double aLo, double aHi, double[] acc) {
    double bLo = muB - 10 * sb;
    double bHi = muB + 10 * sb;
    double w = (aHi - aLo) / panels;
    for (int p = 0; p < panels; p++) {
      double mid = aLo + (p + 0.5) * w;
      for (int q = 0; q < GL_X.length; q++) {
        double a = mid + 0.5 * w * GL_X[q];
        // the set {b : a + e^b x_j < c}
        double cut;
        boolean belowCut; // true: the set is b < cut; false: b > cut
        if (x[j] > 0) {
          cut = c - a > 0 ? Math.log((c - a) / x[j]) : Double.NEGATIVE_INFINITY;
          belowCut = true;
        } else if (x[j] < 0) {
          cut = c - a >= 0 ? Double.NEGATIVE_INFINITY : Math.log((c - a) / x[j]);
          belowCut = false;
        } else {
          cut = a < c ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          belowCut = true;
        }
        double cc = Math.max(bLo, Math.min(bHi, cut));
        double left = inner(a, bLo, cc);
        double right = inner(a, cc, bHi);
        acc[0] += 0.5 * w * GL_W[q] * (left + right);
        acc[1] += 0.5 * w * GL_W[q] * (belowCut ? left : right);
      }
    }
  }

  /** P(p_j &lt; t) for 0-based j. */
  double probabilityBelow(int j, double t) {
    double[] r = integrals(j, Math.log(t / (1 - t)));
    return r[1] / r[0];
  }
}
