package org.escalon.simulation.design.blrm;

import java.util.Arrays;

/**
 * The posterior of the BLRM given per-dose counts, by deterministic 2-D quadrature (no MCMC), and what EWOC needs
 * from it: P(p_j &lt; t) for any dose and t, interval probabilities, posterior means and quantiles of p_j.
 *
 * <h2>The rule (docs/designs.md, "Model-based designs: BLRM with EWOC")</h2>
 * Coordinates θ = (a, b) = (log α, log β), integrated in the Cholesky order of the prior (b outer, a given b inner):
 * <ol>
 *   <li>Outer (b): a trapezoid rule with step {@code outerStep · σ_b} around the posterior mode, σ_b the Laplace
 *       standard deviation of b ({@link LaplaceCentre}; with no data the prior's). Rows are added outwards until the
 *       row's largest density falls below e^{-36} of the largest seen, so the range adapts to skewed posteriors.</li>
 *   <li>Inner (a given b): each row has its own equispaced grid centred at the conditional mode of a with step
 *       {@code innerStep · σ_a|b} over ±{@code halfWidth · σ_a|b}, σ_a|b from the conditional curvature (the
 *       conditional density is log-concave in a); a row whose end values exceed e^{-36} of its mode is widened.
 *       With no data the rows are the prior's whitened conditional normals.</li>
 *   <li>Exact cut per row: for fixed b, p_j &lt; t ⇔ a &lt; logit(t) − e^b x_j, a half-line in a. Each row's
 *       cumulative integral is tabulated with 6-point Lagrange cell integrals and the partial cell up to the cut is
 *       integrated from the same interpolant, so interval boundaries are cut exactly instead of by testing nodes.
 *       P(p_j &lt; t) = Σ_rows cumulative(cut) / Σ_rows total.</li>
 * </ol>
 * Accuracy: interval probabilities agree with an independent brute-force integration to 1e-6 and with
 * {@link BlrmQuadrature#refined()} to well below that ({@code BlrmPosteriorTest}; {@link
 * #errorEstimate(ToxicityIntervals)} reports that difference for any data set).
 *
 * <p>Immutable after construction; safe to share between threads.
 */
public final class BlrmPosterior {

  /** Rows are added outwards until the row's largest log density is this far below the largest. */
  private static final double ROW_CUTOFF_LOG = -24;
  /** A row's grid must end where the log density is this far below the posterior's largest (else widened). */
  private static final double EDGE_LOG = -22;
  private static final double EDGE_DENSITY = Math.exp(EDGE_LOG);
  /** Rows whose largest density is below e^{-8} of the maximum hold &lt; 3.4e-4 of the mass: step doubled. */
  private static final double COARSE_DROP = 8;
  private static final int MAX_ROWS = 4000;
  /** Rows have at least 2·5 + 1 nodes (the 10-point stencil needs 10). */
  private static final int MIN_HALF_NODES = 5;

  private final BlrmModel model;
  private final int[] n;
  private final int[] y;
  private final BlrmQuadrature rule;
  private final int rows;
  private final double[] rowExpB;
  private final double[] rowStart; // a at node 0
  private final double[] rowStep; // a step
  private final double[][] g; // relative density per row
  private final double[][] cum; // cumulative integral in a-units per row
  private final double total;
  private final int[] significant; // rows holding more than 1e-14 of the mass

  private BlrmPosterior(BlrmModel model, int[] n, int[] y, BlrmQuadrature rule) {
    this.model = model;
    this.n = n;
    this.y = y;
    this.rule = rule;
    RowPlan plan = new RowPlan(new LaplaceCentre(model, n, y), rule);
    this.rows = plan.count;
    this.rowExpB = new double[rows];
    this.rowStart = new double[rows];
    this.rowStep = new double[rows];
    this.g = new double[rows][];
    this.cum = new double[rows][];
    RowEvaluator ev = new RowEvaluator(model, n, y);
    double t = 0;
    for (int k = 0; k < rows; k++) {
      double b = plan.b[k];
      rowExpB[k] = Math.exp(b);
      double sigma = 1 / Math.sqrt(plan.curvature[k]);
      double drop = plan.maxValue - plan.value[k];
      // the Gaussian half-width at which this row's density reaches e^EDGE_LOG of the maximum, at most halfWidth
      double w = Math.min(rule.halfWidth(), Math.sqrt(2 * Math.max(-EDGE_LOG - drop, 0)) + 0.5);
      double step = rule.innerStep() * (drop > COARSE_DROP ? 2 : 1);
      for (int attempt = 0; ; attempt++) {
        int half = Math.max(MIN_HALF_NODES, (int) Math.ceil(w / step));
        rowStep[k] = step * sigma;
        rowStart[k] = plan.mode[k] - half * rowStep[k];
        double[] lp = new double[2 * half + 1];
        if (!ev.densityRow(rowStart[k], rowStep[k], b, plan.maxValue, lp)) {
          ev.logPosteriorRow(rowStart[k], rowStep[k], b, lp);
          for (int i = 0; i < lp.length; i++) {
            lp[i] = Math.exp(lp[i] - plan.maxValue);
          }
        }
        boolean contained = lp[0] <= EDGE_DENSITY && lp[lp.length - 1] <= EDGE_DENSITY;
        if (contained || attempt == 8) {
          g[k] = lp;
          break;
        }
        w = Math.max(w, rule.halfWidth()) * 1.5;
      }
      cum[k] = new double[g[k].length];
      t += cumulate(k);
    }
    this.total = t;
    int[] sig = new int[rows];
    int m = 0;
    for (int k = 0; k < rows; k++) {
      if (cum[k][cum[k].length - 1] > 1e-14 * t) {
        sig[m++] = k;
      }
    }
    this.significant = Arrays.copyOf(sig, m);
  }

