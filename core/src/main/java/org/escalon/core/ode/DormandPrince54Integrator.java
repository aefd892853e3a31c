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
 *   fac   = err^(0.2 − 0.75·β) / errOld^β / 0.9   (as exp(α·ln err − β·ln errOld) / 0.9),    β = 0.04, errOld = max(err of last accepted step, 1e−4)
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

  // Dense output of Shampine (1986), as in DOPRI5's CONTD5.
  private static final double D1 = -12715105075.0 / 11282082432.0;
  private static final double D3 = 87487479700.0 / 32700410799.0;
  private static final double D4 = -10690763975.0 / 1880347072.0;
  private static final double D5 = 701980252875.0 / 199316789632.0;
  private static final double D6 = -1453857185.0 / 822651844.0;
  private static final double D7 = 69997945.0 / 29380423.0;

  // Step-size controller (DOPRI5 defaults).
  private static final double SAFETY = 0.9;
  private static final double BETA = 0.04;
  private static final double EXPO1 = 0.2 - BETA * 0.75;
  /** 1 / (smallest shrink factor 0.2). */
  private static final double FAC_SHRINK_INV = 5.0;
  /** 1 / (largest growth factor 10). */
  private static final double FAC_GROW_INV = 0.1;
  private static final double ERR_OLD_MIN = 1e-4;
  private static final double LOG_ERR_OLD_MIN = Math.log(ERR_OLD_MIN);
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
    integrate(system, t0, y, t1, null, 0, null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Dense output by the continuous extension of order 4 of DOPRI5 (Shampine 1986; Hairer, Nørsett &amp;
   * Wanner §II.6, and {@code CONTD5}), evaluated only in the accepted steps that contain an output time: with
   * θ = (t − t_n)/h,
   *
   * <pre>
   *   y(t_n + θh) = y_n + θ·(Δ + (1−θ)·(B + θ·(Δ − h·f_{n+1} − B + (1−θ)·h·Σ_j d_j·k_j))),
   *   Δ = y_{n+1} − y_n,   B = h·f_n − Δ,   d = (d1, 0, d3, d4, d5, d6, d7)
   * </pre>
   *
   * <p>The step sequence, hence {@code y} at {@code t1}, does not depend on the output times.
   */
  @Override
  public void integrate(OdeSystem system, double t0, double[] y, double t1, double[] outTimes, int nOut,
      double[] outStates) {
    final int n = Checks.integrateArguments(system, t0, y, t1, dimension);
    Checks.outputArguments(t0, t1, outTimes, nOut, outStates, dimension);
    if (t1 == t0) {
      return;
    }
    final double[] ys = yStage;
    final double[] yn = yNew;
    final double[] s2 = k2;
    final double[] s3 = k3;
    final double[] s4 = k4;
    final double[] s5 = k5;
    final double[] s6 = k6;
    double[] s1 = k1;
    double[] s7 = k7;
    int nextOut = 0;
    if (n < dimension) {
      // the stage vectors carry the constant states too (the system may read them)
      System.arraycopy(y, n, ys, n, dimension - n);
      System.arraycopy(y, n, yn, n, dimension - n);
    }
    if (nOut > 0 && n < dimension) {
      // the states that are not integrated are constant: copy them into every output row once
      for (int k = 0; k < nOut; k++) {
        System.arraycopy(y, n, outStates, k * dimension + n, dimension - n);
      }
    }

    system.computeDerivatives(t0, y, s1);
    evaluations++;

    double h;
    if (hHint > 0.0) {
      h = Math.min(hHint, maxStepH);
      hHint = 0.0;
    } else {
      h = hCarry > 0.0 ? Math.min(hCarry, maxStepH) : initialStep(system, n, t0, y, s1, t1);
    }
    boolean first = true;
    final double hMin = UNDERFLOW_RELATIVE * Math.max(Math.abs(t0), Math.abs(t1));
    final double invN = 1.0 / n;
    double t = t0;
    // the controller works with logarithms: one log and one exp per step instead of two pow
    double logErrOld = LOG_ERR_OLD_MIN;
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

      // Stages 2..7, with the step size folded into the coefficients once per step.
      final double a21 = h * A21;
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + a21 * s1[i];
      }
      system.computeDerivatives(t + C2 * h, ys, s2);
      final double a31 = h * A31;
      final double a32 = h * A32;
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + a31 * s1[i] + a32 * s2[i];
      }
      system.computeDerivatives(t + C3 * h, ys, s3);
      final double a41 = h * A41;
      final double a42 = h * A42;
      final double a43 = h * A43;
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + a41 * s1[i] + a42 * s2[i] + a43 * s3[i];
      }
      system.computeDerivatives(t + C4 * h, ys, s4);
      final double a51 = h * A51;
      final double a52 = h * A52;
      final double a53 = h * A53;
      final double a54 = h * A54;
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + a51 * s1[i] + a52 * s2[i] + a53 * s3[i] + a54 * s4[i];
      }
      system.computeDerivatives(t + C5 * h, ys, s5);
      final double a61 = h * A61;
      final double a62 = h * A62;
      final double a63 = h * A63;
      final double a64 = h * A64;
      final double a65 = h * A65;
      for (int i = 0; i < n; i++) {
        ys[i] = y[i] + a61 * s1[i] + a62 * s2[i] + a63 * s3[i] + a64 * s4[i] + a65 * s5[i];
      }
      final double tNew = last ? t1 : t + h;
      system.computeDerivatives(tNew, ys, s6);
      // y_new, and (in ys, free now) the part of the error estimate that does not need the 7th stage
      final double a71 = h * A71;
      final double a73 = h * A73;
      final double a74 = h * A74;
      final double a75 = h * A75;
      final double a76 = h * A76;
      for (int i = 0; i < n; i++) {
        yn[i] = y[i] + a71 * s1[i] + a73 * s3[i] + a74 * s4[i] + a75 * s5[i] + a76 * s6[i];
        ys[i] = E1 * s1[i] + E3 * s3[i] + E4 * s4[i] + E5 * s5[i] + E6 * s6[i];
      }
      system.computeDerivatives(tNew, yn, s7);
      evaluations += 6;

      // Error estimate: RMS over the integrated states of e_i / (atol + rtol·max(|y_i|, |y_new,i|)).
      // (two loops: the scaled errors without a loop-carried dependency, then the sum in index order)
      for (int i = 0; i < n; i++) {
        ys[i] = h * (ys[i] + E7 * s7[i]) / (atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i])));
      }
      double sum = 0.0;
      for (int i = 0; i < n; i++) {
        sum += ys[i] * ys[i];
      }
      final double err = Math.sqrt(sum * invN);

      if (err <= 1.0) {
        // Accept (the comparison is false for NaN).
        final double logErr = Math.log(err);
        double fac = Math.exp(EXPO1 * logErr - BETA * logErrOld) / SAFETY;
        fac = Math.max(FAC_GROW_INV, Math.min(FAC_SHRINK_INV, fac));
        double hNew = h / fac;
        if (lastRejected) {
          hNew = Math.min(hNew, h);
        }
        hNew = Math.min(hNew, maxStepH);
        logErrOld = Math.max(logErr, LOG_ERR_OLD_MIN);
        acceptedSteps++;
        if (first) {
          firstStep = h;
          first = false;
        }
        if (nextOut < nOut) {
          nextOut = denseOutput(n, t, h, tNew, y, yn, s1, s3, s4, s5, s6, s7, outTimes, nextOut, nOut,
              outStates);
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
   * Writes the outputs that fall in the accepted step (t, tNew] (continuous extension of DOPRI5; an output at
   * tNew is y_new itself) and returns the index of the next output. Uses {@code yStage} as scratch.
   */
  private int denseOutput(int n, double t, double h, double tNew, double[] y, double[] yn, double[] f1,
      double[] f3, double[] f4, double[] f5, double[] f6, double[] f7, double[] outTimes, int k, int nOut,
      double[] outStates) {
    final int dim = dimension;
    boolean coefficients = false;
    final double[] r5 = yStage;
    while (k < nOut && outTimes[k] <= tNew) {
      final double tk = outTimes[k];
      final int row = k * dim;
      if (tk == tNew) {
        System.arraycopy(yn, 0, outStates, row, n);
      } else {
        if (!coefficients) {
          final double d1 = h * D1;
          final double d3 = h * D3;
          final double d4 = h * D4;
          final double d5 = h * D5;
          final double d6 = h * D6;
          final double d7 = h * D7;
          for (int i = 0; i < n; i++) {
            r5[i] = d1 * f1[i] + d3 * f3[i] + d4 * f4[i] + d5 * f5[i] + d6 * f6[i] + d7 * f7[i];
          }
          coefficients = true;
        }
        final double theta = (tk - t) / h;
        final double theta1 = 1.0 - theta;
        for (int i = 0; i < n; i++) {
          final double y0 = y[i];
          final double diff = yn[i] - y0;
          final double bspl = h * f1[i] - diff;
          final double r4 = diff - h * f7[i] - bspl;
          outStates[row + i] = y0 + theta * (diff + theta1 * (bspl + theta * (r4 + theta1 * r5[i])));
        }
      }
      k++;
    }
    return k;
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
  private double initialStep(OdeSystem system, int n, double t0, double[] y0, double[] f0, double t1) {
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
