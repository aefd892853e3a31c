package org.escalon.core.ode;

import java.util.Objects;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.EmbeddedRungeKuttaIntegrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Reference integrator: Hipparchus 4 embedded Runge–Kutta integrators behind {@link OdeIntegrator}.
 *
 * <p>{@link Method#DORMAND_PRINCE_54} is the same 5(4) pair as {@link DormandPrince54Integrator}
 * (Dormand &amp; Prince 1980, doi:10.1016/0771-050X(80)90013-3); {@link Method#DORMAND_PRINCE_853} is the 8(5,3)
 * pair of Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, 2nd ed., §II.10 ({@code DOP853}). Hipparchus uses
 * the same error norm as Escalon's own DP54,
 *
 * <pre>
 *   err = sqrt( (1/n) · Σ_i ( e_i / (atol + rtol · max(|y_i|, |y_new,i|)) )² ),   accepted iff err &lt; 1
 * </pre>
 *
 * <p>but a plain (not PI) step-size controller, h_new = h · clamp(0.9 · err^(−1/order), 0.2, 10), and its own
 * initial-step heuristic at every call (no step-size carry-over between calls; {@link #reset()} is a no-op kept
 * for the contract). Tolerances map as: scalar absolute and relative tolerance as given, {@code maxStep =
 * maxStepH}, {@code minStep = 0} (underflow is left to the evaluation budget), evaluation budget {@code maxSteps
 * × stages}.
 *
 * <p>Use it as the reference the hot path is tested against, and where Hipparchus features (events, dense
 * output, DP853's higher order) are wanted. It allocates several arrays per evaluation and per step. Hipparchus
 * exceptions are rethrown as {@link IllegalStateException}; Hipparchus types do not appear in this API.
 *
 * <p>Segments shorter than Hipparchus accepts (|t1 − t0| &lt; 1000 ulp(max(|t0|, |t1|))) are taken as one explicit
 * Euler step, whose error is far below any tolerance at that length. A non-finite derivative raises an
 * {@link IllegalStateException} at once (Hipparchus would otherwise accept a NaN error estimate).
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class HipparchusIntegrator implements OdeIntegrator, IntegrationCounters {

  /** Hipparchus method to wrap. */
  public enum Method {
    /** Dormand–Prince 5(4), 7 stages, FSAL. */
    DORMAND_PRINCE_54,
    /** Dormand–Prince 8(5,3), 12 stages, FSAL. */
    DORMAND_PRINCE_853
  }

  private final Method method;
  private final int dimension;
  private final OdeTolerances tolerances;
  private final EmbeddedRungeKuttaIntegrator delegate;
  private final Adapter adapter;
  private long acceptedSteps;
  private StepObserver observer;

  /**
   * Creates a Hipparchus-backed integrator.
   *
   * @param method Hipparchus method, not null
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   */
  public HipparchusIntegrator(Method method, int dimension, OdeTolerances tolerances) {
    this.method = Objects.requireNonNull(method, "method");
    this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be > 0, got " + dimension);
    }
    this.dimension = dimension;
    final double maxStep = tolerances.maxStepH();
    this.delegate = switch (method) {
      case DORMAND_PRINCE_54 -> new org.hipparchus.ode.nonstiff.DormandPrince54Integrator(
          0.0, maxStep, tolerances.absolute(), tolerances.relative());
      case DORMAND_PRINCE_853 -> new org.hipparchus.ode.nonstiff.DormandPrince853Integrator(
          0.0, maxStep, tolerances.absolute(), tolerances.relative());
    };
    final long stages = delegate.getC().length + 1L;
    delegate.setMaxEvaluations((int) Math.min(Integer.MAX_VALUE, tolerances.maxSteps() * stages + stages));
    delegate.addStepHandler(new StepCounter());
    this.adapter = new Adapter(dimension);
  }

  /**
   * Hipparchus Dormand–Prince 5(4): the reference for {@link DormandPrince54Integrator}.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   * @return a new integrator
   */
  public static HipparchusIntegrator dormandPrince54(int dimension, OdeTolerances tolerances) {
    return new HipparchusIntegrator(Method.DORMAND_PRINCE_54, dimension, tolerances);
  }

  /**
   * Hipparchus Dormand–Prince 8(5,3): higher order, for tight tolerances and reference solutions.
   *
   * @param dimension number of state variables, &gt; 0
   * @param tolerances tolerances and step limits, not null
   * @return a new integrator
   */
  public static HipparchusIntegrator dormandPrince853(int dimension, OdeTolerances tolerances) {
    return new HipparchusIntegrator(Method.DORMAND_PRINCE_853, dimension, tolerances);
  }

  /**
   * The wrapped Hipparchus method.
   *
   * @return the wrapped Hipparchus method
   */
  public Method method() {
    return method;
  }

  /**
   * Number of state variables this integrator was built for.
   *
   * @return number of state variables this integrator was built for
   */
  public int dimension() {
    return dimension;
  }

  @Override
  public OdeTolerances tolerances() {
    return tolerances;
  }

  @Override
  public long evaluations() {
    return adapter.evaluations;
  }

  @Override
  public long acceptedSteps() {
    return acceptedSteps;
  }

  @Override
  public void resetCounters() {
    adapter.evaluations = 0;
    acceptedSteps = 0;
  }

  @Override
  public void setStepObserver(StepObserver observer) {
    this.observer = observer;
  }

  /** No step-size history is kept between calls; nothing to forget. */
  @Override
  public void reset() {
    // Hipparchus chooses a fresh initial step at every call.
  }

  @Override
  public void integrate(OdeSystem system, double t0, double[] y, double t1) {
    integrate(system, t0, y, t1, null, 0, null);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Intermediate outputs come from Hipparchus' own dense output (its step interpolator); the Hipparchus
   * problem has the dimension {@link OdeSystem#integratedDimension()}.
   */
  @Override
  public void integrate(OdeSystem system, double t0, double[] y, double t1, double[] outTimes, int nOut,
      double[] outStates) {
    final int m = Checks.integrateArguments(system, t0, y, t1, dimension);
    Checks.outputArguments(t0, t1, outTimes, nOut, outStates, dimension);
    if (t1 == t0) {
      return;
    }
    adapter.system = system;
    adapter.m = m;
    adapter.full = y.clone();
    output.times = outTimes;
    output.count = nOut;
    output.states = outStates;
    output.next = 0;
    try {
      final double minInterval = 1000.0 * Math.ulp(Math.max(Math.abs(t0), Math.abs(t1)));
      if (t1 - t0 < minInterval) {
        final double[] f = adapter.computeDerivatives(t0, java.util.Arrays.copyOf(y, m));
        final double h = t1 - t0;
        for (int i = 0; i < m; i++) {
          y[i] += h * f[i];
        }
        acceptedSteps++;
        for (int k = 0; k < nOut; k++) {
          System.arraycopy(y, 0, outStates, k * dimension, dimension);
        }
        return;
      }
      final ODEStateAndDerivative end;
      try {
        end = delegate.integrate(adapter, new ODEState(t0, java.util.Arrays.copyOf(y, m)), t1);
      } catch (MathRuntimeException e) {
        final ODEStateAndDerivative stepStart = delegate.getStepStart();
        throw new IllegalStateException("Hipparchus " + method + " failed at t = "
            + (stepStart == null ? t0 : stepStart.getTime()) + ", h = " + delegate.getCurrentSignedStepsize()
            + " while integrating to t1 = " + t1 + ": " + e.getMessage(), e);
      }
      System.arraycopy(end.getPrimaryState(), 0, y, 0, m);
      // an output at t1 is the end state itself
      for (int k = output.next; k < nOut; k++) {
        System.arraycopy(y, 0, outStates, k * dimension, dimension);
      }
    } finally {
      adapter.system = null;
      adapter.full = null;
      output.times = null;
      output.states = null;
    }
  }

  /** Pending output request of the current call. */
  private static final class Output {
    double[] times;
    double[] states;
    int count;
    int next;
  }

  private final Output output = new Output();

  /** {@link OdeSystem} seen as a Hipparchus equation; counts evaluations and rejects non-finite derivatives. */
  private static final class Adapter implements OrdinaryDifferentialEquation {
    private final int dimension;
    OdeSystem system;
    /** integrated prefix */
    int m;
    /** full state of the system; the entries from m on stay at their value at the start of the call */
    double[] full;
    long evaluations;

    Adapter(int dimension) {
      this.dimension = dimension;
    }

    @Override
    public int getDimension() {
      return m;
    }

    /** The full state for the integrated prefix {@code y} (shared scratch). */
    double[] full(double[] y) {
      System.arraycopy(y, 0, full, 0, m);
      return full;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      final double[] dydt = new double[dimension];
      system.computeDerivatives(t, full(y), dydt);
      evaluations++;
      for (int i = 0; i < m; i++) {
        if (!Double.isFinite(dydt[i])) {
          throw new IllegalStateException("right-hand side is not finite at t = " + t + ": dydt[" + i + "] = "
              + dydt[i]);
        }
      }
      return m == dimension ? dydt : java.util.Arrays.copyOf(dydt, m);
    }
  }

  /** Counts accepted steps. */
  private final class StepCounter implements ODEStepHandler {
    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
      acceptedSteps++;
      final ODEStateAndDerivative s = interpolator.getCurrentState();
      final double tEnd = s.getTime();
      while (output.next < output.count && output.times[output.next] < tEnd) {
        final int k = output.next;
        final double[] state = adapter.full(interpolator.getInterpolatedState(output.times[k]).getPrimaryState());
        System.arraycopy(state, 0, output.states, k * dimension, dimension);
        output.next++;
      }
      if (observer != null) {
        observer.accepted(tEnd, adapter.full(s.getPrimaryState()));
      }
    }
  }
}
