package org.escalon.simulation.selection;

import java.util.Arrays;
import org.hipparchus.special.Beta;

/**
 * The per-dose toxicity estimates that R {@code BOIN::select.mtd} (2.7.2) reports beside the MTD, over the treated
 * doses (eliminated ones included), with a Beta(0.05, 0.05) prior:
 *
 * <pre>
 *   estimate   = PAVA_w[ (y + 0.05)/(n + 0.1) ]                        w = 1/var (as in {@link IsotonicMtdSelector})
 *   ci_lower   = PAVA_w[ qbeta(0.025, y + 0.05, n − y + 0.05) ]         (same weights)
 *   ci_upper   = PAVA_w[ qbeta(0.975, y + 0.05, n − y + 0.05) ]
 *   p_overdose = PAVA[ 1 − pbeta(φ, y + 0.05, n − y + 0.05) ]           (unweighted)
 * </pre>
 *
 * NaN where a dose is untreated. One difference from the package, documented in docs/designs.md: R indexes the
 * interval bounds by dose number although they are computed over the treated doses only, which misplaces them when
 * an untreated dose lies below a treated one; here each bound stays with its dose. The quantiles are computed by
 * bisection on log x (relative accuracy about 1e-15, also for the tiny lower bounds of a 0.05 shape) with
 * Hipparchus's regularised incomplete beta. Immutable.
 *
 * @param estimate isotonic estimate of each dose's DLT probability
 * @param ciLower lower end of the 95 % credible interval
 * @param ciUpper upper end of the 95 % credible interval
 * @param pOverdose isotonic posterior probability that the dose is above the target
 */
public record IsotonicEstimates(double[] estimate, double[] ciLower, double[] ciUpper, double[] pOverdose) {

  /**
   * Copies.
   *
   * @param estimate isotonic estimate of each dose's DLT probability
   * @param ciLower lower end of the 95 % credible interval
   * @param ciUpper upper end of the 95 % credible interval
   * @param pOverdose isotonic posterior probability that the dose is above the target
   */
  public IsotonicEstimates {
    estimate = estimate.clone();
    ciLower = ciLower.clone();
    ciUpper = ciUpper.clone();
    pOverdose = pOverdose.clone();
  }

  /**
   * The estimates for final counts.
   *
   * @param target φ, in (0, 1)
   * @param n patients per dose (dose level 1 at index 0), each ≥ 0
   * @param y DLTs per dose, 0 ≤ y ≤ n
   * @return the estimates for final counts
   */
  public static IsotonicEstimates of(double target, int[] n, int[] y) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (n == null || y == null || n.length == 0 || n.length != y.length) {
      throw new IllegalArgumentException("n and y must be non-null arrays of the same positive length");
    }
    int m = 0;
    for (int j = 0; j < n.length; j++) {
      if (n[j] < 0 || y[j] < 0 || y[j] > n[j]) {
        throw new IllegalArgumentException("dose " + (j + 1) + ": y = " + y[j] + ", n = " + n[j]
            + ": need 0 <= y <= n");
      }
      if (n[j] > 0) {
        m++;
      }
    }
    double[] est = new double[m];
    double[] lo = new double[m];
    double[] hi = new double[m];
    double[] over = new double[m];
    double[] w = new double[m];
    double[] ones = new double[m];
    int i = 0;
    for (int j = 0; j < n.length; j++) {
      if (n[j] > 0) {
        double a = y[j] + 0.05;
        double b = n[j] - y[j] + 0.05;
        est[i] = a / (n[j] + 0.1);
        w[i] = 1 / (a * b / ((n[j] + 0.1) * (n[j] + 0.1) * (n[j] + 1.1)));
        lo[i] = quantile(0.025, a, b);
        hi[i] = quantile(0.975, a, b);
        over[i] = 1 - Beta.regularizedBeta(target, a, b);
        ones[i] = 1;
        i++;
      }
    }
    if (m > 0) {
      est = IsotonicRegression.fit(est, w);
      lo = IsotonicRegression.fit(lo, w);
      hi = IsotonicRegression.fit(hi, w);
      over = IsotonicRegression.fit(over, ones);
    }
    return new IsotonicEstimates(spread(est, n), spread(lo, n), spread(hi, n), spread(over, n));
  }

  /** Treated doses' values back onto all doses, NaN for the untreated. */
  private static double[] spread(double[] treated, int[] n) {
    double[] out = new double[n.length];
    Arrays.fill(out, Double.NaN);
    int i = 0;
    for (int j = 0; j < n.length; j++) {
      if (n[j] > 0) {
        out[j] = treated[i++];
      }
    }
    return out;
  }

  /**
   * The {@code q}-quantile of Beta(a, b): bisection on log x over [−745, 0] (the lower tail, where x can be far
   * below 1e-300 … 1e-9) or, above the median region, 1 − the (1 − q)-quantile of Beta(b, a).
   */
  static double quantile(double q, double a, double b) {
    if (q > Beta.regularizedBeta(0.5, a, b)) {
      return 1 - quantile(1 - q, b, a);
    }
    double lo = -745;
    double hi = Math.log(0.5);
    for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.abs(lo); it++) {
      double mid = 0.5 * (lo + hi);
      if (Beta.regularizedBeta(Math.exp(mid), a, b) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.exp(0.5 * (lo + hi));
  }

  /**
   * Isotonic estimate of each dose's DLT probability.
   *
   * @return isotonic estimate of each dose's DLT probability
   */
  @Override
  public double[] estimate() {
    return estimate.clone();
  }

  /**
   * Lower end of the 95 % credible interval.
   *
   * @return lower end of the 95 % credible interval
   */
  @Override
  public double[] ciLower() {
    return ciLower.clone();
  }

  /**
   * Upper end of the 95 % credible interval.
   *
   * @return upper end of the 95 % credible interval
   */
  @Override
  public double[] ciUpper() {
    return ciUpper.clone();
  }

  /**
   * Isotonic posterior probability that the dose is above the target.
   *
   * @return isotonic posterior probability that the dose is above the target
   */
  @Override
  public double[] pOverdose() {
    return pOverdose.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsotonicEstimates e && Arrays.equals(estimate, e.estimate) && Arrays.equals(ciLower, e.ciLower)
        && Arrays.equals(ciUpper, e.ciUpper) && Arrays.equals(pOverdose, e.pOverdose);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(estimate) * 31 + Arrays.hashCode(ciLower);
  }

  @Override
  public String toString() {
    return "IsotonicEstimates[estimate=" + Arrays.toString(estimate) + ", ciLower=" + Arrays.toString(ciLower)
        + ", ciUpper=" + Arrays.toString(ciUpper) + ", pOverdose=" + Arrays.toString(pOverdose) + "]";
  }
}
