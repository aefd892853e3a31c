package org.escalon.simulation.design.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CRM fits against an independent brute-force integration written here: composite Simpson's rule with 120,000
 * intervals on [−16, 16] of dfcrm's own integrand (a product over patients, as {@code crmh} in dfcrm, not our
 * per-dose terms), for both models, with and without TITE weights.
 */
class CrmPosteriorTest {

  static final double[] SKEL = {0.05, 0.10, 0.20, 0.35, 0.50, 0.70};
  static final double SIGMA = Math.sqrt(1.34);

  /** Patient data: level (1-based), DLT, weight. */
  record Data(String name, int[] level, boolean[] dlt, double[] weight) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Data counts(String name, int[] n, int[] y) {
    List<Integer> lv = new ArrayList<>();
    List<Boolean> t = new ArrayList<>();
    for (int j = 0; j < n.length; j++) {
      for (int i = 0; i < n[j]; i++) {
        lv.add(j + 1);
        t.add(i < y[j]);
      }
    }
    int[] level = lv.stream().mapToInt(Integer::intValue).toArray();
    boolean[] dlt = new boolean[t.size()];
    double[] w = new double[t.size()];
    for (int i = 0; i < dlt.length; i++) {
      dlt[i] = t.get(i);
      w[i] = 1;
    }
    return new Data(name, level, dlt, w);
  }

  static Stream<Data> countData() {
    return Stream.of(
        counts("empty", new int[6], new int[6]),
        counts("dfcrm crm example", new int[] {0, 3, 4, 3, 0, 0}, new int[] {0, 0, 1, 2, 0, 0}),
        counts("3 at dose 1, no DLT", new int[] {3, 0, 0, 0, 0, 0}, new int[6]),
        counts("all DLTs at dose 1", new int[] {3, 0, 0, 0, 0, 0}, new int[] {3, 0, 0, 0, 0, 0}),
        counts("large trial", new int[] {6, 12, 30, 18, 6, 3}, new int[] {0, 1, 7, 8, 4, 3}),
        counts("no DLT at all doses", new int[] {3, 3, 3, 3, 3, 15}, new int[6]),
        counts("contradicting", new int[] {10, 0, 0, 0, 0, 10}, new int[] {5, 0, 0, 0, 0, 0}));
  }

  static Stream<Arguments> countCases() {
    List<Arguments> list = new ArrayList<>();
    countData().forEach(d -> {
      list.add(Arguments.of(CrmModel.EMPIRIC, d));
      list.add(Arguments.of(CrmModel.LOGISTIC, d));
    });
    return list.stream();
  }

  static Stream<Arguments> weightedCases() {
    // dfcrm titecrm example: level, y, follow-up u of 180 days (linear weights u/180 capped at 1)
    int[] level = {3, 3, 3, 4, 4, 3, 2, 2, 2, 3};
    int[] y = {0, 0, 1, 0, 1, 0, 0, 0, 0, 0};
    double[] u = {178, 181, 168, 181, 24, 181, 179, 102, 42, 3};
    boolean[] dlt = new boolean[10];
    double[] w = new double[10];
    for (int i = 0; i < 10; i++) {
      dlt[i] = y[i] == 1;
      w[i] = dlt[i] ? 1 : Math.min(1, u[i] / 180);
    }
    Data d = new Data("dfcrm titecrm example", level, dlt, w);
    return Stream.of(Arguments.of(CrmModel.EMPIRIC, d), Arguments.of(CrmModel.LOGISTIC, d));
  }

