package org.escalon.simulation.design;

/**
 * Work space for allocation-free MTD selection: a copy of a history's counts and the selector's scratch arrays.
 * Obtained from {@link TrialHistory#selectionScratch()} (fresh by default; a reusable {@link TrialState} hands out
 * its own, so selection on the Monte Carlo and exact hot paths allocates nothing). Designs use it through
 * package-private fields; callers only pass it along. Mutable; not thread-safe.
 */
public final class SelectionScratch {
  final int[] n;
  final int[] y;
  final double[] phat;
  final double[] weight;
  final int[] admissible;
  final int[] blocks;

  /**
   * Scratch for {@code doseCount} doses (&ge; 1).
   *
   * @param doseCount the number of dose levels K, 1..100
   */
  public SelectionScratch(int doseCount) {
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    n = new int[doseCount];
    y = new int[doseCount];
    phat = new double[doseCount];
    weight = new double[doseCount];
    admissible = new int[doseCount];
    blocks = new int[doseCount];
  }

  /** Copies {@code h}'s counts (its dose count must be this scratch's); returns this. */
  SelectionScratch load(TrialHistory h) {
    int k = h.doseCount();
    if (k != n.length) {
      throw new IllegalArgumentException("history has " + k + " doses; this scratch holds " + n.length);
    }
    for (int d = 1; d <= k; d++) {
      n[d - 1] = h.n(d);
      y[d - 1] = h.y(d);
    }
    return this;
  }
}
