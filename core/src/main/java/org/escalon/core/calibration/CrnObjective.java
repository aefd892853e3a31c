package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalon.core.internal.Workers;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.Regimen;

/**
 * The calibration objective on common random numbers: every evaluation simulates the same {@link VirtualCohort}
 * on each distinct regimen the targets name (each for the cycles its text gives), in parallel over (regimen,
 * patient) tasks, and reduces in patient order, so the result is bit-identical for any number of threads.
 * Thread-safe (evaluations share only immutable state).
 *
 * <p>A target quantity pooled over k regimens gives each patient j the value {@code x_j = (1/k)·Σ_r m_r(j)}; the
 * achieved value is {@code x̄} and its SE {@code sqrt(Σ(x_j − x̄)²/n)/sqrt(n)} (for one regimen and a 0/1
 * metric this is the binomial {@code sqrt(p(1 − p)/n)}). A ratio {@code a/b} of two quantities has the
 * delta-method SE on the same patients:
 *
 * <pre>
 *   SE(a/b)² ≈ (Var(ā) − 2·(a/b)·Cov(ā, b̄) + (a/b)²·Var(b̄)) / b²
 * </pre>
 *
 * <p>The patients may be simulated elsewhere (a {@link CohortSimulator}, e.g. on Spark): they are then simulated
 * in blocks by {@link #simulateBlock} and joined in patient order, and everything after the simulation is the
 * same code, so the evaluation is bit for bit the local one.
 */
final class CrnObjective {

  private static final int M = Metric.population().size();

  private final CalibrationProblem problem;
  private final VirtualCohort cohort;
  private final int threads;
  private final CohortSimulator remote;
  private final List<Regimen> regimens = new ArrayList<>();
  private final List<Regimen> typicalRegimens = new ArrayList<>();
  private final int[] etaIndex;

  CrnObjective(CalibrationProblem problem, int threads) {
    this(problem, threads, null);
  }

  /** With {@code remote} simulating the patients of every evaluation ({@code null}: this process's threads). */
  CrnObjective(CalibrationProblem problem, int threads, CohortSimulator remote) {
    this.problem = problem;
    this.threads = threads;
    this.remote = remote;
    List<Param> omegaParams = new ArrayList<>();
    for (FitParameter p : problem.parameters()) {
      if (p.kind() == FitParameter.Kind.OMEGA) {
        omegaParams.add(p.param());
      }
    }
    this.cohort = new VirtualCohort(problem.model().population(), omegaParams, problem.patients(),
        problem.seed());
    etaIndex = new int[problem.parameters().size()];
    for (int k = 0; k < etaIndex.length; k++) {
      FitParameter p = problem.parameters().get(k);
      etaIndex[k] = p.kind() == FitParameter.Kind.OMEGA ? cohort.etaIndex(p.param()) : -1;
    }
    for (Target t : problem.targets()) {
      collect(t.numerator());
      if (t.denominator() != null) {
        collect(t.denominator());
      }
    }
  }

  private void collect(Target.Quantity q) {
    List<Regimen> into = q.metric().isTypical() ? typicalRegimens : regimens;
    for (Regimen r : q.regimens()) {
      if (!into.contains(r)) {
        into.add(r);
      }
    }
  }

  /** Distinct regimens simulated for population metrics. */
  List<Regimen> regimens() {
    return List.copyOf(regimens);
  }

  /** Typical values with the fitted typical values of {@code values}. */
  ModelParameters theta(double[] values) {
    ModelParameters theta = problem.model().population().theta();
    for (int k = 0; k < etaIndex.length; k++) {
      FitParameter p = problem.parameters().get(k);
      if (p.kind() == FitParameter.Kind.TYPICAL) {
        theta = theta.with(p.param(), values[k]);
      }
    }
    return theta;
  }

  /** SD of each η with the fitted ω of {@code values}. */
  double[] sd(double[] values) {
    double[] sd = cohort.startSd();
    for (int k = 0; k < etaIndex.length; k++) {
      if (etaIndex[k] >= 0) {
        sd[etaIndex[k]] = values[k];
      }
    }
    return sd;
  }

