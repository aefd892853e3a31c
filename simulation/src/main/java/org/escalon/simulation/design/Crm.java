package org.escalon.simulation.design;

import java.util.Arrays;
import java.util.Locale;
import org.escalon.simulation.design.crm.CrmFit;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmPosterior;
import org.escalon.simulation.design.crm.CrmSkeleton;

/**
 * The continual reassessment method (O'Quigley, Pepe and Fisher 1990, Biometrics 46:33, doi:10.2307/2531628) with
 * the model, fit and trial conduct of R {@code dfcrm} ({@code crm()}, {@code crmsim()}; Cheung 2011, Dose Finding
 * by the Continual Reassessment Method, Chapman &amp; Hall/CRC).
 *
 * <h2>Model and fit</h2>
 * {@link CrmPosterior}: empiric p_j = s_j^exp(β) or logistic p_j = logit⁻¹(a + exp(β)·x_j), β ~ N(0, scale²).
 * After each cohort the posterior mean of β is computed by quadrature from all patients so far, and the
 * <b>recommended</b> level is dfcrm's {@code mtd}: the plug-in estimates p_j(E[β]) (not the posterior-mean DLT
 * probabilities) closest to the target; all above → 1, all below → K, ties → the lower level.
 *
 * <h2>Conduct (as {@code crmsim} with {@code restrict = TRUE} and a single start dose x0)</h2>
 * <pre>
 *   first cohort: the start dose
 *   after a cohort of size c with y_c DLTs at level d (the current dose):
 *     next = recommended
 *     if y_c / c ≥ target:  next = min(next, d)        (no escalation right after a toxic cohort)
 *     else:                 next = min(next, d + 1)    (escalate at most one level above the last cohort)
 *     de-escalation may skip levels
 *   the trial stops when the sample size N (patients, a multiple of c) is reached
 *   MTD = the recommended level of the final data
 * </pre>
 * With {@code restrict(false)} the recommended level is used as it is (dfcrm {@code restrict = FALSE}).
 *
 * <h2>Safety options (off by default, for dfcrm parity)</h2>
 * <ul>
 *   <li>{@link Builder#stopWhenLowestTooToxic(double) stopWhenLowestTooToxic(c)} (usually c = 0.9): stop with no MTD
 *       when Pr(p_1 &gt; target | data) &gt; c, computed by quadrature after every cohort; the MTD selection
 *       re-applies the rule to the final data (no MTD when it holds).</li>
 *   <li>{@link Builder#deescalateOneLevel(boolean) deescalateOneLevel(true)}: de-escalate at most one level per
 *       cohort (no skipping downwards).</li>
 *   <li>The generic decorators of {@link EscalationDesign} (stop at N, stop when m at a dose, no skipping above the
 *       highest dose tried) apply as to every design.</li>
 * </ul>
 *
 * <p>The decision reads the last cohort ({@link #decidesFromLastCohort()}), so exact operating characteristics keep
 * it in their states. Immutable and thread-safe; build with {@link #builder(double, double[])}.
 */
public final class Crm implements EscalationDesign {

  private final CrmPosterior posterior;
  private final double target;
  private final int cohortSize;
  private final int sampleSize;
  private final int startDose;
  private final double confLevel;
  private final boolean restrict;
  private final double lowestTooToxic; // NaN: off
  private final boolean deescalateOneLevel;
  private final RecommendationCache cache;
  private volatile DecisionTable table;

  private Crm(Builder b) {
    this.posterior = CrmPosterior.of(b.model, b.skeleton, b.intercept, b.scale);
    this.target = b.target;
    this.cohortSize = b.cohortSize;
    this.sampleSize = b.sampleSize;
    this.startDose = b.startDose;
    this.confLevel = b.confLevel;
    this.restrict = b.restrict;
    this.lowestTooToxic = b.lowestTooToxic;
    this.deescalateOneLevel = b.deescalateOneLevel;
    this.cache = new RecommendationCache(posterior.doseCount(), cohortSize);
  }

  /**
   * A builder for target t in [0.05, 0.6] (the range of every design here) and a skeleton (1..100 increasing prior
   * DLT probabilities, one per dose, e.g. from {@link CrmSkeleton#getprior}).
   *
   * @param target the target DLT probability in (0, 1)
   * @param skeleton prior DLT probabilities, increasing (e.g. {@code CrmSkeleton.getprior(...)})
   * @return a builder for target t in [0.05, 0.6] (the range of every design here) and a skeleton (1..100 increasing
   *     prior DLT probabilities, one per dose, e.g
   */
  public static Builder builder(double target, double[] skeleton) {
    return new Builder(target, skeleton);
  }

