package org.escalon.simulation.design;

import org.escalon.simulation.selection.IsotonicMtdSelector;
import org.escalon.simulation.selection.ToxicityPosterior;

/**
 * The time-to-event BOIN design (TITE-BOIN) with the rules of R {@code TITEgBOIN} 0.4.0
 * ({@code next_TITE_QuasiBOIN}, {@code select_mtd_TITE_QuasiBOIN}): decisions are taken with patients whose DLT
 * window is still running ("pending"). See docs/designs.md, "Time-to-event designs: TITE-BOIN".
 *
 * <p>At a decision, per dose: n treated, y DLTs observed so far, m pending (in the window, no DLT yet), and
 * STFT = Σ over the pending of (days followed / window) — the package's uniform weights. The estimate at the current
 * dose d is
 * <pre>
 *   ess (default; Lin &amp; Yuan 2020):  p̂ = y / (n − m + STFT)                    (= y/n with nobody pending)
 *   imputation (Yuan et al. 2018):    p̃ = (y + φ/2) / (n − m + 1),   p̂ = [y + (m − STFT)·p̃/(1 − p̃)] / n
 * </pre>
 * and the rules, in the package's order, are
 * <ol>
 *   <li>Elimination, every dose from the lowest: the first with n ≥ 3 and Pr(p &gt; φ | y, n) &gt; cutoffEli
 *       (Beta(1, 1) prior; <i>all</i> n treated and only the <i>observed</i> y) is eliminated with every higher
 *       dose; eliminations are permanent.</li>
 *   <li>{@code extrasafe}, only when d = 1: n₁ ≥ 3 and Pr(p₁ &gt; φ) &gt; cutoffEli − offset stops the trial.</li>
 *   <li>If d is eliminated: move to the highest dose below the eliminated ones, or stop with no MTD (dose 1).</li>
 *   <li>Otherwise, if m &gt; maxPending·n (strict): suspend accrual (the next arrival is turned away, the decision
 *       is taken again at the arrival after it).</li>
 *   <li>Otherwise p̂ ≤ λe escalates (stay at the top dose or below an eliminated one); p̂ ≥ λd de-escalates (at dose
 *       1: stay, and suspend if anyone is pending); else stay. Both boundaries are inclusive, λe and λd are BOIN's
 *       ({@link Boin#lambdaE}, {@link Boin#lambdaD}).</li>
 *   <li>{@code nEarlyStop}: with n ≥ nEarlyStop at d (before any move) and the outcome "stay", stop.</li>
 * </ol>
 * The MTD is selected after every patient's follow-up, from all DLTs, by {@link IsotonicMtdSelector} with the
 * package's Beta(0.005, 0.005) estimates {@code (y + 0.005)/(n + 0.01)} (BOIN uses 0.05; {@link Builder#selectionPrior}
 * changes it).
 *
 * <p>Lin R, Yuan Y (2020) Time-to-event model-assisted designs for dose-finding trials with delayed toxicity.
 * Biostatistics 21(4):807–824, doi:10.1093/biostatistics/kxz007. Yuan Y, Lin R, Li D, Nie L, Warren KE (2018)
 * Time-to-event Bayesian optimal interval design to accelerate phase I trials. Clin Cancer Res 24(20):4921–4930,
 * doi:10.1158/1078-0432.CCR-18-0246.
 *
 * <p>Immutable and thread-safe. The trial conduct (arrivals, cohorts, suspension in calendar time) is
 * {@code org.escalon.simulation.trial.TiteBoinConduct}.
 */
public final class TiteBoin implements BoinVariant {

  /** How p̂ treats the pending patients. */
  public enum Estimator {
    /** Effective sample size, p̂ = y / (n − m + STFT): R {@code TITEgBOIN} (default). */
    ESS,
    /** Single mean imputation of the 2018 paper (see the class comment). */
    IMPUTATION
  }

  /**
   * What to do at a decision.
   *
   * @param decision E, S, D, or DU when the current dose has been eliminated (for audit; S while suspended)
   * @param nextDose the dose of the next cohort (the current one while suspended or stopped)
   * @param suspend accrual is suspended: turn the next arrival away and decide again
   * @param stopReason {@link StopReason#NONE}, {@link StopReason#TOO_TOXIC} (no MTD) or {@link StopReason#N_AT_DOSE}
   * @param eliminatedFrom the lowest eliminated dose (K + 1: none)
   * @param estimate p̂ at the current dose (NaN when not computed: eliminated or suspended for pending)
   */
  public record Step(Decision decision, int nextDose, boolean suspend, StopReason stopReason, int eliminatedFrom,
      double estimate) {
    /**
     * Whether the trial stops here.
     *
     * @return whether the trial stops here
     */
    public boolean stops() {
      return stopReason != StopReason.NONE;
    }
  }

