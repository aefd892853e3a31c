package org.escalon.core.ode;

import static org.escalon.core.ode.DormandPrince54Tableau.*;

import java.util.Objects;

/**
 * Allocation-free adaptive Dormand–Prince 5(4) integrator: the hot path of Escalon.
 *
 * <h2>Method</h2>
 *
 * <p>Explicit embedded Runge–Kutta pair of orders 5 and 4 with seven stages, first-same-as-last (FSAL), the
 * 5th-order solution propagated (local extrapolation): Dormand &amp; Prince (1980), J. Comput. Appl. Math.
 * 6(1):19–26, doi:10.1016/0771-050X(80)90013-3, as coded in Hairer's {@code DOPRI5} (tableau and references in
 * {@link DormandPrince54Tableau}).
 *
 * <h2>Error control (Hairer, Nørsett &amp; Wanner §II.4, eq. (4.11), as in DOPRI5)</h2>
 *
 * <pre>
 *   e_i   = h · Σ_j (b_j − b̂_j) · k_j,i                          (y5 − y4, component i)
 *   sc_i  = atol + rtol · max(|y_i|, |y_new,i|)
 *   err   = sqrt( (1/n) · Σ_i (e_i / sc_i)² )                      step accepted iff err ≤ 1
 * </pre>
 *
 * <p>Step-size control is Hairer's PI (Lund-stabilised) controller of DOPRI5 ({@link PiStepController}, with its
 * equations). A non-finite error estimate (NaN or ∞ in a stage) is treated as a rejection with the largest
 * shrink.
 *
 * <h2>The loop</h2>
 *
 * <p>As Hipparchus separates them, {@link #integrate} only orchestrates: an attempted step ({@code attemptStep}:
 * stages, 5th-order solution, the error terms of stages 1–6 in their own scratch array), the error norm
 * ({@code errorNorm}), the step-size controller and accept ({@code accept}: dense output, FSAL swap, observer) or
 * reject (shrink and retry from the same t).
 *
 * <h2>Initial step and carry-over between calls</h2>
 *
 * <p>The first call after construction or {@link #reset()} chooses the initial step by Hairer's heuristic
 * ({@link StartingStep}, one extra evaluation). Every later call starts with the step size the controller wanted
 * at the end of the previous call (the untruncated proposal, not the step shortened to land on {@code t1}), capped
 * by {@code maxStepH}, or with the caller's {@link #suggestNextStepH(double)} hint. Callers that integrate day by
 * day, split at dose times, therefore pay no start-up cost per segment. Call {@link #reset()} between patients so
 * that results do not depend on which patient was simulated before.
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
public final class DormandPrince54Integrator implements OdeIntegrator, IntegrationCounters, StepSizeHints {

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
  /** Scratch for the error estimate e_i (its own array, not a stage vector). */
  private final double[] errStage;
  private final PiStepController controller = new PiStepController();

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
    k1 = new double[dimension];
    k2 = new double[dimension];
    k3 = new double[dimension];
    k4 = new double[dimension];
    k5 = new double[dimension];
    k6 = new double[dimension];
    k7 = new double[dimension];
    yStage = new double[dimension];
    yNew = new double[dimension];
    errStage = new double[dimension];
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
   * <p>Dense output by the continuous extension of order 4 of DOPRI5 ({@link ContinuousExtension}), evaluated
   * only in the accepted steps that contain an output time.
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
    copyConstantStates(n, y, nOut, outStates);
    system.computeDerivatives(t0, y, k1);
    evaluations++;
    double h = startingStep(system, n, t0, y, t1);
    final double hMin = UNDERFLOW_RELATIVE * Math.max(Math.abs(t0), Math.abs(t1));
    controller.start();
    double t = t0;
    int nextOut = 0;
    boolean first = true;
    for (int attempts = 0; ; attempts++) {
      if (attempts >= maxSteps) {
        throw new IllegalStateException("maxSteps = " + maxSteps + " steps exceeded at t = " + t + ", h = "
            + h + " while integrating to t1 = " + t1 + " (stiff system or tolerances too tight?)");
      }
      // Do not overshoot t1; stretch the last step a little rather than leave a sliver.
      final double hProposed = h;
      final boolean last = t + 1.01 * h >= t1;
      if (last) {
        h = t1 - t;
      }
      final double tNew = last ? t1 : t + h;
      attemptStep(system, n, t, h, tNew, y);
      final double err = errorNorm(n, h, y);
      if (err <= 1.0) { // false for NaN
        final double hNew = controller.accepted(err, h, maxStepH);
        if (first) {
          firstStep = h;
          first = false;
        }
        nextOut = accept(n, t, h, tNew, y, outTimes, nextOut, nOut, outStates);
        if (last) {
          // Keep the controller's wish, not the sliver that landed on t1.
          hCarry = Math.min(Math.max(hNew, hProposed), maxStepH);
          return;
        }
        t = tNew;
        h = hNew;
      } else {
        // Reject: shrink (largest shrink for a non-finite error) and retry from the same t.
        h = h / controller.rejectedShrink(err);
        if (h < hMin) {
          throw new IllegalStateException("step size underflow at t = " + t + ": h = " + h + " < " + hMin
              + " while integrating to t1 = " + t1
              + (err < Double.POSITIVE_INFINITY
                  ? " (stiff or singular system?)"
                  : " (the error estimate is not finite: NaN or infinity in the derivatives?)"));
        }
      }
    }
  }

  /**
   * The states at index {@code >= n} are constant: the stage vectors carry them too (the system may read them),
   * and they are copied into every output row once.
   */
  private void copyConstantStates(int n, double[] y, int nOut, double[] outStates) {
    if (n == dimension) {
      return;
    }
    System.arraycopy(y, n, yStage, n, dimension - n);
    System.arraycopy(y, n, yNew, n, dimension - n);
    for (int k = 0; k < nOut; k++) {
      System.arraycopy(y, n, outStates, k * dimension + n, dimension - n);
    }
  }

  /** The first step of a call: the caller's hint, else the carried-over step, else Hairer's heuristic. */
  private double startingStep(OdeSystem system, int n, double t0, double[] y, double t1) {
    if (hHint > 0.0) {
      final double h = Math.min(hHint, maxStepH);
      hHint = 0.0;
      return h;
    }
    if (hCarry > 0.0) {
      return Math.min(hCarry, maxStepH);
    }
    evaluations++;
    return StartingStep.hairer(system, n, t0, y, k1, t1, tolerances, yStage, k2);
  }

  /**
   * One attempted step from (t, y) of size h (ending at tNew): stages 2..7 into {@code k2..k7}, the 5th-order
   * solution into {@code yNew} and, into {@code errStage}, the part of the error estimate Σ_j e_j·k_j (j ≤ 6) that
   * does not need the 7th stage. The step size is folded into the coefficients once per stage. Six evaluations.
   */
  private void attemptStep(OdeSystem system, int n, double t, double h, double tNew, double[] y) {
    final double[] s1 = k1;
    final double[] s2 = k2;
    final double[] s3 = k3;
    final double[] s4 = k4;
    final double[] s5 = k5;
    final double[] s6 = k6;
    final double[] ys = yStage;
    final double[] yn = yNew;
    final double[] e = errStage;
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
    system.computeDerivatives(tNew, ys, s6);
    final double a71 = h * A71;
    final double a73 = h * A73;
    final double a74 = h * A74;
    final double a75 = h * A75;
    final double a76 = h * A76;
    for (int i = 0; i < n; i++) {
      yn[i] = y[i] + a71 * s1[i] + a73 * s3[i] + a74 * s4[i] + a75 * s5[i] + a76 * s6[i];
      e[i] = E1 * s1[i] + E3 * s3[i] + E4 * s4[i] + E5 * s5[i] + E6 * s6[i];
    }
    system.computeDerivatives(tNew, yn, k7);
    evaluations += 6;
  }

  /**
   * The error norm of the attempted step: RMS over the integrated states of e_i / (atol + rtol·max(|y_i|,
   * |y_new,i|)), with e_i completed by the 7th stage. Two loops: the scaled errors without a loop-carried
   * dependency, then the sum in index order. NaN or ∞ when a stage is not finite.
   */
  private double errorNorm(int n, double h, double[] y) {
    final double[] e = errStage;
    final double[] s7 = k7;
    final double[] yn = yNew;
    for (int i = 0; i < n; i++) {
      e[i] = h * (e[i] + E7 * s7[i]) / (atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i])));
    }
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      sum += e[i] * e[i];
    }
    return Math.sqrt(sum * (1.0 / n));
  }

  /**
   * Accepts the attempted step: writes the outputs that fall in it, moves {@code yNew} into {@code y}, tells the
   * observer, and makes the last stage the first of the next step (FSAL). Returns the index of the next output.
   */
  private int accept(int n, double t, double h, double tNew, double[] y, double[] outTimes, int nextOut,
      int nOut, double[] outStates) {
    acceptedSteps++;
    int next = nextOut;
    if (next < nOut) {
      next = denseOutput(n, t, h, tNew, y, outTimes, next, nOut, outStates);
    }
    System.arraycopy(yNew, 0, y, 0, n);
    if (observer != null) {
      observer.accepted(tNew, y);
    }
    final double[] tmp = k1;
    k1 = k7;
    k7 = tmp;
    return next;
  }

  /**
   * Writes the outputs that fall in the accepted step (t, tNew] (continuous extension of DOPRI5; an output at
   * tNew is y_new itself) and returns the index of the next output. Uses {@code yStage} as scratch.
   */
  private int denseOutput(int n, double t, double h, double tNew, double[] y, double[] outTimes, int k, int nOut,
      double[] outStates) {
    boolean coefficients = false;
    final double[] r5 = yStage;
    while (k < nOut && outTimes[k] <= tNew) {
      final double tk = outTimes[k];
      final int row = k * dimension;
      if (tk == tNew) {
        System.arraycopy(yNew, 0, outStates, row, n);
      } else {
        if (!coefficients) {
          ContinuousExtension.coefficients(n, h, k1, k3, k4, k5, k6, k7, r5);
          coefficients = true;
        }
        ContinuousExtension.interpolate(n, (tk - t) / h, h, y, yNew, k1, k7, r5, outStates, row);
      }
      k++;
    }
    return k;
  }
}
