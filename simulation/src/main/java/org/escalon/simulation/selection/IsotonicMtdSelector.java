package org.escalon.simulation.selection;

import java.util.Arrays;

/**
 * MTD selection of R {@code BOIN::select.mtd} (version 2.7.2), shared by all interval designs.
 *
 * <ol>
 *   <li>Re-apply elimination to the final data: scanning doses upwards, the first dose with {@code n ≥ 3} and
 *       {@code Pr(p > φ | y, n) > cutoffEli} eliminates itself and every higher dose. With {@code extrasafe},
 *       every dose is eliminated when {@code n₁ ≥ 3} and {@code Pr(p₁ > φ) > cutoffEli − offset}.</li>
 *   <li>If dose 1 is eliminated there is no MTD. Admissible doses: treated ({@code n > 0}) and not eliminated.</li>
 *   <li>{@code p̂ = (y + 0.05)/(n + 0.1)} (Beta(0.05, 0.05) posterior mean) with weight {@code 1/var},
 *       {@code var = (y + 0.05)(n − y + 0.05) / [(n + 0.1)² (n + 1.1)]}. {@link #withPrior(double)} changes the
 *       Beta(a, a) prior: R {@code TITEgBOIN::select_mtd_TITE_QuasiBOIN} uses a = 0.005, i.e.
 *       {@code (y + 0.005)/(n + 0.01)} and {@code var = (y + 0.005)(n − y + 0.005) / [(n + 0.01)² (n + 1.01)]}.</li>
 *   <li>Weighted isotonic regression ({@link IsotonicRegression}); add {@code i·1e−10} to the i-th estimate
 *       (so that among pooled ties the higher dose wins below the target and the lower dose above it).</li>
 *   <li>The MTD is the admissible dose whose estimate is closest to φ. With {@code boundMtd}, only doses whose
 *       estimate is ≤ λd are eligible (none: no MTD).</li>
 * </ol>
 *
 * <p>References: Liu S, Yuan Y (2015) Bayesian optimal interval designs for phase I clinical trials. JRSS-C
 * 64:507–523, doi:10.1111/rssc.12089; Yan F, Zhang L, Zhou Y, Pan H, Liu S, Yuan Y (2020) BOIN: an R package for
 * designing single-agent and drug-combination dose-finding trials using Bayesian optimal interval designs. J Stat
 * Softw 94(13), doi:10.18637/jss.v094.i13.
 *
 * <p>Immutable; the per-n elimination counts are computed once at construction.
 */
public final class IsotonicMtdSelector {

  private final double target;
  private final double cutoffEli;
  private final boolean extrasafe;
  private final double offset;
  private final double upperBound;
  private final int maxN;
  private final double prior;
  private final int[] eliminateIfGe;
  private final int[] extrasafeIfGe;

  private IsotonicMtdSelector(
      double target, double cutoffEli, boolean extrasafe, double offset, double upperBound, int maxN, double prior) {
    this.target = target;
    this.prior = prior;
    this.cutoffEli = cutoffEli;
    this.extrasafe = extrasafe;
    this.offset = offset;
    this.upperBound = upperBound;
    this.maxN = maxN;
    this.eliminateIfGe = ToxicityPosterior.exceedanceCounts(target, cutoffEli, maxN, 3, 1);
    this.extrasafeIfGe =
        extrasafe ? ToxicityPosterior.exceedanceCounts(target, cutoffEli - offset, maxN, 3, 0) : null;
  }

