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
 * The flow and the isotonic MTD selection are {@link IntervalDesign}'s. Immutable.
 */
public final class Mtpi2 extends IntervalDesign {

  private final double eps1;
  private final double eps2;

  private Mtpi2(Builder b) {
    super(b, IntervalKeys.rule(b.target, b.eps1, b.eps2, true), Double.NaN);
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
    return "mTPI-2(" + optionsText() + ", EI=[" + (target - eps1) + ", " + (target + eps2) + "])";
  }

  /** Builder for {@link Mtpi2}. */
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
    public Mtpi2 build() {
      validateCommon();
      IntervalKeys.checkMargins(target, eps1, eps2);
      return new Mtpi2(this);
    }
  }
}
