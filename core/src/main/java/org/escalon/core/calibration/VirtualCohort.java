package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.Variability;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.VirtualPatient;

/**
 * The virtual patients shared by every evaluation (common random numbers). Patient {@code i} is drawn once from
 * stream {@code (seed, i)}: standard normals z (ziggurat), age, then the latent uniforms, in the order of
 * {@link PopulationModel#sample}. The η of an evaluation is
 *
 * <pre>
 *   w = L_R·z          (L_R = chol(R), R the correlation matrix of the starting Ω; fitted ω not in Ω: independent)
 *   η_k = ω_k·w_k      (ω_k the fitted or starting SD of η_k)
 * </pre>
 *
 * so {@code Cov(η) = D·R·D} with {@code D = diag(ω)}: a new ω rescales the same draws and keeps the correlations.
 * Immutable after construction; thread-safe.
 */
final class VirtualCohort {

  private final Param[] etaParams;
  private final Variability[] variability;
  private final double[] startSd;
  private final double[][] correlation;
  private final double[][] w;
  private final Covariates[] covariates;
  private final double[][] latent;

  VirtualCohort(PopulationModel start, List<Param> fittedOmega, int patients, long seed) {
    Omega omega = start.omega();
    List<Param> ps = new ArrayList<>(Arrays.asList(omega.params()));
    List<Variability> vs = new ArrayList<>(Arrays.asList(omega.variability()));
    for (Param p : fittedOmega) {
      if (!ps.contains(p)) {
        ps.add(p);
        Variability d = p.definition().variability();
        vs.add(d == Variability.NONE ? Variability.LOG_NORMAL : d);
      }
    }
    int k = ps.size();
    etaParams = ps.toArray(new Param[0]);
    variability = vs.toArray(new Variability[0]);
    double[][] cov = omega.covariance();
    startSd = new double[k];
    correlation = new double[k][k];
    for (int a = 0; a < k; a++) {
      startSd[a] = a < cov.length ? Math.sqrt(cov[a][a]) : 0;
      for (int b = 0; b < k; b++) {
        correlation[a][b] = a < cov.length && b < cov.length ? cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b])
            : a == b ? 1 : 0;
      }
      correlation[a][a] = 1;
    }
    double[][] l = cholesky(correlation);
    w = new double[patients][k];
    covariates = new Covariates[patients];
    latent = new double[patients][VirtualPatient.LATENT_COUNT];
    double[] z = new double[k];
    for (int i = 0; i < patients; i++) {
      UniformRandomProvider rng = RandomStreams.stream(seed, i);
      NormalizedGaussianSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
      for (int a = 0; a < k; a++) {
        z[a] = g.sample();
      }
      for (int a = 0; a < k; a++) {
        double s = 0;
        for (int b = 0; b <= a; b++) {
          s += l[a][b] * z[b];
        }
        w[i][a] = s;
      }
      covariates[i] = new Covariates(start.age().sample(rng));
      for (int u = 0; u < VirtualPatient.LATENT_COUNT; u++) {
        latent[i][u] = rng.nextDouble();
      }
    }
  }

  private static double[][] cholesky(double[][] r) {
    int n = r.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = r[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }

  int size() {
    return covariates.length;
  }

  /** The η parameters, starting Ω first then fitted ω outside it. */
  Param[] etaParams() {
    return etaParams.clone();
  }

  /** Starting SD of each η (0 for a fitted ω outside the starting Ω). */
  double[] startSd() {
    return startSd.clone();
  }

  /** Index of {@code p} among the η parameters, or −1. */
  int etaIndex(Param p) {
    for (int a = 0; a < etaParams.length; a++) {
      if (etaParams[a] == p) {
        return a;
      }
    }
    return -1;
  }

  /** Patient {@code i}'s parameters under typical values {@code theta} and SDs {@code sd}. */
  IndividualParameters individual(int i, ModelParameters theta, double[] sd) {
    // sampled values are not checked against the typical-value ranges (a wide omega puts its tail outside them):
    // the same path as PopulationModel's patients; parameters with sd 0 are left exactly at theta
    int k = 0;
    for (double x : sd) {
      k += x != 0 ? 1 : 0;
    }
    Param[] ps = new Param[k];
    Variability[] vs = new Variability[k];
    double[] eta = new double[k];
    k = 0;
    for (int a = 0; a < etaParams.length; a++) {
      if (sd[a] != 0) {
        ps[k] = etaParams[a];
        vs[k] = variability[a];
        eta[k++] = sd[a] * w[i][a];
      }
    }
    return IndividualParameters.of(theta, ps, vs, eta);
  }

  Covariates covariates(int i) {
    return covariates[i];
  }

  double[] latent(int i) {
    return latent[i];
  }

  /**
   * Ω with SDs {@code sd} and the starting correlations ({@code D·R·D}); diagonal (zero ω dropped) when every
   * correlation is 0.
   */
  Omega omega(double[] sd) {
    int k = etaParams.length;
    boolean diagonal = true;
    double[][] cov = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        cov[a][b] = sd[a] * correlation[a][b] * sd[b];
        diagonal &= a == b || correlation[a][b] == 0;
      }
    }
    if (diagonal) {
      java.util.Map<Param, Double> m = new java.util.LinkedHashMap<>();
      for (int a = 0; a < k; a++) {
        m.put(etaParams[a], sd[a]);
      }
      return Omega.diagonal(m);
    }
    return Omega.block("omega", etaParams, cov);
  }
}