  /**
   * The posterior given {@code n} patients and {@code y} DLTs per dose (index 0 = dose 1), default resolution.
   *
   * @param model the model
   * @param n patients per dose, length K, each ≥ 0 (copied)
   * @param y DLTs per dose, length K, 0 ≤ y_j ≤ n_j (copied)
   * @return the posterior given {@code n} patients and {@code y} DLTs per dose (index 0 = dose 1), default resolution
   */
  public static BlrmPosterior fit(BlrmModel model, int[] n, int[] y) {
    return fit(model, n, y, BlrmQuadrature.DEFAULT);
  }

  /**
   * As {@link #fit(BlrmModel, int[], int[])} with the given quadrature resolution.
   *
   * @param model the model
   * @param n patients per dose, length K, each ≥ 0 (copied)
   * @param y DLTs per dose, length K, 0 ≤ y_j ≤ n_j (copied)
   * @param rule the quadrature grid over (log α, log β)
   * @return the posterior on that grid
   */
  public static BlrmPosterior fit(BlrmModel model, int[] n, int[] y, BlrmQuadrature rule) {
    if (model == null || rule == null) {
      throw new IllegalArgumentException("model and rule must not be null");
    }
    int k = model.doseCount();
    if (n == null || y == null || n.length != k || y.length != k) {
      throw new IllegalArgumentException("n and y must have one entry per dose (" + k + ")");
    }
    for (int j = 0; j < k; j++) {
      if (n[j] < 0 || y[j] < 0 || y[j] > n[j]) {
        throw new IllegalArgumentException(
            "dose " + (j + 1) + ": n = " + n[j] + ", y = " + y[j] + ": need 0 <= y <= n");
      }
    }
    return new BlrmPosterior(model, n.clone(), y.clone(), rule);
  }

  /**
   * The posterior refined until {@link #errorEstimate} is at most {@code tolerance}: fits with the default rule and
   * its refinements in turn (each twice as fine and one SD wider) and returns the finer of the first pair whose
   * interval probabilities differ by at most {@code tolerance}.
   *
   * @param model the model
   * @param n patients per dose, length K, each ≥ 0 (copied)
   * @param y DLTs per dose, length K, 0 ≤ y_j ≤ n_j (copied)
   * @param tolerance in [1e-10, 0.1]
   * @param iv the under-, target and overdosing intervals whose probabilities decide convergence
   * @return the posterior refined until {@link #errorEstimate} is at most {@code tolerance}: fits with the default rule
   *     and its refinements in turn (each twice as fine and one SD wider) and returns the finer of the first pair whose
   *     interval probabilities differ by at most {@code tolerance}
   * @throws ArithmeticException if four refinements do not reach it
   */
  public static BlrmPosterior fitToTolerance(BlrmModel model, int[] n, int[] y, double tolerance,
      ToxicityIntervals iv) {
    if (!(tolerance >= 1e-10 && tolerance <= 0.1)) {
      throw new IllegalArgumentException("tolerance = " + tolerance + ": must be in [1e-10, 0.1]");
    }
    BlrmQuadrature rule = BlrmQuadrature.DEFAULT;
    BlrmPosterior coarse = fit(model, n, y, rule);
    for (int i = 0; i < 4; i++) {
      rule = rule.refined();
      BlrmPosterior fine = fit(model, n, y, rule);
      if (maxDifference(coarse, fine, iv) <= tolerance) {
        return fine;
      }
      coarse = fine;
    }
    throw new ArithmeticException("BLRM posterior: tolerance " + tolerance + " not reached after 4 refinements");
  }

  /**
   * The model.
   *
   * @return the model
   */
  public BlrmModel model() {
    return model;
  }

