package org.escalon.simulation.design.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link CrmSkeleton#getprior} against the closed form of Lee and Cheung's recursion and its defining property. */
class CrmSkeletonTest {

  static final double[][] CASES = {
    // halfwidth, target, nu, nlevel
    {0.05, 0.25, 3, 5}, {0.10, 0.25, 3, 6}, {0.04, 0.20, 1, 6}, {0.08, 0.30, 6, 6}, {0.02, 0.10, 4, 8},
    {0.05, 0.25, 1, 1}, {0.15, 0.5, 2, 4}};

  @Test
  void empiricSkeletonsEqualTheClosedForm() {
    for (double[] c : CASES) {
      double h = c[0];
      double t = c[1];
      int nu = (int) c[2];
      int k = (int) c[3];
      double[] s = CrmSkeleton.getprior(h, t, nu, k, CrmModel.EMPIRIC);
      double r = Math.log(t + h) / Math.log(t - h);
      for (int j = 1; j <= k; j++) {
        assertThat(s[j - 1]).as("empiric %s dose %d", java.util.Arrays.toString(c), j)
            .isCloseTo(Math.pow(t, Math.pow(r, j - nu)), within(1e-10));
      }
    }
  }

  @Test
  void logisticSkeletonsEqualTheClosedForm() {
    for (double[] c : CASES) {
      double h = c[0];
      double t = c[1];
      int nu = (int) c[2];
      int k = (int) c[3];
      double[] s = CrmSkeleton.getprior(h, t, nu, k, CrmModel.LOGISTIC);
      double a = 3;
      double r = (logit(t + h) - a) / (logit(t - h) - a);
      for (int j = 1; j <= k; j++) {
        double x = (logit(t) - a) * Math.pow(r, j - nu);
        assertThat(s[j - 1]).as("logistic %s dose %d", java.util.Arrays.toString(c), j)
            .isCloseTo(1 / (1 + Math.exp(-a - x)), within(1e-10));
      }
    }
  }

  /** The defining property: for each pair of neighbours there is a β with p_k(β) = t − δ and p_{k+1}(β) = t + δ. */
  @Test
  void neighbouringIndifferenceIntervalsMeetAtTargetPlusMinusHalfwidth() {
    // the dfcrm getprior example: delta 0.1, target 0.25, prior MTD 3, 6 levels, logistic
    for (CrmModel model : CrmModel.values()) {
      double t = 0.25;
      double h = 0.10;
      double[] s = CrmSkeleton.getprior(h, t, 3, 6, model);
      assertThat(s[2]).isCloseTo(t, within(1e-14));
      double[] x = model.doseLabels(s, 3);
      for (int j = 0; j + 1 < s.length; j++) {
        double beta = model.betaAtProbability(x[j], t - h, 3);
        assertThat(model.probability(x[j], beta, 3)).isCloseTo(t - h, within(1e-12));
        assertThat(model.probability(x[j + 1], beta, 3)).as("%s dose %d", model, j + 2)
            .isCloseTo(t + h, within(1e-12));
      }
      for (int j = 1; j < s.length; j++) {
        assertThat(s[j]).isGreaterThan(s[j - 1]);
      }
    }
  }

  @Test
  void rejectsBadArgumentsNamingThem() {
    assertThatThrownBy(() -> CrmSkeleton.getprior(0.3, 0.25, 3, 5, CrmModel.EMPIRIC))
        .hasMessageContaining("halfwidth = 0.3");
    assertThatThrownBy(() -> CrmSkeleton.getprior(0.05, 0.25, 6, 5, CrmModel.EMPIRIC))
        .hasMessageContaining("nu = 6: must be in 1..5");
    assertThatThrownBy(() -> CrmSkeleton.getprior(0.05, 1.25, 3, 5, CrmModel.EMPIRIC))
        .hasMessageContaining("target = 1.25");
    assertThatThrownBy(() -> CrmSkeleton.getprior(0.05, 0.93, 3, 5, CrmModel.LOGISTIC))
        .hasMessageContaining("halfwidth = 0.05");
    assertThatThrownBy(() -> CrmSkeleton.getprior(Double.NaN, 0.25, 3, 5, CrmModel.LOGISTIC))
        .hasMessageContaining("halfwidth = NaN");
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