  /**
   * The posterior (model, skeleton, intercept, scale).
   *
   * @return the posterior (model, skeleton, intercept, scale)
   */
  public CrmPosterior posterior() {
    return posterior;
  }

  /**
   * The target DLT probability.
   *
   * @return the target DLT probability
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
   * The sample size in patients.
   *
   * @return the sample size in patients
   */
  public int sampleSize() {
    return sampleSize;
  }

  /**
   * Whether dfcrm's restrictions are on ({@code restrict = TRUE}, the default).
   *
   * @return whether dfcrm's restrictions are on ({@code restrict = TRUE}, the default)
   */
  public boolean restrict() {
    return restrict;
  }

  /**
   * The cutoff of the optional toxicity stop at the lowest dose, NaN when off.
   *
   * @return the cutoff of the optional toxicity stop at the lowest dose, NaN when off
   */
  public double lowestTooToxicCutoff() {
    return lowestTooToxic;
  }

  /**
   * Whether de-escalation is limited to one level.
   *
   * @return whether de-escalation is limited to one level
   */
  public boolean deescalateOneLevel() {
    return deescalateOneLevel;
  }

  /**
   * The level of the credible bounds reported by {@link #fit}.
   *
   * @return the level of the credible bounds reported by {@link #fit}
   */
  public double confLevel() {
    return confLevel;
  }

  /**
   * The dfcrm {@code crm()} fit of a history's counts (what {@code next-dose} prints). Its
   * {@link CrmFit#recommended()} is the model's level before the conduct rules; {@link #decide} applies them.
   *
   * @param history the trial so far (its dose count must equal {@link #doseCount()})
   * @return the dfcrm {@code crm()} fit of a history's counts (what {@code next-dose} prints)
   */
  public CrmFit fit(TrialHistory history) {
    checkHistory(history);
    return posterior.fit(history.nArray(), history.yArray(), target, confLevel);
  }

  /**
   * Pr(p_1 &gt; target | data) by quadrature (the quantity of the optional toxicity stop).
   *
   * @param history the trial so far (its dose count must equal {@link #doseCount()})
   * @return Pr(p_1 &gt; target | data) by quadrature (the quantity of the optional toxicity stop)
   */
  public double probabilityLowestAboveTarget(TrialHistory history) {
    checkHistory(history);
    return posterior.probabilityAbove(history.nArray(), history.yArray(), 1, target);
  }

  @Override
  public String name() {
    StringBuilder sb = new StringBuilder("CRM(").append(posterior.model().key());
    sb.append(", target=").append(fmt(target)).append(", skeleton=[");
    double[] s = posterior.skeleton();
    for (int j = 0; j < s.length; j++) {
      sb.append(j == 0 ? "" : ",").append(fmt(s[j]));
    }
    sb.append("], cohort=").append(cohortSize).append(", N=").append(sampleSize);
    if (startDose != 1) {
      sb.append(", start=").append(startDose);
    }
    if (posterior.model() == CrmModel.LOGISTIC && posterior.intercept() != CrmSkeleton.DEFAULT_INTERCEPT) {
      sb.append(", intercept=").append(fmt(posterior.intercept()));
    }
    if (posterior.scale() != CrmPosterior.DEFAULT_SCALE) {
      sb.append(", scale=").append(fmt(posterior.scale()));
    }
    if (!restrict) {
      sb.append(", unrestricted");
    }
    if (!Double.isNaN(lowestTooToxic)) {
      sb.append(", stopWhenLowestTooToxic=").append(fmt(lowestTooToxic));
    }
    if (deescalateOneLevel) {
      sb.append(", deescalateOneLevel");
    }
    return sb.append(')').toString();
  }