  /** [Z, E β, E β², E p_1..E p_K] by Simpson on dfcrm's integrand. */
  static double[] brute(CrmModel model, double[] skel, Data d) {
    double a = 3;
    double[] x = new double[skel.length];
    for (int j = 0; j < skel.length; j++) {
      x[j] = model == CrmModel.EMPIRIC ? skel[j] : Math.log(skel[j] / (1 - skel[j])) - a;
    }
    int m = 120_000;
    double lo = -16;
    double hi = 16;
    double h = (hi - lo) / m;
    double[] s = new double[3 + skel.length];
    for (int i = 0; i <= m; i++) {
      double beta = lo + i * h;
      double c = (i == 0 || i == m) ? 1 : (i % 2 == 1 ? 4 : 2);
      double v = Math.exp(-beta * beta / 2 / (SIGMA * SIGMA));
      for (int p = 0; p < d.level.length; p++) {
        double pr = prob(model, x[d.level[p] - 1], beta, a);
        v *= d.dlt[p] ? pr : 1 - d.weight[p] * pr;
      }
      s[0] += c * v;
      s[1] += c * v * beta;
      s[2] += c * v * beta * beta;
      for (int j = 0; j < skel.length; j++) {
        s[3 + j] += c * v * prob(model, x[j], beta, a);
      }
    }
    double z = s[0];
    for (int i = 0; i < s.length; i++) {
      s[i] = s[i] / z;
    }
    s[0] = z * h / 3;
    return s;
  }

