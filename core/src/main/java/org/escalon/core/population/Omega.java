package org.escalon.core.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.escalon.core.model.Param;
import org.escalon.core.model.Variability;

/**
 * Between-subject variability: the η vector of an individual and its covariance matrix Ω (NONMEM's
 * {@code $OMEGA}; a diagonal Ω holds ω² of independent η, a block holds covariances). Immutable and thread-safe.
 *
 * <p>η is drawn as {@code η = L·z} with {@code L = chol(Ω)} computed once with EJML and {@code z} standard normal
 * from Commons RNG's ziggurat sampler. A block that is not symmetric positive definite is rejected.
 */
public final class Omega {

  private final Param[] params;
  private final Variability[] variability;
  private final double[][] covariance;
  private final double[][] lower;

  private Omega(Param[] params, Variability[] variability, double[][] covariance, String name) {
    this.params = params;
    this.variability = variability;
    this.covariance = covariance;
    this.lower = cholesky(covariance, name);
  }

  /**
   * docs/model.md §3: independent η with the default ω of every parameter that has variability.
   *
   * @return a copy with defaultVariability replaced
   */
  public static Omega defaults() {
    Map<Param, Double> m = new LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      m.put(p, p.definition().defaultOmega());
    }
    return diagonal(m);
  }

  /**
   * No variability at all (every individual is the typical one).
   *
   * @return no variability at all (every individual is the typical one)
   */
  public static Omega none() {
    return new Omega(new Param[0], new Variability[0], new double[0][0], "omega");
  }

  /**
   * The largest ω (SD of η) anywhere: the Java API, scenario files ({@code model.omega}), {@code --omega} and
   * calibration bounds. ω = 5 already puts ±1 SD a factor e<sup>10</sup> apart.
   */
  public static final double MAX_SD = 5;

  /**
   * Independent η with the given ω (SD of η). Parameters whose definition has no variability get log-normal
   * variability.
   *
   * @param omegas ω (SD of η) per parameter, each in [0, {@link #MAX_SD}]
   * @return independent η with the given ω (SD of η)
   * @throws IllegalArgumentException for an ω outside [0, {@link #MAX_SD}] (named)
   */
  public static Omega diagonal(Map<Param, Double> omegas) {
    Objects.requireNonNull(omegas, "omegas");
    List<Param> ps = new ArrayList<>();
    List<Double> sd = new ArrayList<>();
    for (Map.Entry<Param, Double> e : omegas.entrySet()) {
      Param p = Objects.requireNonNull(e.getKey(), "parameter");
      double w = e.getValue() == null ? Double.NaN : e.getValue();
      if (!(w >= 0) || !(w <= MAX_SD)) {
        throw new IllegalArgumentException("omega of " + p + " = " + w + ": must be in [0, " + (int) MAX_SD
            + "] (the SD of eta; 5 already spans a factor e^10 = 22026 between -1 and +1 SD on the log scale)");
      }
      if (w > 0) {
        ps.add(p);
        sd.add(w);
      }
    }
    int n = ps.size();
    double[][] cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      cov[i][i] = sd.get(i) * sd.get(i);
    }
    Param[] arr = ps.toArray(new Param[0]);
    return new Omega(arr, variabilityOf(arr), cov, "omega");
  }

  /**
   * A full Ω block over {@code params} (covariance of η, NONMEM {@code $OMEGA BLOCK}).
   *
   * @param name name of the block for error messages (e.g. "omega block (CL, V)")
   * @param params the parameters of the block, in the order of the covariance's rows
   * @param covariance the covariance of η over those parameters, positive definite
   * @return a full Ω block over {@code params} (covariance of η, NONMEM {@code $OMEGA BLOCK})
   * @throws IllegalArgumentException when the matrix is not square of the right size, not symmetric, or not
   * positive definite
   */
  public static Omega block(String name, Param[] params, double[][] covariance) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(covariance, "covariance");
    String label = name == null ? "omega block" : name;
    int n = params.length;
    if (covariance.length != n) {
      throw new IllegalArgumentException(
          label + " must be " + n + "x" + n + " (one row per parameter), got " + covariance.length + " rows");
    }
    double[][] cov = new double[n][];
    for (int i = 0; i < n; i++) {
      if (covariance[i] == null || covariance[i].length != n) {
        throw new IllegalArgumentException(label + " row " + i + " must have " + n + " entries");
      }
      cov[i] = covariance[i].clone();
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(cov[i][j])) {
          throw new IllegalArgumentException(label + " entry [" + i + "][" + j + "] must be finite, got "
              + cov[i][j]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!(cov[i][i] <= MAX_SD * MAX_SD)) {
        throw new IllegalArgumentException(label + " entry [" + i + "][" + i + "] = " + cov[i][i]
            + ": must be at most " + (int) (MAX_SD * MAX_SD) + " (a variance: omega, the SD of eta, at most "
            + (int) MAX_SD + ")");
      }
      for (int j = 0; j < i; j++) {
        if (Math.abs(cov[i][j] - cov[j][i]) > 1e-12 * Math.max(1, Math.abs(cov[i][j]))) {
          throw new IllegalArgumentException(label + " must be symmetric: entry [" + i + "][" + j + "] = "
              + cov[i][j] + " but [" + j + "][" + i + "] = " + cov[j][i]);
        }
      }
    }
    if (Arrays.stream(params).distinct().count() != n) {
      throw new IllegalArgumentException(label + " lists a parameter twice: " + Arrays.toString(params));
    }
    Param[] ps = params.clone();
    return new Omega(ps, variabilityOf(ps), cov, label);
  }

  private static Variability[] variabilityOf(Param[] ps) {
    Variability[] v = new Variability[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Variability d = ps[i].definition().variability();
      v[i] = d == Variability.NONE ? Variability.LOG_NORMAL : d;
    }
    return v;
  }

  private static double[][] cholesky(double[][] cov, String name) {
    int n = cov.length;
    if (n == 0) {
      return new double[0][0];
    }
    DMatrixRMaj m = new DMatrixRMaj(cov);
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
    if (!chol.decompose(m)) {
      throw new IllegalArgumentException(name + " is not positive definite (Cholesky decomposition failed): "
          + Arrays.deepToString(cov));
    }
    DMatrixRMaj l = chol.getT(null);
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        out[i][j] = l.get(i, j);
        if (i == j && !(out[i][j] > 0)) {
          throw new IllegalArgumentException(name + " is not positive definite: " + Arrays.deepToString(cov));
        }
      }
    }
    return out;
  }

  /**
   * Number of η.
   *
   * @return number of η
   */
  public int size() {
    return params.length;
  }

  /**
   * The parameters carrying η, in η order.
   *
   * @return the parameters carrying η, in η order
   */
  public Param[] params() {
    return params.clone();
  }

  /**
   * How each η enters its parameter.
   *
   * @return how each η enters its parameter
   */
  public Variability[] variability() {
    return variability.clone();
  }

  /**
   * Ω (a copy).
   *
   * @return Ω (a copy)
   */
  public double[][] covariance() {
    double[][] c = new double[covariance.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = covariance[i].clone();
    }
    return c;
  }

  /**
   * Draws η = L·z into {@code etaOut} (length {@link #size()}).
   *
   * @param gaussian the standard normal sampler
   * @param etaOut receives η, length {@link #size()}
   * @param zWork work space of length {@link #size()} for z
   */
  public void sample(NormalizedGaussianSampler gaussian, double[] etaOut, double[] zWork) {
    int n = params.length;
    for (int i = 0; i < n; i++) {
      zWork[i] = gaussian.sample();
    }
    for (int i = 0; i < n; i++) {
      double s = 0;
      double[] li = lower[i];
      for (int j = 0; j <= i; j++) {
        s += li[j] * zWork[j];
      }
      etaOut[i] = s;
    }
  }

  /**
   * Draws a new η vector.
   *
   * @param rng the random stream
   * @return a new η vector, one entry per parameter of Ω
   */
  public double[] sample(UniformRandomProvider rng) {
    double[] eta = new double[params.length];
    sample(ZigguratSampler.NormalizedGaussian.of(rng), eta, new double[params.length]);
    return eta;
  }
}