  private final Boin boin;
  private final double maxPending;
  private final Estimator estimator;
  private final IsotonicMtdSelector selector;
  private final int[] extrasafeIfGe; // by n; -1 never; null when off

  private TiteBoin(Boin boin, double maxPending, Estimator estimator, double selectionPrior) {
    this.boin = boin;
    this.maxPending = maxPending;
    this.estimator = estimator;
    this.selector = boin.selector().withPrior(selectionPrior);
    this.extrasafeIfGe = boin.extrasafe()
        ? ToxicityPosterior.exceedanceCounts(boin.target(), boin.cutoffEli() - boin.offset(), boin.maxSampleSize(),
            3, 0)
        : null;
  }

  /**
   * A builder for target φ and K doses (defaults as R {@code TITEgBOIN}).
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @return a builder for target φ and K doses (defaults as R {@code TITEgBOIN})
   */
  public static Builder builder(double target, int doseCount) {
    return new Builder(target, doseCount);
  }

  /**
   * The BOIN design whose boundaries and options this design shares.
   *
   * @return the BOIN design whose boundaries and options this design shares
   */
  @Override
  public Boin boin() {
    return boin;
  }

  /**
   * The maximum number of patients.
   *
   * @return the maximum number of patients
   */
  public int maxSampleSize() {
    return boin.maxSampleSize();
  }

  /**
   * The largest fraction of pending patients at the current dose that still allows a decision.
   *
   * @return the largest fraction of pending patients at the current dose that still allows a decision
   */
  public double maxPending() {
    return maxPending;
  }

    /**
   * The estimator of the DLT rate with pending patients (R TITEgBOIN: {@link Estimator#ESS}).
   *
   * @return the estimator
   */
  public Estimator estimator() {
    return estimator;
  }

  /**
   * The MTD selector (Beta(0.005, 0.005) estimates by default).
   *
   * @return the MTD selector (Beta(0.005, 0.005) estimates by default)
   */
  public IsotonicMtdSelector selector() {
    return selector;
  }

  /**
   * p̂ at one dose.
   *
   * @param n patients treated, ≥ 1
   * @param y DLTs observed, 0 ≤ y ≤ n − m
   * @param m pending patients, 0 ≤ m ≤ n
   * @param stft their summed follow-up fractions, in [0, m)
   * @return p̂ at one dose
   */
  public double estimate(int n, int y, int m, double stft) {
    checkDose(1, n, y, m, stft);
    if (n - m + stft <= 0) {
      return Double.NaN;
    }
    return estimateUnchecked(n, y, m, stft);
  }

  private double estimateUnchecked(int n, int y, int m, double stft) {
    if (m == 0) {
      return (double) y / n;
    }
    if (estimator == Estimator.ESS) {
      return y / (n - m + stft);
    }
    double pt = (y + target() / 2) / (n - m + 1);
    return (y + (m - stft) * pt / (1 - pt)) / n;
  }

  /**
   * The decision at the current dose from the data of every dose (index 0 = dose 1).
   *
   * @param current the current dose d (that of the last cohort), 1..K, with n[d − 1] ≥ 1
   * @param n patients treated per dose
   * @param y DLTs observed so far per dose
   * @param m pending patients per dose (y + m ≤ n)
   * @param stft summed follow-up fractions of the pending per dose, each in [0, m]
   * @param eliminatedFrom the lowest dose eliminated before (K + 1: none)
   * @return the decision at the current dose from the data of every dose (index 0 = dose 1)
   */
  public Step decide(int current, int[] n, int[] y, int[] m, double[] stft, int eliminatedFrom) {
    int k = doseCount();
    if (n.length != k || y.length != k || m.length != k || stft.length != k) {
      throw new IllegalArgumentException("n, y, m and stft must have one entry per dose (" + k + ")");
    }
    if (current < 1 || current > k || n[current - 1] < 1) {
      throw new IllegalArgumentException("current = " + current + ": must be a treated dose in 1.." + k);
    }
    if (eliminatedFrom < 1 || eliminatedFrom > k + 1) {
      throw new IllegalArgumentException("eliminatedFrom = " + eliminatedFrom + ": must be in 1.." + (k + 1));
    }
    for (int j = 0; j < k; j++) {
      checkDose(j + 1, n[j], y[j], m[j], stft[j]);
    }
    return decideUnchecked(current, n, y, m, stft, eliminatedFrom);
  }

