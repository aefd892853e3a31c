package org.escalon.simulation.selection;

/**
 * MTD rules of the 3+3 design, as functions of the final per-dose counts.
 *
 * <p>A dose is <i>exceeded</i> when it has ≥ 2 DLTs (in 3 or 6 patients); it is <i>passed</i> when it has 0 of 3 or
 * at most 1 of 6.
 * <ul>
 *   <li><b>Variant A</b> (escalation only; Storer 1989, Biometrics 45:925, doi:10.2307/2531693): the MTD is the
 *       highest passed dose below the lowest exceeded dose (the dose below the exceeded one, even with only 3
 *       patients); no MTD if dose 1 is exceeded.</li>
 *   <li><b>Variant B</b> (with de-escalation; Korn et al. 1994, Stat Med 13:1799, doi:10.1002/sim.4780131802): the
 *       MTD is the highest dose below the lowest exceeded dose with ≥ 6 patients and ≤ 1 DLT.</li>
 * </ul>
 * Dose levels are 1-based; 0 means no MTD.
 */
public final class ThreePlusThreeMtd {

  private ThreePlusThreeMtd() {}

  /**
   * Variant A's MTD (see the class comment).
   *
   * @param n patients per dose (dose level 1 at index 0), as 3+3 treats them (0, 3 or 6)
   * @param y DLTs per dose, 0 ≤ y ≤ n
   * @return the MTD's dose level under variant A, 0 when none
   */
  public static int variantA(int[] n, int[] y) {
    check(n, y);
    int limit = lowestExceeded(n, y);
    for (int j = limit - 1; j >= 0; j--) {
      if ((n[j] == 3 && y[j] == 0) || (n[j] >= 6 && y[j] <= 1)) {
        return j + 1;
      }
    }
    return 0;
  }

  /**
   * Variant B's MTD (see the class comment).
   *
   * @param n patients per dose (dose level 1 at index 0), as 3+3 treats them (0, 3 or 6)
   * @param y DLTs per dose, 0 ≤ y ≤ n
   * @return the MTD's dose level under variant B, 0 when none
   */
  public static int variantB(int[] n, int[] y) {
    check(n, y);
    int limit = lowestExceeded(n, y);
    for (int j = limit - 1; j >= 0; j--) {
      if (n[j] >= 6 && y[j] <= 1) {
        return j + 1;
      }
    }
    return 0;
  }

  /** 0-based index of the lowest dose with ≥ 2 DLTs, or {@code n.length} if none. */
  static int lowestExceeded(int[] n, int[] y) {
    for (int j = 0; j < n.length; j++) {
      if (y[j] >= 2) {
        return j;
      }
    }
    return n.length;
  }

  private static void check(int[] n, int[] y) {
    if (n == null || y == null || n.length == 0 || n.length != y.length) {
      throw new IllegalArgumentException("n and y must be non-null arrays of the same positive length");
    }
    for (int j = 0; j < n.length; j++) {
      if (n[j] < 0 || y[j] < 0 || y[j] > n[j]) {
        throw new IllegalArgumentException(
            "dose " + (j + 1) + ": y = " + y[j] + ", n = " + n[j] + ": need 0 <= y <= n");
      }
    }
  }
}
