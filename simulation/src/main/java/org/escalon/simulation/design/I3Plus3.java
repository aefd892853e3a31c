package org.escalon.simulation.design;

/**
 * The i3+3 design: Liu M, Wang S-J, Ji Y (2020) The i3+3 design for phase I clinical trials. J Biopharm Stat
 * 30(2):294–304, doi:10.1080/10543406.2019.1636811.
 *
 * <pre>
 *   equivalence interval EI = [φ − ε1, φ + ε2]   (defaults ε1 = ε2 = 0.05)
 *   DU  if n ≥ 3 and Pr(p &gt; φ | y, n) &gt; cutoffEli (Beta(1, 1) prior)
 *   E   if y/n &lt; φ − ε1
 *   S   if y/n ∈ EI
 *   y/n &gt; φ + ε2:  S if (y − 1)/n &lt; φ − ε1, else D
 * </pre>
 * Interval comparisons allow 1e−12 so that e.g. 1/4 counts as inside [0.25, 0.35]. The margins are
 * {@link EquivalenceIntervalDesign}'s, the flow and the isotonic MTD selection {@link IntervalDesign}'s. Immutable.
 */
public final class I3Plus3 extends EquivalenceIntervalDesign {

  private static final double TOL = 1e-12;

  private static DecisionTable.Rule rule(double target, double eps1, double eps2) {
    double lo = target - eps1;
    double hi = target + eps2;
    return (n, y) -> {
      double r = (double) y / n;
      if (r < lo - TOL) {
        return Decision.E;
      }
      if (r <= hi + TOL) {
        return Decision.S;
      }
      return (double) (y - 1) / n < lo - TOL ? Decision.S : Decision.D;
    };
  }

  private I3Plus3(Builder b) {
    super(b, rule(b.target, b.eps1, b.eps2), "i3+3");
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

  /** Builder for {@link I3Plus3}. */
  public static final class Builder extends MarginBuilder<Builder> {
    Builder(double target, int doseCount) {
      super(target, doseCount);
    }

    @Override
    public I3Plus3 build() {
      validateMargins();
      return new I3Plus3(this);
    }
  }
}
