package org.escalon.simulation.design;

/**
 * The modified toxicity probability interval design mTPI-2: Guo W, Wang S-J, Yang S, Lynn H, Ji Y (2017) A Bayesian
 * interval dose-finding design addressing Ockham's razor: mTPI-2. Contemp Clin Trials 58:23–33,
 * doi:10.1016/j.cct.2017.04.006.
 *
 * <pre>
 *   equivalence interval EI = [φ − ε1, φ + ε2] (defaults ε1 = ε2 = 0.05); below and above it, intervals of the
 *   same width ε1 + ε2 partition (0, 1), the end intervals next to 0 and 1 possibly shorter
 *   UPM(I) = Pr(p ∈ I | y, n) / |I|,  p | y, n ~ Beta(1 + y, 1 + n − y)
 *   the interval with the largest UPM decides: below EI → E, EI → S, above EI → D (ties: S, then E)
 *   DU if n ≥ 3 and Pr(p &gt; φ | y, n) &gt; cutoffEli
 * </pre>
 * The margins are {@link EquivalenceIntervalDesign}'s, the flow and the
 * isotonic MTD selection {@link IntervalDesign}'s. Immutable.
 */
public final class Mtpi2 extends EquivalenceIntervalDesign {

  private Mtpi2(Builder b) {
    super(b, IntervalKeys.rule(b.target, b.eps1, b.eps2, true), "mTPI-2");
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

  /** Builder for {@link Mtpi2}. */
  public static final class Builder extends MarginBuilder<Builder> {
    Builder(double target, int doseCount) {
      super(target, doseCount);
    }

    @Override
    public Mtpi2 build() {
      validateMargins();
      return new Mtpi2(this);
    }
  }
}
