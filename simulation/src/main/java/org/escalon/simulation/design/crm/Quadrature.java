package org.escalon.simulation.design.crm;

import java.util.Arrays;

/**
 * One posterior integration over the CRM parameter β: the unnormalised posterior
 * <pre>
 *   f(β) = exp(−β² / (2σ²)) · Π_k p_k(β)^{a_k} · (1 − w_k·p_k(β))^{b_k}
 * </pre>
 * over "terms" k (a dose, a DLT count a_k, a non-DLT count b_k and a weight w_k; CRM has one term per dose with
 * w = 1, TITE-CRM adds one term per pending patient), integrated by the trapezoid rule on the whole line:
 * <ol>
 *   <li>Newton's method (with step halving) from β = 0 finds the mode m and the curvature scale s = (−ℓ''(m))^−½,
 *       ℓ = log f; the first and second derivatives of ℓ are exact (see the code).</li>
 *   <li>Nodes m + i·h, h = s, go out on each side until ℓ is 40 below its value at the mode (the tail beyond is
 *       below e^−40 relative to the peak for these unimodal posteriors).</li>
 *   <li>The step is halved (midpoints m + (2j + 1)·h added, earlier nodes reused). For analytic integrands the
 *       trapezoid error on the line falls like exp(−c/h), so halving squares it, and the change δ between two levels
 *       is the error of the coarser one: the finer level's error is about δ². A decision
 *       ({@link #integrate()}) accepts the first level at which the sums of f and β·f change by at most 1e−5
 *       relative (error ≈ 1e−10 or less; over 4000 data sets the mean differs from a level with changes below 1e−8
 *       by at most 3e−11). A full fit ({@link #integrateFully}) goes on halving until the sum of (β − m)²·f
 *       changes by at most 1e−8 relative and every posterior-mean DLT probability by at most 1e−10 (the latter
 *       integrand, p_j(β)·f(β), can need one halving more than f), keeping the decision's mean.</li>
 * </ol>
 * The integrand is evaluated with one logarithm per node for integer counts ({@link #logFProduct}).
 * Tail probabilities Pr(β &lt; c) use 8-point Gauss–Legendre panels of the final width on the smaller side of c.
 *
 * <p>Mutable; one instance per computation (the designs create one per decision); not thread-safe.
 */
final class Quadrature {

