package org.escalon.core.calibration;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.calibration.TraceEntry.Stage;
import org.escalon.core.internal.RandomStreams;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.random.Well19937c;

/**
 * One calibration run: the search (CMA-ES on the search population), the polish (BOBYQA, or Brent for one
 * parameter, on the full population), then the standard errors. The optimisers work on the unit cube
 * {@code u ∈ [0, 1]^d}, {@code y = lo + u·(hi − lo)} on the internal (log/logit/linear) scale, so one trust-region
 * radius and one CMA-ES step size fit every parameter. Not thread-safe (one per run).
 */
final class CalibrationRun {

  /** Thrown by the objective when a stage's budget is spent: the stage keeps its best point. */
  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  private final CalibrationProblem problem;
  private final CalibrationSettings settings;
  private final CalibrationListener listener;
  final CrnObjective objective;
  final int d;
  final double[] lo;
  final double[] hi;
  final List<TraceEntry> trace = new ArrayList<>();
  private final int planned;
  private Stage stage;
  private int stageBudget;
  private int stageCount;
  private double bestSearchF = Double.POSITIVE_INFINITY;
  private double[] bestSearchU;
  Evaluation bestFull;
  double[] bestFullY;

  CalibrationRun(CalibrationProblem problem, CalibrationSettings settings, CalibrationListener listener,
      CohortSimulator simulator) {
    this.problem = problem;
    this.settings = settings;
    this.listener = listener;
    this.objective = new CrnObjective(problem, settings.threads(), simulator);
    this.d = problem.parameters().size();
    lo = new double[d];
    hi = new double[d];
    for (int i = 0; i < d; i++) {
      lo[i] = problem.parameters().get(i).internalLower();
      hi[i] = problem.parameters().get(i).internalUpper();
    }
    planned = settings.searchEvaluationsFor(d) + settings.polishEvaluationsFor(d)
        + (settings.standardErrors() ? d * (d + 1) + 2 * d : 0);
  }

  /** External values of an internal point. */
  double[] external(double[] y) {
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = problem.parameters().get(i).scale().toExternal(Math.min(hi[i], Math.max(lo[i], y[i])));
    }
    return x;
  }

  private double[] internalOf(double[] u) {
    double[] y = new double[d];
    for (int i = 0; i < d; i++) {
      y[i] = lo[i] + Math.min(1, Math.max(0, u[i])) * (hi[i] - lo[i]);
    }
    return y;
  }

  /** Evaluates at internal {@code y} on {@code patients} patients, recording the trace. */
  Evaluation evaluate(double[] y, int patients, Stage s) {
    if (s != Stage.CURVATURE && stageCount >= stageBudget) {
      throw new BudgetSpent();
    }
    stageCount++;
    Evaluation e = objective.evaluate(external(y), patients);
    boolean full = patients == problem.patients();
    if (full && (bestFull == null || e.objective() < bestFull.objective()) && s != Stage.CURVATURE) {
      bestFull = e;
      bestFullY = y.clone();
    }
    double best = e.objective();
    for (TraceEntry t : trace) {
      if (t.patients() == patients) {
        best = Math.min(best, t.objective());
      }
    }
    TraceEntry entry = new TraceEntry(trace.size() + 1, s, patients, e.objective(), best);
    trace.add(entry);
    listener.evaluated(entry, Math.max(planned, trace.size()));
    return e;
  }

  private void begin(Stage s, int budget) {
    stage = s;
    stageBudget = budget;
    stageCount = 0;
  }

  /** The starting point on the unit cube: the model's value when strictly inside the bounds, else the middle. */
  double[] startU() {
    double[] u = new double[d];
    for (int i = 0; i < d; i++) {
      FitParameter p = problem.parameters().get(i);
      double x = p.kind() == FitParameter.Kind.TYPICAL ? problem.model().population().theta().get(p.param())
          : objective.startOmega(p.param());
      u[i] = x > p.lower() && x < p.upper() ? (p.scale().toInternal(x) - lo[i]) / (hi[i] - lo[i]) : 0.5;
    }
    return u;
  }

  /** CMA-ES on the search population; returns the best point on the unit cube. */
  double[] search(double[] u0) {
    int m = settings.searchPatientsFor(problem.patients());
    begin(Stage.SEARCH, settings.searchEvaluationsFor(d));
    bestSearchU = u0.clone();
    int lambda = Math.max(4, 4 + (int) Math.floor(3 * Math.log(d)));
    double[] sigma = new double[d];
    double[] zeros = new double[d];
    double[] ones = new double[d];
    java.util.Arrays.fill(sigma, 0.3);
    java.util.Arrays.fill(ones, 1);
    CMAESOptimizer cmaes = new CMAESOptimizer(100_000, 0, true, 0, 0,
        new Well19937c(RandomStreams.mix64(problem.seed() ^ 0x43414C4942L)), false, null);
    try {
      cmaes.optimize(new MaxEval(Integer.MAX_VALUE), new MaxIter(Integer.MAX_VALUE), GoalType.MINIMIZE,
          new InitialGuess(u0), new SimpleBounds(zeros, ones), new CMAESOptimizer.Sigma(sigma),
          new CMAESOptimizer.PopulationSize(lambda), new ObjectiveFunction(u -> {
            double f = evaluate(internalOf(u), m, Stage.SEARCH).objective();
            if (f < bestSearchF) {
              bestSearchF = f;
              bestSearchU = u.clone();
            }
            return f;
          }));
    } catch (BudgetSpent e) {
      // the budget ends the search; the best point is kept
    }
    return bestSearchU;
  }

  /** Polish on the full population from {@code u0}. */
  void polish(double[] u0) {
    begin(Stage.POLISH, settings.polishEvaluationsFor(d) + 1);
    int n = problem.patients();
    evaluate(internalOf(u0), n, Stage.POLISH);
    try {
      if (d == 1) {
        double a = Math.max(0, u0[0] - 0.1);
        double b = Math.min(1, u0[0] + 0.1);
        new BrentOptimizer(1e-3, 1e-3).optimize(new MaxEval(Integer.MAX_VALUE), GoalType.MINIMIZE,
            new SearchInterval(a, b, Math.min(b, Math.max(a, u0[0]))),
            new UnivariateObjectiveFunction(v -> evaluate(internalOf(new double[] {v}), n, Stage.POLISH)
                .objective()));
      } else {
        new BOBYQAOptimizer(2 * d + 1, 0.1, 1e-3).optimize(new MaxEval(Integer.MAX_VALUE), GoalType.MINIMIZE,
            new InitialGuess(u0), new SimpleBounds(new double[d], filled(d, 1)),
            new ObjectiveFunction(u -> evaluate(internalOf(u), n, Stage.POLISH).objective()));
      }
    } catch (BudgetSpent e) {
      // the budget ends the polish; the best point is kept
    }
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  Stage stage() {
    return stage;
  }
}