  /**
   * The number of quadrature nodes used.
   *
   * @return the number of quadrature nodes used
   */
  public int nodes() {
    int s = 0;
    for (double[] r : g) {
      s += r.length;
    }
    return s;
  }

  /**
   * P(p_j &lt; t | data) for dose level {@code level} (1..K) and t in [0, 1].
   *
   * @param level the dose level, 1..K
   * @param t the DLT probability threshold, in [0, 1]
   * @return P(p_j &lt; t | data) for dose level {@code level} (1..K) and t in [0, 1]
   */
  public double probabilityBelow(int level, double t) {
    checkLevel(level);
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("t = " + t + ": must be in [0, 1]");
    }
    if (t == 0) {
      return 0;
    }
    if (t == 1) {
      return 1;
    }
    return cdfLogit(level - 1, Math.log(t / (1 - t)));
  }

  /**
   * Hot path: P(under), P(target), P(over) for every dose, into caller-supplied arrays of length ≥ K.
   *
   * @param iv the under-, target and overdosing intervals
   * @param under out: P(under) per dose
   * @param target out: P(target) per dose
   * @param over out: P(over) per dose
   */
  public void intervalProbabilities(ToxicityIntervals iv, double[] under, double[] target, double[] over) {
    double c1 = Math.log(iv.targetLower() / (1 - iv.targetLower()));
    double c2 = Math.log(iv.overdoseFrom() / (1 - iv.overdoseFrom()));
    for (int j = 0; j < model.doseCount(); j++) {
      double f1 = cdfLogit(j, c1);
      double f2 = cdfLogit(j, c2);
      under[j] = f1;
      target[j] = f2 - f1;
      over[j] = 1 - f2;
    }
  }

  /**
   * The posterior mean of p_j at dose level {@code level} (1..K).
   *
   * @param level the dose level, 1..K
   * @return the posterior mean of p_j at dose level {@code level} (1..K)
   */
  public double mean(int level) {
    checkLevel(level);
    double xj = model.x(level - 1);
    double num = 0;
    double den = 0;
    for (int k = 0; k < rows; k++) {
      double shift = rowStart[k] + rowExpB[k] * xj;
      double rn = 0;
      double rd = 0;
      double[] gk = g[k];
      for (int i = 0; i < gk.length; i++) {
        if (gk[i] > 0) {
          rn += gk[i] / (1 + Math.exp(-(shift + i * rowStep[k])));
          rd += gk[i];
        }
      }
      num += rn * rowStep[k];
      den += rd * rowStep[k];
    }
    return num / den;
  }

  /**
   * The posterior {@code q}-quantile of p_j at dose level {@code level}, q in (0, 1); bisection on logit p.
   *
   * @param level the dose level, 1..K
   * @param q the probability of the quantile, in (0, 1)
   * @return the posterior {@code q}-quantile of p_j at dose level {@code level}, q in (0, 1); bisection on logit p
   */
  public double quantile(int level, double q) {
    checkLevel(level);
    if (!(q > 0 && q < 1)) {
      throw new IllegalArgumentException("q = " + q + ": must be in (0, 1)");
    }
    double lo = -60;
    double hi = 60;
    while (hi - lo > 1e-10) {
      double mid = 0.5 * (lo + hi);
      if (cdfLogit(level - 1, mid) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double c = 0.5 * (lo + hi);
    return 1 / (1 + Math.exp(-c));
  }

  /**
   * The full summary of dose level {@code level}.
   *
   * @param level the dose level, 1..K
   * @param iv the intervals for the interval probabilities
   * @return the full summary of dose level {@code level}
   */
  public DoseSummary summary(int level, ToxicityIntervals iv) {
    double f1 = probabilityBelow(level, iv.targetLower());
    double f2 = probabilityBelow(level, iv.overdoseFrom());
    return new DoseSummary(f1, f2 - f1, 1 - f2, mean(level), quantile(level, 0.025), quantile(level, 0.5),
        quantile(level, 0.975));
  }

  /**
   * The largest difference, over doses and the three intervals, between this posterior's interval probabilities
   * and those of the same data under {@link BlrmQuadrature#refined()}: an a-posteriori estimate of the quadrature
   * error (the refined rule's own error is far smaller, so the difference is dominated by this rule's).
   *
   * @param iv the intervals whose probabilities are compared
   * @return the largest difference, over doses and the three intervals, between this posterior's interval probabilities
   *     and those of the same data under {@link BlrmQuadrature#refined()}: an a-posteriori estimate of the quadrature
   *     error (the refined rule's own error is far smaller, so the difference is dominated by this rule's)
   */
  public double errorEstimate(ToxicityIntervals iv) {
    return maxDifference(this, new BlrmPosterior(model, n, y, rule.refined()), iv);
  }

  private static double maxDifference(BlrmPosterior p, BlrmPosterior fine, ToxicityIntervals iv) {
    int k = p.model.doseCount();
    double[][] a = new double[3][k];
    double[][] b = new double[3][k];
    p.intervalProbabilities(iv, a[0], a[1], a[2]);
    fine.intervalProbabilities(iv, b[0], b[1], b[2]);
    double worst = 0;
    for (int r = 0; r < 3; r++) {
      for (int j = 0; j < k; j++) {
        worst = Math.max(worst, Math.abs(a[r][j] - b[r][j]));
      }
    }
    return worst;
  }

  private void checkLevel(int level) {
    if (level < 1 || level > model.doseCount()) {
      throw new IllegalArgumentException("level = " + level + ": must be in 1.." + model.doseCount());
    }
  }

  /** P(logit p_j &lt; c), 0-based j. */
  private double cdfLogit(int j, double c) {
    double xj = model.x(j);
    double s = 0;
    for (int k : significant) {
      s += partial(k, c - rowExpB[k] * xj);
    }
    double p = s / total;
    return p < 0 ? 0 : (p > 1 ? 1 : p);
  }

  /** Tabulates row k's cumulative integral; returns the row total. */
  private double cumulate(int k) {
    double[] gk = g[k];
    double[] ck = cum[k];
    int cells = gk.length - 1;
    double acc = 0;
    for (int i = 0; i < cells; i++) {
      int start = LagrangeCells.CUMULATIVE.start(i, cells);
      acc += rowStep[k] * LagrangeCells.CUMULATIVE.fullCell(gk, start, start - i);
      ck[i + 1] = acc;
    }
    return acc;
  }

  /** ∫_{-∞}^{a} of row k's interpolated density (zero outside the row's grid). */
  private double partial(int k, double a) {
    double s = (a - rowStart[k]) / rowStep[k];
    double[] ck = cum[k];
    int cells = ck.length - 1;
    if (!(s > 0)) {
      return 0;
    }
    if (s >= cells) {
      return ck[cells];
    }
    int i = (int) s;
    double t = s - i;
    int start = LagrangeCells.PARTIAL.start(i, cells);
    return ck[i] + rowStep[k] * LagrangeCells.PARTIAL.partialCell(g[k], start, start - i, t);
  }

  /**
   * The outer rows: b values, conditional modes, curvatures and log densities, walking outwards from the posterior
   * mode in steps of {@code outerStep · σ_b} until a row's largest log density is {@value #ROW_CUTOFF_LOG} below the
   * largest seen; stored in increasing b.
   */
  private static final class RowPlan {
    double[] b = new double[64];
    double[] mode = new double[64];
    double[] curvature = new double[64];
    double[] value = new double[64];
    int count;
    double maxValue = Double.NEGATIVE_INFINITY;

    RowPlan(LaplaceCentre c, BlrmQuadrature rule) {
      double hb = rule.outerStep() * Math.sqrt(c.covBB);
      walk(c, c.modeB, -hb, c.modeA);
      // reverse the downward walk so that b increases
      for (int i = 0, j = count - 1; i < j; i++, j--) {
        swap(b, i, j);
        swap(mode, i, j);
        swap(curvature, i, j);
        swap(value, i, j);
      }
      walk(c, c.modeB + hb, hb, mode[count - 1]);
      if (count < 5) {
        throw new ArithmeticException("BLRM posterior: fewer than 5 quadrature rows");
      }
    }

    private static void swap(double[] a, int i, int j) {
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }

    private void walk(LaplaceCentre c, double b0, double step, double a0) {
      double a = a0;
      double bk = b0;
      int steps = 0;
      while (true) {
        if (count == MAX_ROWS) {
          throw new ArithmeticException("BLRM posterior: more than " + MAX_ROWS + " quadrature rows needed");
        }
        c.conditionalMode(bk, a);
        a = c.condMode;
        add(bk, a, c.condCurvature, c.condValue);
        steps++;
        if (c.condValue - maxValue < ROW_CUTOFF_LOG && steps > 1) {
          return;
        }
        bk += step;
      }
    }

    private void add(double bk, double mk, double ck, double vk) {
      if (count == b.length) {
        b = Arrays.copyOf(b, 2 * count);
        mode = Arrays.copyOf(mode, 2 * count);
        curvature = Arrays.copyOf(curvature, 2 * count);
        value = Arrays.copyOf(value, 2 * count);
      }
      b[count] = bk;
      mode[count] = mk;
      curvature[count] = ck;
      value[count] = vk;
      maxValue = Math.max(maxValue, vk);
      count++;
    }
  }
}
