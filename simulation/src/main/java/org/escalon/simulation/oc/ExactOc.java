package org.escalon.simulation.oc;

import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.trial.FixedToxicity;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Exact operating characteristics by dynamic programming over trial states.
 *
 * <p>A state is (n_j, y_j for every dose, current dose); designs decide from it alone. States are grouped by the
 * number of patients treated t, which only grows, so layers t = 0, 1, …, maxSampleSize are processed in order:
 * <pre>
 *   P(start) = 1
 *   for each state s with probability P(s) in layer t:
 *     design stops at s:  add P(s) × (selection of s, n_j, y_j, t, …) to the expectations
 *     else cohort of size c at dose d:  P(s') += P(s) · C(c, k) p_d^k (1 − p_d)^(c − k),  k = 0..c,
 *          s' = s with n_d + c, y_d + k, current dose d, in layer t + c
 * </pre>
 * Binomial probabilities come from Hipparchus {@link BinomialDistribution}. The results carry no Monte Carlo error
 * (standard errors 0). For BOIN with 5 doses and 10 cohorts of 3 this visits a few tens of thousands of states.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExactOc {

  private ExactOc() {}

  /**
   * Exact operating characteristics of {@code design} for fixed true DLT probabilities.
   *
   * @param design any design of this library (decisions depend on the counts only)
   * @param toxicity the true DLT probabilities, one per dose
   * @param target the target used to find the true MTD for "% above MTD" (NaN: not reported)
   */
  public static OperatingCharacteristics compute(EscalationDesign design, FixedToxicity toxicity, double target) {
    return compute(design, toxicity, target, DEFAULT_MAX_STATES);
  }

  /** The default limit on visited states (a few seconds of work). */
  public static final long DEFAULT_MAX_STATES = 10_000_000L;

  /**
   * As {@link #compute(EscalationDesign, FixedToxicity, double)}, giving up with an
   * {@link IllegalArgumentException} once more than {@code maxStates} states have been visited (the number of
   * states grows quickly with doses and cohorts; e.g. BOIN with 8 doses and 20 cohorts takes about a minute).
   *
   * @param maxStates ≥ 1
   */
  public static OperatingCharacteristics compute(
      EscalationDesign design, FixedToxicity toxicity, double target, long maxStates) {
    if (maxStates < 1) {
      throw new IllegalArgumentException("maxStates = " + maxStates + ": must be >= 1");
    }
    if (design == null || toxicity == null) {
      throw new IllegalArgumentException("design and toxicity must not be null");
    }
    int k = design.doseCount();
    if (toxicity.doseCount() != k) {
      throw new IllegalArgumentException(
          "design has " + k + " doses but toxicity has " + toxicity.doseCount());
    }
    int trueMtd = Double.isNaN(target) ? 0 : toxicity.trueMtd(target);
    double[] p = toxicity.probabilities();
    int maxN = design.maxSampleSize();
    int maxCohort = design.maxCohortSize();

    Layout layout = new Layout(k, maxN);
    StateMap[] layers = new StateMap[maxN + 1];
    double[][][] pmf = new double[k][maxCohort + 1][];

    int[] n = new int[k];
    int[] y = new int[k];
    long[] key = new long[layout.words];
    TrialState state = new TrialState(k);

    double[] sel = new double[k + 1];
    double[] en = new double[k];
    double[] ey = new double[k];
    double eTotal = 0;
    double eDlt = 0;
    double eAbove = 0;
    double mass = 0;
    long visited = 0;

    layers[0] = new StateMap(layout.words, 16);
    layout.encode(n, y, 0, key);
    layers[0].add(key, 1.0);

    for (int t = 0; t <= maxN; t++) {
      StateMap layer = layers[t];
      if (layer == null) {
        continue;
      }
      layers[t] = null;
      visited += layer.size();
      if (visited > maxStates) {
        throw new IllegalArgumentException("exact operating characteristics of " + design.name()
            + " need more than " + maxStates + " trial states; use Monte Carlo instead");
      }
      for (int slot = 0; slot < layer.capacity(); slot++) {
        if (!layer.isUsed(slot)) {
          continue;
        }
        double prob = layer.value(slot);
        layer.key(slot, key);
        int current = layout.decode(key, n, y);
        state.set(n, y, current);
        Recommendation r = design.decide(state);
        if (!r.proceeds()) {
          int mtd = design.selectMtd(state);
          sel[mtd] += prob;
          int dlt = 0;
          int above = 0;
          for (int j = 0; j < k; j++) {
            en[j] += prob * n[j];
            ey[j] += prob * y[j];
            dlt += y[j];
            if (trueMtd > 0 && j >= trueMtd) {
              above += n[j];
            }
          }
          eTotal += prob * t;
          eDlt += prob * dlt;
          if (t > 0) {
            eAbove += prob * 100.0 * above / t;
          }
          mass += prob;
          continue;
        }
        int d = r.nextDose();
        int c = r.cohortSize();
        if (t + c > maxN || c > maxCohort) {
          throw new IllegalStateException(design.name() + " asked for a cohort of " + c + " after " + t
              + " patients; its maxima are " + maxN + " patients and cohorts of " + maxCohort);
        }
        double[] b = pmf[d - 1][c];
        if (b == null) {
          BinomialDistribution dist = new BinomialDistribution(c, p[d - 1]);
          b = new double[c + 1];
          for (int i = 0; i <= c; i++) {
            b[i] = dist.probability(i);
          }
          pmf[d - 1][c] = b;
        }
        StateMap next = layers[t + c];
        if (next == null) {
          next = new StateMap(layout.words, layer.size() * 2);
          layers[t + c] = next;
        }
        n[d - 1] += c;
        for (int i = 0; i <= c; i++) {
          if (b[i] == 0) {
            continue;
          }
          y[d - 1] += i;
          layout.encode(n, y, d, key);
          next.add(key, prob * b[i]);
          y[d - 1] -= i;
        }
        n[d - 1] -= c;
      }
    }
    if (Math.abs(mass - 1) > 1e-9) {
      throw new IllegalStateException("exact OC lost probability mass: " + mass + " (design " + design.name() + ")");
    }
    java.util.List<LevelOc> levels = new java.util.ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      levels.add(new LevelOc(Estimate.exact(100 * sel[j + 1]), Estimate.exact(en[j]), Estimate.exact(ey[j])));
    }
    return new OperatingCharacteristics(design.name(), p, trueMtd, 0, levels, Estimate.exact(100 * sel[0]),
        Estimate.exact(eTotal), Estimate.exact(eDlt),
        trueMtd > 0 ? Estimate.exact(eAbove) : new Estimate(Double.NaN, Double.NaN));
  }

  /** Bit layout of a state: the current dose, then n and y of every dose, fields never straddling words. */
  static final class Layout {
    final int doseCount;
    final int words;
    private final int[] word;
    private final int[] shift;
    private final int bitsN;
    private final int bitsD;

    Layout(int doseCount, int maxN) {
      this.doseCount = doseCount;
      this.bitsN = 32 - Integer.numberOfLeadingZeros(maxN);
      this.bitsD = 32 - Integer.numberOfLeadingZeros(doseCount);
      int fields = 1 + 2 * doseCount;
      word = new int[fields];
      shift = new int[fields];
      int w = 0;
      int s = 0;
      for (int f = 0; f < fields; f++) {
        int bits = f == 0 ? bitsD : bitsN;
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

    void encode(int[] n, int[] y, int current, long[] out) {
      java.util.Arrays.fill(out, 0L);
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
  }
}
