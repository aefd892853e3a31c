package org.escalon.simulation.design;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.escalon.simulation.design.blrm.BlrmModel;
import org.escalon.simulation.design.blrm.BlrmPosterior;
import org.escalon.simulation.design.blrm.BlrmPrior;
import org.escalon.simulation.design.blrm.ToxicityIntervals;

/**
 * The BLRM with escalation with overdose control (EWOC): Neuenschwander, Branson &amp; Gsponer (2008), Stat Med
 * 27:2420, doi:10.1002/sim.3230; conventions of R OncoBayes2 where they apply (docs/designs.md, "Model-based
 * designs: BLRM with EWOC").
 *
 * <h2>Rules (defaults in brackets)</h2>
 * <ol>
 *   <li>Posterior of (log α, log β) given all doses' counts ({@link BlrmPosterior}); per dose P(under), P(target),
 *       P(over) for the intervals [0, 0.16), [0.16, 0.33), [0.33, 1].</li>
 *   <li>EWOC: dose j is admissible when P(over_j) &lt; {@code ewocCutoff} [0.25] (strict, as the paper; OncoBayes2
 *       admits equality, which has probability 0 in practice).</li>
 *   <li>Increment: the candidates are the doses with d_j ≤ (1 + {@code maxIncrement}) · d_h [100 %: twice the
 *       highest dose tried], d_h the highest dose given so far (compared with a relative tolerance of 1e-9).</li>
 *   <li>Next dose: the admissible candidate with the highest P(target), ties to the lower dose; with no data the
 *       start dose [1]. No admissible dose at all → stop, no MTD ({@link StopReason#TOO_TOXIC}).</li>
 *   <li>Stopping: after {@code maxSampleSize} patients ({@link StopReason#SAMPLE_SIZE}); or the MTD is declared
 *       ({@link StopReason#MTD_FOUND}) when the next dose already has ≥ {@code mtdMinPatients} [6] patients and
 *       P(target) ≥ {@code mtdMinTarget} [0.5] there, or ≥ {@code mtdEnoughPatients} [9] patients there.</li>
 *   <li>MTD: the dose the rules above recommend from the final data (0 if none is admissible).</li>
 * </ol>
 * Cohorts have {@code cohortSize} [3] patients; the last is shortened to fill {@code maxSampleSize} exactly.
 * Decisions depend on the counts only; the decision label is E/S/D by the next dose relative to the current one.
 *
 * <p>Immutable configuration with a thread-safe memo of evaluations keyed by the counts (at most
 * {@value #CACHE_LIMIT} entries; later ones are computed and not kept). An evaluation is a pure function of the
 * counts, so results are bit-identical with any number of threads and with or without the memo.
 */
public final class Blrm implements EscalationDesign {

  private final BlrmModel model;
  private final ToxicityIntervals intervals;
  private final double ewocCutoff;
  private final double maxIncrement;
  private final int cohortSize;
  private final int maxSampleSize;
  private final int startDose;
  private final int mtdMinPatients;
  private final double mtdMinTarget;
  private final int mtdEnoughPatients;
  private final RecommendationCache cache;
  private volatile DecisionTable table;
  private final ConcurrentHashMap<Counts, BlrmEvaluation> memo = new ConcurrentHashMap<>();

  /** The most evaluations the memo keeps. */
  static final int CACHE_LIMIT = 100_000;

