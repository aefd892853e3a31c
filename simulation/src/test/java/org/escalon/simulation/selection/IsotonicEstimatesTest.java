package org.escalon.simulation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * R {@code BOIN::select.mtd}'s per-dose estimates, checked against values computed independently here: the
 * Beta(a, b) CDF by Simpson's rule after a substitution that makes the integrand smooth at 0 (a 0.05 shape is
 * singular there), its quantiles by bisection, and the pooling
 * of isotonic regression written out by hand.
 */
class IsotonicEstimatesTest {

  /**
   * ∫_0^x t^{a−1}(1 − t)^{b−1} dt by composite Simpson after t = s^m, m = ⌈a⌉/a, which makes the integrand
   * m·s^{⌈a⌉−1}·(1 − s^m)^{b−1} smooth at 0 for any shape a (b ≥ 1 keeps it bounded at 1).
   */
  private static double incomplete(double x, double a, double b) {
    double m = Math.ceil(a) / a;
    int steps = 40_000;
    double z = Math.pow(x, 1 / m);
    double h = z / steps;
    double sum = 0;
    for (int i = 0; i <= steps; i++) {
      double v = i * h;
      double f = m * Math.pow(v, Math.ceil(a) - 1) * Math.pow(1 - Math.pow(v, m), b - 1);
      sum += (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * f;
    }
    return sum * h / 3;
  }

  /** The Beta(a, b) CDF at x (b ≥ 1), independently of Hipparchus. */
  private static double cdf(double x, double a, double b) {
    return incomplete(x, a, b) / incomplete(1, a, b);
  }

  /** The q-quantile by bisection on x in (0, 1) with the CDF above. */
  private static double quantile(double q, double a, double b) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      double mid = 0.5 * (lo + hi);
      if (cdf(mid, a, b) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  @Test
  void thePackageExampleGivesTheBetaPosteriorMeansAndIntervals() {
    // BOIN's help example: n = (3, 3, 15, 9, 0), y = (0, 0, 4, 4, 0), target 0.3; raw estimates already increase
    int[] n = {3, 3, 15, 9, 0};
    int[] y = {0, 0, 4, 4, 0};
    IsotonicEstimates e = IsotonicEstimates.of(0.3, n, y);
    double[] raw = {0.05 / 3.1, 0.05 / 3.1, 4.05 / 15.1, 4.05 / 9.1};
    for (int j = 0; j < 4; j++) {
      assertThat(e.estimate()[j]).isCloseTo(raw[j], within(1e-15));
      double a = y[j] + 0.05;
      double b = n[j] - y[j] + 0.05;
      assertThat(e.ciUpper()[j]).as("upper, dose %s", j + 1).isCloseTo(quantile(0.975, a, b), within(2e-7));
      assertThat(e.pOverdose()[j]).as("overdose, dose %s", j + 1).isCloseTo(1 - cdf(0.3, a, b), within(2e-7));
    }
    // the lower ends of doses 3 and 4 (no pooling: they increase)
    assertThat(e.ciLower()[2]).isCloseTo(quantile(0.025, 4.05, 11.05), within(2e-7));
    assertThat(e.ciLower()[3]).isCloseTo(quantile(0.025, 4.05, 5.05), within(2e-7));
    // 0 DLTs with a 0.05 shape: a lower end far below 1e-9, still positive and at the right quantile
    double lo = e.ciLower()[0];
    assertThat(lo).isPositive().isLessThan(1e-20);
    assertThat(cdf(lo, 0.05, 3.05)).isCloseTo(0.025, within(1e-6));
    assertThat(e.estimate()[4]).isNaN();
    assertThat(e.ciLower()[4]).isNaN();
    assertThat(IsotonicMtdSelector.of(0.3, 0.95, false, 0.05, Double.NaN, 100).select(n, y)).isEqualTo(3);
  }

  @Test
  void decreasingEstimatesArePooledWithTheInverseVarianceWeights() {
    // raw (1.05/3.1, 1.05/6.1) decrease: one pooled block with weights 1/var
    int[] n = {3, 6};
    int[] y = {1, 1};
    double[] raw = {1.05 / 3.1, 1.05 / 6.1};
    double[] w = new double[2];
    for (int j = 0; j < 2; j++) {
      double a = y[j] + 0.05;
      double b = n[j] - y[j] + 0.05;
      w[j] = (n[j] + 0.1) * (n[j] + 0.1) * (n[j] + 1.1) / (a * b);
    }
    double pooled = (w[0] * raw[0] + w[1] * raw[1]) / (w[0] + w[1]);
    IsotonicEstimates e = IsotonicEstimates.of(0.25, n, y);
    assertThat(e.estimate()[0]).isCloseTo(pooled, within(1e-15));
    assertThat(e.estimate()[1]).isCloseTo(pooled, within(1e-15));
    // P(overdose) is pooled without weights: the plain mean of the two
    double p0 = 1 - cdf(0.25, 1.05, 2.05);
    double p1 = 1 - cdf(0.25, 1.05, 5.05);
    assertThat(p0).isGreaterThan(p1);
    assertThat(e.pOverdose()[0]).isCloseTo((p0 + p1) / 2, within(2e-7));
  }

  @Test
  void anUntreatedDoseBetweenTreatedOnesKeepsEachBoundWithItsDose() {
    IsotonicEstimates e = IsotonicEstimates.of(0.3, new int[] {3, 0, 6}, new int[] {0, 0, 2});
    assertThat(e.ciUpper()[1]).isNaN();
    assertThat(e.ciUpper()[2]).isCloseTo(quantile(0.975, 2.05, 4.05), within(2e-7));
  }

  @Test
  void badCountsAreNamed() {
    assertThatThrownBy(() -> IsotonicEstimates.of(0.3, new int[] {3}, new int[] {4})).hasMessageContaining("y = 4");
    assertThatThrownBy(() -> IsotonicEstimates.of(1.3, new int[] {3}, new int[] {1})).hasMessageContaining("target");
  }
}
