package org.escalon.simulation.design.crm;

/**
 * CRM skeletons by the indifference-interval method of Lee and Cheung (2009), exactly as R {@code dfcrm::getprior}.
 *
 * <p>Lee SM, Cheung YK (2009) Model calibration in the continual reassessment method. Clin Trials 6:227–238,
 * doi:10.1177/1740774509105076.
 *
 * <p>Given the target t, a half-width δ and the prior MTD level ν, the skeleton makes the indifference intervals of
 * neighbouring doses meet at t ± δ: the dose labels x_k satisfy x_ν = the target's label and, going up, the β at
 * which dose k has probability t − δ is the β at which dose k + 1 has t + δ. dfcrm computes this recursively; the
 * recursion has the closed form
 * <pre>
 *   empiric:   s_k = t ^ (r^(k − ν)),              r = log(t + δ) / log(t − δ)
 *   logistic:  x_k = (logit(t) − a) · r^(k − ν),   r = (logit(t + δ) − a) / (logit(t − δ) − a),
 *              s_k = 1 / (1 + exp(−a − x_k))
 * </pre>
 * (a = the logistic intercept, 3 in dfcrm). Both are increasing in k because r &lt; 1 (empiric) and r &gt; 0 with
 * |logit(t + δ) − a| &lt; |logit(t − δ) − a| (logistic).
 *
 * <p>Stateless.
 */
public final class CrmSkeleton {

  /** dfcrm's default logistic intercept. */
  public static final double DEFAULT_INTERCEPT = 3;

  private CrmSkeleton() {}

  /**
   * {@code getprior(halfwidth, target, nu, nlevel, model)} with intercept 3.
   *
   * @param halfwidth δ, with 0 &lt; t − δ and t + δ &lt; 1
   * @param target t in (0, 1)
   * @param nu the prior MTD level, 1..nlevel
   * @param nlevel the number of doses, ≥ 1
   * @param model empiric or logistic
   * @return {@code getprior(halfwidth, target, nu, nlevel, model)} with intercept 3
   */
  public static double[] getprior(double halfwidth, double target, int nu, int nlevel, CrmModel model) {
    return getprior(halfwidth, target, nu, nlevel, model, DEFAULT_INTERCEPT);
  }

  /**
   * {@code getprior(halfwidth, target, nu, nlevel, model, intcpt)}: the recursion of dfcrm (see the class comment
   * for its closed form, which the tests check it against).
   *
   * @param halfwidth δ, with 0 &lt; t − δ and t + δ &lt; 1
   * @param target t in (0, 1)
   * @param nu the prior MTD level, 1..nlevel
   * @param nlevel the number of doses, ≥ 1
   * @param model empiric or logistic
   * @param intercept the logistic intercept a (ignored by the empiric model); the logistic model needs
   * logit(t + δ) &lt; a
   * @return {@code getprior(halfwidth, target, nu, nlevel, model, intcpt)}: the recursion of dfcrm (see the class
   *     comment for its closed form, which the tests check it against)
   */
  public static double[] getprior(double halfwidth, double target, int nu, int nlevel, CrmModel model,
      double intercept) {
    check(halfwidth, target, nu, nlevel, model, intercept);
    double[] x = new double[nlevel];
    int v = nu - 1;
    if (model == CrmModel.EMPIRIC) {
      double lo = Math.log(target - halfwidth);
      double hi = Math.log(target + halfwidth);
      x[v] = target;
      for (int k = v; k >= 1; k--) {
        double b = Math.log(hi / Math.log(x[k]));
        x[k - 1] = Math.exp(lo / Math.exp(b));
      }
      for (int k = v; k < nlevel - 1; k++) {
        double b = Math.log(lo / Math.log(x[k]));
        x[k + 1] = Math.exp(hi / Math.exp(b));
      }
      return x;
    }
    double lo = logit(target - halfwidth) - intercept;
    double hi = logit(target + halfwidth) - intercept;
    x[v] = logit(target) - intercept;
    for (int k = v; k >= 1; k--) {
      double b = Math.log(hi / x[k]);
      x[k - 1] = lo / Math.exp(b);
    }
    for (int k = v; k < nlevel - 1; k++) {
      double b = Math.log(lo / x[k]);
      x[k + 1] = hi / Math.exp(b);
    }
    double[] s = new double[nlevel];
    for (int k = 0; k < nlevel; k++) {
      s[k] = 1 / (1 + Math.exp(-intercept - x[k]));
    }
    return s;
  }

  /**
   * The default skeleton when none is given (our choice, documented in {@code docs/designs.md}): getprior with
   * δ = 0.25·t, ν = ⌈K/2⌉ (the middle dose) and the logistic intercept 3.
   *
   * @param target t in (0, 1)
   * @param nlevel the number of doses, ≥ 1
   * @param model empiric or logistic
   * @return the default skeleton when none is given (our choice, documented in {@code docs/designs.md}): getprior with
   *     δ = 0.25·t, ν = ⌈K/2⌉ (the middle dose) and the logistic intercept 3
   */
  public static double[] defaultSkeleton(double target, int nlevel, CrmModel model) {
    return getprior(0.25 * target, target, (nlevel + 1) / 2, nlevel, model, DEFAULT_INTERCEPT);
  }

  /**
   * A copy of {@code skeleton} after checking that it increases with dose (the CRM's skeletons must).
   *
   * @param skeleton prior DLT probabilities per dose (not modified)
   * @return a copy of {@code skeleton} after checking that it increases with dose (the CRM's skeletons must)
   */
  public static double[] checkIncreasing(double[] skeleton) {
    for (int j = 1; j < skeleton.length; j++) {
      if (!(skeleton[j] > skeleton[j - 1])) {
        throw new IllegalArgumentException("skeleton = " + java.util.Arrays.toString(skeleton) + ": must increase "
            + "with dose (skeleton[" + (j + 1) + "] = " + skeleton[j] + " is not above skeleton[" + j + "] = "
            + skeleton[j - 1] + ")");
      }
    }
    return skeleton.clone();
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  private static void check(double halfwidth, double target, int nu, int nlevel, CrmModel model, double intercept) {
    if (model == null) {
      throw new IllegalArgumentException("model must be empiric or logistic, not null");
    }
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1)");
    }
    if (!(halfwidth > 0 && target - halfwidth > 0 && target + halfwidth < 1)) {
      throw new IllegalArgumentException("halfwidth = " + halfwidth + ": must be > 0 with target - halfwidth > 0 "
          + "and target + halfwidth < 1 (target = " + target + ")");
    }
    if (nlevel < 1 || nlevel > 100) {
      throw new IllegalArgumentException("nlevel = " + nlevel + ": must be in 1..100");
    }
    if (nu < 1 || nu > nlevel) {
      throw new IllegalArgumentException("nu = " + nu + ": must be in 1.." + nlevel + " (the number of doses)");
    }
    if (model == CrmModel.LOGISTIC) {
      if (!Double.isFinite(intercept)) {
        throw new IllegalArgumentException("intercept = " + intercept + ": must be finite");
      }
      if (!(logit(target + halfwidth) < intercept)) {
        throw new IllegalArgumentException("halfwidth = " + halfwidth + ": target + halfwidth = "
            + (target + halfwidth) + " must be below logit^-1(intercept) = " + 1 / (1 + Math.exp(-intercept))
            + " for the logistic model");
      }
    }
  }
}
