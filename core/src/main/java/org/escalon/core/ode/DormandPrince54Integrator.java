package org.escalon.core.ode;

import java.util.Objects;

/**
 * Allocation-free adaptive Dormand–Prince 5(4) integrator: the hot path of Escalon.
 *
 * <h2>Method</h2>
 *
 * <p>Explicit embedded Runge–Kutta pair of orders 5 and 4 with seven stages, first-same-as-last (FSAL), the
 * 5th-order solution propagated (local extrapolation). Tableau of Dormand &amp; Prince (1980), J. Comput.
 * Appl. Math. 6(1):19–26, doi:10.1016/0771-050X(80)90013-3, as printed in Hairer, Nørsett &amp; Wanner,
 * <i>Solving Ordinary Differential Equations I</i>, 2nd ed., Springer 1993, Table II.5.2 (§II.5), and coded in
 * Hairer's {@code DOPRI5}:
 *
 * <pre>
 *   0   |
 *  1/5  | 1/5
 *  3/10 | 3/40        9/40
 *  4/5  | 44/45      −56/15      32/9
 *  8/9  | 19372/6561 −25360/2187 64448/6561 −212/729
 *   1   | 9017/3168  −355/33     46732/5247  49/176  −5103/18656
 *   1   | 35/384      0          500/1113   125/192  −2187/6784    11/84
 * ------+---------------------------------------------------------------------
 *  y5   | 35/384      0          500/1113   125/192  −2187/6784    11/84     0
 *  y4   | 5179/57600  0          7571/16695 393/640  −92097/339200 187/2100  1/40
 * </pre>
 *
 * <h2>Error control (Hairer, Nørsett &amp; Wanner §II.4, eq. (4.11), as in DOPRI5)</h2>
 *
 * <pre>
 *   e_i   = h · Σ_j (b_j − b̂_j) · k_j,i                          (y5 − y4, component i)
 *   sc_i  = atol + rtol · max(|y_i|, |y_new,i|)
 *   err   = sqrt( (1/n) · Σ_i (e_i / sc_i)² )                      step accepted iff err ≤ 1
 * </pre>
 *
 * <p>Step-size control is Hairer's PI (Lund-stabilised) controller of DOPRI5 (§IV.2, eq. (2.43c)):
 *
 * <pre>
 *   fac   = err^(0.2 − 0.75·β) / errOld^β / 0.9,    β = 0.04, errOld = max(err of last accepted step, 1e−4)
 *   h_new = h / clamp(fac, 1/10, 5)                 (growth ≤ 10, shrink ≥ 1/5)
 *   after a rejection:  h_new = h / min(5, err^(0.2 − 0.75·β) / 0.9),  and the next accepted step may not grow
 * </pre>
 *
 * <p>A non-finite error estimate (NaN or ∞ in a stage) is treated as a rejection with the largest shrink.
 *
 * <h2>Initial step and carry-over between calls</h2>
 *
 * <p>A caller that knows better (the next segment starts with a dose, like the previous day's) may give the
 * first step of the next call with {@link #suggestNextStepH(double)}.
 *
 * <p>The first call after construction or {@link #reset()} chooses the initial step by Hairer's heuristic
 * ({@code HINIT} of DOPRI5, HNW §II.4, "Starting step size", one extra evaluation). Every later call starts
 * with the step size the controller wanted at the end of the previous call (the untruncated proposal, not the
 * shortened step that landed on {@code t1}), capped by {@code maxStepH} and by the segment length. Callers that
 * integrate day by day, split at dose times, therefore pay no start-up cost per segment. Call {@link #reset()}
 * between patients so that results do not depend on which patient was simulated before.
 *
 * <h2>FSAL across calls</h2>
 *
 * <p>Within one call the last stage of an accepted step is the first stage of the next one. Across calls the
 * first derivative is <b>always recomputed</b> (one evaluation per call): a caller may change {@code y} between
 * calls (a bolus) and, just as importantly, may change state held inside the {@link OdeSystem} (for example the
 * closed-form PK of the new dosing segment that drives a PD system), which no comparison of {@code t} and
 * {@code y} could detect.
 *
 * <h2>Cost and allocation</h2>
 *
 * <p>Per call: 1 evaluation, plus 6 per attempted step, plus 1 for the initial-step heuristic on the first call.
 * All work arrays are allocated in the constructor; {@link #integrate} allocates nothing (no boxing, lambdas or
 * iterators), except when it throws.
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class DormandPrince54Integrator implements OdeIntegrator {

  // Nodes c_i.
  private static final double C2 = 1.0 / 5.0;
  private static final double C3 = 3.0 / 10.0;
  private static final double C4 = 4.0 / 5.0;
  private static final double C5 = 8.0 / 9.0;

  // Coupling coefficients a_ij.
  private static final double A21 = 1.0 / 5.0;
  private static final double A31 = 3.0 / 40.0;
  private static final double A32 = 9.0 / 40.0;
  private static final double A41 = 44.0 / 45.0;
  private static final double A42 = -56.0 / 15.0;
  private static final double A43 = 32.0 / 9.0;
  private static final double A51 = 19372.0 / 6561.0;
  private static final double A52 = -25360.0 / 2187.0;
  private static final double A53 = 64448.0 / 6561.0;
  private static final double A54 = -212.0 / 729.0;
  private static final double A61 = 9017.0 / 3168.0;
  private static final double A62 = -355.0 / 33.0;
  private static final double A63 = 46732.0 / 5247.0;
  private static final double A64 = 49.0 / 176.0;
  private static final double A65 = -5103.0 / 18656.0;
  // 5th-order weights b_i (= a_7i, FSAL).
  private static final double A71 = 35.0 / 384.0;
  private static final double A73 = 500.0 / 1113.0;
  private static final double A74 = 125.0 / 192.0;
  private static final double A75 = -2187.0 / 6784.0;
  private static final double A76 = 11.0 / 84.0;

  // Error coefficients e_i = b_i − b̂_i (DOPRI5).
  private static final double E1 = 71.0 / 57600.0;
  private static final double E3 = -71.0 / 16695.0;
  private static final double E4 = 71.0 / 1920.0;
  private static final double E5 = -17253.0 / 339200.0;
  private static final double E6 = 22.0 / 525.0;
  private static final double E7 = -1.0 / 40.0;

  // Step-size controller (DOPRI5 defaults).
  private static final double SAFETY = 0.9;
  private static final double BETA = 0.04;
  private static final double EXPO1 = 0.2 - BETA * 0.75;
  /** 1 / (smallest shrink factor 0.2). */
  private static final double FAC_SHRINK_INV = 5.0;
  /** 1 / (largest growth factor 10). */
  private static final double FAC_GROW_INV = 0.1;
  private static final double ERR_OLD_MIN = 1e-4;
  /** A step is too small when h &lt; this · max(|t0|, |t1|). */
  private static final double UNDERFLOW_RELATIVE = 1e-12;

  private final int dimension;
  private final OdeTolerances tolerances;
  private final double rtol;
  private final double atol;
  private final double maxStepH;
  private final int maxSteps;

  private double[] k1;
  private final double[] k2;
  private final double[] k3;
  private final double[] k4;
  private final double[] k5;
  private final double[] k6;
  private double[] k7;
  private final double[] yStage;
  private final double[] yNew;

  /** Step size proposed for the next call; 0 means unknown (use the initial-step heuristic). */
  private double hCarry;
  /** One-shot hint for the next call's first step; 0 means none. */
  private double hHint;
  private double firstStep = Double.NaN;
  private StepObserver observer;

  private long evaluations;
  private long acceptedSteps;

  /**
   * Creates an integrator for systems of the given dimension.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   */
  public DormandPrince54Integrator(int dimension, OdeTolerances tolerances) {
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be > 0, got " + dimension);
    }
    this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
    this.dimension = dimension;
    this.rtol = tolerances.relative();
    this.atol = tolerances.absolute();
    this.maxStepH = tolerances.maxStepH();
    this.maxSteps = tolerances.maxSteps();
    this.k1 = new double[dimension];
    this.k2 = new double[dimension];
    this.k3 = new double[dimension];
    this.k4 = new double[dimension];
    this.k5 = new double[dimension];
    this.k6 = new double[dimension];
    this.k7 = new double[dimension];
    this.yStage = new double[dimension];
    this.yNew = new double[dimension];
  }

  /** Number of state variables this integrator was built for. */
  public int dimension() {
    return dimension;
  }

  @Override
  public OdeTolerances tolerances() {
    return tolerances;
  }

  @Override
  public long evaluations() {
    return evaluations;
  }

  @Override
  public long acceptedSteps() {
    return acceptedSteps;
  }

  @Override
  public void resetCounters() {
    evaluations = 0;
    acceptedSteps = 0;
  }

  @Override
  public void reset() {
    hCarry = 0.0;
    hHint = 0.0;
    firstStep = Double.NaN;
  }

  @Override
  public void setStepObserver(StepObserver observer) {
    this.observer = observer;
  }

  @Override
  public double firstStepH() {
    return firstStep;
  }

  @Override
  public void suggestNextStepH(double h) {
    hHint = h > 0.0 && h < Double.POSITIVE_INFINITY ? h : 0.0;
  }

  @Override
  public void integrate(OdeSystem system, double t0, double[] y, double t1) {
    Checks.integrateArguments(system, t0, y, t1, dimension);
    if (t1 == t0) {
      return;
    }
    final int n = dimension;
    final double[] ys = yStage;
    final double[] yn = yNew;
    final double[] s2 = k2;
    final double[] s3 = k3;
    final double[] s4 = k4;
    final double[] s5 = k5;
    final double[] s6 = k6;
    double[] s1 = k1;
    double[] s7 = k7;

    system.computeDerivatives(t0, y, s1);
    evaluations++;

    double h;
    if (hHint > 0.0) {
      h = Math.min(hHint, maxStepH);
      hHint = 0.0;
    } else {
      h = hCarry > 0.0 ? Math.min(hCarry, maxStepH) : initialStep(system, t0, y, s1, t1);
    }
    boolean first = true;
    final double hMin = UNDERFLOW_RELATIVE * Math.max(Math.abs(t0), Math.abs(t1));
    double t = t0;
    double errOld = ERR_OLD_MIN;
    boolean lastRejected = false;
    int attempts = 0;

    while (true) {
      if (attempts >= maxSteps) {
        k1 = s1;
        k7 = s7;
        throw new IllegalStateException("maxSteps = " + maxSteps + " steps exceeded at t = " + t + ", h = "
            + h + " while integrating to t1 = " + t1 + " (stiff system or tolerances too tight?)");
      }
      attempts++;

      // Do not overshoot t1; stretch the last step a little rather than leave a sliver.
      final double hProposed = h;
      final boolean last = t + 1.01 * h >= t1;
      if (last) {
        h = t1 - t;
      }

      // Stages 2..7.
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + h * A21 * s1[i];
      }
      system.computeDerivatives(t + C2 * h, ys, s2);
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + h * (A31 * s1[i] + A32 * s2[i]);
      }
      system.computeDerivatives(t + C3 * h, ys, s3);
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + h * (A41 * s1[i] + A42 * s2[i] + A43 * s3[i]);
      }
      system.computeDerivatives(t + C4 * h, ys, s4);
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + h * (A51 * s1[i] + A52 * s2[i] + A53 * s3[i] + A54 * s4[i]);
      }
      system.computeDerivatives(t + C5 * h, ys, s5);
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + h * (A61 * s1[i] + A62 * s2[i] + A63 * s3[i] + A64 * s4[i] + A65 * s5[i]);
      }
      final double tNew = last ? t1 : t + h;
      system.computeDerivatives(tNew, ys, s6);
      for (int i = 0; i < n; i++) {
        yn[i] = y[i] + h * (A71 * s1[i] + A73 * s3[i] + A74 * s4[i] + A75 * s5[i] + A76 * s6[i]);
      }
      system.computeDerivatives(tNew, yn, s7);
      evaluations += 6;

      // Error estimate: RMS of e_i / (atol + rtol·max(|y_i|, |y_new,i|)).
      double sum = 0.0;
      for (int i = 0; i < n; i++) {
        final double sc = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i]));
        final double e =
            h * (E1 * s1[i] + E3 * s3[i] + E4 * s4[i] + E5 * s5[i] + E6 * s6[i] + E7 * s7[i]) / sc;
        sum += e * e;
      }
      final double err = Math.sqrt(sum / n);

      if (err <= 1.0) {
        // Accept (the comparison is false for NaN).
        final double fac11 = Math.pow(err, EXPO1);
        double fac = fac11 / Math.pow(errOld, BETA) / SAFETY;
        fac = Math.max(FAC_GROW_INV, Math.min(FAC_SHRINK_INV, fac));
        double hNew = h / fac;
        if (lastRejected) {
          hNew = Math.min(hNew, h);
        }
        hNew = Math.min(hNew, maxStepH);
        errOld = Math.max(err, ERR_OLD_MIN);
        acceptedSteps++;
        if (first) {
          firstStep = h;
          first = false;
        }
        System.arraycopy(yn, 0, y, 0, n);
        if (observer != null) {
          observer.accepted(tNew, y);
        }
        final double[] tmp = s1;
        s1 = s7;
        s7 = tmp;
        lastRejected = false;
        if (last) {
          // Keep the controller's wish, not the sliver that landed on t1.
          hCarry = Math.min(Math.max(hNew, hProposed), maxStepH);
          break;
        }
        t = tNew;
        h = hNew;
      } else {
        // Reject: shrink (largest shrink for a non-finite error) and retry from the same t.
        final double shrink = err < Double.POSITIVE_INFINITY
            ? Math.min(FAC_SHRINK_INV, Math.pow(err, EXPO1) / SAFETY)
            : FAC_SHRINK_INV;
        h = h / shrink;
        lastRejected = true;
        if (h < hMin) {
          k1 = s1;
          k7 = s7;
          throw new IllegalStateException("step size underflow at t = " + t + ": h = " + h + " < " + hMin
              + " while integrating to t1 = " + t1
              + (err < Double.POSITIVE_INFINITY
                  ? " (stiff or singular system?)"
                  : " (the error estimate is not finite: NaN or infinity in the derivatives?)"));
        }
      }
    }
    k1 = s1;
    k7 = s7;
  }

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
   * <p>One evaluation. Uses {@code yStage} and {@code k2} as scratch.
   */
  private double initialStep(OdeSystem system, double t0, double[] y0, double[] f0, double t1) {
    final int n = dimension;
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
    final double[] y1 = yStage;
    final double[] f1 = k2;
    for (int i = 0; i < n; i++) {
      y1[i] = y0[i] + h * f0[i];
    }
    system.computeDerivatives(t0 + h, y1, f1);
    evaluations++;
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
