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
 * Keyboard and mTPI-2 differ only in the incomplete end intervals, so their tables agree in most cells. The flow
 * and the isotonic MTD selection are {@link IntervalDesign}'s. Immutable.
 */
public final class Keyboard extends IntervalDesign {

  private final double eps1;
  private final double eps2;

  private Keyboard(Builder b) {
    super(b, IntervalKeys.rule(b.target, b.eps1, b.eps2, false), Double.NaN);
    this.eps1 = b.eps1;
    this.eps2 = b.eps2;
  }

  /** A builder for target φ and K doses. */
  public static Builder builder(double target, int doseCount) {
    return new Builder(target, doseCount);
  }

  /** ε1. */
  public double eps1() {
    return eps1;
  }

  /** ε2. */
  public double eps2() {
    return eps2;
  }

  @Override
  public String name() {
    return "Keyboard(" + optionsText() + ", EI=[" + (target - eps1) + ", " + (target + eps2) + "])";
  }

  /** Builder for {@link Keyboard}. */
  public static final class Builder extends IntervalDesign.Builder<Builder> {
    double eps1 = 0.05;
    double eps2 = 0.05;

    Builder(double target, int doseCount) {
      super(target, doseCount);
    }

    /** ε1 (default 0.05). */
    public Builder eps1(double e) {
      this.eps1 = e;
      return this;
    }

    /** ε2 (default 0.05). */
    public Builder eps2(double e) {
      this.eps2 = e;
      return this;
    }

    /** Validates and builds. */
    public Keyboard build() {
      validateCommon();
      IntervalKeys.checkMargins(target, eps1, eps2);
      return new Keyboard(this);
    }
  }
}
