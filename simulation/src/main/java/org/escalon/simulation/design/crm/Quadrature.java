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
 *   <li>The step is halved (midpoints added, earlier nodes reused) until the trapezoid sums of f, β·f and
 *       (β − m)²·f change by less than 1e−8 relative. For analytic integrands the trapezoid error on the line falls
 *       like exp(−c/h), so halving squares it: the accepted sums are accurate to far below 1e−9.</li>
 * </ol>
 * Tail probabilities Pr(β &lt; c) use 8-point Gauss–Legendre panels of the final width on the smaller side of c.
 *
 * <p>Mutable; one instance per computation (the designs create one per decision); not thread-safe.
 */
final class Quadrature {

  private static final double LOG_DROP = 40;
  private static final double REL_TOL = 1e-8;
  private static final int MAX_LEVELS = 12;
  private static final int MAX_NODES = 1 << 16;
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
  // results of step 1
  private double mode;
  private double logPeak;
  private double scale;
  // nodes
  private double[] nodeBeta = new double[128];
  private double[] nodeF = new double[128];
  private int nodes;
  private double step;
  private double sumF;
  private double sumBF;
  private double sumB2F;

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

  /** ℓ(β) = log f(β). */
  double logF(double beta) {
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

  /** Steps 1–3 of the class comment. */
  void integrate() {
    findMode();
    layOutCoarseGrid();
    double z0 = sumF * step;
    double m10 = sumBF * step;
    double m20 = sumB2F * step;
    for (int level = 1; level <= MAX_LEVELS; level++) {
      refine();
      double z1 = sumF * step;
      double m11 = sumBF * step;
      double m21 = sumB2F * step;
      boolean done = Math.abs(z1 - z0) <= REL_TOL * z1
          && Math.abs(m11 - m10) <= REL_TOL * (Math.abs(m11) + scale * z1)
          && Math.abs(m21 - m20) <= REL_TOL * m21;
      if (done) {
        return;
      }
      z0 = z1;
      m10 = m11;
      m20 = m21;
    }
    throw new IllegalStateException("CRM posterior quadrature did not converge after " + MAX_LEVELS
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
          break;
        }
        if (nodes >= MAX_NODES / 2) {
          throw new IllegalStateException("CRM posterior too wide for the quadrature (mode " + mode + ")");
        }
      }
    }
  }

  /** Halves the step: adds the midpoint of every pair of neighbouring nodes. */
  private void refine() {
    int old = nodes;
    double[] sorted = Arrays.copyOf(nodeBeta, old);
    Arrays.sort(sorted);
    for (int i = 0; i + 1 < old; i++) {
      addNode(0.5 * (sorted[i] + sorted[i + 1]));
    }
    step *= 0.5;
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

  /** The posterior mean of β. */
  double mean() {
    return sumBF / sumF;
  }

  /** The posterior variance of β. */
  double variance() {
    double c = mean() - mode;
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
