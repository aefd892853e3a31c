package org.escalon.core.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The tableaux of the explicit pairs are checked, not trusted: every order condition (one per rooted tree, Hairer,
 * Nørsett &amp; Wanner, <i>Solving ODEs I</i>, §II.2, Table 2.2) of the 5th-order solution up to order 5 and of
 * the embedded solution up to order 4, evaluated here in double precision from the coefficients the integrators
 * use; and that each stops there (some condition of the next order fails), so that the error estimate is really
 * of lower order. For Tsitouras 5(4) also the continuous extension: b_i(1) = b_i and the conditions up to order 4
 * with θ^q/γ(t) on the right.
 */
class RungeKuttaOrderConditionsTest {

  private static final double TOL = 2e-14;

  /** The 17 trees up to order 5: Φ_t(b) for weights b, with its order and density γ(t). */
  private static double[][] conditions(double[] b, double[][] a, double[] c) {
    int s = b.length;
    double[] c2 = new double[s];
    double[] c3 = new double[s];
    double[] c4 = new double[s];
    for (int i = 0; i < s; i++) {
      c2[i] = c[i] * c[i];
      c3[i] = c2[i] * c[i];
      c4[i] = c3[i] * c[i];
    }
    double[] ac = mul(a, c);
    double[] ac2 = mul(a, c2);
    double[] ac3 = mul(a, c3);
    double[] aac = mul(a, ac);
    double[] aac2 = mul(a, ac2);
    double[] aaac = mul(a, aac);
    double[] cac = had(c, ac);
    double[] acac = mul(a, cac);
    double[] one = new double[s];
    java.util.Arrays.fill(one, 1.0);
    return new double[][] {
        {1, dot(b, one), 1},
        {2, dot(b, c), 2},
        {3, dot(b, c2), 3}, {3, dot(b, ac), 6},
        {4, dot(b, c3), 4}, {4, dot(b, cac), 8}, {4, dot(b, ac2), 12}, {4, dot(b, aac), 24},
        {5, dot(b, c4), 5}, {5, dot(b, had(c2, ac)), 10}, {5, dot(b, had(ac, ac)), 20},
        {5, dot(b, had(c, ac2)), 15}, {5, dot(b, had(c, aac)), 30}, {5, dot(b, ac3), 20},
        {5, dot(b, acac), 40}, {5, dot(b, aac2), 60}, {5, dot(b, aaac), 120},
    };
  }