  private static final double LOG_DROP = 40;
  /** Relative change of the sums of f and β·f at which a decision accepts a level (see {@link #integrate()}). */
  static final double ACCEPT = 1e-5;
  /** Relative change of the second moment at which a full fit accepts a level. */
  private static final double REL_TOL = 1e-8;
  /** Absolute change of every posterior-mean DLT probability at which a full fit accepts a level. */
  private static final double PROB_TOL = 1e-10;
  private static final int MAX_LEVELS = 12;
  private static final int MAX_NODES = 1 << 16;
  /** Largest integer count per term for {@link #logFProduct} (its logistic factors stay below 2^n). */
  static final int MAX_PRODUCT_COUNT = 500;
  /** Bounds of the running product and of one empiric factor: two of them multiply to within [1e−300, 1e300]. */
  private static final double TINY = 1e-150;
  private static final double HUGE = 1e150;
  private static final double[] GL_X = {
    -0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498,
    0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
  private static final double[] GL_W = {
    0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620,
    0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};

  private final CrmModel model;
  private final double[] label; // empiric: log(skeleton); logistic: x_j
  private final double intercept;
  private final double halfInvVar;
  private final double invVar;
  // terms
  private int terms;
  private int[] dose;
  private double[] a;
  private double[] b;
  private double[] w;
  private int[] nInt; // a_k + b_k when every term is an integer count of weight 1 (see productForm)
  private int[] bInt;
  private boolean productForm;
  // results of step 1
  private double mode;
  private double logPeak;
  private double scale;
  // nodes
  private double[] nodeBeta = new double[128];
  private double[] nodeF = new double[128];
  private int nodes;
  private int left; // the coarse grid: mode + i·h0 for i = −left..right
  private int right;
  private int level;
  private double step;
  private double sumF;
  private double sumBF;
  private double sumB2F;
  private double acceptedMean;

  Quadrature(CrmModel model, double[] logOrLabel, double intercept, double priorScale, int maxTerms) {
    this.model = model;
    this.label = logOrLabel;
    this.intercept = intercept;
    this.invVar = 1 / (priorScale * priorScale);
    this.halfInvVar = 0.5 * invVar;
    this.dose = new int[maxTerms];
    this.a = new double[maxTerms];
    this.b = new double[maxTerms];
    this.w = new double[maxTerms];
    this.nInt = new int[maxTerms];
    this.bInt = new int[maxTerms];
  }

  /** Adds a term: {@code dlts} DLTs and {@code nonDlts} non-DLTs of weight {@code weight} at dose j (0-based). */
  void add(int j, double dlts, double nonDlts, double weight) {
    if (dlts == 0 && (nonDlts == 0 || weight == 0)) {
      return;
    }
    dose[terms] = j;
    a[terms] = dlts;
    b[terms] = weight == 0 ? 0 : nonDlts;
    w[terms] = weight;
    terms++;
  }

  /**
   * ℓ(β) = log f(β). When every term is an integer count of weight 1 (CRM, and the complete patients of TITE-CRM
   * only when no patient is pending) the non-DLT and logistic normalising factors are multiplied and their logarithm
   * taken once per node ({@link #logFProduct}); otherwise one logarithm per term ({@link #logFTerms}). The two agree
   * to rounding (a relative difference of f below 1e−13; see {@link #logFProduct}).
   */
  double logF(double beta) {
    return productForm ? logFProduct(beta) : logFTerms(beta);
  }

  /** ℓ(β) with one logarithm per term. */
  double logFTerms(double beta) {
    double u = Math.exp(beta);
    double s = -beta * beta * halfInvVar;
    if (model == CrmModel.EMPIRIC) {
      for (int k = 0; k < terms; k++) {
        double g = u * label[dose[k]];
        s += a[k] * g;
        if (b[k] != 0) {
          s += b[k] * Math.log1p(-w[k] * Math.exp(g));
        }
      }
    } else {
      for (int k = 0; k < terms; k++) {
        double z = intercept + u * label[dose[k]];
        double logP = z > 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
        s += a[k] * logP;
        if (b[k] != 0) {
          s += b[k] * (w[k] == 1 ? logP - z : Math.log1p(-w[k] * Math.exp(logP)));
        }
      }
    }
    return s;
  }

  /**
   * ℓ(β) for integer counts of weight 1 with one logarithm per node:
   * <pre>
   *   empiric:   Σ_k a_k·g_k + log Π_k (−expm1(g_k))^{b_k},                     g_k = e^β·log s_k
   *   logistic:  Σ_k (−n_k·max(−z_k, 0) − b_k·z_k) − log Π_k (1 + e^{−|z_k|})^{n_k},  z_k = a + e^β·x_k
   * </pre>
   * (logistic: a·log p + b·log(1 − p) = n·log p − b·z and log p = −max(−z, 0) − log1p(e^{−|z|})). Integer powers by
   * squaring; the running product is flushed into the sum once it leaves [1e−150, 1e150], an empiric factor below
   * 1e−150 goes into the sum as a logarithm, and a logistic factor lies in [1, 2^n] with n ≤ {@link
   * #MAX_PRODUCT_COUNT} (below 1e151): so no product overflows or underflows. Each factor carries a rounding of
   * about n ulps, so ℓ differs from {@link #logFTerms} by below 1e−12 relative.
   */
  double logFProduct(double beta) {
    double u = Math.exp(beta);
    double s = -beta * beta * halfInvVar;
    double prod = 1;
    if (model == CrmModel.EMPIRIC) {
      for (int k = 0; k < terms; k++) {
        double g = u * label[dose[k]];
        s += a[k] * g;
        int bk = bInt[k];
        if (bk != 0) {
          double q = -Math.expm1(g);
          double qb = powInt(q, bk);
          if (!(qb > TINY)) {
            s += bk * Math.log(q);
          } else {
            prod *= qb;
            if (prod < TINY) {
              s += Math.log(prod);
              prod = 1;
            }
          }
        }
      }
      return s + Math.log(prod);
    }
    for (int k = 0; k < terms; k++) {
      double z = intercept + u * label[dose[k]];
      s -= nInt[k] * Math.max(-z, 0) + b[k] * z;
      prod *= powInt(1 + Math.exp(-Math.abs(z)), nInt[k]);
      if (prod > HUGE) {
        s -= Math.log(prod);
        prod = 1;
      }
    }
    return s - Math.log(prod);
  }

  /** Whether {@link #logF} uses {@link #logFProduct} (decided by {@link #integrate()}). */
  boolean productForm() {
    return productForm;
  }

  /** x^n for n ≥ 0 by repeated squaring. */
  private static double powInt(double x, int n) {
    double r = 1;
    double p = x;
    for (int e = n; e != 0; e >>>= 1) {
      if ((e & 1) != 0) {
        r *= p;
      }
      p *= p;
    }
    return r;
  }

  /** ℓ, ℓ' and ℓ'' at β into {@code out[0..2]}. */
  private void derivatives(double beta, double[] out) {
    double u = Math.exp(beta);
    double l = -beta * beta * halfInvVar;
    double d1 = -beta * invVar;
    double d2 = -invVar;
    for (int k = 0; k < terms; k++) {
      if (model == CrmModel.EMPIRIC) {
        double g = u * label[dose[k]];
        l += a[k] * g;
        d1 += a[k] * g;
        d2 += a[k] * g;
        if (b[k] != 0) {
          double wp = w[k] * Math.exp(g);
          double r = wp / (1 - wp);
          l += b[k] * Math.log1p(-wp);
          d1 -= b[k] * r * g;
          d2 -= b[k] * (r * (1 + r) * g * g + r * g);
        }
      } else {
        double v = u * label[dose[k]];
        double z = intercept + v;
        double p = 1 / (1 + Math.exp(-z));
        double logP = z > 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
        l += a[k] * logP;
        d1 += a[k] * (1 - p) * v;
        d2 += a[k] * (-p * (1 - p) * v * v + (1 - p) * v);
        if (b[k] != 0) {
          double wk = w[k];
          double aa = p * (1 - p) * v;
          double ad = aa * ((1 - 2 * p) * v + 1);
          double q = 1 - wk * p;
          l += b[k] * (wk == 1 ? logP - z : Math.log1p(-wk * p));
          d1 -= b[k] * wk * aa / q;
          d2 -= b[k] * wk * (ad * q + wk * aa * aa) / (q * q);
        }
      }
    }
    out[0] = l;
    out[1] = d1;
    out[2] = d2;
  }

  /**
   * Steps 1–3 of the class comment, for a decision: halves the step until the sums of f and β·f (normalising
   * constant and mean) change by at most {@link #ACCEPT} relative. The trapezoid error on the line falls like
   * exp(−c/h), so halving squares it: the change δ measures the error of the previous level, and the accepted level's
   * error is about δ² (≤ 1e−10; measured ≤ 1e−11 on the mean, see docs/designs.md).
   */
  void integrate() {
    productForm = true;
    for (int k = 0; k < terms; k++) {
      double n = a[k] + b[k];
      productForm &= w[k] == 1 && a[k] == Math.rint(a[k]) && b[k] == Math.rint(b[k]) && n <= MAX_PRODUCT_COUNT;
      nInt[k] = (int) n;
      bInt[k] = (int) b[k];
    }
    findMode();
    layOutCoarseGrid();
    double z0 = sumF * step;
    double m10 = sumBF * step;
    for (int halvings = 1; halvings <= MAX_LEVELS; halvings++) {
      refine();
      double z1 = sumF * step;
      double m11 = sumBF * step;
      if (Math.abs(z1 - z0) <= ACCEPT * z1 && Math.abs(m11 - m10) <= ACCEPT * (Math.abs(m11) + scale * z1)) {
        acceptedMean = sumBF / sumF;
        return;
      }
      z0 = z1;
      m10 = m11;
    }
    throw notConverged();
  }

  /**
   * {@link #integrate()}, then further halvings until the second moment changes by at most {@link #REL_TOL} relative
   * and every posterior-mean DLT probability by at most {@link #PROB_TOL}: what a full fit reports. The mean stays
   * the one {@link #integrate()} accepted, so that a fit and a decision on the same data use the same β̄ bit for
   * bit.
   *
   * @param doseCount the doses whose posterior-mean DLT probabilities are wanted
   */
  void integrateFully(int doseCount) {
    integrate();
    double m20 = sumB2F * step;
    double[] e0 = meanProbabilities(doseCount);
    for (int halvings = 1; halvings <= MAX_LEVELS; halvings++) {
      refine();
      double m21 = sumB2F * step;
      double[] e1 = meanProbabilities(doseCount);
      boolean done = Math.abs(m21 - m20) <= REL_TOL * m21;
      for (int j = 0; j < doseCount; j++) {
        done &= Math.abs(e1[j] - e0[j]) <= PROB_TOL;
      }
      if (done) {
        return;
      }
      m20 = m21;
      e0 = e1;
    }
    throw notConverged();
  }

  private IllegalStateException notConverged() {
    return new IllegalStateException("CRM posterior quadrature did not converge after " + MAX_LEVELS
        + " halvings (mode " + mode + ", scale " + scale + ")");
  }

  private void findMode() {
    double[] d = new double[3];
    double beta = 0;
    derivatives(beta, d);
    for (int it = 0; it < 200; it++) {
      double stepN = d[2] < 0 ? -d[1] / d[2] : Math.signum(d[1]);
      stepN = Math.max(-2, Math.min(2, stepN));
      if (Math.abs(stepN) < 1e-9 * Math.max(1, Math.abs(beta))) {
        break; // converged: the quadrature needs the mode only as a centre
      }
      double l0 = d[0];
      double next = beta + stepN;
      double ln = logF(next);
      int halvings = 0;
      while (!(ln >= l0) && halvings < 30) {
        stepN *= 0.5;
        next = beta + stepN;
        ln = logF(next);
        halvings++;
      }
      if (!(ln >= l0)) {
        break; // no ascent possible: at the mode to rounding
      }
      beta = next;
      derivatives(beta, d);
      if (Math.abs(stepN) < 1e-10 * Math.max(1, Math.abs(beta))) {
        break;
      }
    }
    mode = beta;
    logPeak = d[0];
    double sd = 1 / Math.sqrt(invVar);
    scale = d[2] < 0 ? Math.min(1 / Math.sqrt(-d[2]), sd) : sd;
    if (!(scale > 1e-6)) {
      scale = 1e-6;
    }
  }

  private void layOutCoarseGrid() {
    nodes = 0;
    level = 0;
    step = scale;
    sumF = 0;
    sumBF = 0;
    sumB2F = 0;
    addNode(mode);
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int i = 1; ; i++) {
        double beta = mode + dir * i * step;
        double l = addNode(beta);
        if (l < logPeak - LOG_DROP && i >= 3) {
          if (dir < 0) {
            left = i;
          } else {
            right = i;
          }
          break;
        }
        if (nodes >= MAX_NODES / 2) {
          throw new IllegalStateException("CRM posterior too wide for the quadrature (mode " + mode + ")");
        }
      }
    }
  }

  /**
   * Halves the step: adds the midpoint of every pair of neighbouring nodes, mode + (2j + 1)·h for the new step h
   * (the nodes lie on the grid mode + i·h, so no sorting is needed).
   */
  private void refine() {
    level++;
    double h = 0.5 * step;
    long half = 1L << (level - 1);
    long jHi = right * half;
    for (long j = -left * half; j < jHi; j++) {
      addNode(mode + (2 * j + 1) * h);
    }
    step = h;
  }

  private double addNode(double beta) {
    if (nodes == nodeBeta.length) {
      if (nodes >= MAX_NODES) {
        throw new IllegalStateException("CRM posterior quadrature needs more than " + MAX_NODES + " nodes");
      }
      nodeBeta = Arrays.copyOf(nodeBeta, nodes * 2);
      nodeF = Arrays.copyOf(nodeF, nodes * 2);
    }
    double l = logF(beta);
    double f = Math.exp(l - logPeak);
    nodeBeta[nodes] = beta;
    nodeF[nodes] = f;
    nodes++;
    double c = beta - mode;
    sumF += f;
    sumBF += beta * f;
    sumB2F += c * c * f;
    return l;
  }

  /** The posterior mean of β, as {@link #integrate()} accepted it. */
  double mean() {
    return acceptedMean;
  }

  /** The posterior variance of β (from the sums of the last level). */
  double variance() {
    double c = sumBF / sumF - mode;
    return sumB2F / sumF - c * c;
  }

  /** The posterior mean of p_j(β) for every dose (labels as given to the constructor). */
  double[] meanProbabilities(int doseCount) {
    double[] e = new double[doseCount];
    for (int i = 0; i < nodes; i++) {
      double u = Math.exp(nodeBeta[i]);
      for (int j = 0; j < doseCount; j++) {
        double p = model == CrmModel.EMPIRIC
            ? Math.exp(u * label[j])
            : 1 / (1 + Math.exp(-intercept - u * label[j]));
        e[j] += nodeF[i] * p;
      }
    }
    for (int j = 0; j < doseCount; j++) {
      e[j] /= sumF;
    }
    return e;
  }

  /** Pr(β &lt; c) under the posterior. */
  double cdf(double c) {
    if (c == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double lo = mode;
    double hi = mode;
    for (int i = 0; i < nodes; i++) {
      lo = Math.min(lo, nodeBeta[i]);
      hi = Math.max(hi, nodeBeta[i]);
    }
    if (c <= lo) {
      return 0;
    }
    if (c >= hi) {
      return 1;
    }
    double z = sumF * step;
    return c - lo <= hi - c ? panels(lo, c) / z : 1 - panels(c, hi) / z;
  }

  /** ∫ f over [x0, x1] by 8-point Gauss–Legendre panels no wider than the final trapezoid step. */
  private double panels(double x0, double x1) {
    int count = Math.max(1, (int) Math.ceil((x1 - x0) / step));
    double width = (x1 - x0) / count;
    double s = 0;
    for (int p = 0; p < count; p++) {
      double mid = x0 + (p + 0.5) * width;
      for (int g = 0; g < GL_X.length; g++) {
        s += GL_W[g] * Math.exp(logF(mid + 0.5 * width * GL_X[g]) - logPeak);
      }
    }
    return s * 0.5 * width;
  }
}