  /**
   * Creates a selector.
   *
   * @param target φ, in (0, 1)
   * @param cutoffEli the elimination cutoff, in (0, 1); BOIN default 0.95
   * @param extrasafe whether to apply the extra-safe rule to dose 1
   * @param offset the extra-safe offset, in [0, 0.5) and below {@code cutoffEli}; BOIN default 0.05
   * @param boundMtdLambdaD λd when {@code boundMtd} is on (must be in (0, 1)), or {@code Double.NaN} when off
   * @param maxN the largest number of patients a dose can have, ≥ 1
   * @return creates a selector
   */
  public static IsotonicMtdSelector of(
      double target, double cutoffEli, boolean extrasafe, double offset, double boundMtdLambdaD, int maxN) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (!(cutoffEli > 0 && cutoffEli < 1)) {
      throw new IllegalArgumentException("cutoffEli = " + cutoffEli + ": must be in (0, 1)");
    }
    if (!(offset >= 0 && offset < 0.5 && offset < cutoffEli)) {
      throw new IllegalArgumentException("offset = " + offset + ": must be in [0, 0.5) and below cutoffEli");
    }
    if (!Double.isNaN(boundMtdLambdaD) && !(boundMtdLambdaD > 0 && boundMtdLambdaD < 1)) {
      throw new IllegalArgumentException(
          "boundMtdLambdaD = " + boundMtdLambdaD + ": must be in (0, 1), or NaN to switch boundMtd off");
    }
    if (maxN < 1) {
      throw new IllegalArgumentException("maxN = " + maxN + ": must be >= 1");
    }
    double bound = Double.isNaN(boundMtdLambdaD) ? Double.POSITIVE_INFINITY : boundMtdLambdaD;
    return new IsotonicMtdSelector(target, cutoffEli, extrasafe, offset, bound, maxN, BOIN_PRIOR);
  }

  /** BOIN's Beta(a, a) prior for the selection estimates, a = 0.05. */
  public static final double BOIN_PRIOR = 0.05;

  /** TITEgBOIN's Beta(a, a) prior for the selection estimates, a = 0.005. */
  public static final double TITE_BOIN_PRIOR = 0.005;

  /**
   * This selector with another Beta(a, a) prior for the estimates {@code (y + a)/(n + 2a)} (BOIN: 0.05; TITEgBOIN:
   * 0.005); elimination is unchanged.
   *
   * @param a in (0, 1]
   * @return a selector with that prior
   */
  public IsotonicMtdSelector withPrior(double a) {
    if (!(a > 0 && a <= 1)) {
      throw new IllegalArgumentException("prior = " + a + ": the Beta(a, a) prior's a must be in (0, 1]");
    }
    return new IsotonicMtdSelector(target, cutoffEli, extrasafe, offset, upperBound, maxN, a);
  }

  /**
   * The a of the Beta(a, a) prior of the selection estimates.
   *
   * @return the a of the Beta(a, a) prior of the selection estimates
   */
  public double prior() {
    return prior;
  }

  /**
   * The target φ.
   *
   * @return the target φ
   */
  public double target() {
    return target;
  }

  /**
   * The largest per-dose n this selector was built for.
   *
   * @return the largest per-dose n this selector was built for
   */
  public int maxN() {
    return maxN;
  }

  /**
   * Whether dose data {@code (y of n)} meets the elimination rule ({@code n ≥ 3}, {@code Pr(p > φ) > cutoffEli}).
   *
   * @param y DLTs per dose, {@code 0 ≤ y ≤ n}
   * @param n patients per dose (dose level 1 at index 0)
   * @return whether dose data {@code (y of n)} meets the elimination rule ({@code n ≥ 3}, {@code Pr(p > φ) >
   *     cutoffEli})
   */
  public boolean eliminates(int y, int n) {
    int c = n <= maxN ? eliminateIfGe[n] : ToxicityPosterior.exceedanceCounts(target, cutoffEli, n, n, 1)[n];
    return c >= 0 && y >= c;
  }

  /**
   * Selects the MTD from final counts.
   *
   * @param n patients per dose (dose level 1 at index 0)
   * @param y DLTs per dose, {@code 0 ≤ y ≤ n}
   * @return the MTD's dose level (1-based), or 0 for no MTD
   */
  public int select(int[] n, int[] y) {
    if (n == null || y == null || n.length == 0 || n.length != y.length) {
      throw new IllegalArgumentException("n and y must be non-null arrays of the same positive length");
    }
    for (int j = 0; j < n.length; j++) {
      if (n[j] < 0 || y[j] < 0 || y[j] > n[j] || n[j] > maxN) {
        throw new IllegalArgumentException(
            "dose " + (j + 1) + ": y = " + y[j] + ", n = " + n[j] + ": need 0 <= y <= n <= " + maxN);
      }
    }
    int k = n.length;
    return selectUnchecked(n, y, k, new double[k], new double[k], new int[k], new int[k]);
  }

  /**
   * Hot path: no validation; caller-supplied scratch arrays of length ≥ {@code k}.
   *
   * @param n patients per dose (dose level 1 at index 0)
   * @param y DLTs per dose, {@code 0 ≤ y ≤ n}
   * @param k the number of doses K (the arrays may be longer)
   * @param phat scratch: the pooled estimates
   * @param weight scratch: the pooling weights
   * @param admIndex scratch: indices of the admissible doses
   * @param blockScratch scratch: the pool-adjacent-violators blocks
   * @return the MTD's dose level or 0
   */
  public int selectUnchecked(
      int[] n, int[] y, int k, double[] phat, double[] weight, int[] admIndex, int[] blockScratch) {
    if (extrasafe && n[0] >= 3) {
      int c = extrasafeIfGe[n[0]];
      if (c >= 0 && y[0] >= c) {
        return 0;
      }
    }
    int eliminatedFrom = k;
    for (int j = 0; j < k; j++) {
      int c = eliminateIfGe[n[j]];
      if (c >= 0 && y[j] >= c) {
        eliminatedFrom = j;
        break;
      }
    }
    if (eliminatedFrom == 0) {
      return 0;
    }
    int m = 0;
    for (int j = 0; j < eliminatedFrom; j++) {
      int nj = n[j];
      if (nj > 0) {
        double yj = y[j];
        double denom = nj + 2 * prior; // n + 0.1 for BOIN (2 × 0.05 is exactly 0.1 in binary)
        phat[m] = (yj + prior) / denom;
        double var = (yj + prior) * (nj - yj + prior) / (denom * denom * (nj + (2 * prior + 1))); // BOIN: n + 1.1
        weight[m] = 1.0 / var;
        admIndex[m] = j;
        m++;
      }
    }
    if (m == 0) {
      return 0;
    }
    IsotonicRegression.fitInPlace(phat, weight, m, blockScratch);
    int best = -1;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      double est = phat[i] + (i + 1) * 1e-10;
      if (est > upperBound) {
        break; // estimates are increasing: the rest are above λd too
      }
      double dist = Math.abs(est - target);
      if (dist < bestDist) {
        bestDist = dist;
        best = i;
      }
    }
    return best < 0 ? 0 : admIndex[best] + 1;
  }

  /**
   * The raw Beta(0.05, 0.05) posterior means {@code (y + 0.05)/(n + 0.1)} of the treated doses (NaN where
   * {@code n = 0}), for reports.
   *
   * @param n patients per dose (dose level 1 at index 0)
   * @param y DLTs per dose, {@code 0 ≤ y ≤ n}
   * @return the raw Beta(0.05, 0.05) posterior means {@code (y + 0.05)/(n + 0.1)} of the treated doses (NaN where
   *     {@code n = 0}), for reports
   */
  public static double[] posteriorMeans(int[] n, int[] y) {
    double[] out = new double[n.length];
    Arrays.fill(out, Double.NaN);
    for (int j = 0; j < n.length; j++) {
      if (n[j] > 0) {
        out[j] = (y[j] + 0.05) / (n[j] + 0.1);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "IsotonicMtdSelector[target=" + target + ", cutoffEli=" + cutoffEli + ", extrasafe=" + extrasafe
        + ", offset=" + offset + ", boundMtd=" + (upperBound < 1) + ", prior=" + prior + "]";
  }
}
