package org.escalon.core.pk;

/**
 * The largest concentration of a linear oral PK model over {@code [0, durationH]} from a state, until the next
 * dose. PK is linear, so the current amounts determine it exactly. Does not allocate: for one compartment with
 * ka not close to k the peak time is analytic,
 *
 * <pre>
 *   C(τ) = α·e^{−k·τ} + β·e^{−ka·τ},   α = (A_c + g)·s,  β = −g·s,  g = ka·A_depot/(ka − k),  s = scale/V
 *   dC/dτ = 0  ⇔  τ* = ln(−ka·β / (k·α)) / (ka − k)
 * </pre>
 *
 * and otherwise it is the root of the central rate found by the Illinois variant of regula falsi. The same
 * two-exponential form gives the closed-form hot path its concentration ({@link #twoExponential()}). Immutable.
 */
public final class DailyCmax {

  private final LinearPkModel pk;
  private final boolean twoExponential;
  private final double k;
  private final double ka;

  /**
   * For {@code pk}; the two-exponential form is used for one compartment with |ka − k| ≥ 1 % of max(ka, k).
   *
   * @param pk for {@code pk}; the two-exponential form is used for one compartment with |ka − k| ≥ 1 % of max(ka, k)
   */
  public DailyCmax(LinearPkModel pk) {
    this.pk = java.util.Objects.requireNonNull(pk, "pk");
    if (pk instanceof OneCompartmentOral) {
      OneCompartmentOral one = (OneCompartmentOral) pk;
      k = one.k();
      ka = one.ka();
      // the two-exponential form loses |ka|/|ka − k| of its relative accuracy to cancellation: keep it ≤ 100
      twoExponential = Math.abs(ka - k) >= 0.01 * Math.max(ka, k);
    } else {
      k = Double.NaN;
      ka = Double.NaN;
      twoExponential = false;
    }
  }

  /**
   * Whether the concentration may be written as α·e^{−k·τ} + β·e^{−ka·τ} without losing accuracy.
   *
   * @return whether the concentration may be written as α·e^{−k·τ} + β·e^{−ka·τ} without losing accuracy
   */
  public boolean twoExponential() {
    return twoExponential;
  }

  /**
   * Elimination rate constant k (1/h) of a one-compartment model, NaN otherwise.
   *
   * @return elimination rate constant k (1/h) of a one-compartment model, NaN otherwise
   */
  public double k() {
    return k;
  }

  /**
   * Absorption rate constant ka (1/h) of a one-compartment model, NaN otherwise.
   *
   * @return absorption rate constant ka (1/h) of a one-compartment model, NaN otherwise
   */
  public double ka() {
    return ka;
  }

  /**
   * The largest concentration over {@code [0, durationH]} from the amounts at {@code x[off..]}.
   *
   * @param x the array holding the PK amounts
   * @param off the index of the depot in {@code x}
   * @param durationH the length of the interval, hours
   * @return the largest concentration over {@code [0, durationH]} from the amounts at {@code x[off..]}
   */
  public double maxConcentration(double[] x, int off, double durationH) {
    double c0 = pk.concentrationAfter(x, off, 0.0);
    if (durationH == 0.0 || !(pk.centralRateAfter(x, off, 0.0) > 0)) {
      return c0;
    }
    if (pk.centralRateAfter(x, off, durationH) >= 0) {
      return Math.max(c0, pk.concentrationAfter(x, off, durationH));
    }
    double tmax = Double.NaN;
    if (twoExponential) {
      double g = ka * x[off] / (ka - k);
      double alpha = x[off + 1] + g;
      double beta = -g;
      tmax = Math.log(-ka * beta / (k * alpha)) / (ka - k);
    }
    if (!(tmax >= 0 && tmax <= durationH)) {
      tmax = peakTime(x, off, durationH);
    }
    return Math.max(c0, pk.concentrationAfter(x, off, tmax));
  }

  /**
   * Root of the central rate on {@code [0, tauEnd]} (positive at 0, negative at tauEnd) by the Illinois variant
   * of regula falsi, to 1e-10 h or machine precision; allocation-free.
   */
  private double peakTime(double[] x, int off, double tauEnd) {
    double a = 0.0;
    double b = tauEnd;
    double fa = pk.centralRateAfter(x, off, a);
    double fb = pk.centralRateAfter(x, off, b);
    int side = 0;
    for (int i = 0; i < 200 && b - a > 1e-10 * Math.max(1.0, b); i++) {
      double m = (a * fb - b * fa) / (fb - fa);
      if (!(m > a && m < b)) {
        m = 0.5 * (a + b);
      }
      double fm = pk.centralRateAfter(x, off, m);
      if (fm == 0.0) {
        return m;
      }
      if (fm > 0) {
        a = m;
        fa = fm;
        if (side == 1) {
          fb *= 0.5;
        }
        side = 1;
      } else {
        b = m;
        fb = fm;
        if (side == -1) {
          fa *= 0.5;
        }
        side = -1;
      }
    }
    return 0.5 * (a + b);
  }
}