  /**
   * Hot path of {@link #decide}: no validation.
   *
   * @param d the current dose level, 1..K
   * @param n patients treated, ≥ 1
   * @param y DLTs observed, 0 ≤ y ≤ n − m
   * @param m pending patients, 0 ≤ m ≤ n
   * @param stft their summed follow-up fractions, in [0, m)
   * @param eliminatedFrom the lowest eliminated dose (K + 1: none)
   * @return the decision, the next dose, whether to suspend accrual and the stop reason
   */
  public Step decideUnchecked(int d, int[] n, int[] y, int[] m, double[] stft, int eliminatedFrom) {
    int k = doseCount();
    int elim = eliminatedFrom;
    for (int j = 1; j < elim; j++) {
      if (selector.eliminates(y[j - 1], n[j - 1])) {
        elim = j;
        break;
      }
    }
    int nd = n[d - 1];
    int yd = y[d - 1];
    if (extrasafeIfGe != null && d == 1) {
      int c = extrasafeIfGe[nd];
      if (c >= 0 && yd >= c) {
        return new Step(Decision.DU, d, false, StopReason.TOO_TOXIC, 1, Double.NaN);
      }
    }
    if (d >= elim) {
      int next = elim - 1;
      return next == 0
          ? new Step(Decision.DU, d, false, StopReason.TOO_TOXIC, elim, Double.NaN)
          : new Step(Decision.DU, next, false, StopReason.NONE, elim, Double.NaN);
    }
    boolean enough = nd >= boin.nEarlyStop();
    int md = m[d - 1];
    if (md > nd * maxPending) {
      return new Step(Decision.S, d, true, StopReason.NONE, elim, Double.NaN);
    }
    double p = estimateUnchecked(nd, yd, md, stft[d - 1]);
    Decision decision;
    int next = d;
    boolean suspend = false;
    if (p <= boin.lambdaE()) {
      decision = Decision.E;
      if (d < k && d + 1 < elim) {
        next = d + 1;
      }
    } else if (p >= boin.lambdaD()) {
      decision = Decision.D;
      if (d > 1) {
        next = d - 1;
      } else {
        suspend = md > 0;
      }
    } else {
      decision = Decision.S;
    }
    StopReason stop = enough && next == d ? StopReason.N_AT_DOSE : StopReason.NONE;
    return new Step(decision, next, suspend && stop == StopReason.NONE, stop, elim, p);
  }

  /**
   * The MTD from the final counts (every patient followed up): dose level, 0 for none.
   *
   * @param n patients treated, ≥ 1
   * @param y DLTs observed, 0 ≤ y ≤ n − m
   * @return the MTD from the final counts (every patient followed up): dose level, 0 for none
   */
  public int selectMtd(int[] n, int[] y) {
    return selector.select(n, y);
  }

  private static void checkDose(int dose, int n, int y, int m, double stft) {
    if (n < 0 || y < 0 || m < 0 || y + m > n || !(stft >= 0 && stft <= m)) {
      throw new IllegalArgumentException("dose " + dose + ": n = " + n + ", y = " + y + ", m = " + m + ", stft = "
          + stft + ": need 0 <= y, 0 <= m, y + m <= n and 0 <= stft <= m");
    }
  }

