package org.escalon.simulation.design;

/**
 * The Keyboard design: Yan F, Mandrekar SJ, Yuan Y (2017) Keyboard: a novel Bayesian toxicity probability interval
 * design for phase I clinical trials. Clin Cancer Res 23(15):3994–4003, doi:10.1158/1078-0432.CCR-17-0220.
 *
 * <pre>
 *   target key [φ − ε1, φ + ε2] (defaults ε1 = ε2 = 0.05); full keys of the same width ε1 + ε2 on both sides,
 *   as many as fit inside (0, 1) (incomplete keys at the ends are left out)
 *   the strongest key (largest posterior probability Pr(p ∈ key | y, n), p | y, n ~ Beta(1 + y, 1 + n − y))
 *   decides: below the target key → E, target key → S, above → D (ties: S, then E)
 *   DU if n ≥ 3 and Pr(p &gt; φ | y, n) &gt; cutoffEli
 * </pre>
 * Keyboard and mTPI-2 differ only in the incomplete end intervals, so their tables agree in most cells. The margins
 * are {@link EquivalenceIntervalDesign}'s, the flow and the isotonic MTD selection {@link IntervalDesign}'s. Immutable.
 */
public final class Keyboard extends EquivalenceIntervalDesign {

  private Keyboard(Builder b) {
    super(b, IntervalKeys.rule(b.target, b.eps1, b.eps2, false), "Keyboard");
  }

  /**
   * A builder for target φ and K doses.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @return a builder for target φ and K doses
   */
  public static Builder builder(double target, int doseCount) {
    return new Builder(target, doseCount);
  }

  /** Builder for {@link Keyboard}. */
  public static final class Builder extends MarginBuilder<Builder> {
    Builder(double target, int doseCount) {
      super(target, doseCount);
    }

    @Override
    public Keyboard build() {
      validateMargins();
      return new Keyboard(this);
    }
  }
}
