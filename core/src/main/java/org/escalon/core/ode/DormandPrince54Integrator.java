package org.escalon.core.ode;

import static org.escalon.core.ode.DormandPrince54Tableau.*;

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
public final class DormandPrince54Integrator extends EmbeddedRungeKuttaIntegrator {

  /**
   * Creates an integrator for systems of the given dimension.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   */
  public DormandPrince54Integrator(int dimension, OdeTolerances tolerances) {
    super(dimension, tolerances, E7);
  }

  /**
   * One attempted step from (t, y) of size h (ending at tNew): stages 2..7 into {@code k2..k7}, the 5th-order
   * solution into {@code yNew} and, into {@code errStage}, the part of the error estimate Σ_j e_j·k_j (j ≤ 6) that
   * does not need the 7th stage. The step size is folded into the coefficients once per stage. Six evaluations.
   */
  @Override
  void attemptStep(OdeSystem system, int n, double t, double h, double tNew, double[] y) {
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

  /** r5 = h·Σ_j d_j·k_j of Shampine's continuous extension ({@link ContinuousExtension}). */
  @Override
  void denseCoefficients(int n, double h, double[] scratch) {
    ContinuousExtension.coefficients(n, h, k1, k3, k4, k5, k6, k7, scratch);
  }

  @Override
  void interpolate(int n, double theta, double h, double[] y, double[] scratch, double[] out, int row) {
    ContinuousExtension.interpolate(n, theta, h, y, yNew, k1, k7, scratch, out, row);
  }
}
