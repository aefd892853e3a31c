package org.escalon.simulation.design.crm;

import java.util.Arrays;

/**
 * What R {@code dfcrm::crm()} (and {@code titecrm()}) returns, plus the posterior-mean DLT probabilities.
 *
 * <pre>
 *   betaMean  = E[β | data],  betaVar = Var[β | data]                 (dfcrm: estimate, post.var)
 *   ptox_j    = p_j(betaMean)                                          (plug-in; dfcrm's ptox)
 *   ptoxLower_j = p_j(betaMean + z·√betaVar),  ptoxUpper_j = p_j(betaMean − z·√betaVar),
 *               z = Φ⁻¹(0.5 + confLevel/2)                             (dfcrm's ptoxL, ptoxU)
 *   postMeanDltProb_j = E[p_j(β) | data]                               (not in dfcrm; not used to recommend)
 *   recommended = dfcrm's mtd, from ptox: all ptox ≤ target → K; else all ptox ≥ target → 1;
 *                 else the first level with the smallest |ptox_j − target| (ties → the lower level)
 * </pre>
 * Levels are 1-based; arrays are per dose (index 0 = dose 1), cloned in and out.
 *
 * @param model the dose–toxicity model
 * @param target the target DLT probability
 * @param confLevel the level of the bounds
 * @param betaMean posterior mean of β
 * @param betaVar posterior variance of β
 * @param ptox plug-in DLT probabilities at {@code betaMean}
 * @param ptoxLower lower bounds
 * @param ptoxUpper upper bounds
 * @param postMeanDltProb posterior means of the DLT probabilities
 * @param recommended the recommended dose level (dfcrm's {@code mtd}), before any conduct rule
 */
public record CrmFit(CrmModel model, double target, double confLevel, double betaMean, double betaVar,
    double[] ptox, double[] ptoxLower, double[] ptoxUpper, double[] postMeanDltProb, int recommended) {

  /**
   * Clones the arrays.
   *
   * @param model the dose–toxicity model
   * @param target the target DLT probability
   * @param confLevel the level of the bounds
   * @param betaMean posterior mean of β
   * @param betaVar posterior variance of β
   * @param ptox plug-in DLT probabilities at {@code betaMean}
   * @param ptoxLower lower bounds
   * @param ptoxUpper upper bounds
   * @param postMeanDltProb posterior means of the DLT probabilities
   * @param recommended the recommended dose level (dfcrm's {@code mtd}), before any conduct rule
   */
  public CrmFit {
    ptox = ptox.clone();
    ptoxLower = ptoxLower.clone();
    ptoxUpper = ptoxUpper.clone();
    postMeanDltProb = postMeanDltProb.clone();
  }

  /**
   * Plug-in DLT probabilities at {@code betaMean}.
   *
   * @return plug-in DLT probabilities at {@code betaMean}
   */
  @Override
  public double[] ptox() {
    return ptox.clone();
  }

  /**
   * Lower bounds.
   *
   * @return lower bounds
   */
  @Override
  public double[] ptoxLower() {
    return ptoxLower.clone();
  }

  /**
   * Upper bounds.
   *
   * @return upper bounds
   */
  @Override
  public double[] ptoxUpper() {
    return ptoxUpper.clone();
  }

  /**
   * Posterior means of the DLT probabilities.
   *
   * @return posterior means of the DLT probabilities
   */
  @Override
  public double[] postMeanDltProb() {
    return postMeanDltProb.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CrmFit f && model == f.model && Double.compare(target, f.target) == 0
        && Double.compare(confLevel, f.confLevel) == 0 && Double.compare(betaMean, f.betaMean) == 0
        && Double.compare(betaVar, f.betaVar) == 0 && Arrays.equals(ptox, f.ptox)
        && Arrays.equals(ptoxLower, f.ptoxLower) && Arrays.equals(ptoxUpper, f.ptoxUpper)
        && Arrays.equals(postMeanDltProb, f.postMeanDltProb) && recommended == f.recommended;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(betaMean) * 31 + Arrays.hashCode(ptox) * 7 + recommended;
  }

  @Override
  public String toString() {
    return "CrmFit[model=" + model.key() + ", target=" + target + ", betaMean=" + betaMean + ", betaVar=" + betaVar
        + ", ptox=" + Arrays.toString(ptox) + ", ptoxLower=" + Arrays.toString(ptoxLower) + ", ptoxUpper="
        + Arrays.toString(ptoxUpper) + ", postMeanDltProb=" + Arrays.toString(postMeanDltProb) + ", recommended="
        + recommended + "]";
  }
}
