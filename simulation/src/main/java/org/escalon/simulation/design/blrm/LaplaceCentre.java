package org.escalon.simulation.design.blrm;

/**
 * The posterior mode of θ = (log α, log β) and the inverse of the negative Hessian there: where the quadrature grid
 * of {@link BlrmPosterior} is centred and how it is scaled. Only the grid's placement depends on it; the
 * integration itself is exact up to the quadrature error, so a poor centre costs accuracy only if the grid's edge
 * check ({@link BlrmPosterior}) does not catch it.
 *
 * <pre>
 *   log π(a, b) = −½ (θ − μ)ᵀ Σ⁻¹ (θ − μ) + Σ_j [ y_j η_j − n_j log(1 + e^{η_j}) ],   η_j = a + e^b x_j
 * </pre>
 *
 * Damped Newton from the prior mean; where the Hessian is not negative definite (log π is not concave in b
 * everywhere) the expected-information form (without the Σ (y_j − n_j p_j) e^b x_j term) is used for the step.
 * Internal; not thread-safe (one per fit).
 */
final class LaplaceCentre {

  double modeA;
  double modeB;
  double covAA;
  double covAB;
  double covBB;

  private final double[] x;
  private final int[] n;
  private final int[] y;
  private final double muA;
  private final double muB;
  private final double pAA;
  private final double pAB;
  private final double pBB;

  // Newton work values
  private double gA;
  private double gB;
  private double hAA;
  private double hAB;
  private double hBB;
  private double hBBFisher;

  LaplaceCentre(BlrmModel model, int[] n, int[] y) {
    BlrmPrior p = model.prior();
    this.x = new double[model.doseCount()];
    for (int j = 0; j < x.length; j++) {
      x[j] = model.x(j);
    }
    this.n = n;
    this.y = y;
    this.muA = p.meanLogAlpha();
    this.muB = p.meanLogBeta();
    double sa = p.sdLogAlpha();
    double sb = p.sdLogBeta();
    double rho = p.correlation();
    double det = sa * sa * sb * sb * (1 - rho * rho);
    this.pAA = sb * sb / det;
    this.pAB = -rho * sa * sb / det;
    this.pBB = sa * sa / det;
    solve();
  }

  private void solve() {
    double a = muA;
    double b = muB;
    double f = logPosterior(a, b);
    for (int it = 0; it < 200; it++) {
      derivatives(a, b);
      double nAA = -hAA;
      double nAB = -hAB;
      double nBB = -hBB;
      if (!(nAA > 0 && nAA * nBB - nAB * nAB > 0)) {
        nBB = -hBBFisher;
      }
      double det = nAA * nBB - nAB * nAB;
      double dA = (nBB * gA - nAB * gB) / det;
      double dB = (nAA * gB - nAB * gA) / det;
      double step = 1;
      double fNew = logPosterior(a + dA, b + dB);
      while (!(fNew >= f) && step > 1e-10) {
        step *= 0.5;
        fNew = logPosterior(a + step * dA, b + step * dB);
      }
      if (!(fNew >= f)) {
        break;
      }
      a += step * dA;
      b += step * dB;
      f = fNew;
      if (Math.abs(step * dA) + Math.abs(step * dB) < 1e-10) {
        break;
      }
    }
    modeA = a;
    modeB = b;
    derivatives(a, b);
    double nAA = -hAA;
    double nAB = -hAB;
    double nBB = -hBB;
    if (!(nAA > 0 && nAA * nBB - nAB * nAB > 0)) {
      nBB = -hBBFisher;
    }
    double det = nAA * nBB - nAB * nAB;
    covAA = nBB / det;
    covAB = -nAB / det;
    covBB = nAA / det;
  }

  double logPosterior(double a, double b) {
    double da = a - muA;
    double db = b - muB;
    double s = -0.5 * (pAA * da * da + 2 * pAB * da * db + pBB * db * db);
    double eb = Math.exp(b);
    for (int j = 0; j < x.length; j++) {
      if (n[j] > 0) {
        double eta = a + eb * x[j];
        s += y[j] * eta - n[j] * softplus(eta);
      }
    }
    return s;
  }

  private void derivatives(double a, double b) {
    double da = a - muA;
    double db = b - muB;
    gA = -(pAA * da + pAB * db);
    gB = -(pAB * da + pBB * db);
    hAA = -pAA;
    hAB = -pAB;
    hBBFisher = -pBB;
    double extra = 0;
    double eb = Math.exp(b);
    for (int j = 0; j < x.length; j++) {
      if (n[j] > 0) {
        double t = eb * x[j];
        double p = 1 / (1 + Math.exp(-(a + t)));
        double r = y[j] - n[j] * p;
        double w = n[j] * p * (1 - p);
        gA += r;
        gB += r * t;
        hAA -= w;
        hAB -= w * t;
        hBBFisher -= w * t * t;
        extra += r * t;
      }
    }
    hBB = hBBFisher + extra;
  }

  /** Conditional-mode results: {@link #conditionalMode}. */
  double condMode;
  double condCurvature;
  double condValue;

  /**
   * The mode of a ↦ log π(a, b) for fixed b (log-concave in a: the prior's conditional is normal and the logistic
   * likelihood is log-concave), by safeguarded Newton from {@code start}; sets {@link #condMode}, the negative
   * second derivative {@link #condCurvature} and the log density {@link #condValue} there.
   */
  void conditionalMode(double b, double start) {
    double eb = Math.exp(b);
    double db = b - muB;
    double a = start;
    double f = logPosterior(a, b);
    double curv = pAA;
    for (int it = 0; it < 100; it++) {
      double grad = -(pAA * (a - muA) + pAB * db);
      curv = pAA;
      for (int j = 0; j < x.length; j++) {
        if (n[j] > 0) {
          double p = 1 / (1 + Math.exp(-(a + eb * x[j])));
          grad += y[j] - n[j] * p;
          curv += n[j] * p * (1 - p);
        }
      }
      double step = grad / curv;
      double fNew = logPosterior(a + step, b);
      while (!(fNew >= f) && Math.abs(step) > 1e-12) {
        step *= 0.5;
        fNew = logPosterior(a + step, b);
      }
      if (!(fNew >= f)) {
        break;
      }
      a += step;
      f = fNew;
      if (Math.abs(step) * Math.sqrt(curv) < 1e-3) {
        break;
      }
    }
    condMode = a;
    condCurvature = curv;
    condValue = f;
  }

  /** log(1 + e^η), without overflow. */
  static double softplus(double eta) {
    return eta > 0 ? eta + Math.log(1 + Math.exp(-eta)) : Math.log(1 + Math.exp(eta));
  }
}