  private static double[] mul(double[][] a, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < i; j++) {
        out[i] += a[i][j] * v[j];
      }
    }
    return out;
  }

  private static double[] had(double[] x, double[] y) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * y[i];
    }
    return out;
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  /** Asserts every condition up to {@code order} and that at least one of order {@code order + 1} fails. */
  private static void assertOrder(String name, double[] b, double[][] a, double[] c, int order) {
    boolean nextFails = false;
    for (double[] cond : conditions(b, a, c)) {
      double expected = 1.0 / cond[2];
      if (cond[0] <= order) {
        assertThat(cond[1]).as("%s: tree of order %s with γ = %s", name, cond[0], cond[2])
            .isCloseTo(expected, within(TOL));
      } else if (cond[0] == order + 1 && Math.abs(cond[1] - expected) > 1e-6) {
        nextFails = true;
      }
    }
    if (order == 4) {
      assertThat(nextFails).as("%s is not of order 5", name).isTrue();
    } else {
      // order 5: a condition of order 6 fails (Σ b·c⁵ ≠ 1/6 is enough to show the order is exactly 5)
      double bc5 = 0;
      for (int i = 0; i < b.length; i++) {
        bc5 += b[i] * Math.pow(c[i], 5);
      }
      double[] ac4 = mul(a, java.util.Arrays.stream(c).map(x -> Math.pow(x, 4)).toArray());
      boolean sixth = Math.abs(bc5 - 1.0 / 6) > 1e-6 || Math.abs(dot(b, ac4) - 1.0 / 30) > 1e-6;
      assertThat(sixth).as("%s is not of order 6", name).isTrue();
    }
  }

  private static void assertRowSums(String name, double[][] a, double[] c) {
    for (int i = 0; i < c.length; i++) {
      double s = 0;
      for (int j = 0; j < i; j++) {
        s += a[i][j];
      }
      assertThat(s).as("%s: row sum %s", name, i).isCloseTo(c[i], within(TOL));
    }
  }

  private static double[] minus(double[] b, double[] e) {
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i] - e[i];
    }
    return out;
  }

  @Test
  void dormandPrince54() {
    double[] c = {0, DormandPrince54Tableau.C2, DormandPrince54Tableau.C3, DormandPrince54Tableau.C4,
        DormandPrince54Tableau.C5, 1, 1};
    double[][] a = {
        {},
        {DormandPrince54Tableau.A21},
        {DormandPrince54Tableau.A31, DormandPrince54Tableau.A32},
        {DormandPrince54Tableau.A41, DormandPrince54Tableau.A42, DormandPrince54Tableau.A43},
        {DormandPrince54Tableau.A51, DormandPrince54Tableau.A52, DormandPrince54Tableau.A53,
            DormandPrince54Tableau.A54},
        {DormandPrince54Tableau.A61, DormandPrince54Tableau.A62, DormandPrince54Tableau.A63,
            DormandPrince54Tableau.A64, DormandPrince54Tableau.A65},
        {DormandPrince54Tableau.A71, 0, DormandPrince54Tableau.A73, DormandPrince54Tableau.A74,
            DormandPrince54Tableau.A75, DormandPrince54Tableau.A76}};
    double[] b = {DormandPrince54Tableau.A71, 0, DormandPrince54Tableau.A73, DormandPrince54Tableau.A74,
        DormandPrince54Tableau.A75, DormandPrince54Tableau.A76, 0};
    double[] e = {DormandPrince54Tableau.E1, 0, DormandPrince54Tableau.E3, DormandPrince54Tableau.E4,
        DormandPrince54Tableau.E5, DormandPrince54Tableau.E6, DormandPrince54Tableau.E7};
    double[][] full = square(a);
    assertRowSums("DP54", full, c);
    assertOrder("DP54 b", b, full, c, 5);
    assertOrder("DP54 b̂ = b − e", minus(b, e), full, c, 4);
  }

  private static double[][] square(double[][] ragged) {
    double[][] full = new double[ragged.length][ragged.length];
    for (int i = 0; i < ragged.length; i++) {
      System.arraycopy(ragged[i], 0, full[i], 0, ragged[i].length);
    }
    return full;
  }

  private static final double[] TSIT_C = {0, Tsitouras54Tableau.C2, Tsitouras54Tableau.C3, Tsitouras54Tableau.C4,
      Tsitouras54Tableau.C5, 1, 1};
  private static final double[][] TSIT_A = square(new double[][] {
      {},
      {Tsitouras54Tableau.A21},
      {Tsitouras54Tableau.A31, Tsitouras54Tableau.A32},
      {Tsitouras54Tableau.A41, Tsitouras54Tableau.A42, Tsitouras54Tableau.A43},
      {Tsitouras54Tableau.A51, Tsitouras54Tableau.A52, Tsitouras54Tableau.A53, Tsitouras54Tableau.A54},
      {Tsitouras54Tableau.A61, Tsitouras54Tableau.A62, Tsitouras54Tableau.A63, Tsitouras54Tableau.A64,
          Tsitouras54Tableau.A65},
      {Tsitouras54Tableau.A71, Tsitouras54Tableau.A72, Tsitouras54Tableau.A73, Tsitouras54Tableau.A74,
          Tsitouras54Tableau.A75, Tsitouras54Tableau.A76}});
  private static final double[] TSIT_B = {Tsitouras54Tableau.A71, Tsitouras54Tableau.A72, Tsitouras54Tableau.A73,
      Tsitouras54Tableau.A74, Tsitouras54Tableau.A75, Tsitouras54Tableau.A76, 0};

  @Test
  void tsitouras54() {
    double[] e = {Tsitouras54Tableau.E1, Tsitouras54Tableau.E2, Tsitouras54Tableau.E3, Tsitouras54Tableau.E4,
        Tsitouras54Tableau.E5, Tsitouras54Tableau.E6, Tsitouras54Tableau.E7};
    assertRowSums("Tsit5", TSIT_A, TSIT_C);
    assertOrder("Tsit5 b", TSIT_B, TSIT_A, TSIT_C, 5);
    assertOrder("Tsit5 b̂ = b − e", minus(TSIT_B, e), TSIT_A, TSIT_C, 4);
  }

  /** b_i(θ) of the Tsitouras continuous extension. */
  private static double[] tsitourasDense(double th) {
    double[][] r = {
        {Tsitouras54Tableau.R11, Tsitouras54Tableau.R12, Tsitouras54Tableau.R13, Tsitouras54Tableau.R14},
        {0, Tsitouras54Tableau.R22, Tsitouras54Tableau.R23, Tsitouras54Tableau.R24},
        {0, Tsitouras54Tableau.R32, Tsitouras54Tableau.R33, Tsitouras54Tableau.R34},
        {0, Tsitouras54Tableau.R42, Tsitouras54Tableau.R43, Tsitouras54Tableau.R44},
        {0, Tsitouras54Tableau.R52, Tsitouras54Tableau.R53, Tsitouras54Tableau.R54},
        {0, Tsitouras54Tableau.R62, Tsitouras54Tableau.R63, Tsitouras54Tableau.R64},
        {0, Tsitouras54Tableau.R72, Tsitouras54Tableau.R73, Tsitouras54Tableau.R74}};
    double[] b = new double[7];
    for (int i = 0; i < 7; i++) {
      b[i] = r[i][0] * th + r[i][1] * th * th + r[i][2] * th * th * th + r[i][3] * th * th * th * th;
    }
    return b;
  }

  @Test
  void tsitourasContinuousExtension() {
    double[] b1 = tsitourasDense(1.0);
    for (int i = 0; i < 7; i++) {
      assertThat(b1[i]).as("b_%s(1)", i + 1).isCloseTo(TSIT_B[i], within(1e-14));
    }
    for (double th : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      double[] bt = tsitourasDense(th);
      for (double[] cond : conditions(bt, TSIT_A, TSIT_C)) {
        if (cond[0] <= 4) {
          double expected = Math.pow(th, cond[0]) / cond[2];
          assertThat(cond[1]).as("θ = %s, tree of order %s with γ = %s", th, cond[0], cond[2])
              .isCloseTo(expected, within(1e-13));
        }
      }
    }
  }
}
