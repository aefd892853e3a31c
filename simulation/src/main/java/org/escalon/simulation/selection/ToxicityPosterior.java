package org.escalon.simulation.selection;

import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * Posterior probabilities of a dose's DLT probability under a Beta(1, 1) (uniform) prior, as BOIN, i3+3, mTPI-2 and
 * Keyboard use for their safety rules.
 *
 * <pre>
 *   p | y DLTs in n patients ~ Beta(1 + y, 1 + n − y)
 *   Pr(p &gt; φ | y, n) = 1 − I_φ(1 + y, 1 + n − y)        (I = regularised incomplete beta; R: 1 − pbeta)
 * </pre>
 *
 * <p>The cumulative distribution comes from Hipparchus {@link BetaDistribution}.
 */
public final class ToxicityPosterior {

  private ToxicityPosterior() {}

  /**
   * Pr(p &gt; target | y of n) under a Beta(1, 1) prior.
   *
   * @param target the toxicity probability, in (0, 1)
   * @param y the number of DLTs, 0 ≤ y ≤ n
   * @param n the number of patients, ≥ 0
   * @return Pr(p &gt; target | y of n) under a Beta(1, 1) prior
   */
  public static double probabilityAbove(double target, int y, int n) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (n < 0 || y < 0 || y > n) {
      throw new IllegalArgumentException("y = " + y + ", n = " + n + ": need 0 <= y <= n");
    }
    return 1.0 - new BetaDistribution(1.0 + y, 1.0 + n - y).cumulativeProbability(target);
  }

  /**
   * The smallest DLT count {@code y ≥ minY} with {@code Pr(p > target | y, n) > cutoff}, for every
   * {@code n = 0..maxN}; −1 where {@code n < minN} or no such count exists. This is how R {@code BOIN::get.boundary}
   * builds its elimination row (with {@code minY = 1}, {@code minN = 3}).
   *
   * @param target the target toxicity probability, in (0, 1)
   * @param cutoff the posterior-probability cutoff, in (0, 1)
   * @param maxN the largest n, ≥ 0
   * @param minN the smallest n at which the rule applies, ≥ 0
   * @param minY the smallest count considered, ≥ 0
   * @return an array indexed by n (length {@code maxN + 1})
   */
  public static int[] exceedanceCounts(double target, double cutoff, int maxN, int minN, int minY) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (!(cutoff > 0 && cutoff < 1)) {
      throw new IllegalArgumentException("cutoff = " + cutoff + ": must be in (0, 1)");
    }
    if (maxN < 0 || minN < 0 || minY < 0) {
      throw new IllegalArgumentException(
          "maxN = " + maxN + ", minN = " + minN + ", minY = " + minY + ": must all be >= 0");
    }
    int[] out = new int[maxN + 1];
    for (int n = 0; n <= maxN; n++) {
      out[n] = -1;
      if (n < minN) {
        continue;
      }
      for (int y = minY; y <= n; y++) {
        if (probabilityAbove(target, y, n) > cutoff) {
          out[n] = y;
          break;
        }
      }
    }
    return out;
  }
}
