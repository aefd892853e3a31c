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
 * <p>A record holds the parameters (rates per hour, converted from the per-day values of the parameter table by
 * the parameter definitions); the static functions take them one by one. Immutable; thread-safe.
 *
 * @param kmaxCemPerH maximal cemsidomide kill rate (1/h), finite and &ge; 0
 * @param d50k tumour IKZF degradation giving half-maximal kill, finite and &gt; 0
 * @param nK Hill coefficient of the kill–degradation relation, finite and &gt; 0
 * @param kdexMaxPerH maximal dexamethasone kill rate (1/h), finite and &ge; 0
 * @param ab50Mg biophase amount giving half-maximal dexamethasone kill (mg), finite and &gt; 0
 * @param psi interaction term ψ (0 = Bliss independence), finite
 * @param lambdaPerH resistance: decay rate λ of the drug kill (1/h), finite and &ge; 0
 * @param kgPerH tumour net growth rate (1/h), finite and &ge; 0
 * @param m0GPerDl baseline M-protein (g/dL), finite and &gt; 0
 * @param kmPerH M-protein elimination rate constant (1/h), finite and &gt; 0
 */
public record TumourKill(double kmaxCemPerH, double d50k, double nK, double kdexMaxPerH, double ab50Mg,
    double psi, double lambdaPerH, double kgPerH, double m0GPerDl, double kmPerH) {

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param kmaxCemPerH maximal cemsidomide kill rate (1/h), finite and &ge; 0
   * @param d50k tumour IKZF degradation giving half-maximal kill, finite and &gt; 0
   * @param nK Hill coefficient of the kill–degradation relation, finite and &gt; 0
   * @param kdexMaxPerH maximal dexamethasone kill rate (1/h), finite and &ge; 0
   * @param ab50Mg biophase amount giving half-maximal dexamethasone kill (mg), finite and &gt; 0
   * @param psi interaction term ψ (0 = Bliss independence), finite
   * @param lambdaPerH resistance: decay rate λ of the drug kill (1/h), finite and &ge; 0
   * @param kgPerH tumour net growth rate (1/h), finite and &ge; 0
   * @param m0GPerDl baseline M-protein (g/dL), finite and &gt; 0
   * @param kmPerH M-protein elimination rate constant (1/h), finite and &gt; 0
   */
  public TumourKill {
    Checks.nonNegative("kmaxCemPerH", kmaxCemPerH);
    Checks.positive("d50k", d50k);
    Checks.positive("nK", nK);
    Checks.nonNegative("kdexMaxPerH", kdexMaxPerH);
    Checks.positive("ab50Mg", ab50Mg);
    if (!Double.isFinite(psi)) {
      throw new IllegalArgumentException("psi = " + psi + ": must be finite");
    }
    Checks.nonNegative("lambdaPerH", lambdaPerH);
    Checks.nonNegative("kgPerH", kgPerH);
    Checks.positive("m0GPerDl", m0GPerDl);
    Checks.positive("kmPerH", kmPerH);
  }

  /**
   * The resistance factor exp(−λ·t) at {@code timeH} (exactly 1 when λ = 0).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @return the resistance factor exp(−λ·t) at {@code timeH} (exactly 1 when λ = 0)
   */
  public double resistance(double timeH) {
    return lambdaPerH == 0.0 ? 1.0 : Math.exp(-lambdaPerH * timeH);
  }

  /**
   * k_tot for a tumour degradation D_T, a biophase amount A_b (mg) and a resistance factor; exactly 0 without
   * either drug's kill.
   *
   * @param degradedTumour the fraction of tumour IKZF1/3 degraded, D_T in [0, 1]
   * @param biophaseMg the dexamethasone biophase amount A_b, mg
   * @param resistanceFactor the resistance factor exp(−λt), in (0, 1]
   * @return k_tot for a tumour degradation D_T, a biophase amount A_b (mg) and a resistance factor; exactly 0 without
   *     either drug's kill
   */
  public double totalKill(double degradedTumour, double biophaseMg, double resistanceFactor) {
    double kCem = cemsidomideKill(degradedTumour, kmaxCemPerH, d50k, nK);
    double kDex = dexamethasoneKill(biophaseMg, kdexMaxPerH, ab50Mg);
    return kCem != 0.0 || kDex != 0.0 ? totalKill(kCem, kDex, psi, resistanceFactor) : 0.0;
  }

  /**
   * Writes dTum/dt and dM/dt at {@code tum} and {@code mProtein} (indices into y) for a total kill rate.
   *
   * @param y the state vector
   * @param tum the index of the tumour burden in {@code y}
   * @param mProtein the index of the M-protein in {@code y}
   * @param kTot the total kill rate, 1/day
   * @param dydt receives the two derivatives at the same indices
   */
  public void derivatives(double[] y, int tum, int mProtein, double kTot, double[] dydt) {
    double burden = y[tum];
    dydt[tum] = (kgPerH - kTot) * burden;
    dydt[mProtein] = kmPerH * (m0GPerDl * burden - y[mProtein]);
  }

  /**
   * Cemsidomide kill rate from the tumour degradation D_T.
   *
   * @param degradedFraction the fraction of tumour IKZF1/3 degraded, D_T in [0, 1]
   * @param kmax the maximal cemsidomide kill rate, 1/day
   * @param d50 value of {@code d} giving one half, &gt; 0
   * @param nK Hill coefficient of the kill–degradation relation, finite and &gt; 0
   * @return cemsidomide kill rate from the tumour degradation D_T
   */
  public static double cemsidomideKill(double degradedFraction, double kmax, double d50, double nK) {
    if (degradedFraction <= 0) {
      return 0.0;
    }
    double dn = nK == 3.0 ? degradedFraction * degradedFraction * degradedFraction
        : Math.pow(degradedFraction, nK);
    double d50n = nK == 3.0 ? d50 * d50 * d50 : Math.pow(d50, nK);
    return kmax * dn / (d50n + dn);
  }

  /**
   * Dexamethasone kill rate from the biophase amount A_b (mg).
   *
   * @param biophaseMg the dexamethasone biophase amount A_b, mg
   * @param kdexMax the maximal dexamethasone kill rate, 1/day
   * @param ab50Mg biophase amount giving half-maximal dexamethasone kill (mg), finite and &gt; 0
   * @return dexamethasone kill rate from the biophase amount A_b (mg)
   */
  public static double dexamethasoneKill(double biophaseMg, double kdexMax, double ab50Mg) {
    if (biophaseMg <= 0) {
      return 0.0;
    }
    return kdexMax * biophaseMg / (ab50Mg + biophaseMg);
  }

  /**
   * Combined kill rate with interaction and resistance.
   *
   * @param kCem the cemsidomide kill rate, 1/day
   * @param kDex the dexamethasone kill rate, 1/day
   * @param psi interaction term ψ (0 = Bliss independence), finite
   * @param resistanceFactor the resistance factor exp(−λt), in (0, 1]
   * @return combined kill rate with interaction and resistance
   */
  public static double totalKill(double kCem, double kDex, double psi, double resistanceFactor) {
    double k = kCem + kDex;
    if (psi != 0.0) {
      k += psi * Math.sqrt(kCem * kDex);
    }
    return Math.max(0.0, k) * resistanceFactor;
  }
}
