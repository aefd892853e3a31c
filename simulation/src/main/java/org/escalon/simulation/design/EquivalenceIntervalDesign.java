package org.escalon.simulation.design;

/**
 * Shared machinery of the interval designs defined by an equivalence interval {@code [φ − ε1, φ + ε2]} around the
 * target: {@link I3Plus3}, {@link Mtpi2} and {@link Keyboard}. Each supplies only its decision rule; the margins,
 * their validation and the name live here, the trial flow and the isotonic MTD selection in {@link
 * IntervalDesign}. Immutable.
 */
public abstract class EquivalenceIntervalDesign extends IntervalDesign {

  private final double eps1;
  private final double eps2;
  private final String label;

  EquivalenceIntervalDesign(MarginBuilder<?> b, DecisionTable.Rule rule, String label) {
    super(b, rule, Double.NaN);
    this.eps1 = b.eps1;
    this.eps2 = b.eps2;
    this.label = label;
  }

  /**
   * ε1: the equivalence interval starts at φ − ε1.
   *
   * @return ε1: the equivalence interval starts at φ − ε1
   */
  public double eps1() {
    return eps1;
  }

  /**
   * ε2: the equivalence interval ends at φ + ε2.
   *
   * @return ε2: the equivalence interval ends at φ + ε2
   */
  public double eps2() {
    return eps2;
  }

  @Override
  public String name() {
    return label + "(" + optionsText() + ", EI=[" + (target - eps1) + ", " + (target + eps2) + "])";
  }

  /**
   * Builder options of the equivalence interval, on top of {@link IntervalDesign.Builder}'s.
   *
   * @param <B> the concrete builder
   */
  public abstract static class MarginBuilder<B extends MarginBuilder<B>> extends IntervalDesign.Builder<B> {
    double eps1 = 0.05;
    double eps2 = 0.05;

    MarginBuilder(double target, int doseCount) {
      super(target, doseCount);
    }

    /**
     * ε1 (default 0.05), with 0 &lt; ε1 &lt; φ.
     *
     * @param e ε1 (default 0.05), with 0 &lt; ε1 &lt; φ
     * @return this builder
     */
    public B eps1(double e) {
      this.eps1 = IntervalKeys.checkEps1(target, e);
      return self();
    }

    /**
     * ε2 (default 0.05), with 0 &lt; ε2 &lt; 1 − φ.
     *
     * @param e ε2 (default 0.05), with 0 &lt; ε2 &lt; 1 − φ
     * @return this builder
     */
    public B eps2(double e) {
      this.eps2 = IntervalKeys.checkEps2(target, e);
      return self();
    }

    /** Validates the common options and the margins. */
    void validateMargins() {
      validateCommon();
      IntervalKeys.checkMargins(target, eps1, eps2);
    }

    /** Validates and builds. */
    @Override
    public abstract EquivalenceIntervalDesign build();
  }
}