  static double prob(CrmModel model, double x, double beta, double a) {
    return model == CrmModel.EMPIRIC ? Math.pow(x, Math.exp(beta)) : 1 / (1 + Math.exp(-a - Math.exp(beta) * x));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("countCases")
  void countFitsAgreeWithBruteForceIntegration(CrmModel model, Data d) {
    CrmPosterior post = CrmPosterior.of(model, SKEL);
    int[] n = new int[6];
    int[] y = new int[6];
    for (int i = 0; i < d.level.length; i++) {
      n[d.level[i] - 1]++;
      y[d.level[i] - 1] += d.dlt[i] ? 1 : 0;
    }
    CrmFit fit = post.fit(n, y, 0.2, 0.9);
    checkAgainstBrute(model, d, fit);
    assertThat(post.betaMean(n, y)).isEqualTo(fit.betaMean());
    // the weighted fit with all weights 1 is the same posterior
    CrmFit w = post.fitWeighted(d.level, d.dlt, d.weight, 0.2, 0.9);
    assertThat(w.betaMean()).isCloseTo(fit.betaMean(), within(1e-12));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("weightedCases")
  void weightedFitsAgreeWithBruteForceIntegration(CrmModel model, Data d) {
    CrmFit fit = CrmPosterior.of(model, SKEL).fitWeighted(d.level, d.dlt, d.weight, 0.2, 0.9);
    checkAgainstBrute(model, d, fit);
  }

  private static void checkAgainstBrute(CrmModel model, Data d, CrmFit fit) {
    double[] b = brute(model, SKEL, d);
    double mean = b[1];
    double var = b[2] - mean * mean;
    assertThat(fit.betaMean()).as("posterior mean of beta").isCloseTo(mean, within(1e-7));
    assertThat(fit.betaVar()).as("posterior variance of beta").isCloseTo(var, within(1e-7));
    double z = 1.6448536269514722; // qnorm(0.95)
    for (int j = 0; j < SKEL.length; j++) {
      double[] x = CrmModel.values()[model.ordinal()].doseLabels(SKEL, 3);
      assertThat(fit.ptox()[j]).isCloseTo(prob(model, x[j], mean, 3), within(1e-7));
      assertThat(fit.ptoxLower()[j]).isCloseTo(prob(model, x[j], mean + z * Math.sqrt(var), 3), within(1e-7));
      assertThat(fit.ptoxUpper()[j]).isCloseTo(prob(model, x[j], mean - z * Math.sqrt(var), 3), within(1e-7));
      assertThat(fit.postMeanDltProb()[j]).as("E p_%d", j + 1).isCloseTo(b[3 + j], within(1e-7));
    }
  }

  @Test
  void tailProbabilityOfTheLowestDoseAgreesWithBruteForce() {
    int[] n = {6, 3, 0, 0, 0, 0};
    int[] y = {3, 2, 0, 0, 0, 0};
    for (CrmModel model : CrmModel.values()) {
      CrmPosterior post = CrmPosterior.of(model, SKEL);
      double target = 0.2;
      double[] x = model.doseLabels(SKEL, 3);
      // brute force: fraction of posterior mass where p_1(beta) > target
      int m = 400_000;
      double h = 32.0 / m;
      double all = 0;
      double above = 0;
      for (int i = 0; i <= m; i++) {
        double beta = -16 + i * h;
        double v = Math.exp(-beta * beta / 2 / 1.34);
        for (int j = 0; j < 6; j++) {
          double p = prob(model, x[j], beta, 3);
          v *= Math.pow(p, y[j]) * Math.pow(1 - p, n[j] - y[j]);
        }
        all += v;
        if (prob(model, x[0], beta, 3) > target) {
          above += v;
        }
      }
      assertThat(post.probabilityAbove(n, y, 1, target)).as(model.key()).isCloseTo(above / all, within(1e-4));
    }
  }

  @Test
  void recommendationEdgeRulesByHand() {
    // all estimates at or below the target -> top level
    assertThat(CrmPosterior.recommend(new double[] {0.05, 0.1, 0.2}, 0.25)).isEqualTo(3);
    assertThat(CrmPosterior.recommend(new double[] {0.05, 0.1, 0.25}, 0.25)).isEqualTo(3);
    // all at or above -> level 1
    assertThat(CrmPosterior.recommend(new double[] {0.3, 0.4, 0.5}, 0.25)).isEqualTo(1);
    assertThat(CrmPosterior.recommend(new double[] {0.25, 0.4, 0.5}, 0.25)).isEqualTo(1);
    // "all below" wins when every estimate equals the target (dfcrm checks it first)
    assertThat(CrmPosterior.recommend(new double[] {0.25, 0.25}, 0.25)).isEqualTo(2);
    // closest; exact ties -> the lower level (0.125 and 0.375 are exact binary fractions)
    assertThat(CrmPosterior.recommend(new double[] {0.05, 0.125, 0.375, 0.6}, 0.25)).isEqualTo(2);
    assertThat(CrmPosterior.recommend(new double[] {0.05, 0.2, 0.28, 0.6}, 0.25)).isEqualTo(3);
    // non-monotone estimates: the first closest
    assertThat(CrmPosterior.recommend(new double[] {0.3, 0.1, 0.3}, 0.25)).isEqualTo(1);
  }

  @Test
  void hotPathRecommendationEqualsTheFitsRecommendation() {
    for (CrmModel model : CrmModel.values()) {
      CrmPosterior post = CrmPosterior.of(model, SKEL);
      countData().forEach(d -> {
        int[] n = new int[6];
        int[] y = new int[6];
        for (int i = 0; i < d.level.length; i++) {
          n[d.level[i] - 1]++;
          y[d.level[i] - 1] += d.dlt[i] ? 1 : 0;
        }
        for (double t : new double[] {0.1, 0.2, 0.3, 0.5}) {
          CrmFit fit = post.fit(n, y, t, 0.9);
          assertThat(post.recommend(fit.betaMean(), t)).isEqualTo(fit.recommended());
        }
      });
    }
  }

  @Test
  void withoutDataThePosteriorIsThePrior() {
    CrmFit fit = CrmPosterior.of(CrmModel.EMPIRIC, SKEL).fit(new int[6], new int[6], 0.2, 0.9);
    assertThat(fit.betaMean()).isCloseTo(0, within(1e-12));
    assertThat(fit.betaVar()).isCloseTo(1.34, within(1e-10));
    assertThat(fit.ptox()).containsExactly(SKEL, within(1e-15));
    assertThat(fit.recommended()).isEqualTo(3);
  }

  /**
   * Without data E[p_j] = E[p_j(β)] for β ~ N(0, 1.34): the posterior-mean DLT probabilities to 1e−11 against a
   * Simpson rule with 400,000 intervals on [−12, 12] written here (the p_j(β)·φ(β) integrand needs a finer step
   * than φ alone; the logistic model's E[p_j] was once 1.2e−8 off for that reason).
   */
  @Test
  void posteriorMeanDltProbabilitiesOfThePriorToHighAccuracy() {
    for (CrmModel model : CrmModel.values()) {
      double[] x = model.doseLabels(SKEL, 3);
      CrmFit fit = CrmPosterior.of(model, SKEL).fit(new int[6], new int[6], 0.2, 0.9);
      for (int j = 0; j < SKEL.length; j++) {
        int m = 400_000;
        double h = 24.0 / m;
        double num = 0;
        double den = 0;
        for (int i = 0; i <= m; i++) {
          double beta = -12 + i * h;
          double c = i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2;
          double phi = Math.exp(-beta * beta / (2 * 1.34));
          num += c * phi * prob(model, x[j], beta, 3);
          den += c * phi;
        }
        assertThat(fit.postMeanDltProb()[j]).as("%s E p_%d", model, j + 1).isCloseTo(num / den, within(1e-11));
      }
    }
  }

  /** The one-logarithm-per-node integrand equals the per-term one to rounding, for both models and any β. */
  @Test
  void productFormOfTheIntegrandEqualsThePerTermForm() {
    java.util.Random r = new java.util.Random(7);
    for (CrmModel model : CrmModel.values()) {
      CrmPosterior post = CrmPosterior.of(model, SKEL);
      double[] labels = post.doseLabels();
      double[] q = labels.clone();
      if (model == CrmModel.EMPIRIC) {
        for (int j = 0; j < q.length; j++) {
          q[j] = Math.log(labels[j]);
        }
      }
      for (int set = 0; set < 200; set++) {
        Quadrature quad = new Quadrature(model, q, 3, SIGMA, 6);
        int big = set % 10 == 0 ? Quadrature.MAX_PRODUCT_COUNT : 12;
        for (int j = 0; j < 6; j++) {
          int n = r.nextInt(big + 1);
          int y = r.nextInt(n + 1);
          quad.add(j, y, n - y, 1);
        }
        quad.integrate(); // decides the product form (every term is an integer count of weight 1)
        assertThat(quad.productForm()).isTrue();
        for (int i = 0; i < 50; i++) {
          double beta = -8 + 16 * r.nextDouble();
          double terms = quad.logFTerms(beta);
          double product = quad.logFProduct(beta);
          assertThat(product).as("%s set %d beta %s", model, set, beta)
              .isCloseTo(terms, within(1e-12 * Math.max(1, Math.abs(terms))));
        }
      }
    }
  }

  @Test
  void rejectsBadInputNamingTheParameter() {
    assertThatThrownBy(() -> CrmPosterior.of(CrmModel.EMPIRIC, new double[] {0.1, 1.0}))
        .hasMessageContaining("skeleton[2] = 1.0");
    assertThatThrownBy(() -> CrmPosterior.of(CrmModel.LOGISTIC, new double[] {0.1, 0.96}))
        .hasMessageContaining("skeleton[2] = 0.96");
    assertThatThrownBy(() -> CrmPosterior.of(CrmModel.EMPIRIC, SKEL, 3, Double.NaN))
        .hasMessageContaining("scale = NaN");
    CrmPosterior p = CrmPosterior.of(CrmModel.EMPIRIC, SKEL);
    assertThatThrownBy(() -> p.fit(new int[6], new int[6], 1.2, 0.9)).hasMessageContaining("target = 1.2");
    assertThatThrownBy(() -> p.fit(new int[6], new int[6], 0.2, 1)).hasMessageContaining("confLevel = 1.0");
    assertThatThrownBy(() -> p.fit(new int[] {1, 0, 0, 0, 0, 0}, new int[] {2, 0, 0, 0, 0, 0}, 0.2, 0.9))
        .hasMessageContaining("dose 1: n = 1, y = 2");
    assertThatThrownBy(() -> p.fitWeighted(new int[] {1}, new boolean[] {false}, new double[] {1.5}, 0.2, 0.9))
        .hasMessageContaining("weight[0] = 1.5");
  }
}