  static String fmt(double v) { return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", ""); }

  @Override
  public int doseCount() {
    return posterior.doseCount();
  }

  @Override
  public int startDose() {
    return startDose;
  }

  @Override
  public int maxSampleSize() {
    return sampleSize;
  }

  @Override
  public int maxCohortSize() {
    return cohortSize;
  }

  @Override
  public boolean decidesFromLastCohort() {
    return restrict;
  }

  @Override
  public Recommendation decide(TrialHistory h) {
    checkHistory(h);
    int patients = h.patients();
    if (patients == 0) {
      return cache.proceed(Decision.S, startDose, Math.min(cohortSize, sampleSize));
    }
    int[] n = h.nArray();
    int[] y = h.yArray();
    int current = h.currentDose();
    int next = conduct(h, posterior.recommend(posterior.betaMean(n, y), target), current);
    Decision decision = next > current ? Decision.E : next == current ? Decision.S : Decision.D;
    if (patients >= sampleSize) {
      return cache.stop(decision, StopReason.SAMPLE_SIZE);
    }
    if (lowestTooToxic(n, y)) {
      return cache.stop(Decision.D, StopReason.TOO_TOXIC);
    }
    return cache.proceed(decision, next, Math.min(cohortSize, sampleSize - patients));
  }

  /** The conduct rules of the class comment applied to the model's recommended level. */
  private int conduct(TrialHistory h, int recommended, int current) {
    int next = recommended;
    if (restrict) {
      int size = h.lastCohortSize();
      int dlts = h.lastCohortDlts();
      if (size < 1) {
        throw new IllegalArgumentException("the history does not record its last cohort (size " + size + ")");
      }
      next = (double) dlts / size >= target ? Math.min(next, current) : Math.min(next, current + 1);
    }
    if (deescalateOneLevel) {
      next = Math.max(next, current - 1);
    }
    return next;
  }

  private boolean lowestTooToxic(int[] n, int[] y) {
    return !Double.isNaN(lowestTooToxic) && posterior.probabilityAbove(n, y, 1, target) > lowestTooToxic;
  }

  /** dfcrm's recommended level of the final data; 0 when the optional toxicity stop holds for them. */
  @Override
  public int selectMtd(TrialHistory h) {
    checkHistory(h);
    int[] n = h.nArray();
    int[] y = h.yArray();
    if (lowestTooToxic(n, y)) {
      return 0;
    }
    return posterior.recommend(posterior.betaMean(n, y), target);
  }

  /**
   * For audit only (a model-based design has no (n, y) table that drives it): for n = 1..N patients all treated
   * at the start dose with y DLTs, E, S or D as the model's recommended level is above, at or below the start dose
   * (conduct rules not applied). Computed on first use.
   */
  @Override
  public DecisionTable decisionTable() {
    DecisionTable t = table;
    if (t == null) {
      int k = doseCount();
      t = DecisionTable.of(sampleSize, (nn, yy) -> {
        int[] n = new int[k];
        int[] y = new int[k];
        n[startDose - 1] = nn;
        y[startDose - 1] = yy;
        int r = posterior.recommend(posterior.betaMean(n, y), target);
        return r > startDose ? Decision.E : r == startDose ? Decision.S : Decision.D;
      });
      table = t;
    }
    return t;
  }

  @Override
  public String toString() { return name(); }

  /** Builder for {@link Crm}; defaults follow dfcrm (see each setter). Mutable; not thread-safe. */
  public static final class Builder {
    private final double target;
    private final double[] skeleton;
    private CrmModel model = CrmModel.EMPIRIC;
    private double intercept = CrmSkeleton.DEFAULT_INTERCEPT;
    private double scale = CrmPosterior.DEFAULT_SCALE;
    private int cohortSize = 1;
    private int sampleSize = -1;
    private int startDose = 1;
    private double confLevel = 0.9;
    private boolean restrict = true;
    private double lowestTooToxic = Double.NaN;
    private boolean deescalateOneLevel;

    Builder(double target, double[] skeleton) {
      if (!(target >= 0.05 && target <= 0.6)) {
        throw new IllegalArgumentException("target = " + target + ": must be in [0.05, 0.6]");
      }
      if (skeleton == null || skeleton.length < 1 || skeleton.length > 100) {
        throw new IllegalArgumentException("skeleton = " + (skeleton == null ? "null" : Arrays.toString(skeleton))
            + ": must have 1..100 doses");
      }
      this.target = target;
      this.skeleton = CrmSkeleton.checkIncreasing(skeleton);
    }

    /**
     * The model (default empiric, as dfcrm).
     *
     * @param m the model (default empiric, as dfcrm)
     * @return this builder
     */
    public Builder model(CrmModel m) {
      if (m == null) {
        throw new IllegalArgumentException("model must be empiric or logistic, not null");
      }
      this.model = m;
      return this;
    }

    /**
     * The logistic intercept a (default 3, dfcrm {@code intcpt}); finite.
     *
     * @param a the logistic intercept a (default 3, dfcrm {@code intcpt}); finite
     * @return this builder
     */
    public Builder intercept(double a) {
      if (!Double.isFinite(a)) {
        throw new IllegalArgumentException("intercept = " + a + ": must be finite");
      }
      this.intercept = a;
      return this;
    }

    /**
     * The prior standard deviation of β (default √1.34, dfcrm {@code scale}); in (0, 100].
     *
     * @param s the prior standard deviation of β (default √1.34, dfcrm {@code scale}); in (0, 100]
     * @return this builder
     */
    public Builder scale(double s) {
      if (!(s > 0 && s <= 100)) {
        throw new IllegalArgumentException("scale = " + s + ": must be in (0, 100]");
      }
      this.scale = s;
      return this;
    }

    /**
     * Patients per cohort (default 1, dfcrm {@code mcohort}); 1..100.
     *
     * @param c patients per cohort (default 1, dfcrm {@code mcohort}); 1..100
     * @return this builder
     */
    public Builder cohortSize(int c) {
      this.cohortSize = DesignChecks.range("cohortSize", c, 1, 100);
      return this;
    }

    /**
     * The sample size in patients (required, dfcrm {@code n}); a multiple of the cohort size, 1..1000.
     *
     * @param n the sample size in patients (required, dfcrm {@code n}); a multiple of the cohort size, 1..1000
     * @return this builder
     */
    public Builder sampleSize(int n) {
      this.sampleSize = DesignChecks.range("sampleSize", n, 1, IntervalDesign.Builder.MAX_SAMPLE_SIZE);
      return this;
    }

    /**
     * The start dose level (default 1; dfcrm {@code x0}).
     *
     * @param d the start dose level (default 1; dfcrm {@code x0})
     * @return this builder
     */
    public Builder startDose(int d) {
      this.startDose = d;
      return this;
    }

    /**
     * The level of the reported credible bounds (default 0.9, dfcrm {@code conf.level}); in (0, 1).
     *
     * @param c the level of the reported credible bounds (default 0.9, dfcrm {@code conf.level}); in (0, 1)
     * @return this builder
     */
    public Builder confLevel(double c) {
      if (!(c > 0 && c < 1)) {
        throw new IllegalArgumentException("confLevel = " + c + ": must be in (0, 1)");
      }
      this.confLevel = c;
      return this;
    }

    /**
     * dfcrm {@code restrict} (default true): no escalation after a toxic cohort, at most one level up.
     *
     * @param on {@code true} for dfcrm's {@code restrict} (default true): no escalation after a toxic cohort, at most one
     *     level up
     * @return this builder
     */
    public Builder restrict(boolean on) {
      this.restrict = on;
      return this;
    }

    /**
     * Safety option (default off): stop with no MTD when Pr(p_1 &gt; target | data) &gt; {@code cutoff}; a usual
     * choice is 0.9. NaN switches it off.
     *
     * @param cutoff safety option (default off): stop with no MTD when Pr(p_1 &gt; target | data) &gt; {@code cutoff};
     *     a usual choice is 0.9
     * @return this builder
     */
    public Builder stopWhenLowestTooToxic(double cutoff) {
      if (!Double.isNaN(cutoff) && !(cutoff >= 0.5 && cutoff < 1)) {
        throw new IllegalArgumentException("stopWhenLowestTooToxic = " + cutoff + ": must be in [0.5, 1) (or NaN "
            + "for off)");
      }
      this.lowestTooToxic = cutoff;
      return this;
    }

    /**
     * Safety option (default off): de-escalate at most one level per cohort.
     *
     * @param on {@code true} to de-escalate at most one level per cohort
     * @return this builder
     */
    public Builder deescalateOneLevel(boolean on) {
      this.deescalateOneLevel = on;
      return this;
    }

    /**
     * Validates the combination and builds the design.
     *
     * @return the design
     */
    public Crm build() {
      int k = skeleton.length;
      if (sampleSize < 0) {
        throw new IllegalArgumentException("sampleSize: missing (required): the number of patients, a multiple of "
            + "the cohort size");
      }
      if (sampleSize % cohortSize != 0) {
        throw new IllegalArgumentException("sampleSize = " + sampleSize + ": must be a multiple of the cohort size "
            + cohortSize + " (dfcrm: 'Number of patients is not multiple of cohort size')");
      }
      if (startDose < 1 || startDose > k) {
        throw new IllegalArgumentException("startDose = " + startDose + ": must be in 1.." + k);
      }
      return new Crm(this);
    }
  }
}
