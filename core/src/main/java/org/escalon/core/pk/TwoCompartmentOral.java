package org.escalon.core.pk;

/**
 * Two-compartment model with first-order absorption (state: depot, central, peripheral):
 *
 * <pre>
 *   dA_d/dt = −ka·A_d
 *   dA_c/dt =  ka·A_d − (k10 + k12)·A_c + k21·A_p         k10 = CL/V1, k12 = Q/V1, k21 = Q/V2
 *   dA_p/dt =  k12·A_c − k21·A_p
 * </pre>
 *
 * Closed form with the disposition eigenvalues a = −α, b = −β (roots of s² + (k10+k12+k21)s + k10·k21) and
 * c = −ka, written with divided differences of {@code e^{λτ}} (E1, E2) so that it stays exact when ka is close
 * to α or β:
 *
 * <pre>
 *   A_c(τ) = A_c·[e^{bτ} + (a + k21)·E1(a,b)] + A_p·k21·E1(a,b) + ka·A_d·[E1(a,b) + (c + k21)·E2(c,a,b)]
 *   A_p(τ) = A_p·[e^{bτ} + (a + k10 + k12)·E1(a,b)] + A_c·k12·E1(a,b) + ka·k12·A_d·E2(c,a,b)
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class TwoCompartmentOral implements LinearPkModel {

  private final double ka;
  private final double k10;
  private final double k12;
  private final double k21;
  private final double a;
  private final double b;
  private final double v1;
  private final double f;
  private final double scale;

  private TwoCompartmentOral(double ka, double cl, double v1, double q, double v2, double f, double scale) {
    this.ka = ka;
    this.k10 = cl / v1;
    this.k12 = q / v1;
    this.k21 = q / v2;
    double sum = k10 + k12 + k21;
    double disc = Math.sqrt(sum * sum - 4 * k10 * k21);
    double alpha = 0.5 * (sum + disc);
    double beta = k10 * k21 / alpha; // product of roots; avoids cancellation
    this.a = -alpha;
    this.b = -beta;
    this.v1 = v1;
    this.f = f;
    this.scale = scale;
  }

  /**
   * A two-compartment model with first-order absorption, its constants checked.
   *
   * @param kaPerH absorption rate constant (1/h), &gt; 0
   * @param clLPerH clearance (L/h), &gt; 0
   * @param v1L central volume (L), &gt; 0
   * @param qLPerH inter-compartmental clearance (L/h), &gt; 0
   * @param v2L peripheral volume (L), &gt; 0
   * @param bioavailability F in (0, 1]
   * @param concentrationScale factor from amount/L to ng/mL, &gt; 0
   * @return the model
   */
  public static TwoCompartmentOral of(double kaPerH, double clLPerH, double v1L, double qLPerH, double v2L,
      double bioavailability, double concentrationScale) {
    Checks.positive("kaPerH", kaPerH);
    Checks.positive("clLPerH", clLPerH);
    Checks.positive("v1L", v1L);
    Checks.positive("qLPerH", qLPerH);
    Checks.positive("v2L", v2L);
    Checks.fraction("bioavailability", bioavailability);
    Checks.positive("concentrationScale", concentrationScale);
    return new TwoCompartmentOral(kaPerH, clLPerH, v1L, qLPerH, v2L, bioavailability, concentrationScale);
  }

  /**
   * α (1/h), the fast disposition rate.
   *
   * @return α (1/h), the fast disposition rate
   */
  public double alpha() {
    return -a;
  }

  /**
   * β (1/h), the terminal disposition rate.
   *
   * @return β (1/h), the terminal disposition rate
   */
  public double beta() {
    return -b;
  }

  @Override
  public int compartments() {
    return 3;
  }

  @Override
  public double bioavailability() {
    return f;
  }

  @Override
  public double centralVolumeL() {
    return v1;
  }

  @Override
  public double concentrationScale() {
    return scale;
  }

  @Override
  public void propagate(double[] x, int off, double tauH, double[] out, int outOff) {
    double ad = x[off];
    double ac = x[off + 1];
    double ap = x[off + 2];
    double c = -ka;
    double eb = Math.exp(b * tauH);
    double e1 = LinearPkModel.expDiff1(a, b, tauH);
    double e2 = ad != 0.0 ? LinearPkModel.expDiff2(c, a, b, tauH) : 0.0;
    out[outOff] = ad * Math.exp(c * tauH);
    out[outOff + 1] = ac * (eb + (a + k21) * e1) + ap * k21 * e1 + ka * ad * (e1 + (c + k21) * e2);
    out[outOff + 2] = ap * (eb + (a + k10 + k12) * e1) + ac * k12 * e1 + ka * k12 * ad * e2;
  }

  @Override
  public double concentrationAfter(double[] x, int off, double tauH) {
    double ad = x[off];
    double ac = x[off + 1];
    double ap = x[off + 2];
    double c = -ka;
    double eb = Math.exp(b * tauH);
    double e1 = LinearPkModel.expDiff1(a, b, tauH);
    double amount = ac * (eb + (a + k21) * e1) + ap * k21 * e1;
    if (ad != 0.0) {
      amount += ka * ad * (e1 + (c + k21) * LinearPkModel.expDiff2(c, a, b, tauH));
    }
    return scale * amount / v1;
  }

  @Override
  public double centralRateAfter(double[] x, int off, double tauH) {
    double ad = x[off];
    double ac = x[off + 1];
    double ap = x[off + 2];
    double c = -ka;
    double eb = Math.exp(b * tauH);
    double e1 = LinearPkModel.expDiff1(a, b, tauH);
    double e2 = ad != 0.0 ? LinearPkModel.expDiff2(c, a, b, tauH) : 0.0;
    double adT = ad * Math.exp(c * tauH);
    double acT = ac * (eb + (a + k21) * e1) + ap * k21 * e1 + ka * ad * (e1 + (c + k21) * e2);
    double apT = ap * (eb + (a + k10 + k12) * e1) + ac * k12 * e1 + ka * k12 * ad * e2;
    return ka * adT - (k10 + k12) * acT + k21 * apT;
  }

  @Override
  public void derivatives(double[] x, int off, double[] dx, int dxOff) {
    double ad = x[off];
    double ac = x[off + 1];
    double ap = x[off + 2];
    dx[dxOff] = -ka * ad;
    dx[dxOff + 1] = ka * ad - (k10 + k12) * ac + k21 * ap;
    dx[dxOff + 2] = k12 * ac - k21 * ap;
  }
}
