package org.escalon.simulation.design.blrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exp/log-free row density ({@link RowEvaluator#densityRow}) against the log density of the same row, and the
 * Lagrange cell integrals against polynomials they integrate exactly.
 */
class RowEvaluatorTest {

  @Test
  void densityRowEqualsTheExponentialOfTheLogDensity() {
    Random r = new Random(11);
    double[] d = {10, 12.5, 15.6, 19.5, 24.4, 30.5, 38.1, 47.7};
    BlrmModel model = BlrmModel.of(d, d[3], BlrmPrior.weaklyInformative(0.25));
    int declined = 0;
    for (int set = 0; set < 100; set++) {
      int[] n = new int[d.length];
      int[] y = new int[d.length];
      int tried = 1 + r.nextInt(d.length);
      for (int j = 0; j < tried; j++) {
        n[j] = r.nextInt(set % 10 == 0 ? 60 : 9);
        y[j] = n[j] == 0 ? 0 : r.nextInt(n[j] + 1);
      }
      RowEvaluator ev = new RowEvaluator(model, n, y);
      double b = -2 + 4 * r.nextDouble();
      double a0 = -6 + 4 * r.nextDouble();
      double da = 0.01 + 0.1 * r.nextDouble();
      int nodes = 20 + r.nextInt(180);
      double[] log = new double[nodes];
      ev.logPosteriorRow(a0, da, b, log);
      double max = Double.NEGATIVE_INFINITY;
      for (double v : log) {
        max = Math.max(max, v);
      }
      double[] g = new double[nodes];
      if (!ev.densityRow(a0, da, b, max, g)) {
        declined++; // a product beyond 1e300 (many patients, large η): the caller uses the log density
        continue;
      }
      for (int i = 0; i < nodes; i++) {
        double expected = Math.exp(log[i] - max);
        assertThat(g[i]).as("set %d node %d", set, i).isCloseTo(expected, within(1e-12 * expected + 1e-300));
      }
    }
    assertThat(declined).isLessThan(10);
  }

  @Test
  void densityRowDeclinesWhenValuesLeaveTheDoubleRange() {
    double[] d = {10, 20};
    BlrmModel model = BlrmModel.of(d, 10, BlrmPrior.weaklyInformative(0.25));
    RowEvaluator ev = new RowEvaluator(model, new int[] {3, 3}, new int[] {0, 1});
    assertThat(ev.densityRow(700, 0.1, 0, 0, new double[30])).isFalse();
  }

  /** An 8- or 10-point interpolant reproduces polynomials of degree ≤ 7: its integrals are exact. */
  @Test
  void cellIntegralsAreExactForPolynomialsOfDegreeBelowTheStencil() {
    Random r = new Random(3);
    for (LagrangeCells rule : new LagrangeCells[] {LagrangeCells.PARTIAL, LagrangeCells.CUMULATIVE}) {
      for (int trial = 0; trial < 50; trial++) {
        double[] c = new double[8]; // degree 7
        for (int k = 0; k < c.length; k++) {
          c[k] = r.nextGaussian() / (1 + k);
        }
        int cells = 12;
        double[] v = new double[cells + 1];
        for (int i = 0; i <= cells; i++) {
          v[i] = poly(c, i);
        }
        for (int cell = 0; cell < cells; cell++) {
          int start = rule.start(cell, cells);
          double t = r.nextDouble();
          double exact = integral(c, cell + t) - integral(c, cell);
          double whole = integral(c, cell + 1) - integral(c, cell);
          double scale = 1e-12 * (1 + Math.abs(integral(c, cells)));
          assertThat(rule.partialCell(v, start, start - cell, t)).isCloseTo(exact, within(scale));
          assertThat(rule.fullCell(v, start, start - cell)).isCloseTo(whole, within(scale));
        }
      }
    }
  }

  private static double poly(double[] c, double x) {
    double p = 0;
    for (int k = c.length - 1; k >= 0; k--) {
      p = p * x + c[k];
    }
    return p;
  }

  private static double integral(double[] c, double x) {
    double p = 0;
    for (int k = c.length - 1; k >= 0; k--) {
      p = p * x + c[k] / (k + 1);
    }
    return p * x;
  }
}
