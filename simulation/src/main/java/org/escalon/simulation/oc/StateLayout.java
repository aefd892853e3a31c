package org.escalon.simulation.oc;

import java.util.Arrays;

/**
 * Bit layout of an exact-OC trial state: the current dose, then n and y of every dose, then (only for designs that
 * decide from the last cohort) the last cohort's size and DLTs; fields never straddling 64-bit words; with the
 * memory a stored state takes and an upper bound on how many states a design can reach.
 */
final class StateLayout {
  private final int doseCount;
  private final int words;
  private final int[] word;
  private final int[] shift;
  private final int bitsN;
  private final int bitsD;
  private final int bitsC;
  private final boolean lastCohort;

  StateLayout(int doseCount, int maxN) {
    this(doseCount, maxN, 0);
  }

  /** With {@code maxCohort} &gt; 0 the state also holds the last cohort's size and DLTs (each 0..maxCohort). */
  StateLayout(int doseCount, int maxN, int maxCohort) {
    this.doseCount = doseCount;
    this.bitsN = 32 - Integer.numberOfLeadingZeros(maxN);
    this.bitsD = 32 - Integer.numberOfLeadingZeros(doseCount);
    this.bitsC = 32 - Integer.numberOfLeadingZeros(Math.max(0, maxCohort));
    this.lastCohort = maxCohort > 0;
    int fields = 1 + 2 * doseCount + (lastCohort ? 2 : 0);
    word = new int[fields];
    shift = new int[fields];
    int w = 0;
    int s = 0;
    for (int f = 0; f < fields; f++) {
      int bits = f == 0 ? bitsD : f <= 2 * doseCount ? bitsN : bitsC;
      if (s + bits > 64) {
        w++;
        s = 0;
      }
      word[f] = w;
      shift[f] = s;
      s += bits;
    }
    words = w + 1;
  }

  /** 64-bit words per state. */
  int words() {
    return words;
  }

  /**
   * Bytes one stored state can take: key words, probability and slot flag ({@code 8·words + 9}), times 2 for the
   * hash table's load of at most 1/2, times 1.5 while a table grows (old and new arrays).
   */
  long bytesPerState() {
    return 3L * (8L * words + 9);
  }

  void encode(int[] n, int[] y, int current, long[] out) {
    encode(n, y, current, 0, 0, out);
  }

  /** Encodes a state; the last cohort is kept only by a layout made with a maximum cohort size. */
  void encode(int[] n, int[] y, int current, int lastSize, int lastDlts, long[] out) {
    Arrays.fill(out, 0L);
    if (lastCohort) {
      int f = 1 + 2 * doseCount;
      out[word[f]] |= ((long) lastSize) << shift[f];
      out[word[f + 1]] |= ((long) lastDlts) << shift[f + 1];
    }
    out[word[0]] |= ((long) current) << shift[0];
    for (int j = 0; j < doseCount; j++) {
      int f = 1 + 2 * j;
      out[word[f]] |= ((long) n[j]) << shift[f];
      out[word[f + 1]] |= ((long) y[j]) << shift[f + 1];
    }
  }

  /** Decodes into n and y; returns the current dose. */
  int decode(long[] in, int[] n, int[] y) {
    long maskN = (1L << bitsN) - 1;
    long maskD = (1L << bitsD) - 1;
    int current = (int) ((in[word[0]] >>> shift[0]) & maskD);
    for (int j = 0; j < doseCount; j++) {
      int f = 1 + 2 * j;
      n[j] = (int) ((in[word[f]] >>> shift[f]) & maskN);
      y[j] = (int) ((in[word[f + 1]] >>> shift[f + 1]) & maskN);
    }
    return current;
  }

  /** The last cohort's size (0 unless this layout keeps it). */
  int decodeLastSize(long[] in) {
    if (!lastCohort) {
      return 0;
    }
    int f = 1 + 2 * doseCount;
    return (int) ((in[word[f]] >>> shift[f]) & ((1L << bitsC) - 1));
  }

  /** The last cohort's DLTs (0 unless this layout keeps it). */
  int decodeLastDlts(long[] in) {
    if (!lastCohort) {
      return 0;
    }
    int f = 2 + 2 * doseCount;
    return (int) ((in[word[f]] >>> shift[f]) & ((1L << bitsC) - 1));
  }

  /**
   * An upper bound on the number of states of a design with K doses, cohorts of c and at most N patients that
   * moves at most one dose up per cohort from its start dose d0 (every design here; accelerated titration, with
   * its cohorts of one, can exceed it): after s cohorts only doses 1..D_s, D_s = min(K, d0 + s − 1), can have
   * patients, each with n_j = a_j·c patients and y_j in 0..n_j, so
   * <pre>
   *   U = 1 + Σ_{s=1}^{⌈N/c⌉} D_s · Σ_{a_1 + … + a_{D_s} = s} Π_j (a_j·c + 1)
   * </pre>
   * (the inner sum by convolution over doses). Loose — often 100 to 1000 times the states a design really
   * reaches — but cheap; a double, as it overflows a long for large designs.
   */
  static double countBound(int doseCount, int startDose, int cohortSize, int maxN) {
    int cohorts = (maxN + cohortSize - 1) / cohortSize;
    double total = 1;
    for (int s = 1; s <= cohorts; s++) {
      int doses = Math.min(doseCount, startDose + s - 1);
      double[] f = new double[s + 1];
      f[0] = 1;
      for (int j = 0; j < doses; j++) {
        double[] g = new double[s + 1];
        for (int t = 0; t <= s; t++) {
          if (f[t] != 0) {
            for (int a = 0; a <= s - t; a++) {
              g[t + a] += f[t] * (a * (double) cohortSize + 1);
            }
          }
        }
        f = g;
      }
      total += doses * f[s];
      if (Double.isInfinite(total)) {
        return total;
      }
    }
    return total;
  }
}
