package org.escalon.simulation.design.blrm;

import java.util.Arrays;

/**
 * The two-parameter Bayesian logistic regression model of Neuenschwander, Branson &amp; Gsponer (2008), Stat Med
 * 27:2420, doi:10.1002/sim.3230, on a fixed set of doses:
 *
 * <pre>
 *   logit p_j = log α + β · x_j,      x_j = log(d_j / d*),      β = exp(log β) &gt; 0
 * </pre>
 *
 * with {@link BlrmPrior} on (log α, log β). The dose levels are 1..K in increasing dose; d* is the reference dose
 * (it need not be one of the doses). Immutable.
 */
public final class BlrmModel {

  private final double[] doses;
  private final double refDose;
  private final BlrmPrior prior;
  private final double[] x;

  private BlrmModel(double[] doses, double refDose, BlrmPrior prior) {
    this.doses = doses;
    this.refDose = refDose;
    this.prior = prior;
    this.x = new double[doses.length];
    for (int j = 0; j < doses.length; j++) {
      x[j] = Math.log(doses[j] / refDose);
    }
  }

  /**
   * A model.
   *
   * @param doses the doses d_1 &lt; … &lt; d_K, each finite and &gt; 0, 1 ≤ K ≤ {@value #MAX_DOSES} (copied)
   * @param refDose the reference dose d*, finite and &gt; 0
   * @param prior the prior of (log α, log β)
   * @return a model
   */
  public static BlrmModel of(double[] doses, double refDose, BlrmPrior prior) {
    if (doses == null || doses.length < 1 || doses.length > MAX_DOSES) {
      throw new IllegalArgumentException("doses = " + (doses == null ? "null" : Arrays.toString(doses))
          + ": must list 1.." + MAX_DOSES + " doses");
    }
    for (int j = 0; j < doses.length; j++) {
      if (!(doses[j] > 0) || !Double.isFinite(doses[j])) {
        throw new IllegalArgumentException("doses[" + (j + 1) + "] = " + doses[j] + ": must be finite and > 0");
      }
      if (j > 0 && !(doses[j] > doses[j - 1])) {
        throw new IllegalArgumentException("doses[" + (j + 1) + "] = " + doses[j]
            + ": must be greater than doses[" + j + "] = " + doses[j - 1] + " (doses strictly increasing)");
      }
    }
    if (!(refDose > 0) || !Double.isFinite(refDose)) {
      throw new IllegalArgumentException("refDose = " + refDose + ": must be finite and > 0");
    }
    if (prior == null) {
      throw new IllegalArgumentException("prior must not be null");
    }
    return new BlrmModel(doses.clone(), refDose, prior);
  }

  /** The most doses a model accepts. */
  public static final int MAX_DOSES = 30;

  /**
   * K.
   *
   * @return K
   */
  public int doseCount() {
    return doses.length;
  }

  /**
   * A copy of the doses.
   *
   * @return a copy of the doses
   */
  public double[] doses() {
    return doses.clone();
  }

  /**
   * d_j of level {@code level} (1..K).
   *
   * @param level the dose level, 1..K
   * @return d_j of level {@code level} (1..K)
   */
  public double dose(int level) {
    return doses[level - 1];
  }

  /**
   * The reference dose d*.
   *
   * @return the reference dose d*
   */
  public double refDose() {
    return refDose;
  }

  /**
   * The prior.
   *
   * @return the prior
   */
  public BlrmPrior prior() {
    return prior;
  }

  /** x_j = log(d_j / d*) for 0-based {@code j}. */
  double x(int j) {
    return x[j];
  }

  /**
   * The DLT probability at dose level {@code level} (1..K) for parameters (log α, log β).
   *
   * @param level the dose level, 1..K
   * @param logAlpha log α, the log-odds of a DLT at the reference dose
   * @param logBeta log β, the slope on log(dose / reference dose)
   * @return the DLT probability at dose level {@code level} (1..K) for parameters (log α, log β)
   */
  public double dltProbability(int level, double logAlpha, double logBeta) {
    double eta = logAlpha + Math.exp(logBeta) * x[level - 1];
    return 1 / (1 + Math.exp(-eta));
  }

  @Override
  public String toString() {
    return "BLRM(doses=" + Arrays.toString(doses) + ", d*=" + refDose + ", " + prior + ")";
  }
}
