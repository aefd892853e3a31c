package org.escalon.simulation.design;

/**
 * The decision (E, S, D, DU) at the current dose for every number of patients {@code n = 1..maxN} and DLTs
 * {@code y = 0..n}, printable for audit.
 *
 * <p>Interval designs decide from this table alone (plus the flow rules of {@link IntervalDesign}); it is computed
 * once per design configuration and looked up in the trial loop. For 3+3 the table is descriptive (rows 3 and 6).
 */
public final class DecisionTable {

  private final int maxN;
  private final byte[] codes; // index n*(maxN+1)+y
  private static final Decision[] VALUES = Decision.values();

  private DecisionTable(int maxN, byte[] codes) {
    this.maxN = maxN;
    this.codes = codes;
  }

  /** A rule giving the decision for {@code (n, y)}. */
  @FunctionalInterface
  public interface Rule {
    /**
     * The decision for y DLTs among n patients (1 ≤ n, 0 ≤ y ≤ n).
     *
     * @param n patients treated at the dose, ≥ 1
     * @param y DLTs among them, 0..n
     * @return the decision for y DLTs among n patients (1 ≤ n, 0 ≤ y ≤ n)
     */
    Decision decide(int n, int y);
  }

  /**
   * Tabulates {@code rule} for {@code n = 1..maxN}.
   *
   * @param maxN ≥ 1
   * @param rule never returns null
   * @return tabulates {@code rule} for {@code n = 1..maxN}
   */
  public static DecisionTable of(int maxN, Rule rule) {
    if (maxN < 1) {
      throw new IllegalArgumentException("maxN = " + maxN + ": must be >= 1");
    }
    if (rule == null) {
      throw new IllegalArgumentException("rule must not be null");
    }
    byte[] codes = new byte[(maxN + 1) * (maxN + 1)];
    for (int n = 1; n <= maxN; n++) {
      for (int y = 0; y <= n; y++) {
        Decision d = rule.decide(n, y);
        if (d == null) {
          throw new IllegalArgumentException("rule returned null for n = " + n + ", y = " + y);
        }
        codes[n * (maxN + 1) + y] = (byte) d.ordinal();
      }
    }
    return new DecisionTable(maxN, codes);
  }

  /**
   * The largest n tabulated.
   *
   * @return the largest n tabulated
   */
  public int maxN() {
    return maxN;
  }

  /**
   * The decision for {@code y} DLTs among {@code n} patients, 1 ≤ n ≤ maxN, 0 ≤ y ≤ n.
   *
   * @param n patients treated at the dose, 1..{@link #maxN()}
   * @param y DLTs among them, 0..n
   * @return the decision for {@code y} DLTs among {@code n} patients, 1 ≤ n ≤ maxN, 0 ≤ y ≤ n
   */
  public Decision decision(int n, int y) {
    if (n < 1 || n > maxN || y < 0 || y > n) {
      throw new IllegalArgumentException("n = " + n + ", y = " + y + ": need 1 <= n <= " + maxN + ", 0 <= y <= n");
    }
    return VALUES[codes[n * (maxN + 1) + y]];
  }

  /** Hot path, unchecked: the ordinal of the decision. */
  int code(int n, int y) {
    return codes[n * (maxN + 1) + y];
  }

  /**
   * The largest y with decision E at this n, or −1 if none.
   *
   * @param n patients treated at the dose, 1..{@link #maxN()}
   * @return the largest y with decision E at this n, or −1 if none
   */
  public int escalateIfLe(int n) {
    int best = -1;
    for (int y = 0; y <= n; y++) {
      if (decision(n, y) == Decision.E) {
        best = y;
      }
    }
    return best;
  }

  /**
   * The smallest y with decision D or DU at this n, or −1 if none.
   *
   * @param n patients treated at the dose, 1..{@link #maxN()}
   * @return the smallest y with decision D or DU at this n, or −1 if none
   */
  public int deescalateIfGe(int n) {
    for (int y = 0; y <= n; y++) {
      Decision d = decision(n, y);
      if (d == Decision.D || d == Decision.DU) {
        return y;
      }
    }
    return -1;
  }

  /**
   * The smallest y with decision DU at this n, or −1 if none.
   *
   * @param n patients treated at the dose, 1..{@link #maxN()}
   * @return the smallest y with decision DU at this n, or −1 if none
   */
  public int eliminateIfGe(int n) {
    for (int y = 0; y <= n; y++) {
      if (decision(n, y) == Decision.DU) {
        return y;
      }
    }
    return -1;
  }

  /** The table as text, one row per n: {@code n: E E S D DU}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int n = 1; n <= maxN; n++) {
      sb.append(n).append(':');
      for (int y = 0; y <= n; y++) {
        sb.append(' ').append(decision(n, y));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
