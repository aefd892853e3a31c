package org.escalon.core.output;

/**
 * An estimate with its standard error: the one vocabulary for reported results (population rates, model truth,
 * operating characteristics). Immutable.
 *
 * <p>The factories fix how a standard error is computed, once for the whole library:
 * <pre>
 *   proportion(c, n):  p̂ = c / n,            se = sqrt(p̂ (1 − p̂) / n)             (binomial)
 *   percentage(c, n):  100 · c / n,           se = 100 · sqrt(p̂ (1 − p̂) / n)
 *   mean(n, x̄, M2):    x̄,                     se = sqrt(M2 / (n − 1) / n),   M2 = Σ (x_i − x̄)²
 *   exact(v):          v,                      se = 0                                   (no sampling error)
 * </pre>
 * The mean's standard error is the sample standard deviation over sqrt(n) (e.g. Koehler, Brown &amp; Haneuse 2009,
 * "On the assessment of Monte Carlo error in simulation-based statistical analyses", Am Stat 63(2):155,
 * doi:10.1198/tast.2009.0030); M2 is best accumulated with Welford's update (Welford 1962, Technometrics
 * 4(3):419, doi:10.1080/00401706.1962.10490022), as {@code simulation.oc.Moments} does.
 *
 * @param value the estimate (NaN when not reported)
 * @param se its standard error, &ge; 0, or NaN when unknown (e.g. a mean of one observation)
 */
public record Estimate(double value, double se) {

  /**
   * Validates {@code se} (NaN allowed: unknown).
   *
   * @param value the estimate (NaN when not reported)
   * @param se its standard error, &ge; 0, or NaN when unknown (e.g. a mean of one observation)
   */
  public Estimate {
    if (se < 0 || se == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("se = " + se + ": must be finite and >= 0, or NaN when unknown");
    }
  }

  /**
   * A value without sampling error (se = 0).
   *
   * @param value the estimate (NaN when not reported)
   * @return a value without sampling error (se = 0)
   */
  public static Estimate exact(double value) {
    return new Estimate(value, 0.0);
  }

  /**
   * The proportion {@code count / n} with its binomial standard error {@code sqrt(p̂(1 − p̂)/n)}.
   *
   * @param count successes, in [0, n]
   * @param n trials, &ge; 1
   * @return the proportion {@code count / n} with its binomial standard error {@code sqrt(p̂(1 − p̂)/n)}
   */
  public static Estimate proportion(long count, long n) {
    checkCount(count, n);
    double p = count / (double) n;
    return new Estimate(p, Math.sqrt(p * (1 - p) / n));
  }

  /**
   * As {@link #proportion(long, long)} on the percentage scale: {@code 100·count/n} with standard error
   * {@code 100·sqrt(p̂(1 − p̂)/n)}.
   *
   * @param count successes, in [0, n]
   * @param n trials, &ge; 1
   * @return the percentage 100·count/n with its binomial standard error
   */
  public static Estimate percentage(long count, long n) {
    checkCount(count, n);
    double p = count / (double) n;
    return new Estimate(100.0 * count / n, 100.0 * Math.sqrt(p * (1 - p) / n));
  }

  /**
   * A mean with the standard error {@code sqrt(M2/(n − 1)/n)}, NaN when {@code n < 2}.
   *
   * @param n observations, &ge; 1
   * @param mean their mean
   * @param sumSquaredDeviations M2 = Σ(x_i − x̄)², &ge; 0 (a slightly negative value from a one-pass sum-of-squares
   * formula is rounding error and counts as 0)
   * @return a mean with the standard error {@code sqrt(M2/(n − 1)/n)}, NaN when {@code n < 2}
   */
  public static Estimate mean(long n, double mean, double sumSquaredDeviations) {
    if (n < 1) {
      throw new IllegalArgumentException("n = " + n + ": must be >= 1");
    }
    if (Double.isNaN(sumSquaredDeviations)) {
      throw new IllegalArgumentException("sumSquaredDeviations = NaN: must be >= 0");
    }
    if (n < 2) {
      return new Estimate(mean, Double.NaN);
    }
    double var = sumSquaredDeviations / (n - 1);
    return new Estimate(mean, Math.sqrt(Math.max(var, 0) / n));
  }

  /**
   * The values of {@code estimates}, in order.
   *
   * @param estimates the estimates
   * @return the values of {@code estimates}, in order
   */
  public static double[] values(java.util.List<Estimate> estimates) {
    return estimates.stream().mapToDouble(Estimate::value).toArray();
  }

  /**
   * The standard errors of {@code estimates}, in order.
   *
   * @param estimates the estimates
   * @return the standard errors of {@code estimates}, in order
   */
  public static double[] ses(java.util.List<Estimate> estimates) {
    return estimates.stream().mapToDouble(Estimate::se).toArray();
  }

  private static void checkCount(long count, long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n = " + n + ": must be >= 1");
    }
    if (count < 0 || count > n) {
      throw new IllegalArgumentException("count = " + count + ": must be in [0, n = " + n + "]");
    }
  }
}
