package org.escalon.simulation.design.blrm;

/**
 * The bivariate normal prior of the BLRM parameters θ = (log α, log β) (docs/designs.md, "Model-based designs: BLRM
 * with EWOC").
 *
 * <pre>
 *   (log α, log β) ~ N( (meanLogAlpha, meanLogBeta),  [ sdLogAlpha²                 ρ·sdLogAlpha·sdLogBeta ]
 *                                                     [ ρ·sdLogAlpha·sdLogBeta      sdLogBeta²             ] )
 * </pre>
 *
 * <p>{@link #weaklyInformative(double)} is the prior of Neuenschwander, Matano, Tang, Roychoudhury, Wandel &amp;
 * Bailey (2015), "A Bayesian industry approach to phase I combination trials in oncology", in Statistical Methods in
 * Drug Combination Studies (Chapman &amp; Hall/CRC): mean log α = logit(p*), where p* is the prior median DLT
 * probability at the reference dose d*, SD(log α) = 2, mean log β = 0, SD(log β) = 1, correlation 0. The prior median
 * p* is the user's choice on purpose (there is no universal default): a common suggestion is the target DLT rate of
 * the trial, e.g. 0.25 when the target interval is [0.16, 0.33), with d* the dose the team believes closest to the
 * MTD.
 *
 * @param meanLogAlpha prior mean of log α (the log-odds of a DLT at the reference dose), finite
 * @param meanLogBeta prior mean of log β (log of the slope in log(dose/d*)), finite
 * @param sdLogAlpha prior SD of log α, in (0, 100]
 * @param sdLogBeta prior SD of log β, in (0, 100]
 * @param correlation prior correlation of log α and log β, in (−1, 1)
 */
public record BlrmPrior(
    double meanLogAlpha, double meanLogBeta, double sdLogAlpha, double sdLogBeta, double correlation) {

  /** Largest accepted prior SD (a larger one is numerically a flat prior the quadrature cannot resolve). */
  public static final double MAX_SD = 100;

  /**
   * Validates every field, NaN-safe.
   *
   * @param meanLogAlpha prior mean of log α (the log-odds of a DLT at the reference dose), finite
   * @param meanLogBeta prior mean of log β (log of the slope in log(dose/d*)), finite
   * @param sdLogAlpha prior SD of log α, in (0, 100]
   * @param sdLogBeta prior SD of log β, in (0, 100]
   * @param correlation prior correlation of log α and log β, in (−1, 1)
   */
  public BlrmPrior {
    finite("meanLogAlpha", meanLogAlpha);
    finite("meanLogBeta", meanLogBeta);
    sd("sdLogAlpha", sdLogAlpha);
    sd("sdLogBeta", sdLogBeta);
    if (!(correlation > -1 && correlation < 1)) {
      throw new IllegalArgumentException("correlation = " + correlation + ": must be in (-1, 1)");
    }
  }

  /**
   * The weakly informative prior of Neuenschwander et al. (2015) with prior median DLT probability
   * {@code priorMedianDlt} at the reference dose: logit(p*), 0, 2, 1, 0.
   *
   * @param priorMedianDlt p* in (0, 1) (no default: a suggestion is the target DLT rate)
   * @return the weakly informative prior of Neuenschwander et al
   */
  public static BlrmPrior weaklyInformative(double priorMedianDlt) {
    return of(priorMedianDlt, 0, 2, 1, 0);
  }

  /**
   * A prior given by its median DLT probability at the reference dose (mean log α = logit(p*)) and the rest.
   *
   * @param priorMedianDlt p* in (0, 1)
   * @param meanLogBeta prior mean of log β
   * @param sdLogAlpha prior SD of log α
   * @param sdLogBeta prior SD of log β
   * @param correlation correlation of log α and log β
   * @return a prior given by its median DLT probability at the reference dose (mean log α = logit(p*)) and the rest
   */
  public static BlrmPrior of(
      double priorMedianDlt, double meanLogBeta, double sdLogAlpha, double sdLogBeta, double correlation) {
    if (!(priorMedianDlt > 0 && priorMedianDlt < 1)) {
      throw new IllegalArgumentException("priorMedianDlt = " + priorMedianDlt + ": must be in (0, 1)");
    }
    return new BlrmPrior(
        Math.log(priorMedianDlt / (1 - priorMedianDlt)), meanLogBeta, sdLogAlpha, sdLogBeta, correlation);
  }

  /**
   * The prior median DLT probability at the reference dose, logit⁻¹(meanLogAlpha).
   *
   * @return the prior median DLT probability at the reference dose, logit⁻¹(meanLogAlpha)
   */
  public double priorMedianDlt() {
    return 1 / (1 + Math.exp(-meanLogAlpha));
  }

  /**
   * A copy with another correlation.
   *
   * @param rho the prior correlation of log α and log β, in (−1, 1)
   * @return a copy with correlation {@code rho}
   */
  public BlrmPrior withCorrelation(double rho) {
    return new BlrmPrior(meanLogAlpha, meanLogBeta, sdLogAlpha, sdLogBeta, rho);
  }

  private static void finite(String name, double v) {
    if (!Double.isFinite(v) || Math.abs(v) > 1e3) {
      throw new IllegalArgumentException(name + " = " + v + ": must be a finite number in [-1000, 1000]");
    }
  }

  private static void sd(String name, double v) {
    if (!(v > 0 && v <= MAX_SD)) {
      throw new IllegalArgumentException(name + " = " + v + ": must be in (0, " + MAX_SD + "]");
    }
  }
}
