package org.escalon.simulation.trial;

/**
 * Time to DLT as R {@code TITEgBOIN} simulates it (and {@code bfboin} with its defaults): a Weibull time T with
 * P(T ≤ W) = p (the dose's DLT probability; a DLT is a time inside the window W) and
 * P(T ≤ (1 − α2)·W) = (1 − α1)·p, i.e. a fraction α1 of the DLTs happens in the last α2 of the window. α1 = α2 = 0.5
 * (half the DLTs in each half of the window) is both packages' default. See docs/designs.md, "Time-to-event designs".
 *
 * <pre>
 *   F(t) = 1 − exp(−(t/λ)^k),   k = ln[ ln(1 − (1 − α1)·p) / ln(1 − p) ] / ln(1 − α2),   λ = W / (−ln(1 − p))^(1/k)
 *   onset given a DLT, from u uniform in [0, 1):  t = F⁻¹(u·p) = λ·(−ln(1 − u·p))^(1/k)   (in (0, W])
 * </pre>
 *
 * <p>At p = 1 no Weibull has F(W) = 1; the limit p → 1 of the conditional law (k → ∞) is a point mass at
 * (1 − α2)·W, which is what {@link #dayGivenDlt} returns. At p = 0 there is no DLT and no onset.
 *
 * @param p P(DLT within the window), in [0, 1]
 * @param windowDays the DLT window W in days, &gt; 0
 * @param alpha1 fraction of DLTs in the late part of the window, in (0, 1)
 * @param alpha2 length of the late part as a fraction of the window, in (0, 1)
 */
public record WeibullOnset(double p, double windowDays, double alpha1, double alpha2) {

  /** Both packages' default α1 = α2 = 0.5. */
  public static final double DEFAULT_ALPHA = 0.5;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param p P(DLT within the window), in [0, 1]
   * @param windowDays the DLT window W in days, &gt; 0
   * @param alpha1 fraction of DLTs in the late part of the window, in (0, 1)
   * @param alpha2 length of the late part as a fraction of the window, in (0, 1)
   */
  public WeibullOnset {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p = " + p + ": a DLT probability must be in [0, 1]");
    }
    if (!(windowDays > 0) || Double.isInfinite(windowDays)) {
      throw new IllegalArgumentException("windowDays = " + windowDays + ": must be finite and > 0");
    }
    if (!(alpha1 > 0 && alpha1 < 1)) {
      throw new IllegalArgumentException("alpha1 = " + alpha1 + ": the fraction of DLTs in the late part of the "
          + "window must be in (0, 1)");
    }
    if (!(alpha2 > 0 && alpha2 < 1)) {
      throw new IllegalArgumentException("alpha2 = " + alpha2 + ": the late part of the window must be a fraction "
          + "in (0, 1)");
    }
  }

  /**
   * With the packages' default α1 = α2 = 0.5.
   *
   * @param p P(DLT within the window), in [0, 1]
   * @param windowDays the DLT window W in days, &gt; 0
   * @return the onset model with the packages' default α1 = α2 = 0.5
   */
  public static WeibullOnset of(double p, double windowDays) {
    return new WeibullOnset(p, windowDays, DEFAULT_ALPHA, DEFAULT_ALPHA);
  }

  /**
   * The Weibull shape k (NaN for p = 0 or p = 1, where no Weibull fits).
   *
   * @return the Weibull shape k (NaN for p = 0 or p = 1, where no Weibull fits)
   */
  public double shape() {
    if (!(p > 0 && p < 1)) {
      return Double.NaN;
    }
    return Math.log(Math.log1p(-(1 - alpha1) * p) / Math.log1p(-p)) / Math.log1p(-alpha2);
  }

  /**
   * The Weibull scale λ in days (NaN for p = 0 or p = 1).
   *
   * @return the Weibull scale λ in days (NaN for p = 0 or p = 1)
   */
  public double scale() {
    double k = shape();
    return windowDays / Math.pow(-Math.log1p(-p), 1 / k);
  }

  /**
   * P(T ≤ t), the unconditional CDF (a DLT inside the window is T ≤ W).
   *
   * @param t days since the patient's start, ≥ 0
   * @return P(T ≤ t), the unconditional CDF (a DLT inside the window is T ≤ W)
   */
  public double cdf(double t) {
    if (!(t > 0)) {
      return 0;
    }
    if (p == 0) {
      return 0;
    }
    if (p == 1) {
      return t >= (1 - alpha2) * windowDays ? 1 : 0;
    }
    return -Math.expm1(-Math.pow(t / scale(), shape()));
  }

  /**
   * The onset day of a patient who has a DLT, from a uniform {@code u} in [0, 1): the (u·p)-quantile of T, in
   * (0, W]. (A design-only source that decides the DLT by {@code u' < p} can pass {@code u'/p} here, which is
   * uniform given the DLT, and needs no further random number.)
   *
   * @param u a uniform draw in [0, 1)
   * @return the onset day of a patient who has a DLT, from a uniform {@code u} in [0, 1): the (u·p)-quantile of T, in
   *     (0, W]. (A design-only source that decides the DLT by {@code u' < p} can pass {@code u'/p} here, which is
   *     uniform given the DLT, and needs no further random number.)
   * @throws IllegalStateException when p = 0 (no DLT can happen)
   */
  public double dayGivenDlt(double u) {
    if (!(u >= 0 && u < 1)) {
      throw new IllegalArgumentException("u = " + u + ": must be in [0, 1)");
    }
    if (p == 0) {
      throw new IllegalStateException("p = 0: no DLT, no onset time");
    }
    if (p == 1) {
      return (1 - alpha2) * windowDays;
    }
    double t = scale() * Math.pow(-Math.log1p(-u * p), 1 / shape());
    return Math.min(t, windowDays);
  }
}
