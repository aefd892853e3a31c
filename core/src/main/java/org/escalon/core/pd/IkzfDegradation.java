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
 * Stateless; thread-safe.
 */
public final class IkzfDegradation {
  private IkzfDegradation() {}

  /** Stimulation of degradation S(C). */
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

  /** dR/dt. */
  public static double derivative(double remaining, double kdegPerH, double stimulation) {
    return kdegPerH * (1.0 - remaining) - kdegPerH * stimulation * remaining;
  }

  /** Steady-state remaining fraction 1/(1 + S). */
  public static double steadyState(double stimulation) {
    return 1.0 / (1.0 + stimulation);
  }
}
