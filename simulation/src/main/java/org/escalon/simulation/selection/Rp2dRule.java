package org.escalon.simulation.selection;

/**
 * Recommended phase-2 dose (Project Optimus: the RP2D need not be the MTD). Default rule, over the tested dose
 * levels not above the selected MTD that have at least {@code minPatients} patients:
 *
 * <pre>
 *   U_d = ORR~_d − w·DLT~_d
 *   RP2D = argmax_d U_d   (ties: the lower dose)
 * </pre>
 *
 * where ORR~ and DLT~ are the observed rates (responders/n, DLTs/n) of the tested levels up to the MTD smoothed by
 * weighted isotonic regression (pool-adjacent-violators, weights n), since both response and toxicity are
 * assumed not to decrease with dose; the smoothing keeps a lucky cohort of three at a low dose from winning.
 *
 * When the trial selected no MTD there is no RP2D (0). When no level below the MTD has enough patients, the RP2D
 * is the MTD. Immutable and thread-safe.
 *
 * @param toxicityWeight w &ge; 0 (default 1: one DLT costs one response)
 * @param minPatients minimum patients at a level for it to be a candidate, &ge; 1 (default 3)
 */
public record Rp2dRule(double toxicityWeight, int minPatients) {

  /** w = 1, at least 3 patients. */
  public static final Rp2dRule DEFAULT = new Rp2dRule(1.0, 3);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param toxicityWeight w &ge; 0 (default 1: one DLT costs one response)
   * @param minPatients minimum patients at a level for it to be a candidate, &ge; 1 (default 3)
   */
  public Rp2dRule {
    if (!(toxicityWeight >= 0) || Double.isInfinite(toxicityWeight)) {
      throw new IllegalArgumentException("toxicityWeight = " + toxicityWeight + ": must be finite and >= 0");
    }
    if (minPatients < 1) {
      throw new IllegalArgumentException("minPatients = " + minPatients + ": must be >= 1");
    }
  }

  /**
   * The utility of a response rate and a DLT rate.
   *
   * @param orr objective response rate, in [0, 1]
   * @param dltRate DLT rate, in [0, 1]
   * @return the utility of a response rate and a DLT rate
   */
  public double utility(double orr, double dltRate) {
    return orr - toxicityWeight * dltRate;
  }

  /**
   * The RP2D (1..K) or 0.
   *
   * @param n patients per level (index 0 = level 1)
   * @param y DLTs per level
   * @param responders responders per level
   * @param mtd the selected MTD (0 = none)
   * @return the RP2D (1..K) or 0
   */
  public int select(int[] n, int[] y, int[] responders, int mtd) {
    int[] best = bestTwo(n, y, responders, mtd);
    return best[0];
  }

  /**
   * The two best candidate levels by utility, {@code {best, second}} (0 where there is none); used by the
   * randomised dose-optimisation stage.
   *
   * @param n patients per level (index 0 = level 1)
   * @param y DLTs per level
   * @param responders responders per level
   * @param mtd the selected MTD (0 = none)
   * @return the two best candidate levels by utility, {@code {best, second}} (0 where there is none); used by the
   *     randomised dose-optimisation stage
   */
  public int[] bestTwo(int[] n, int[] y, int[] responders, int mtd) {
    if (n.length != y.length || n.length != responders.length) {
      throw new IllegalArgumentException("n, y and responders must have the same length");
    }
    if (mtd < 0 || mtd > n.length) {
      throw new IllegalArgumentException("mtd = " + mtd + ": must be in 0.." + n.length);
    }
    if (mtd == 0) {
      return new int[] {0, 0};
    }
    int tested = 0;
    for (int d = 1; d <= mtd; d++) {
      if (n[d - 1] > 0) {
        tested++;
      }
    }
    double[] orr = new double[tested];
    double[] tox = new double[tested];
    double[] w = new double[tested];
    int[] level = new int[tested];
    int t = 0;
    for (int d = 1; d <= mtd; d++) {
      int nd = n[d - 1];
      if (nd > 0) {
        orr[t] = responders[d - 1] / (double) nd;
        tox[t] = y[d - 1] / (double) nd;
        w[t] = nd;
        level[t] = d;
        t++;
      }
    }
    double[] orrIso = tested == 0 ? orr : IsotonicRegression.fit(orr, w);
    double[] toxIso = tested == 0 ? tox : IsotonicRegression.fit(tox, w);
    int best = 0;
    int second = 0;
    double ub = Double.NEGATIVE_INFINITY;
    double us = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < tested; i++) {
      int d = level[i];
      if (n[d - 1] < minPatients) {
        continue;
      }
      double u = utility(orrIso[i], toxIso[i]);
      if (u > ub) {
        second = best;
        us = ub;
        best = d;
        ub = u;
      } else if (u > us) {
        second = d;
        us = u;
      }
    }
    if (best == 0) {
      return new int[] {mtd, 0};
    }
    return new int[] {best, second};
  }
}
