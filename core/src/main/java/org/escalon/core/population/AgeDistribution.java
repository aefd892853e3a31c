package org.escalon.core.population;

import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Age of enrolled patients: a normal distribution truncated to [min, max], drawn by inversion (one uniform per
 * draw). The default matches CFT7455-1101 (N = 72): median 67, range 39–90, SD 10 (assumed).
 *
 * @param medianYears median (and mean) of the untruncated normal
 * @param sdYears standard deviation, &gt; 0
 * @param minYears lower truncation, &ge; 18
 * @param maxYears upper truncation, &gt; min, &le; 120
 */
public record AgeDistribution(double medianYears, double sdYears, double minYears, double maxYears) {

  /** Median 67, SD 10, range 39–90. */
  public static final AgeDistribution DEFAULT = new AgeDistribution(67, 10, 39, 90);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param medianYears median (and mean) of the untruncated normal
   * @param sdYears standard deviation, &gt; 0
   * @param minYears lower truncation, &ge; 18
   * @param maxYears upper truncation, &gt; min, &le; 120
   */
  public AgeDistribution {
    if (!Double.isFinite(medianYears)) {
      throw new IllegalArgumentException("medianYears must be finite, got " + medianYears);
    }
    if (!(sdYears > 0) || Double.isInfinite(sdYears)) {
      throw new IllegalArgumentException("sdYears must be finite and > 0, got " + sdYears);
    }
    if (!(minYears >= 18)) {
      throw new IllegalArgumentException("minYears must be >= 18, got " + minYears);
    }
    if (!(maxYears > minYears) || maxYears > 120) {
      throw new IllegalArgumentException(
          "maxYears must be in (minYears=" + minYears + ", 120], got " + maxYears);
    }
  }

  /**
   * Age for a uniform {@code u} in [0, 1).
   *
   * @param u a probability in (0, 1)
   * @return age for a uniform {@code u} in [0, 1)
   */
  public double quantile(double u) {
    NormalDistribution n = new NormalDistribution(medianYears, sdYears);
    double lo = n.cumulativeProbability(minYears);
    double hi = n.cumulativeProbability(maxYears);
    double age = n.inverseCumulativeProbability(lo + u * (hi - lo));
    return Math.min(maxYears, Math.max(minYears, age)); // guards rounding at the ends only
  }

  /**
   * Draws an age.
   *
   * @param rng the random stream
   * @return an age in years, within the distribution's limits
   */
  public double sample(UniformRandomProvider rng) {
    return quantile(rng.nextDouble());
  }
}
