package org.escalon.core.pd;

/**
 * IKZF1/IKZF3 turnover with drug-stimulated degradation (molecular-glue degraders recruit the transcription
 * factor to cereblon/CRL4 for proteasomal degradation). R is the remaining fraction of baseline, D = 1 − R the
 * fraction degraded:
 *
 * <pre>
 *   S(C)  = Smax·C^h / (DC50^h + C^h)
 *   dR/dt = kdeg·(1 − R) − kdeg·S(C)·R,     R(0) = 1
 *   steady state R_ss = 1/(1 + S),  Dmax = Smax/(1 + Smax)
 * </pre>
 *
 * <p>A record holds one tissue's parameters (the hot path: {@link #stimulation(double)}, {@link
 * #derivative(double, double)}); the static functions take them one by one. Immutable; thread-safe.
 *
 * @param kdegPerH degradation rate constant kdeg (1/h), finite and &gt; 0
 * @param smax maximal stimulation Smax, finite and &ge; 0
 * @param dc50NgPerMl DC50 (ng/mL), finite and &gt; 0
 * @param hill Hill coefficient h, finite and &gt; 0
 */
public record IkzfDegradation(double kdegPerH, double smax, double dc50NgPerMl, double hill) {

  /**
   * The record as given.
   *
   * @param kdegPerH degradation rate constant kdeg (1/h), finite and &gt; 0
   * @param smax maximal stimulation Smax, finite and &ge; 0
   * @param dc50NgPerMl DC50 (ng/mL), finite and &gt; 0
   * @param hill Hill coefficient h, finite and &gt; 0
   */
  public IkzfDegradation {
    Checks.positive("kdegPerH", kdegPerH);
    Checks.nonNegative("smax", smax);
    Checks.positive("dc50NgPerMl", dc50NgPerMl);
    Checks.positive("hill", hill);
  }

  /**
   * S(C) of this tissue.
   *
   * @param concNgPerMl cemsidomide concentration, ng/mL
   * @return S(C) of this tissue
   */
  public double stimulation(double concNgPerMl) {
    return stimulation(concNgPerMl, smax, dc50NgPerMl, hill);
  }

  /**
   * dR/dt of this tissue for a stimulation S.
   *
   * @param remaining the fraction of IKZF remaining, R in [0, 1]
   * @param stimulation the stimulation S(C) of degradation, ≥ 0
   * @return dR/dt of this tissue for a stimulation S
   */
  public double derivative(double remaining, double stimulation) {
    return derivative(remaining, kdegPerH, stimulation);
  }

  /**
   * dR/dt without drug: kdeg·(1 − R).
   *
   * @param remaining the fraction of IKZF remaining, in [0, 1]
   * @return dR/dt without drug: kdeg·(1 − R)
   */
  public double recovery(double remaining) {
    return kdegPerH * (1.0 - remaining);
  }

  /**
   * Stimulation of degradation S(C).
   *
   * @param concNgPerMl cemsidomide concentration, ng/mL
   * @param smax maximal stimulation Smax, finite and &ge; 0
   * @param dc50NgPerMl DC50 (ng/mL), finite and &gt; 0
   * @param hill Hill coefficient h, finite and &gt; 0
   * @return stimulation of degradation S(C)
   */
  public static double stimulation(double concNgPerMl, double smax, double dc50NgPerMl, double hill) {
    if (concNgPerMl <= 0) {
      return 0.0;
    }
    if (hill == 1.0) {
      return smax * concNgPerMl / (dc50NgPerMl + concNgPerMl);
    }
    double ch = Math.pow(concNgPerMl, hill);
    return smax * ch / (Math.pow(dc50NgPerMl, hill) + ch);
  }

  /**
   * dR/dt.
   *
   * @param remaining the fraction of IKZF remaining, R in [0, 1]
   * @param kdegPerH degradation rate constant kdeg (1/h), finite and &gt; 0
   * @param stimulation the stimulation S(C) of degradation, ≥ 0
   * @return dR/dt
   */
  public static double derivative(double remaining, double kdegPerH, double stimulation) {
    return kdegPerH * (1.0 - remaining) - kdegPerH * stimulation * remaining;
  }

  /**
   * Steady-state remaining fraction 1/(1 + S).
   *
   * @param stimulation the stimulation S(C) of degradation, ≥ 0
   * @return steady-state remaining fraction 1/(1 + S)
   */
  public static double steadyState(double stimulation) {
    return 1.0 / (1.0 + stimulation);
  }
}
