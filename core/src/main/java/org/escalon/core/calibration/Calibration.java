package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.escalon.core.calibration.TraceEntry.Stage;

/**
 * Fits named parameters to summary targets: CMA-ES global search, BOBYQA polish, then standard errors from the
 * curvature of the objective (see the package documentation for the objective and an example). Stateless.
 */
public final class Calibration {

  private Calibration() {}

  /**
   * Runs the calibration with no progress listener.
   *
   * @param problem the problem: parameters to fit with their bounds, targets, regimens, model and population
   * @param settings budgets, tolerances, seed and threads
   * @return the fit: parameter values with standard errors and correlation, targets achieved, trace
   */
  public static CalibrationResult run(CalibrationProblem problem, CalibrationSettings settings) {
    return run(problem, settings, CalibrationListener.NONE);
  }

  /**
   * Runs the calibration. Deterministic: the same problem (seed included) gives bit-identical results for any
   * number of threads.
   *
   * @param problem the problem: parameters to fit with their bounds, targets, regimens, model and population
   * @param settings budgets, tolerances, seed and threads
   * @param listener told of every evaluation (for progress and the trace)
   * @return the fit: parameter values with standard errors and correlation, targets achieved, trace
   */
  public static CalibrationResult run(CalibrationProblem problem, CalibrationSettings settings,
      CalibrationListener listener) {
    return run(problem, settings, listener, null);
  }

  /**
   * Runs the calibration with every evaluation's virtual patients simulated by {@code simulator} (e.g. on Apache
   * Spark), or on {@code settings.threads()} threads when it is {@code null}. A simulator that returns what {@link
   * CohortBlocks#simulate} computes gives bit for bit the result of the local run.
   *
   * @param problem the problem: parameters to fit with their bounds, targets, regimens, model and population
   * @param settings budgets, tolerances, seed and threads
   * @param listener told of every evaluation
   * @param simulator simulates a cohort for given parameter values (local threads, or a distributed engine)
   * @return the fit: parameter values with standard errors and correlation, targets achieved, trace
   */
  public static CalibrationResult run(CalibrationProblem problem, CalibrationSettings settings,
      CalibrationListener listener, CohortSimulator simulator) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(listener, "listener");
    CalibrationRun run = new CalibrationRun(problem, settings, listener, simulator);
    double[] u = run.search(run.startU());
    run.polish(u);
    double[] y = run.bestFullY;
    Evaluation best = run.bestFull;
    int d = run.d;
    double[] se = new double[d];
    double[][] corr = new double[d][d];
    for (double[] row : corr) {
      Arrays.fill(row, Double.NaN);
    }
    Arrays.fill(se, Double.NaN);
    List<String> warnings = new ArrayList<>();
    if (settings.standardErrors()) {
      standardErrors(run, problem, y, best.objective(), se, corr, warnings);
    }
    return new CalibrationResult(problem.parameters(), best.values(), se, corr, best, run.trace, warnings,
        run.objective.population(best.values()));
  }

  /**
   * One evaluation of the objective at {@code values} (external scale, in the problem's order) on the full
   * population: the target table of a given parameter set, e.g. to check a published fit.
   *
   * @param problem the problem: parameters to fit with their bounds, targets, regimens, model and population
   * @param values the fitted parameters' values (external scale, in the problem's order)
   * @param threads worker threads, in [1, 1024]; results do not depend on it
   * @return one evaluation of the objective at {@code values} (external scale, in the problem's order) on the full
   *     population: the target table of a given parameter set, e.g
   */
  public static Evaluation evaluate(CalibrationProblem problem, double[] values, int threads) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(values, "values");
    if (values.length != problem.parameters().size()) {
      throw new IllegalArgumentException("values = " + values.length + " entries: must have "
          + problem.parameters().size() + " (one per fitted parameter)");
    }
    for (int i = 0; i < values.length; i++) {
      FitParameter p = problem.parameters().get(i);
      if (!(values[i] >= p.lower() && values[i] <= p.upper())) {
        throw new IllegalArgumentException(p.name() + " = " + values[i] + ": must be in [" + p.lower() + ", "
            + p.upper() + "]");
      }
    }
    return new CrnObjective(problem, threads).evaluate(values, problem.patients());
  }

  /** The parameters not at a bound (a warning for each one at a bound). */
  private static List<Integer> freeParameters(CalibrationRun run, CalibrationProblem problem, double[] y,
      List<String> warnings) {
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < run.d; i++) {
      FitParameter p = problem.parameters().get(i);
      double w = run.hi[i] - run.lo[i];
      boolean upper = run.hi[i] - y[i] < 1e-3 * w;
      if (y[i] - run.lo[i] < 1e-3 * w || upper) {
        warnings.add(String.format(Locale.ROOT, "%s = %.6g is at its %s bound (%s): widen the bounds or fix it; "
            + "no standard error", p.name(), p.scale().toExternal(y[i]), upper ? "upper" : "lower",
            upper ? p.upper() : p.lower()));
      } else {
        free.add(i);
      }
    }
    return free;
  }

  private static void standardErrors(CalibrationRun run, CalibrationProblem problem, double[] y, double f0,
      double[] se, double[][] corr, List<String> warnings) {
    List<Integer> free = freeParameters(run, problem, y, warnings);
    if (free.isEmpty()) {
      return;
    }
    int k = free.size();
    double[] x = new double[k];
    double[] l = new double[k];
    double[] h = new double[k];
    for (int a = 0; a < k; a++) {
      x[a] = y[free.get(a)];
      l[a] = run.lo[free.get(a)];
      h[a] = run.hi[free.get(a)];
    }
    double[] lowest = {f0};
    Curvature.Result c = Curvature.estimate(sub -> {
      double[] full = y.clone();
      for (int a = 0; a < k; a++) {
        full[free.get(a)] = sub[a];
      }
      double f = run.evaluate(full, problem.patients(), Stage.CURVATURE).objective();
      lowest[0] = Math.min(lowest[0], f);
      return f;
    }, x, f0, l, h);
    for (int a = 0; a < k; a++) {
      int i = free.get(a);
      FitParameter p = problem.parameters().get(i);
      for (int b = 0; b < k; b++) {
        corr[i][free.get(b)] = c.correlation()[a][b];
      }
      if (!c.identified()[a]) {
        warnings.add(p.name() + " is not identified by the targets (the objective is flat along a direction "
            + "involving it); no standard error");
        continue;
      }
      se[i] = Math.abs(p.scale().derivative(y[i])) * c.se()[a];
      if (c.se()[a] > h[a] - l[a]) {
        warnings.add(String.format(Locale.ROOT, "%s is poorly identified by the targets: its standard error on "
            + "the %s scale (%.3g) exceeds its bound range (%.3g)", p.name(), p.scale().key(), c.se()[a],
            h[a] - l[a]));
      }
    }
    if (lowest[0] < f0 - 1e-9 * Math.max(1, f0)) {
      warnings.add(String.format(Locale.ROOT, "a point near the fit has a lower objective (%.6g < %.6g): the "
          + "search may have stopped early; raise the budgets", lowest[0], f0));
    }
  }
}
