package org.escalon.simulation.design;

import org.escalon.simulation.selection.IsotonicMtdSelector;
import org.escalon.simulation.selection.ToxicityPosterior;

/**
 * Shared machinery of the interval designs (BOIN, i3+3, mTPI-2, Keyboard): a {@link DecisionTable} computed once
 * per configuration, the trial flow of R {@code BOIN::get.oc} 2.7.2, and the isotonic MTD selection of
 * {@code BOIN::select.mtd}.
 *
 * <h2>Flow after each cohort (dose d of the last cohort, n and y its counts)</h2>
 * <ol>
 *   <li>If the maximum sample size has been reached, stop <i>before</i> the elimination check (R 2.7.2's last-cohort
 *       rule; selection then re-applies elimination to the final data). The last cohort is shortened to what is
 *       left of the sample size.</li>
 *   <li>Elimination: a dose with n ≥ 3 and {@code Pr(p > φ | y, n) > cutoffEli} (Beta(1, 1) prior) is eliminated
 *       with every higher dose; if dose 1 is eliminated the trial stops with no MTD.</li>
 *   <li>{@code extrasafe}: stop with no MTD if dose 1 has n ≥ 3 (and an elimination count exists at that n, as in
 *       the package) and {@code Pr(p₁ > φ) > cutoffEli − offset}.</li>
 *   <li>The table's decision E/S/D/DU. E at the top dose or below an eliminated dose means stay; D at dose 1 means
 *       stay.</li>
 *   <li>{@code nEarlyStop}: stop if the current dose has ≥ nEarlyStop patients and the resulting move is to stay.</li>
 * </ol>
 * Accelerated titration (optional; needs cohort size &gt; 1 and start dose 1): one patient per dose from dose 1
 * until the first DLT (or the top dose); then {@code cohortSize − 1} more at that dose, then ordinary cohorts.
 *
 * <p>Because a dose's data change only when it is treated and every cohort but the last is checked, "eliminated"
 * equals "the lowest dose whose current counts meet the elimination rule": the decision is a function of the
 * per-dose counts and the current dose, as {@link TrialHistory} requires.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class IntervalDesign implements EscalationDesign {

  private static final Decision[] DECISIONS = Decision.values();

  final int doseCount;
  final double target;
  final int cohortSize;
  final int maxSampleSize;
  final int startDose;
  final double cutoffEli;
  final boolean extrasafe;
  final double offset;
  final int nEarlyStop;
  final boolean titration;
  final DecisionTable table;
  final IsotonicMtdSelector selector;
  private final int[] eliminateIfGe; // by n, -1 = never
  private final int[] extrasafeIfGe; // by n, -1 = never (null when off)
  private final RecommendationCache cache;

  /** Builds the shared part; {@code rule} gives the design's own decision for (n, y) before elimination. */
  IntervalDesign(Builder<?> b, DecisionTable.Rule rule, double boundMtdLambdaD) {
    b.validateCommon();
    this.doseCount = b.doseCount;
    this.target = b.target;
    this.cohortSize = b.cohortSize;
    this.maxSampleSize = b.maxSampleSize;
    this.startDose = b.startDose;
    this.cutoffEli = b.cutoffEli;
    this.extrasafe = b.extrasafe;
    this.offset = b.offset;
    this.nEarlyStop = b.nEarlyStop;
    this.titration = b.titration;
    this.eliminateIfGe = ToxicityPosterior.exceedanceCounts(target, cutoffEli, maxSampleSize, 3, 1);
    if (extrasafe) {
      int[] es = ToxicityPosterior.exceedanceCounts(target, cutoffEli - offset, maxSampleSize, 3, 0);
      for (int n = 0; n <= maxSampleSize; n++) {
        if (eliminateIfGe[n] < 0) {
          es[n] = -1; // R checks extrasafe only where the elimination boundary exists
        }
      }
      this.extrasafeIfGe = es;
    } else {
      this.extrasafeIfGe = null;
    }
    int[] elim = eliminateIfGe;
    this.table =
        DecisionTable.of(
            maxSampleSize,
            (n, y) -> elim[n] >= 0 && y >= elim[n] ? Decision.DU : rule.decide(n, y));
    this.selector =
        IsotonicMtdSelector.of(target, cutoffEli, extrasafe, offset, boundMtdLambdaD, maxSampleSize);
    this.cache = new RecommendationCache(doseCount, cohortSize);
  }

  @Override
  public int doseCount() {
    return doseCount;
  }

  @Override
  public int startDose() {
    return startDose;
  }

  @Override
  public int maxSampleSize() {
    return maxSampleSize;
  }

  @Override
  public int maxCohortSize() {
    return cohortSize;
  }

  @Override
  public DecisionTable decisionTable() {
    return table;
  }

  /**
   * The target DLT probability φ.
   *
   * @return the target DLT probability φ
   */
  public double target() {
    return target;
  }

  /**
   * The cohort size.
   *
   * @return the cohort size
   */
  public int cohortSize() {
    return cohortSize;
  }

  /**
   * The elimination cutoff on Pr(p &gt; φ | data).
   *
   * @return the elimination cutoff on Pr(p &gt; φ | data)
   */
  public double cutoffEli() {
    return cutoffEli;
  }

  /**
   * Whether the extra-safe rule on dose 1 is on.
   *
   * @return whether the extra-safe rule on dose 1 is on
   */
  public boolean extrasafe() {
    return extrasafe;
  }

  /**
   * The extra-safe offset.
   *
   * @return the extra-safe offset
   */
  public double offset() {
    return offset;
  }

  /**
   * The n.earlystop parameter.
   *
   * @return the n.earlystop parameter
   */
  public int nEarlyStop() {
    return nEarlyStop;
  }

  /**
   * Whether accelerated titration is on.
   *
   * @return whether accelerated titration is on
   */
  public boolean titration() {
    return titration;
  }

  /**
   * The MTD selector (isotonic regression).
   *
   * @return the MTD selector (isotonic regression)
   */
  public IsotonicMtdSelector selector() {
    return selector;
  }

  @Override
  public Recommendation decide(TrialHistory h) {
    checkHistory(h);
    int total = h.patients();
    if (total == 0) {
      return cache.proceed(Decision.S, titration ? 1 : startDose, titration ? 1 : cohortSize);
    }
    if (total > maxSampleSize) {
      throw new IllegalArgumentException(
          "history has " + total + " patients; " + name() + " allows at most " + maxSampleSize);
    }
    int d = h.currentDose();
    int nd = h.n(d);
    int yd = h.y(d);
    Decision decision = DECISIONS[table.code(nd, yd)];
    if (total >= maxSampleSize) {
      return cache.stop(decision, StopReason.SAMPLE_SIZE);
    }
    if (titration && inTitration(h)) {
      if (h.dlts() == 0 && d < doseCount) {
        return cache.proceed(Decision.E, d + 1, 1);
      }
      return cache.proceed(Decision.S, d, Math.min(cohortSize - 1, maxSampleSize - total));
    }
    int eliminatedFrom = eliminatedFrom(h);
    if (eliminatedFrom == 1 || extrasafeStops(h)) {
      return cache.stop(decision, StopReason.TOO_TOXIC);
    }
    int next = move(decision, d, eliminatedFrom);
    if (nd >= nEarlyStop && next == d) {
      return cache.stop(decision, StopReason.N_AT_DOSE);
    }
    return cache.proceed(decision, next, Math.min(cohortSize, maxSampleSize - total));
  }

  /** The lowest dose whose counts meet the elimination rule (it and every higher dose are out), or K + 1. */
  private int eliminatedFrom(TrialHistory h) {
    for (int j = 1; j <= doseCount; j++) {
      int c = eliminateIfGe[h.n(j)];
      if (c >= 0 && h.y(j) >= c) {
        return j;
      }
    }
    return doseCount + 1;
  }

  /** The extra-safe rule: dose 1's counts meet the stricter cutoff {@code cutoffEli − offset}. */
  private boolean extrasafeStops(TrialHistory h) {
    if (!extrasafe) {
      return false;
    }
    int c = extrasafeIfGe[h.n(1)];
    return c >= 0 && h.y(1) >= c;
  }

  /** The next dose for a decision at dose d: E at the top, D at dose 1 and E onto an eliminated dose mean stay. */
  private int move(Decision decision, int d, int eliminatedFrom) {
    int next;
    switch (decision) {
      case E:
        next = d < doseCount ? d + 1 : d;
        break;
      case D:
      case DU:
        next = d > 1 ? d - 1 : d;
        break;
      default:
        next = d;
    }
    return Math.min(next, eliminatedFrom - 1); // never onto an eliminated dose (eliminatedFrom >= 2 here)
  }

  private boolean inTitration(TrialHistory h) {
    for (int j = 1; j <= doseCount; j++) {
      if (h.n(j) > 1) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int selectMtd(TrialHistory h) {
    checkHistory(h);
    SelectionScratch s = h.selectionScratch().load(h);
    return selector.selectUnchecked(s.n, s.y, doseCount, s.phat, s.weight, s.admissible, s.blocks);
  }

  @Override
  public String toString() {
    return name();
  }

  /** Describes the shared options for {@link #name()}. */
  String optionsText() {
    StringBuilder sb = new StringBuilder();
    sb.append("target=").append(target).append(", K=").append(doseCount).append(", cohort=").append(cohortSize)
        .append(", N=").append(maxSampleSize);
    if (startDose != 1) {
      sb.append(", start=").append(startDose);
    }
    if (cutoffEli != 0.95) {
      sb.append(", cutoffEli=").append(cutoffEli);
    }
    if (extrasafe) {
      sb.append(", extrasafe offset=").append(offset);
    }
    if (nEarlyStop < maxSampleSize) {
      sb.append(", nEarlyStop=").append(nEarlyStop);
    }
    if (titration) {
      sb.append(", titration");
    }
    return sb.toString();
  }

  /**
   * Options shared by all interval designs. Every setter validates its own value at once (message
   * {@code name = value: must be …}); {@link #build()} checks the combinations. Defaults follow R BOIN: cohort size
   * 3, 10 cohorts, start dose 1, cutoffEli 0.95, extrasafe off with offset 0.05, nEarlyStop 100, titration off.
   * Allowed: target φ in [0.05, 0.6], K in 1..100, cohortSize 1..100, cohorts 1..1000 with cohorts × cohortSize
   * ≤ 1000, maxSampleSize 1..1000, startDose 1..K, cutoffEli in (0, 1), offset in [0, 0.5) below cutoffEli,
   * nEarlyStop 1..1000 (100 or more than N: off).
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    /** The largest maximum sample size (and cohorts × cohort size) a design may have. */
    public static final int MAX_SAMPLE_SIZE = 1000;

    final double target;
    final int doseCount;
    int cohortSize = 3;
    int cohorts = 10;
    int maxSampleSize = -1; // -1: cohorts × cohortSize
    int startDose = 1;
    double cutoffEli = 0.95;
    boolean extrasafe;
    double offset = 0.05;
    int nEarlyStop = 100;
    boolean titration;

    Builder(double target, int doseCount) {
      if (!(target >= 0.05 && target <= 0.6)) {
        throw new IllegalArgumentException("target = " + target + ": must be in [0.05, 0.6]");
      }
      DesignChecks.range("doseCount", doseCount, 1, 100);
      this.target = target;
      this.doseCount = doseCount;
    }

    @SuppressWarnings("unchecked")
    final B self() {
      return (B) this;
    }

    /**
     * Validates the options and builds the design (computing its decision table once).
     *
     * @return the design
     */
    public abstract IntervalDesign build();

    /**
     * Patients per cohort (1..100; default 3).
     *
     * @param c patients per cohort (1..100; default 3)
     * @return this builder
     */
    public B cohortSize(int c) {
      this.cohortSize = DesignChecks.range("cohortSize", c, 1, 100);
      return self();
    }

    /**
     * Number of cohorts (1..1000; default 10); the maximum sample size is cohorts × cohort size (≤ 1000).
     *
     * @param m number of cohorts (1..1000; default 10); the maximum sample size is cohorts × cohort size (≤ 1000)
     * @return this builder
     */
    public B cohorts(int m) {
      this.cohorts = DesignChecks.range("cohorts", m, 1, MAX_SAMPLE_SIZE);
      this.maxSampleSize = -1;
      return self();
    }

    /**
     * Maximum sample size N directly (1..1000); the last cohort is shortened if N is not a multiple of the size.
     *
     * @param n maximum sample size N directly (1..1000); the last cohort is shortened if N is not a multiple of the
     *     size
     * @return this builder
     */
    public B maxSampleSize(int n) {
      this.maxSampleSize = DesignChecks.range("maxSampleSize", n, 1, MAX_SAMPLE_SIZE);
      return self();
    }

    /**
     * Start dose level (1..K; default 1).
     *
     * @param d start dose level (1..K; default 1)
     * @return this builder
     */
    public B startDose(int d) {
      this.startDose = DesignChecks.range("startDose", d, 1, doseCount);
      return self();
    }

    /**
     * Elimination cutoff on Pr(p &gt; φ | data), in (0, 1); default 0.95.
     *
     * @param c elimination cutoff on Pr(p &gt; φ | data), in (0, 1); default 0.95
     * @return this builder
     */
    public B cutoffEli(double c) {
      this.cutoffEli = DesignChecks.open("cutoffEli", c, 0, 1);
      return self();
    }

    /**
     * Extra-safe stopping rule on dose 1 (default off).
     *
     * @param on {@code true} to apply the extra-safe stopping rule on dose 1 (default off)
     * @return this builder
     */
    public B extrasafe(boolean on) {
      this.extrasafe = on;
      return self();
    }

    /**
     * Extra-safe offset, in [0, 0.5) and below cutoffEli; default 0.05.
     *
     * @param o extra-safe offset, in [0, 0.5) and below cutoffEli; default 0.05
     * @return this builder
     */
    public B offset(double o) {
      if (!(o >= 0 && o < 0.5)) {
        throw new IllegalArgumentException("offset = " + o + ": must be in [0, 0.5) and below cutoffEli");
      }
      this.offset = o;
      return self();
    }

    /**
     * Stop when the current dose has this many patients and the decision is to stay (1..1000; default 100).
     *
     * @param n stop when the current dose has this many patients and the decision is to stay (1..1000; default 100)
     * @return this builder
     */
    public B nEarlyStop(int n) {
      this.nEarlyStop = DesignChecks.range("nEarlyStop", n, 1, MAX_SAMPLE_SIZE);
      return self();
    }

    /**
     * Accelerated titration (default off).
     *
     * @param on {@code true} for accelerated titration: one patient per dose until the first DLT (default off)
     * @return this builder
     */
    public B titration(boolean on) {
      this.titration = on;
      return self();
    }

    /** Checks the combinations of options (each option was checked by its setter). */
    void validateCommon() {
      if (maxSampleSize < 0) {
        long n = (long) cohorts * cohortSize;
        if (n > MAX_SAMPLE_SIZE) {
          throw new IllegalArgumentException("maxSampleSize = " + n + " (cohorts × cohortSize): must be in 1.."
              + MAX_SAMPLE_SIZE);
        }
        maxSampleSize = (int) n;
      }
      if (!(offset < cutoffEli)) {
        throw new IllegalArgumentException("offset = " + offset + ": must be in [0, 0.5) and below cutoffEli ("
            + cutoffEli + ")");
      }
      if (titration && cohortSize < 2) {
        throw new IllegalArgumentException(
            "titration = true with cohortSize = " + cohortSize + ": accelerated titration needs cohorts of 2 or more");
      }
      if (titration && startDose != 1) {
        throw new IllegalArgumentException(
            "titration = true with startDose = " + startDose + ": accelerated titration starts at dose 1");
      }
    }
  }
}
