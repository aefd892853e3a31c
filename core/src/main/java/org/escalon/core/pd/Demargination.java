package org.escalon.core.pd;

/**
 * Dexamethasone demargination of neutrophils (Dale et al. 1975, J Clin Invest 56:808): a transient rise of the
 * observed count that does not change the marrow.
 *
 * <pre>
 *   dCe/dt = ke0N·(C_dex − Ce)
 *   ANC_observed = Circ·(1 + EmaxDexN·Ce/(EC50DexN + Ce))
 * </pre>
 */
public final class Demargination {
  private Demargination() {}

  /**
   * Observed ANC from the circulating pool and the effect-site concentration.
   *
   * @param circ the circulating neutrophils of the Friberg model, ×10⁹/L
   * @param ceNgPerMl the dexamethasone effect-site concentration, ng/mL
   * @param emax drug effect per unit marrow IKZF1 degradation, in [0, 1)
   * @param ec50 the concentration giving half the maximal demargination, ng/mL
   * @return observed ANC from the circulating pool and the effect-site concentration
   */
  public static double observed(double circ, double ceNgPerMl, double emax, double ec50) {
    if (ceNgPerMl <= 0) {
      return circ;
    }
    return circ * (1.0 + emax * ceNgPerMl / (ec50 + ceNgPerMl));
  }
}
