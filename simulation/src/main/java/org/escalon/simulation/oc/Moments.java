package org.escalon.simulation.oc;

import org.escalon.core.output.Estimate;

/**
 * Mean and Monte Carlo standard error of a per-trial quantity, accumulated in one pass with Welford's update and
 * combined with the pairwise formula of Chan, Golub &amp; LeVeque (1983, "Algorithms for computing the sample
 * variance", Am Stat 37(3):242, doi:10.1080/00031305.1983.10483115):
 * <pre>
 *   add x:        n ← n + 1;  δ = x − m;  m ← m + δ/n;  M2 ← M2 + δ·(x − m)
 *   combine b:    δ = m_b − m_a;  n = n_a + n_b;  m = m_a + δ·n_b/n;  M2 = M2_a + M2_b + δ²·n_a·n_b/n
 *   estimate:     x̄ = Σx / n,  se = sqrt(M2 / (n − 1) / n)            ({@link Estimate#mean})
 * </pre>
 * Unlike the textbook {@code Σx² − n·x̄²}, M2 never cancels catastrophically; the standard error of a constant is
 * exactly 0. The reported mean is the plain sum over n (exact for integer counts); Welford's running mean only
 * centres M2.
 *
 * <p>Mutable and not thread-safe; combine accumulators in a fixed order for reproducible floating-point results.
 *
 * <p>Serializable only to ship results between the workers of one Escalon version (Spark): the serialized form
 * is not a stable format.
 *
 * @serial exclude
 */
public final class Moments implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private long count;
  private double sum;
  private double runningMean;
  private double m2;

  /**
   * Adds one observation.
   *
   * @param x the observation
   */
  public void add(double x) {
    count++;
    sum += x;
    double delta = x - runningMean;
    runningMean += delta / count;
    m2 += delta * (x - runningMean);
  }

  /**
   * Adds another accumulator's observations (this one holding the earlier ones).
   *
   * @param other the accumulator of the later observations
   */
  public void combine(Moments other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      sum = other.sum;
      runningMean = other.runningMean;
      m2 = other.m2;
      return;
    }
    long n = count + other.count;
    double delta = other.runningMean - runningMean;
    double weight = (double) other.count / n;
    runningMean += delta * weight;
    m2 += other.m2 + delta * delta * count * weight;
    count = n;
    sum += other.sum;
  }

  /**
   * Number of observations.
   *
   * @return number of observations
   */
  public long count() {
    return count;
  }

  /**
   * Mean {@code Σx/n}, NaN without observations.
   *
   * @return mean {@code Σx/n}, NaN without observations
   */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * Standard error of the mean (sample SD / sqrt(n)); NaN with fewer than two observations.
   *
   * @return standard error of the mean (sample SD / sqrt(n)); NaN with fewer than two observations
   */
  public double se() {
    return count < 2 ? Double.NaN : estimate().se();
  }

  /**
   * The mean with its standard error; both NaN without observations.
   *
   * @return the mean with its standard error; both NaN without observations
   */
  public Estimate estimate() {
    return count == 0 ? new Estimate(Double.NaN, Double.NaN) : Estimate.mean(count, mean(), m2);
  }
}
