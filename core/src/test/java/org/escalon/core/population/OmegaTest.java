package org.escalon.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.Variability;
import org.junit.jupiter.api.Test;

/**
 * Ω and η sampling. Statistical assertions use 10,000 draws and a 4-standard-error band: the two-sided false
 * failure probability of one such assertion is 6.3e-5 for a random seed (the seeds here are fixed, so the tests
 * are deterministic). Deterministic assertions check η = L·z with a hand-computed Cholesky factor.
 */
class OmegaTest {

  private static final int N = 10_000;

  @Test
  void lTimesZReproducesAHandCholeskyFactor() {
    // Ω = [[4,2,0],[2,2,1],[0,1,2]] = L·Lᵀ with L = [[2,0,0],[1,1,0],[0,1,1]] (by hand)
    double[][] cov = {{4, 2, 0}, {2, 2, 1}, {0, 1, 2}};
    Omega omega = Omega.block("omega block (CL, V, MTT)", new Param[] {Param.CL, Param.V, Param.MTT}, cov);
    double[][] l = {{2, 0, 0}, {1, 1, 0}, {0, 1, 1}};
    double[] eta = new double[3];
    for (int j = 0; j < 3; j++) {
      final int col = j;
      int[] k = {0};
      NormalizedGaussianSampler unit = () -> k[0]++ == col ? 1.0 : 0.0; // z = e_j
      omega.sample(unit, eta, new double[3]);
      for (int i = 0; i < 3; i++) {
        assertThat(eta[i]).as("L[%s][%s]", i, j).isCloseTo(l[i][j], within(1e-14));
      }
    }
    assertThat(omega.covariance()).isDeepEqualTo(cov);
    assertThat(omega.params()).containsExactly(Param.CL, Param.V, Param.MTT);
  }

  @Test
  void diagonalSamplingHasTheRequestedStandardDeviations() {
    Omega omega = Omega.diagonal(Map.of(Param.CL, 0.4, Param.DC50_M, 0.8));
    assertThat(omega.size()).isEqualTo(2);
    UniformRandomProvider rng = RandomStreams.stream(11);
    double[] sum = new double[2];
    double[] sumSq = new double[2];
    double cross = 0;
    for (int n = 0; n < N; n++) {
      double[] eta = omega.sample(rng);
      for (int i = 0; i < 2; i++) {
        sum[i] += eta[i];
        sumSq[i] += eta[i] * eta[i];
      }
      cross += eta[0] * eta[1];
    }
    Param[] ps = omega.params();
    for (int i = 0; i < 2; i++) {
      double w = ps[i] == Param.CL ? 0.4 : 0.8;
      double mean = sum[i] / N;
      double var = (sumSq[i] - N * mean * mean) / (N - 1);
      // mean ~ N(0, ω²/n); (n−1)s²/ω² ~ χ²(n−1) ≈ N(n−1, 2(n−1)), so s² has SE ω²·sqrt(2/(n−1))
      assertThat(mean).isCloseTo(0.0, within(4 * w / Math.sqrt(N)));
      assertThat(var).isCloseTo(w * w, within(4 * w * w * Math.sqrt(2.0 / (N - 1))));
    }
    // independent: sample correlation ~ N(0, 1/n)
    double r = cross / N / Math.sqrt(sumSq[0] / N * sumSq[1] / N);
    assertThat(r).isCloseTo(0.0, within(4 / Math.sqrt(N)));
  }

  @Test
  void blockWithCorrelationGivesThatSampleCorrelation() {
    double w1 = 0.4;
    double w2 = 0.3;
    double rho = 0.6;
    Omega omega = Omega.block("omega block (CL, V)", new Param[] {Param.CL, Param.V},
        new double[][] {{w1 * w1, rho * w1 * w2}, {rho * w1 * w2, w2 * w2}});
    UniformRandomProvider rng = RandomStreams.stream(12);
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int n = 0; n < N; n++) {
      double[] eta = omega.sample(rng);
      sx += eta[0];
      sy += eta[1];
      sxx += eta[0] * eta[0];
      syy += eta[1] * eta[1];
      sxy += eta[0] * eta[1];
    }
    double cov = (sxy - sx * sy / N) / (N - 1);
    double vx = (sxx - sx * sx / N) / (N - 1);
    double vy = (syy - sy * sy / N) / (N - 1);
    double r = cov / Math.sqrt(vx * vy);
    // Fisher: atanh(r) ~ N(atanh(ρ), 1/(n − 3))
    assertThat(0.5 * Math.log((1 + r) / (1 - r)))
        .isCloseTo(0.5 * Math.log((1 + rho) / (1 - rho)), within(4 / Math.sqrt(N - 3)));
    assertThat(vx).isCloseTo(w1 * w1, within(4 * w1 * w1 * Math.sqrt(2.0 / (N - 1))));
    assertThat(vy).isCloseTo(w2 * w2, within(4 * w2 * w2 * Math.sqrt(2.0 / (N - 1))));
  }

  @Test
  void defaultsAreTheModelMdOmegasAndLogitNormalStaysInTheUnitInterval() {
    Omega omega = Omega.defaults();
    assertThat(omega.params()).contains(Param.CL, Param.V, Param.EMAXN, Param.MTT);
    double[][] cov = omega.covariance();
    Param[] ps = omega.params();
    for (int i = 0; i < ps.length; i++) {
      assertThat(cov[i][i]).as(ps[i].name())
          .isCloseTo(Math.pow(ps[i].definition().defaultOmega(), 2), within(1e-15));
    }
    int emaxn = java.util.Arrays.asList(ps).indexOf(Param.EMAXN);
    assertThat(omega.variability()[emaxn]).isEqualTo(Variability.LOGIT_NORMAL);
    UniformRandomProvider rng = RandomStreams.stream(13);
    ModelParameters theta = ModelParameters.defaults();
    int below = 0;
    for (int n = 0; n < N; n++) {
      double[] eta = omega.sample(rng);
      IndividualParameters ip = IndividualParameters.of(theta, ps, omega.variability(), eta);
      double e = ip.get(Param.EMAXN);
      assertThat(e).isGreaterThan(0.0).isLessThan(1.0);
      below += e < Param.EMAXN.defaultValue() ? 1 : 0;
      // log-normal: CL/θ = e^η exactly
      assertThat(Math.log(ip.get(Param.CL) / 4.0)).isCloseTo(eta[java.util.Arrays.asList(ps).indexOf(Param.CL)],
          within(1e-12));
    }
    // the median of expit(logit θ + η) is θ: P(EmaxN < θ) = 1/2, SE 0.005
    assertThat(below / (double) N).isCloseTo(0.5, within(4 * 0.005));
    // ten standard deviations out (η = ±15) still inside (0, 1)
    assertThat(Variability.LOGIT_NORMAL.apply(0.2, 15)).isLessThan(1.0);
    assertThat(Variability.LOGIT_NORMAL.apply(0.2, -15)).isGreaterThan(0.0);
  }

  @Test
  void noneHasNoEta() {
    assertThat(Omega.none().size()).isZero();
    assertThat(Omega.none().sample(RandomStreams.stream(1))).isEmpty();
    VirtualPatient typical = VirtualPatient.typical(Omega.defaults());
    assertThat(typical.individualParameters(ModelParameters.defaults(), Omega.defaults()))
        .isEqualTo(IndividualParameters.typical(ModelParameters.defaults()));
  }
}