  /** The starting ω of {@code p} (0 when the starting Ω has none). */
  double startOmega(Param p) {
    int k = cohort.etaIndex(p);
    return k < 0 ? 0 : cohort.startSd()[k];
  }

  /** The population model at {@code values}. */
  PopulationModel population(double[] values) {
    return new PopulationModel(theta(values), cohort.omega(sd(values)), problem.model().population().age());
  }

  /** Evaluates the objective at {@code values} (external scale) on the first {@code patients} patients. */
  Evaluation evaluate(double[] values, int patients) {
    ModelParameters theta = theta(values);
    double[] sd = sd(values);
    double[][] pop = remote == null ? simulate(theta, sd, patients) : remote(values, patients);
    double[] typical = typical(theta);
    List<TargetFit> rows = new ArrayList<>();
    for (Target t : problem.targets()) {
      rows.add(fit(t, pop, typical, patients));
    }
    return new Evaluation(values, patients, Evaluation.objective(rows), rows);
  }

  private double[][] simulate(ModelParameters theta, double[] sd, int n) {
    int r = regimens.size();
    double[][] out = new double[r][n * M];
    int tasks = r * n;
    AtomicInteger next = new AtomicInteger();
    Workers.run(Math.min(threads, Math.max(1, tasks)), "escalon-calibration", () -> {
      PatientSimulator sim = newSimulator();
      int task;
      while ((task = next.getAndIncrement()) < tasks) {
        Workers.checkStop();
        int reg = task / n;
        int i = task % n;
        simulateOne(sim, theta, sd, reg, i, out[reg], i * M);
      }
    });
    return out;
  }

  /** The remote simulator's patients, checked against the layout. */
  private double[][] remote(double[] values, int n) {
    double[][] out = remote.simulate(values.clone(), n);
    if (out == null || out.length != regimens.size()) {
      throw new IllegalStateException("cohort simulator returned " + (out == null ? "null" : out.length
          + " regimens") + ": expected " + regimens.size());
    }
    for (double[] row : out) {
      if (row == null || row.length != n * M) {
        throw new IllegalStateException("cohort simulator returned a regimen with " + (row == null ? "no"
            : row.length) + " values: expected " + n * M + " (" + n + " patients x " + M + " metrics)");
      }
    }
    return out;
  }

  /**
   * Patients {@code from..to−1} at {@code values} on the calling thread, {@code out[r][(i − from)·M + m]}: the same
   * per-patient code as the local evaluation.
   */
  double[][] simulateBlock(double[] values, int from, int to) {
    if (values == null || values.length != etaIndex.length) {
      throw new IllegalArgumentException("values = " + (values == null ? "null" : values.length + " entries")
          + ": must have " + etaIndex.length + " (one per fitted parameter)");
    }
    if (from < 0 || to <= from || to > cohort.size()) {
      throw new IllegalArgumentException("patients [" + from + ", " + to + "): must satisfy 0 <= from < to <= "
          + cohort.size());
    }
    ModelParameters theta = theta(values);
    double[] sd = sd(values);
    double[][] out = new double[regimens.size()][(to - from) * M];
    PatientSimulator sim = newSimulator();
    for (int reg = 0; reg < regimens.size(); reg++) {
      for (int i = from; i < to; i++) {
        Workers.checkStop();
        simulateOne(sim, theta, sd, reg, i, out[reg], (i - from) * M);
      }
    }
    return out;
  }

  private PatientSimulator newSimulator() {
    PopulationSimulation m = problem.model();
    return new PatientSimulator(m.options(), m.settings(), m.solver(), m.tolerances());
  }

