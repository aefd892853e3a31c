package org.escalon.simulation.oc;

/**
 * Count, sum and sum of squares of a per-trial quantity, for its mean and Monte Carlo standard error
 * {@code sd/sqrt(count)}. Mutable; combine accumulators in a fixed order for reproducible floating-point sums.
 */
public final class Moments {
  private long count;
  private double sum;
  private double sumSq;

  /** Adds one observation. */
  public void add(double x) {
    count++;
    sum += x;
    sumSq += x * x;
  }

  /** Adds another accumulator's observations. */
  public void combine(Moments other) {
    count += other.count;
    sum += other.sum;
    sumSq += other.sumSq;
  }

  /** Number of observations. */
  public long count() {
    return count;
  }

  /** Mean, NaN without observations. */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Standard error of the mean (sample SD / sqrt(n)); NaN with fewer than two observations. */
  public double se() {
    if (count < 2) {
      return Double.NaN;
    }
    double m = sum / count;
    double var = Math.max(0.0, (sumSq - count * m * m) / (count - 1));
    return Math.sqrt(var / count);
  }
}
