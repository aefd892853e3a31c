package org.escalon.simulation.design.crm;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The CRM model fit of R {@code dfcrm}: {@code crm()} for counts per dose and {@code titecrm()} for weighted
 * patients. β ~ N(0, scale²) a priori (dfcrm: {@code scale = sqrt(1.34)}); the likelihood of patient i at dose j_i
 * with DLT indicator y_i and weight w_i (1 in {@code crm()}, and 1 for every DLT) is
 * <pre>
 *   p_{j_i}(β)^{y_i} · (1 − w_i·p_{j_i}(β))^{1 − y_i}
 * </pre>
 * The posterior mean and variance of β are computed by deterministic quadrature over the whole real line
 * (the mean to about 1e−10 or better, the variance and posterior-mean DLT probabilities to far below 1e−9; see
 * docs/designs.md, "Quadrature"). A fit and a decision on the same data use the same posterior mean bit for bit. dfcrm
 * integrates the normalising constant over the real
 * line but the first and second moments over [−10, 10]; the difference is the posterior mass beyond |β| = 10,
 * which is below the prior's (3e−18) divided by the normalising constant — zero for any real trial.
 *
 * <p>The recommendation ({@link CrmFit#recommended()}) uses the plug-in estimates {@code ptox} at the posterior
 * mean of β, as dfcrm does — not the posterior-mean DLT probabilities, which are reported separately.
 *
 * <p>Immutable and thread-safe; each call works on its own scratch.
 */
public final class CrmPosterior {

  /** dfcrm's default prior standard deviation of β, √1.34. */
  public static final double DEFAULT_SCALE = Math.sqrt(1.34);

  private final CrmModel model;
  private final double[] skeleton;
  private final double[] labels; // the model's x_j
  private final double[] quadLabels; // empiric: log x_j; logistic: x_j
  private final double intercept;
  private final double scale;

  private CrmPosterior(CrmModel model, double[] skeleton, double intercept, double scale) {
    if (model == null) {
      throw new IllegalArgumentException("model must be empiric or logistic, not null");
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale = " + scale + ": must be a finite number > 0");
    }
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("intercept = " + intercept + ": must be finite");
    }
    this.model = model;
    this.skeleton = skeleton == null ? null : skeleton.clone();
    this.labels = model.doseLabels(this.skeleton, intercept);
    this.quadLabels = labels.clone();
    if (model == CrmModel.EMPIRIC) {
      for (int j = 0; j < labels.length; j++) {
        quadLabels[j] = Math.log(labels[j]);
      }
    }
    this.intercept = intercept;
    this.scale = scale;
  }

  /**
   * The model with dfcrm's defaults: intercept 3 (logistic), scale √1.34.
   *
   * @param model empiric or logistic
   * @param skeleton prior DLT probabilities per dose, each in (0, 1) (logistic: below logit⁻¹(intercept))
   * @return the model with dfcrm's defaults: intercept 3 (logistic), scale √1.34
   */
  public static CrmPosterior of(CrmModel model, double[] skeleton) {
    return of(model, skeleton, CrmSkeleton.DEFAULT_INTERCEPT, DEFAULT_SCALE);
  }

  /**
   * The posterior of the CRM's β under a normal prior N(0, scale²), set up for a model and skeleton (dfcrm {@code
   * crm}).
   *
   * @param model empiric or logistic
   * @param skeleton prior DLT probabilities per dose, each in (0, 1) (logistic: below logit⁻¹(intercept))
   * @param intercept the logistic intercept a (dfcrm {@code intcpt}; ignored by the empiric model)
   * @param scale the prior standard deviation of β, &gt; 0
   * @return the posterior over β for this model, skeleton, intercept and prior scale (nothing fitted yet)
   */
  public static CrmPosterior of(CrmModel model, double[] skeleton, double intercept, double scale) {
    return new CrmPosterior(model, skeleton, intercept, scale);
  }

  /**
   * The model.
   *
   * @return the model
   */
  public CrmModel model() {
    return model;
  }

  /**
   * The skeleton (a copy).
   *
   * @return the skeleton (a copy)
   */
  public double[] skeleton() {
    return skeleton.clone();
  }

  /**
   * The dose labels x_j (dfcrm {@code dosescaled}; a copy).
   *
   * @return the dose labels x_j (dfcrm {@code dosescaled}; a copy)
   */
  public double[] doseLabels() {
    return labels.clone();
  }

  /**
   * The logistic intercept.
   *
   * @return the logistic intercept
   */
  public double intercept() {
    return intercept;
  }

  /**
   * The prior standard deviation of β.
   *
   * @return the prior standard deviation of β
   */
  public double scale() {
    return scale;
  }

  /**
   * The number of doses.
   *
   * @return the number of doses
   */
  public int doseCount() {
    return labels.length;
  }

  /**
   * {@code dfcrm::crm(prior, target, tox, level, conf.level)} from counts per dose.
   *
   * @param n patients per dose (index 0 = dose 1)
   * @param y DLTs per dose, 0 ≤ y_j ≤ n_j
   * @param target the target DLT probability in (0, 1)
   * @param confLevel the level of ptoxLower/ptoxUpper in (0, 1) (dfcrm default 0.9)
   * @return the fit, as {@code dfcrm::crm(prior, target, tox, level, conf.level)} from counts per dose
   */
  public CrmFit fit(int[] n, int[] y, double target, double confLevel) {
    checkTarget(target, confLevel);
    Quadrature q = counts(n, y);
    q.integrateFully(labels.length);
    return result(q, target, confLevel);
  }

  /**
   * {@code dfcrm::titecrm(prior, target, tox, level, weights = w)}: per-patient data with weights (a DLT counts
   * with weight 1 whatever its given weight, as in dfcrm).
   *
   * @param level dose level (1-based) of each patient
   * @param dlt whether each patient had a DLT
   * @param weight each patient's weight in [0, 1]
   * @param target the target DLT probability in (0, 1)
   * @param confLevel the level of ptoxLower/ptoxUpper in (0, 1) (dfcrm default 0.9)
   * @return the fit, as {@code dfcrm::titecrm(prior, target, tox, level, weights = w)}
   */
  public CrmFit fitWeighted(int[] level, boolean[] dlt, double[] weight, double target, double confLevel) {
    checkTarget(target, confLevel);
    Quadrature q = weighted(level, dlt, weight);
    q.integrateFully(labels.length);
    return result(q, target, confLevel);
  }

  /**
   * Hot path: the posterior mean of β from counts (as {@link #fit}, nothing else computed).
   *
   * @param n patients per dose (index 0 = dose 1)
   * @param y DLTs per dose, 0 ≤ y_j ≤ n_j
   * @return the posterior mean of β
   */
  public double betaMean(int[] n, int[] y) {
    Quadrature q = counts(n, y);
    q.integrate();
    return q.mean();
  }

  /**
   * Hot path: the posterior mean of β from weighted patients (as {@link #fitWeighted}).
   *
   * @param level dose level (1-based) of each patient
   * @param dlt whether each patient had a DLT
   * @param weight each patient's weight in [0, 1]
   * @return the posterior mean of β
   */
  public double betaMeanWeighted(int[] level, boolean[] dlt, double[] weight) {
    Quadrature q = weighted(level, dlt, weight);
    q.integrate();
    return q.mean();
  }

  /**
   * Pr(p_dose &gt; target | data) for counts, by quadrature: p falls with β, so this is Pr(β &lt; β*) with
   * p_dose(β*) = target.
   *
   * @param n patients per dose (index 0 = dose 1)
   * @param y DLTs per dose, 0 ≤ y_j ≤ n_j
   * @param doseLevel the dose level, 1..K
   * @param target the target DLT probability in (0, 1)
   * @return Pr(p_dose &gt; target | data) for counts, by quadrature: p falls with β, so this is Pr(β &lt; β*) with
   *     p_dose(β*) = target
   */
  public double probabilityAbove(int[] n, int[] y, int doseLevel, double target) {
    if (doseLevel < 1 || doseLevel > labels.length) {
      throw new IllegalArgumentException("doseLevel = " + doseLevel + ": must be in 1.." + labels.length);
    }
    checkTarget(target, 0.5);
    Quadrature q = counts(n, y);
    q.integrate();
    return q.cdf(model.betaAtProbability(labels[doseLevel - 1], target, intercept));
  }

  /**
   * Pr(p_dose &gt; target | data) for weighted patients (as {@link #probabilityAbove}).
   *
   * @param level dose level (1-based) of each patient
   * @param dlt whether each patient had a DLT
   * @param weight each patient's weight in [0, 1]
   * @param doseLevel the dose level, 1..K
   * @param target the target DLT probability in (0, 1)
   * @return Pr(p_dose &gt; target | data) for weighted patients (as {@link #probabilityAbove})
   */
  public double probabilityAboveWeighted(int[] level, boolean[] dlt, double[] weight, int doseLevel, double target) {
    if (doseLevel < 1 || doseLevel > labels.length) {
      throw new IllegalArgumentException("doseLevel = " + doseLevel + ": must be in 1.." + labels.length);
    }
    checkTarget(target, 0.5);
    Quadrature q = weighted(level, dlt, weight);
    q.integrate();
    return q.cdf(model.betaAtProbability(labels[doseLevel - 1], target, intercept));
  }

  /**
   * The plug-in DLT probability of dose level {@code doseLevel} at β.
   *
   * @param doseLevel the dose level, 1..K
   * @param beta the model parameter β
   * @return the plug-in DLT probability of dose level {@code doseLevel} at β
   */
  public double probability(int doseLevel, double beta) {
    return model.probability(labels[doseLevel - 1], beta, intercept);
  }

  /**
   * dfcrm's recommendation from the plug-in estimates at β, without allocating: all p_j(β) ≤ target → K; else all
   * ≥ target → 1; else the first level with the smallest |p_j(β) − target|.
   *
   * @param beta the model parameter β (e.g. the posterior mean)
   * @param target the target DLT probability in (0, 1)
   * @return the recommended dose level, 1..K
   */
  public int recommend(double beta, double target) {
    int k = labels.length;
    boolean allBelow = true;
    boolean allAbove = true;
    int best = 0;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double p = model.probability(labels[j], beta, intercept);
      allBelow &= p <= target;
      allAbove &= p >= target;
      double dist = Math.abs(p - target);
      if (dist < bestDist) {
        bestDist = dist;
        best = j + 1;
      }
    }
    return recommendFrom(allBelow, allAbove, best, k);
  }

  /**
   * dfcrm's recommendation from given estimates (1-based; see {@link CrmFit}).
   *
   * @param ptox plug-in DLT probabilities at {@code betaMean}
   * @param target the target DLT probability in (0, 1)
   * @return the recommended dose level, 1..K
   */
  public static int recommend(double[] ptox, double target) {
    boolean allBelow = true;
    boolean allAbove = true;
    int best = 0;
    double bestDist = Double.POSITIVE_INFINITY;
    for (int j = 0; j < ptox.length; j++) {
      allBelow &= ptox[j] <= target;
      allAbove &= ptox[j] >= target;
      double dist = Math.abs(ptox[j] - target);
      if (dist < bestDist) {
        bestDist = dist;
        best = j + 1;
      }
    }
    return recommendFrom(allBelow, allAbove, best, ptox.length);
  }

  private static int recommendFrom(boolean allBelow, boolean allAbove, int best, int k) {
    if (allBelow) {
      return k;
    }
    if (allAbove) {
      return 1;
    }
    return best;
  }

  private Quadrature counts(int[] n, int[] y) {
    int k = labels.length;
    if (n == null || y == null || n.length != k || y.length != k) {
      throw new IllegalArgumentException("n and y must have one entry per dose (" + k + ")");
    }
    Quadrature q = new Quadrature(model, quadLabels, intercept, scale, k);
    for (int j = 0; j < k; j++) {
      if (n[j] < 0 || y[j] < 0 || y[j] > n[j]) {
        throw new IllegalArgumentException("dose " + (j + 1) + ": n = " + n[j] + ", y = " + y[j]
            + ": need 0 <= y <= n");
      }
      q.add(j, y[j], n[j] - y[j], 1);
    }
    return q;
  }

  private Quadrature weighted(int[] level, boolean[] dlt, double[] weight) {
    int k = labels.length;
    if (level == null || dlt == null || weight == null || level.length != dlt.length
        || level.length != weight.length) {
      throw new IllegalArgumentException("level, dlt and weight must be non-null arrays of the same length");
    }
    double[] dlts = new double[k];
    double[] complete = new double[k];
    int partial = 0;
    for (int i = 0; i < level.length; i++) {
      if (level[i] < 1 || level[i] > k) {
        throw new IllegalArgumentException("level[" + i + "] = " + level[i] + ": must be in 1.." + k);
      }
      if (!(weight[i] >= 0 && weight[i] <= 1)) {
        throw new IllegalArgumentException("weight[" + i + "] = " + weight[i] + ": must be in [0, 1]");
      }
      if (dlt[i]) {
        dlts[level[i] - 1]++;
      } else if (weight[i] == 1) {
        complete[level[i] - 1]++;
      } else if (weight[i] > 0) {
        partial++;
      }
    }
    Quadrature q = new Quadrature(model, quadLabels, intercept, scale, k + partial);
    for (int j = 0; j < k; j++) {
      q.add(j, dlts[j], complete[j], 1);
    }
    for (int i = 0; i < level.length; i++) {
      if (!dlt[i] && weight[i] > 0 && weight[i] < 1) {
        q.add(level[i] - 1, 0, 1, weight[i]);
      }
    }
    return q;
  }

  private CrmFit result(Quadrature q, double target, double confLevel) {
    double mean = q.mean();
    double var = q.variance();
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + confLevel / 2);
    double lb = mean - z * Math.sqrt(var);
    double ub = mean + z * Math.sqrt(var);
    int k = labels.length;
    double[] ptox = new double[k];
    double[] lower = new double[k];
    double[] upper = new double[k];
    for (int j = 0; j < k; j++) {
      ptox[j] = model.probability(labels[j], mean, intercept);
      lower[j] = model.probability(labels[j], ub, intercept);
      upper[j] = model.probability(labels[j], lb, intercept);
    }
    return new CrmFit(model, target, confLevel, mean, var, ptox, lower, upper, q.meanProbabilities(k),
        recommend(ptox, target));
  }

  private static void checkTarget(double target, double confLevel) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (!(confLevel > 0 && confLevel < 1)) {
      throw new IllegalArgumentException("confLevel = " + confLevel + ": must be in (0, 1)");
    }
  }
}
