package org.escalon.core.ode;

import static org.escalon.core.ode.Tsitouras54Tableau.*;

/**
 * Allocation-free adaptive Tsitouras 5(4) integrator: seven stages, first-same-as-last, the 5th-order solution
 * propagated, with the same error norm, PI step control, starting step, step-size carry-over and hints as {@link
 * DormandPrince54Integrator} (the loop is shared). Ch. Tsitouras (2011), Comput. Math. Appl. 62(2):770–775,
 * doi:10.1016/j.camwa.2011.06.002; tableau and checks in {@link Tsitouras54Tableau}.
 *
 * <p>Why a second pair: Tsitouras chose the free parameters to minimise the 5th-order error coefficients (the
 * principal truncation error is about a third smaller than Dormand–Prince's) without requiring the usual
 * simplifying assumptions beyond the first column; with the same seven stages per step it can take longer steps
 * for the same tolerance. Which pair is faster on the PK/PD model is a measured question (README, Performance).
 *
 * <p>Dense output: the continuous extension of order 4 distributed with the pair, y(t + θh) = y + h·Σ_i b_i(θ)·k_i
 * with the quartic b_i(θ) of {@link Tsitouras54Tableau}.
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class Tsitouras54Integrator extends EmbeddedRungeKuttaIntegrator {

  /**
   * Creates an integrator for systems of the given dimension.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   */
  public Tsitouras54Integrator(int dimension, OdeTolerances tolerances) {
    super(dimension, tolerances, E7);
  }

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
    final double a72 = h * A72;
    final double a73 = h * A73;
    final double a74 = h * A74;
    final double a75 = h * A75;
    final double a76 = h * A76;
    for (int i = 0; i < n; i++) {
      yn[i] = y[i] + a71 * s1[i] + a72 * s2[i] + a73 * s3[i] + a74 * s4[i] + a75 * s5[i] + a76 * s6[i];
      e[i] = E1 * s1[i] + E2 * s2[i] + E3 * s3[i] + E4 * s4[i] + E5 * s5[i] + E6 * s6[i];
    }
    system.computeDerivatives(tNew, yn, k7);
    evaluations += 6;
  }

  /** Nothing step-dependent: the weights b_i(θ) depend on θ only. */
  @Override
  void denseCoefficients(int n, double h, double[] scratch) {
    // no per-step data
  }

  @Override
  void interpolate(int n, double theta, double h, double[] y, double[] scratch, double[] out, int row) {
    final double b1 = h * theta * (R11 + theta * (R12 + theta * (R13 + theta * R14)));
    final double t2 = theta * theta;
    final double b2 = h * t2 * (R22 + theta * (R23 + theta * R24));
    final double b3 = h * t2 * (R32 + theta * (R33 + theta * R34));
    final double b4 = h * t2 * (R42 + theta * (R43 + theta * R44));
    final double b5 = h * t2 * (R52 + theta * (R53 + theta * R54));
    final double b6 = h * t2 * (R62 + theta * (R63 + theta * R64));
    final double b7 = h * t2 * (R72 + theta * (R73 + theta * R74));
    final double[] s1 = k1;
    final double[] s2 = k2;
    final double[] s3 = k3;
    final double[] s4 = k4;
    final double[] s5 = k5;
    final double[] s6 = k6;
    final double[] s7 = k7;
    for (int i = 0; i < n; i++) {
      out[row + i] = y[i] + b1 * s1[i] + b2 * s2[i] + b3 * s3[i] + b4 * s4[i] + b5 * s5[i] + b6 * s6[i]
          + b7 * s7[i];
    }
  }
}