  /** Per-dose counts as a memo key. */
  private record Counts(int[] n, int[] y) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Counts c && Arrays.equals(n, c.n) && Arrays.equals(y, c.y);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(n) + Arrays.hashCode(y);
    }
  }

  /** The evaluation without quantiles, from the memo when the same counts were seen before. */
  private BlrmEvaluation evaluation(TrialHistory h) {
    Counts key = new Counts(h.nArray(), h.yArray());
    BlrmEvaluation e = memo.get(key);
    if (e == null) {
      e = BlrmEvaluation.of(this, h, false);
      if (memo.size() < CACHE_LIMIT) {
        memo.putIfAbsent(key, e);
      }
    }
    return e;
  }

  private Blrm(Builder b) {
    this.model = BlrmModel.of(b.doses, b.refDose, b.prior);
    this.intervals = b.intervals;
    this.ewocCutoff = b.ewocCutoff;
    this.maxIncrement = b.maxIncrement;
    this.cohortSize = b.cohortSize;
    this.maxSampleSize = b.maxSampleSize;
    this.startDose = b.startDose;
    this.mtdMinPatients = b.mtdMinPatients;
    this.mtdMinTarget = b.mtdMinTarget;
    this.mtdEnoughPatients = b.mtdEnoughPatients;
    this.cache = new RecommendationCache(model.doseCount(), cohortSize);
  }

  /**
   * A builder; the prior is required (there is no universal default: see {@link BlrmPrior#weaklyInformative}).
   *
   * @param doses the doses, strictly increasing, &gt; 0
   * @param refDose the reference dose d* &gt; 0
   * @param prior the prior of (log α, log β)
   * @return a builder; the prior is required (there is no universal default: see {@link BlrmPrior#weaklyInformative})
   */
  public static Builder builder(double[] doses, double refDose, BlrmPrior prior) {
    BlrmModel.of(doses, refDose, prior); // validates now, with the model's messages
    return new Builder(doses.clone(), refDose, prior);
  }

  /**
   * The model.
   *
   * @return the model
   */
  public BlrmModel model() {
    return model;
  }

  /**
   * The toxicity intervals.
   *
   * @return the toxicity intervals
   */
  public ToxicityIntervals intervals() {
    return intervals;
  }

  /**
   * The EWOC cutoff on P(overdosing).
   *
   * @return the EWOC cutoff on P(overdosing)
   */
  public double ewocCutoff() {
    return ewocCutoff;
  }

  /**
   * The largest relative increment over the highest dose tried (1 = 100 %).
   *
   * @return the largest relative increment over the highest dose tried (1 = 100 %)
   */
  public double maxIncrement() {
    return maxIncrement;
  }

  @Override
  public String name() {
    return "BLRM(EWOC " + ewocCutoff + ", d*=" + model.refDose() + ")";
  }

  @Override
  public int doseCount() {
    return model.doseCount();
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

  /**
   * The full evaluation of the rules on {@code history}: per-dose summaries (with means and quantiles only when
   * {@code withQuantiles}), admissibility, candidates, the next dose and whether and why to stop.
   *
   * @param history the trial so far (its dose count must equal {@link #doseCount()})
   * @param withQuantiles whether to compute the per-dose posterior means and 2.5 %/50 %/97.5 % quantiles too (slower;
   *     the decision does not need them)
   * @return the full evaluation of the rules on {@code history}: per-dose summaries (with means and quantiles only when
   *     {@code withQuantiles}), admissibility, candidates, the next dose and whether and why to stop
   */
  public BlrmEvaluation evaluate(TrialHistory history, boolean withQuantiles) {
    checkHistory(history);
    return BlrmEvaluation.of(this, history, withQuantiles);
  }

  @Override
  public Recommendation decide(TrialHistory h) {
    checkHistory(h);
    int current = h.currentDose();
    if (current == 0) {
      return cache.proceed(Decision.S, startDose, Math.min(cohortSize, maxSampleSize));
    }
    BlrmEvaluation e = evaluation(h);
    Decision d = e.nextDose() == 0 ? Decision.DU
        : e.nextDose() > current ? Decision.E : e.nextDose() < current ? Decision.D : Decision.S;
    if (e.stopReason() != StopReason.NONE) {
      return cache.stop(d, e.stopReason());
    }
    return cache.proceed(d, e.nextDose(), Math.min(cohortSize, maxSampleSize - h.patients()));
  }

  @Override
  public int selectMtd(TrialHistory h) {
    checkHistory(h);
    if (h.patients() == 0) {
      return 0;
    }
    return evaluation(h).recommendedDose();
  }

  /**
   * The decision table for audit: the decision at the start dose after n patients with y DLTs there and no data
   * elsewhere (the only part of a model-based design that fits an n × y grid; {@code next-dose} and
   * {@code dose-paths} show the rest). E/S/D by the next dose, DU when no dose is admissible; a stop for an MTD
   * shows as S. n runs to min(maxSampleSize, 30).
   */
  @Override
  public DecisionTable decisionTable() {
    DecisionTable t = table;
    if (t == null) {
      int k = model.doseCount();
      t = DecisionTable.of(Math.min(maxSampleSize, 30), (nn, yy) -> {
        TrialState s = new TrialState(k);
        s.treat(startDose, nn, yy);
        BlrmEvaluation e = BlrmEvaluation.of(this, s, false);
        int next = e.recommendedDose();
        return next == 0 ? Decision.DU : next > startDose ? Decision.E : next < startDose ? Decision.D : Decision.S;
      });
      table = t;
    }
    return t;
  }

  int cohortSize() {
    return cohortSize;
  }

  int mtdMinPatients() {
    return mtdMinPatients;
  }

  double mtdMinTarget() {
    return mtdMinTarget;
  }

  int mtdEnoughPatients() {
    return mtdEnoughPatients;
  }

  @Override
  public String toString() {
    return name();
  }

  /** Options with their defaults; each setter rejects a bad value at once ({@code name = value: must be …}). */
  public static final class Builder {
    private final double[] doses;
    private final double refDose;
    private final BlrmPrior prior;
    private ToxicityIntervals intervals = ToxicityIntervals.DEFAULT;
    private double ewocCutoff = 0.25;
    private double maxIncrement = 1.0;
    private int cohortSize = 3;
    private int maxSampleSize = 30;
    private int startDose = 1;
    private int mtdMinPatients = 6;
    private double mtdMinTarget = 0.5;
    private int mtdEnoughPatients = 9;

    private Builder(double[] doses, double refDose, BlrmPrior prior) {
      this.doses = doses;
      this.refDose = refDose;
      this.prior = prior;
    }

    /**
     * The interval limits [0.16, 0.33).
     *
     * @param targetLower lower end of the target interval [targetLower, overdoseFrom), in (0, overdoseFrom); default
     *     0.16
     * @param overdoseFrom lower end of the overdosing interval [overdoseFrom, 1], in (targetLower, 1); default 0.33
     * @return this builder
     */
    public Builder intervals(double targetLower, double overdoseFrom) {
      this.intervals = new ToxicityIntervals(targetLower, overdoseFrom);
      return this;
    }

    /**
     * EWOC: admissible when P(over) &lt; cutoff, cutoff in (0, 1] [0.25].
     *
     * @param cutoff EWOC: admissible when P(over) &lt; cutoff, cutoff in (0, 1] [0.25]
     * @return this builder
     */
    public Builder ewocCutoff(double cutoff) {
      if (!(cutoff > 0 && cutoff <= 1)) {
        throw new IllegalArgumentException("ewocCutoff = " + cutoff + ": must be in (0, 1]");
      }
      this.ewocCutoff = cutoff;
      return this;
    }

    /**
     * The largest relative increment over the highest dose tried, in (0, 100] [1 = 100 %].
     *
     * @param increment the largest relative increment over the highest dose tried, in (0, 100] [1 = 100 %]
     * @return this builder
     */
    public Builder maxIncrement(double increment) {
      if (!(increment > 0 && increment <= 100)) {
        throw new IllegalArgumentException("maxIncrement = " + increment + ": must be in (0, 100] (1 = 100 %)");
      }
      this.maxIncrement = increment;
      return this;
    }

    /**
     * Patients per cohort, 1..30 [3].
     *
     * @param size patients per cohort, 1..30 [3]
     * @return this builder
     */
    public Builder cohortSize(int size) {
      this.cohortSize = DesignChecks.range("cohortSize", size, 1, 30);
      return this;
    }

    /**
     * The maximum sample size in patients, 1..1000 [30].
     *
     * @param n the maximum sample size in patients, 1..1000 [30]
     * @return this builder
     */
    public Builder maxSampleSize(int n) {
      this.maxSampleSize = DesignChecks.range("maxSampleSize", n, 1, 1000);
      return this;
    }

    /**
     * The start dose level [1].
     *
     * @param level each patient's dose level (1-based)
     * @return this builder
     */
    public Builder startDose(int level) {
      this.startDose = DesignChecks.range("startDose", level, 1, doses.length);
      return this;
    }

    /**
     * Declare the MTD when the next dose has ≥ this many patients and P(target) ≥ mtdMinTarget, 1..1000 [6].
     *
     * @param n declare the MTD when the next dose has ≥ this many patients and P(target) ≥ mtdMinTarget, 1..1000 [6]
     * @return this builder
     */
    public Builder mtdMinPatients(int n) {
      this.mtdMinPatients = DesignChecks.range("mtdMinPatients", n, 1, 1000);
      return this;
    }

    /**
     * The P(target) needed with mtdMinPatients, in [0, 1] [0.5].
     *
     * @param p the P(target) needed with mtdMinPatients, in [0, 1] [0.5]
     * @return this builder
     */
    public Builder mtdMinTarget(double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("mtdMinTarget = " + p + ": must be in [0, 1]");
      }
      this.mtdMinTarget = p;
      return this;
    }

    /**
     * Declare the MTD when the next dose has ≥ this many patients whatever P(target), 1..1000 [9].
     *
     * @param n declare the MTD when the next dose has ≥ this many patients whatever P(target), 1..1000 [9]
     * @return this builder
     */
    public Builder mtdEnoughPatients(int n) {
      this.mtdEnoughPatients = DesignChecks.range("mtdEnoughPatients", n, 1, 1000);
      return this;
    }

    /**
     * The design.
     *
     * @return the design
     */
    public Blrm build() {
      if (cohortSize > maxSampleSize) {
        throw new IllegalArgumentException("cohortSize = " + cohortSize + ": must be <= maxSampleSize = "
            + maxSampleSize);
      }
      return new Blrm(this);
    }
  }
}
