package org.escalon.core.ode;

import java.util.Objects;

/**
 * The loop shared by the explicit 7-stage first-same-as-last (FSAL) embedded Runge–Kutta pairs of orders 5(4):
 * {@link DormandPrince54Integrator} and {@link Tsitouras54Integrator} (internal). A subclass gives the tableau:
 * the stages ({@link #attemptStep}) and the dense output ({@link #denseCoefficients}, {@link #interpolate}).
 * Everything else — error norm, PI step control, starting step, carry-over and hints, FSAL, outputs, observer,
 * counters — is here and is described in {@link DormandPrince54Integrator}.
 *
 * <p>Per call: 1 evaluation, plus 6 per attempted step, plus 1 for the initial-step heuristic on the first call.
 * All work arrays are allocated in the constructor; {@code integrate} allocates nothing except when it throws.
 * Not thread-safe.
 */
abstract class EmbeddedRungeKuttaIntegrator implements OdeIntegrator, IntegrationCounters, StepSizeHints {

  /** A step is too small when h &lt; this · max(|t0|, |t1|). */
  private static final double UNDERFLOW_RELATIVE = 1e-12;

  private final int dimension;
  private final OdeTolerances tolerances;
  private final double rtol;
  private final double atol;
  private final double maxStepH;
  private final int maxSteps;

  /** Stage derivatives; k1 and k7 swap at every accepted step (FSAL). */
  double[] k1;
  final double[] k2;
  final double[] k3;
  final double[] k4;
  final double[] k5;
  final double[] k6;
  double[] k7;
  /** Stage state, also the dense-output scratch. */
  final double[] yStage;
  /** The 5th-order solution of the attempted step. */
  final double[] yNew;
  /** Scratch for the error estimate e_i (its own array, not a stage vector). */
  final double[] errStage;
  /** The weight of the 7th stage in the error estimate (the others are folded in by {@link #attemptStep}). */
  private final double errorWeight7;
  private final PiStepController controller = new PiStepController();

  /** Step size proposed for the next call; 0 means unknown (use the initial-step heuristic). */
  private double hCarry;
  /** One-shot hint for the next call's first step; 0 means none. */
  private double hHint;
  private double firstStep = Double.NaN;
  private StepObserver observer;

  long evaluations;
  private long acceptedSteps;

  /**
   * Creates an integrator for systems of the given dimension.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   * @param errorWeight7 the error coefficient e_7 = b_7 − b̂_7 of the FSAL stage
   */
  EmbeddedRungeKuttaIntegrator(int dimension, OdeTolerances tolerances, double errorWeight7) {
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
    this.errorWeight7 = errorWeight7;
  }

  /**
   * Number of state variables this integrator was built for.
   *
   * @return number of state variables this integrator was built for
   */
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
   * <p>Dense output by the pair's continuous extension of order 4 ({@link #interpolate}), evaluated
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
   * The error norm of the attempted step: RMS over the integrated states of e_i / (atol + rtol·max(|y_i|,
   * |y_new,i|)), with e_i completed by the 7th stage. Two loops: the scaled errors without a loop-carried
   * dependency, then the sum in index order. NaN or ∞ when a stage is not finite.
   */
  private double errorNorm(int n, double h, double[] y) {
    final double[] e = errStage;
    final double[] s7 = k7;
    final double[] yn = yNew;
    for (int i = 0; i < n; i++) {
      e[i] = h * (e[i] + errorWeight7 * s7[i]) / (atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yn[i])));
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
   * Writes the outputs that fall in the accepted step (t, tNew] (the pair's continuous extension; an output at
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
          denseCoefficients(n, h, r5);
          coefficients = true;
        }
        interpolate(n, (tk - t) / h, h, y, r5, outStates, row);
      }
      k++;
    }
    return k;
  }

  /**
   * One attempted step from (t, y) of size h (ending at tNew): stages 2..7 into {@code k2..k7}, the 5th-order
   * solution into {@code yNew} and, into {@code errStage}, the part Σ_{j≤6} e_j·k_j of the error estimate that
   * does not need the 7th stage. Six evaluations (counted here).
   */
  abstract void attemptStep(OdeSystem system, int n, double t, double h, double tNew, double[] y);

  /**
   * Called once per accepted step that contains an output time, before {@link #interpolate}: may write
   * step-dependent dense-output data into {@code scratch} (length ≥ n).
   */
  abstract void denseCoefficients(int n, double h, double[] scratch);

  /**
   * Writes y(t_n + θh) of the accepted step (start {@code y}, stages {@code k1..k7} with {@code k7} the derivative
   * at its end, 5th-order solution {@code yNew}) for the first {@code n} states into {@code out[row..row + n)}.
   */
  abstract void interpolate(int n, double theta, double h, double[] y, double[] scratch, double[] out, int row);
}
