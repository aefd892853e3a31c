package org.escalon.core.pk;

/**
 * One-compartment model with first-order absorption (state: depot, central):
 *
 * <pre>
 *   dA_depot/dt = −ka·A_depot
 *   dA_c/dt     =  ka·A_depot − k·A_c,        k = CL/V,   C = scale·A_c / V
 *   closed form after τ:  A_depot(τ) = A_depot·e^{−ka·τ}
 *                         A_c(τ)     = A_c·e^{−k·τ} + ka·A_depot·(e^{−k·τ} − e^{−ka·τ})/(ka − k)
 * </pre>
 *
 * which is the Bateman function superposed over doses. The difference quotient is evaluated with
 * {@code expm1} so that it stays exact when ka ≈ k (limit {@code τ·e^{−k·τ}}). Immutable and thread-safe.
 */
public final class OneCompartmentOral implements LinearPkModel {

  private final double ka;
  private final double k;
  private final double vL;
  private final double f;
  private final double scale;

  private OneCompartmentOral(double ka, double k, double vL, double f, double scale) {
    this.ka = ka;
    this.k = k;
    this.vL = vL;
    this.f = f;
    this.scale = scale;
  }

  /**
   * A one-compartment model with first-order absorption, its constants checked.
   *
   * @param kaPerH absorption rate constant (1/h), &gt; 0
   * @param clLPerH clearance (L/h), &gt; 0
   * @param vL volume (L), &gt; 0
   * @param bioavailability F in (0, 1]
   * @param concentrationScale factor from amount/L to ng/mL (1 for µg doses, 1000 for mg doses), &gt; 0
   * @return the model
   */
  public static OneCompartmentOral of(
      double kaPerH, double clLPerH, double vL, double bioavailability, double concentrationScale) {
    Checks.positive("kaPerH", kaPerH);
    Checks.positive("clLPerH", clLPerH);
    Checks.positive("vL", vL);
    Checks.fraction("bioavailability", bioavailability);
    Checks.positive("concentrationScale", concentrationScale);
    return new OneCompartmentOral(kaPerH, clLPerH / vL, vL, bioavailability, concentrationScale);
  }

  /**
   * Elimination rate constant k = CL/V (1/h).
   *
   * @return elimination rate constant k = CL/V (1/h)
   */
  public double k() {
    return k;
  }

  /**
   * Absorption rate constant (1/h).
   *
   * @return absorption rate constant (1/h)
   */
  public double ka() {
    return ka;
  }

  @Override
  public int compartments() {
    return 2;
  }

  @Override
  public double bioavailability() {
    return f;
  }

  @Override
  public double centralVolumeL() {
    return vL;
  }

  @Override
  public double concentrationScale() {
    return scale;
  }

  @Override
  public void propagate(double[] x, int off, double tauH, double[] out, int outOff) {
    double ad = x[off];
    double ac = x[off + 1];
    double ek = Math.exp(-k * tauH);
    out[outOff] = ad * Math.exp(-ka * tauH);
    out[outOff + 1] = ac * ek + ka * ad * LinearPkModel.expDiff1(-k, -ka, tauH);
  }

  @Override
  public double concentrationAfter(double[] x, int off, double tauH) {
    double ad = x[off];
    double ac = x[off + 1];
    double amount = ac * Math.exp(-k * tauH);
    if (ad != 0.0) {
      amount += ka * ad * LinearPkModel.expDiff1(-k, -ka, tauH);
    }
    return scale * amount / vL;
  }

  @Override
  public double centralRateAfter(double[] x, int off, double tauH) {
    double ad = x[off];
    double ac = x[off + 1];
    double adT = ad * Math.exp(-ka * tauH);
    double acT = ac * Math.exp(-k * tauH) + ka * ad * LinearPkModel.expDiff1(-k, -ka, tauH);
    return ka * adT - k * acT;
  }

  @Override
  public void derivatives(double[] x, int off, double[] dx, int dxOff) {
    double ad = x[off];
    double ac = x[off + 1];
    dx[dxOff] = -ka * ad;
    dx[dxOff + 1] = ka * ad - k * ac;
  }

  /**
   * Bateman superposition over single oral doses: concentration (ng/mL) at {@code timeH} of doses
   * {@code amounts[i]} taken at {@code doseTimesH[i]}, each absorbed after {@code lagH}.
   *
   * <pre>
   *   C(t) = Σ_{t_i + lag &lt; t} scale·F·D_i·ka / (V·(ka − k)) · (e^{−k·τ_i} − e^{−ka·τ_i}),  τ_i = t − t_i − lag
   * </pre>
   *
   * @param doseTimesH the dose times, hours since cycle 1 day 1, in increasing order
   * @param amounts the dose amounts (µg or mg), one per time
   * @param lagH the absorption lag, hours, ≥ 0
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @return bateman superposition over single oral doses: concentration (ng/mL) at {@code timeH} of doses {@code
   *     amounts[i]} taken at {@code doseTimesH[i]}, each absorbed after {@code lagH}
   */
  public double superposition(double[] doseTimesH, double[] amounts, double lagH, double timeH) {
    if (doseTimesH.length != amounts.length) {
      throw new IllegalArgumentException(
          "doseTimesH and amounts must have the same length, got "
              + doseTimesH.length + " and " + amounts.length);
    }
    double sum = 0;
    for (int i = 0; i < doseTimesH.length; i++) {
      double tau = timeH - doseTimesH[i] - lagH;
      if (tau > 0) {
        sum += f * amounts[i] * ka * LinearPkModel.expDiff1(-k, -ka, tau);
      }
    }
    return scale * sum / vL;
  }
}