  /** Patient i on regimen reg: its population metrics into {@code row[offset..offset+M)}. */
  private void simulateOne(PatientSimulator sim, ModelParameters theta, double[] sd, int reg, int i, double[] row,
      int offset) {
    IndividualParameters ip = cohort.individual(i, theta, sd);
    PatientResult res;
    try {
      res = sim.simulate(ip, cohort.covariates(i), cohort.latent(i), regimens.get(reg));
    } catch (SimulationFailedException e) {
      String d = ip.differencesFrom(theta);
      throw e.of("calibration: virtual patient " + i + " (age " + String.format(java.util.Locale.ROOT, "%.1f",
          cohort.covariates(i).ageYears()) + (d.isEmpty() ? "" : "; " + d) + ") on " + regimens.get(reg).text());
    }
    for (Metric metric : Metric.population()) {
      row[offset + metric.index()] = metric.read(res);
    }
  }

  private double[] typical(ModelParameters theta) {
    double[] out = new double[typicalRegimens.size() * 2];
    if (typicalRegimens.isEmpty()) {
      return out;
    }
    PopulationSimulation m = problem.model();
    PatientSimulator sim = new PatientSimulator(m.options(), m.settings(), m.solver(), m.tolerances());
    VirtualPatient vp = VirtualPatient.typical(m.population().omega());
    for (int k = 0; k < typicalRegimens.size(); k++) {
      Regimen reg = typicalRegimens.get(k);
      PatientResult res;
      try {
        res = sim.simulate(IndividualParameters.typical(theta), vp.covariates(), vp.latentUniforms(), reg);
      } catch (SimulationFailedException e) {
        throw e.of("calibration: the typical patient on " + reg.text());
      }
      out[2 * k] = Metric.of("anc_nadir_typical").readTypical(res, reg.cycleLengthDays());
      out[2 * k + 1] = Metric.of("nadir_day_typical").readTypical(res, reg.cycleLengthDays());
    }
    return out;
  }

  private TargetFit fit(Target t, double[][] pop, double[] typical, int n) {
    double[] a = vector(t.numerator(), pop, n);
    double am = value(t.numerator(), a, typical);
    if (t.denominator() == null) {
      return TargetFit.of(t, am, a == null ? 0 : Math.sqrt(moment(a, am, a, am) / n));
    }
    double[] b = vector(t.denominator(), pop, n);
    double bm = value(t.denominator(), b, typical);
    if (bm == 0) {
      return new TargetFit(t, Double.NaN, Double.NaN, Double.NaN);
    }
    double ratio = am / bm;
    double va = a == null ? 0 : moment(a, am, a, am) / n;
    double vb = b == null ? 0 : moment(b, bm, b, bm) / n;
    double cab = a == null || b == null ? 0 : moment(a, am, b, bm) / n;
    double var = (va - 2 * ratio * cab + ratio * ratio * vb) / (bm * bm);
    return TargetFit.of(t, ratio, Math.sqrt(Math.max(0, var)));
  }

  /** Per-patient values of a population quantity (mean over its regimens), or null for a typical metric. */
  private double[] vector(Target.Quantity q, double[][] pop, int n) {
    if (q.metric().isTypical()) {
      return null;
    }
    double[] x = new double[n];
    int m = q.metric().index();
    for (Regimen r : q.regimens()) {
      double[] col = pop[regimens.indexOf(r)];
      for (int i = 0; i < n; i++) {
        x[i] += col[i * M + m];
      }
    }
    double k = q.regimens().size();
    for (int i = 0; i < n; i++) {
      x[i] /= k;
    }
    return x;
  }

  private double value(Target.Quantity q, double[] x, double[] typical) {
    if (x != null) {
      double s = 0;
      for (double v : x) {
        s += v;
      }
      return s / x.length;
    }
    double s = 0;
    int off = q.metric().name().equals("anc_nadir_typical") ? 0 : 1;
    for (Regimen r : q.regimens()) {
      s += typical[2 * typicalRegimens.indexOf(r) + off];
    }
    return s / q.regimens().size();
  }

  /** {@code (1/n)·Σ (x_i − mx)(y_i − my)}. */
  private static double moment(double[] x, double mx, double[] y, double my) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / x.length;
  }
}
