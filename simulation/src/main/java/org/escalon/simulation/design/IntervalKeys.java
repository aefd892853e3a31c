package org.escalon.simulation.design;

import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * The "unit probability mass" rule shared by mTPI-2 and Keyboard: split (0, 1) into intervals of the target
 * interval's width around it, and take the decision of the interval with the largest posterior probability per unit
 * width under Beta(1 + y, 1 + n − y).
 */
final class IntervalKeys {

  private static final double TOL = 1e-9;

  private IntervalKeys() {}

  static void checkMargins(double target, double eps1, double eps2) {
    checkEps1(target, eps1);
    checkEps2(target, eps2);
  }

  static double checkEps1(double target, double eps1) {
    if (!(eps1 > 0 && eps1 < target)) {
      throw new IllegalArgumentException("eps1 = " + eps1 + ": must be in (0, target = " + target + ")");
    }
    return eps1;
  }

  static double checkEps2(double target, double eps2) {
    if (!(eps2 > 0 && eps2 < 1 - target)) {
      throw new IllegalArgumentException("eps2 = " + eps2 + ": must be in (0, 1 - target = " + (1 - target) + ")");
    }
    return eps2;
  }

  /**
   * The rule.
   *
   * @param partialEnds true (mTPI-2): the shorter end intervals next to 0 and 1 take part, at their own width;
   *     false (Keyboard): only full-width keys take part
   */
  static DecisionTable.Rule rule(double target, double eps1, double eps2, boolean partialEnds) {
    double lo = target - eps1;
    double hi = target + eps2;
    double w = eps1 + eps2;
    return (n, y) -> {
      BetaDistribution post = new BetaDistribution(1.0 + y, 1.0 + n - y);
      double best = (post.cumulativeProbability(hi) - post.cumulativeProbability(lo)) / w;
      Decision decision = Decision.S;
      // below the target interval
      for (double upper = lo; upper > TOL; upper -= w) {
        double lower = upper - w;
        if (lower < -TOL) {
          if (!partialEnds) {
            break;
          }
          lower = 0;
        }
        double upm = (post.cumulativeProbability(upper) - post.cumulativeProbability(Math.max(lower, 0)))
            / (upper - Math.max(lower, 0));
        if (upm > best) {
          best = upm;
          decision = Decision.E;
        }
      }
      for (double lower = hi; lower < 1 - TOL; lower += w) {
        double upper = lower + w;
        if (upper > 1 + TOL) {
          if (!partialEnds) {
            break;
          }
          upper = 1;
        }
        double u = Math.min(upper, 1);
        double upm = (post.cumulativeProbability(u) - post.cumulativeProbability(lower)) / (u - lower);
        if (upm > best) {
          best = upm;
          decision = Decision.D;
        }
      }
      return decision;
    };
  }
}