  /**
   * The design's name, e.g. {@code TITE-BOIN(target=0.3, K=5, cohort=3, N=36, maxPending=0.5)}.
   *
   * @return the design's name, e.g
   */
  public String name() {
    String b = boin.name();
    String opts = b.substring(b.indexOf('(') + 1, b.length() - 1);
    return "TITE-BOIN(" + opts + ", maxPending=" + maxPending
        + (estimator == Estimator.ESS ? "" : ", estimator=imputation")
        + (selector.prior() == IsotonicMtdSelector.TITE_BOIN_PRIOR ? "" : ", selectionPrior=" + selector.prior())
        + ")";
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * Options, validated by each setter (message {@code name = value: must be …}). The options shared with BOIN
   * (cohorts, cohort size, start dose, φ1, φ2, cutoffEli, extrasafe, offset, nEarlyStop) have BOIN's limits and
   * defaults; accelerated titration and boundMtd are not offered.
   */
  public static final class Builder {
    private final Boin.Builder boin;
    private double maxPending = 0.5;
    private Estimator estimator = Estimator.ESS;
    private double selectionPrior = IsotonicMtdSelector.TITE_BOIN_PRIOR;

    Builder(double target, int doseCount) {
      this.boin = Boin.builder(target, doseCount);
    }

        /**
     * Patients per cohort (1..100; default 3), as BOIN's.
     *
     * @param c patients per cohort
     * @return this builder
     */
    public Builder cohortSize(int c) {
      boin.cohortSize(c);
      return this;
    }

        /**
     * Number of cohorts (1..1000; default 10); the maximum sample size is cohorts × cohort size (≤ 1000).
     *
     * @param m number of cohorts
     * @return this builder
     */
    public Builder cohorts(int m) {
      boin.cohorts(m);
      return this;
    }

        /**
     * Start dose level (1..K; default 1).
     *
     * @param d the start dose level, 1-based
     * @return this builder
     */
    public Builder startDose(int d) {
      boin.startDose(d);
      return this;
    }

        /**
     * φ1, the highest DLT probability deemed underdosing (R TITEgBOIN {@code p.saf}; default 0.6 φ); > 0 and at
     * most 0.9 φ.
     *
     * @param p φ1
     * @return this builder
     */
    public Builder phi1(double p) {
      boin.phi1(p);
      return this;
    }

        /**
     * φ2, the lowest DLT probability deemed overdosing (R TITEgBOIN {@code p.tox}; default 1.4 φ); &lt; 1 and at
     * least 1.1 φ.
     *
     * @param p φ2
     * @return this builder
     */
    public Builder phi2(double p) {
      boin.phi2(p);
      return this;
    }

        /**
     * Elimination cutoff on Pr(p &gt; φ | data) over the completed patients (R {@code cutoff.eli}; default
     * 0.95), in (0, 1).
     *
     * @param c the cutoff
     * @return this builder
     */
    public Builder cutoffEli(double c) {
      boin.cutoffEli(c);
      return this;
    }

        /**
     * The extra-safe rule: stop when dose 1 is too toxic at the cutoff {@code cutoffEli − offset} (R
     * {@code extrasafe}; default off).
     *
     * @param on {@code true} to apply it
     * @return this builder
     */
    public Builder extrasafe(boolean on) {
      boin.extrasafe(on);
      return this;
    }

        /**
     * The extra-safe offset (R {@code offset}; default 0.05), in [0, 0.5) and below {@code cutoffEli}.
     *
     * @param o the offset
     * @return this builder
     */
    public Builder offset(double o) {
      boin.offset(o);
      return this;
    }

        /**
     * Stop when the current dose has this many patients and the decision is to stay (R {@code n.earlystop};
     * 1..1000, default 100).
     *
     * @param n the number of patients
     * @return this builder
     */
    public Builder nEarlyStop(int n) {
      boin.nEarlyStop(n);
      return this;
    }

    /**
     * Suspend while more than this fraction of the current dose's patients is pending; [0, 0.65], default 0.5.
     *
     * @param f suspend while more than this fraction of the current dose's patients is pending; [0, 0.65], default 0.5
     * @return this builder
     */
    public Builder maxPending(double f) {
      if (!(f >= 0 && f <= 0.65)) {
        throw new IllegalArgumentException("maxPending = " + f + ": must be in [0, 0.65] (R TITEgBOIN's range)");
      }
      this.maxPending = f;
      return this;
    }

    /**
     * The estimator of p̂ with pending patients (default {@link Estimator#ESS}).
     *
     * @param e the estimator of p̂ with pending patients (default {@link Estimator#ESS})
     * @return this builder
     */
    public Builder estimator(Estimator e) {
      this.estimator = java.util.Objects.requireNonNull(e, "estimator");
      return this;
    }

    /**
     * The a of the Beta(a, a) estimates of the final selection, (0, 1]; default 0.005 (BOIN: 0.05).
     *
     * @param a the a of the Beta(a, a) estimates of the final selection, (0, 1]; default 0.005 (BOIN: 0.05)
     * @return this builder
     */
    public Builder selectionPrior(double a) {
      if (!(a > 0 && a <= 1)) {
        throw new IllegalArgumentException("selectionPrior = " + a + ": must be in (0, 1]");
      }
      this.selectionPrior = a;
      return this;
    }

        /**
     * Validates every option and builds the design.
     *
     * @return the design
     * @throws IllegalArgumentException a combination of options that is not allowed (message {@code name = value:
     *     must be …})
     */
    public TiteBoin build() {
      return new TiteBoin(boin.build(), maxPending, estimator, selectionPrior);
    }
  }
}
