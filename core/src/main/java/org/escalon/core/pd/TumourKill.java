package org.escalon.core.pd;

/**
 * Tumour burden and serum M-protein with cemsidomide and dexamethasone kill, resistance and an optional
 * interaction term (ψ = 0 is Bliss independence: additive kill hazards). Jonsson/Claret-type dexamethasone
 * biophase.
 *
 * <pre>
 *   k_cem = kmax_cem·D_T^nK / (D50K^nK + D_T^nK)
 *   k_dex = KDEXmax·A_b / (AB50 + A_b)
 *   k_tot = (k_cem + k_dex + ψ·sqrt(k_cem·k_dex))·exp(−λ·t)
 *   dTum/dt = kg·Tum − k_tot·Tum               Tum(0) = 1
 *   dM/dt   = kM·M0·Tum − kM·M                 M(0) = M0
 * </pre>
 *
 * Stateless; thread-safe. Rates are in whatever time unit the caller uses consistently.
 */
public final class TumourKill {
  private TumourKill() {}

  /** Cemsidomide kill rate from the tumour degradation D_T. */
  public static double cemsidomideKill(double degradedFraction, double kmax, double d50, double nK) {
    if (degradedFraction <= 0) {
      return 0.0;
    }
    double dn = nK == 3.0 ? degradedFraction * degradedFraction * degradedFraction
        : Math.pow(degradedFraction, nK);
    double d50n = nK == 3.0 ? d50 * d50 * d50 : Math.pow(d50, nK);
    return kmax * dn / (d50n + dn);
  }

  /** Dexamethasone kill rate from the biophase amount A_b (mg). */
  public static double dexamethasoneKill(double biophaseMg, double kdexMax, double ab50Mg) {
    if (biophaseMg <= 0) {
      return 0.0;
    }
    return kdexMax * biophaseMg / (ab50Mg + biophaseMg);
  }

  /** Combined kill rate with interaction and resistance. */
  public static double totalKill(double kCem, double kDex, double psi, double resistanceFactor) {
    double k = kCem + kDex;
    if (psi != 0.0) {
      k += psi * Math.sqrt(kCem * kDex);
    }
    return Math.max(0.0, k) * resistanceFactor;
  }
}
