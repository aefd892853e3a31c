package org.escalon.core.ode;

import static org.escalon.core.ode.ExponentialQuadrature.CUMULATIVE4;
import static org.escalon.core.ode.ExponentialQuadrature.CUMULATIVE5;
import static org.escalon.core.ode.ExponentialQuadrature.LAGRANGE4;
import static org.escalon.core.ode.ExponentialQuadrature.LAGRANGE5;
import static org.escalon.core.ode.ExponentialQuadrature.X1;
import static org.escalon.core.ode.ExponentialQuadrature.X3;

import java.util.Objects;

/**
 * Adaptive exponential integrator for one {@link ScalarLinearOde} {@code dy/dt = b(t) − a(t)·y}: the decay is taken
 * exactly, so a large rate (a fast turnover in quasi-equilibrium with a slowly changing drive) does not limit the
 * step; only the variation of a and b over a step does. Allocation-free; mutable (step size, counters, running
 * minimum), not thread-safe.
 *
 * <h2>One step from t to t + h (x = (s − t)/h ∈ [0, 1])</h2>
 *
 * <p>With Φ(s) = ∫_t^s a, the variation-of-constants formula is exact:
 *
 * <pre>
 *   y(t+h) = e^{−Φ(t+h)}·y(t) + ∫_t^{t+h} e^{−(Φ(t+h) − Φ(s))}·b(s) ds.
 * </pre>
 *
 * <p>Write z = Φ(t+h) (the step's decay exponent) and D(x) = Φ(t + xh) − z·x, the deviation of Φ from a straight
 * line (D(0) = D(1) = 0, small when a varies little over the step). Then Φ(t+h) − Φ(s) = z·(1 − x) − D(x) and
 *
 * <pre>
 *   y(t+h) = e^{−z}·y(t) + h·∫_0^1 e^{−z(1−x)}·g(x) dx,      g(x) = b(t + xh)·e^{D(x)}
 * </pre>
 *
 * <p>where the stiff factor e^{−z(1−x)} is integrated exactly and only the smooth g is approximated: a and b are
 * evaluated at the five Gauss–Lobatto nodes {0, x1, 1/2, x3, 1}; z is the Lobatto rule (exact for a of degree 7),
 * D at the interior nodes the integral of a's degree-4 interpolant; g is interpolated by a degree-4 polynomial
 * Σ_m p_m·x^m, and ∫_0^1 e^{−z(1−x)}·x^m dx = I_m(z) ({@link ExponentialQuadrature#moments}). The method is exact
 * when a and b are constant (any step size; then the closed form q + (y − q)·e^{−a·h}, q = b/a, is used directly, so
 * that an equilibrium is kept bit for bit) and of order 5 in h otherwise, with error constants made of the
 * derivatives of a and b, never of a itself.
 *
 * <p>The embedded solution repeats the construction on the four nodes {0, x1, x3, 1} (D from a's cubic
 * interpolant, g cubic) with the same z; their difference estimates the local error of the four-node solution. The
 * five-node one is propagated and more accurate, so the estimate is measured against {@link
 * #ESTIMATE_ALLOWANCE} = 10 times the tolerance: err = |y₅ − y₄| / (10·(atol + rtol·max(|y(t)|, |y(t+h)|))),
 * accepted iff ≤ 1 (docs/numerics.md §2 for the measurements that justify the factor),
 * next step h·min(5, max(0.2, 0.9·err^{−1/5})). Four new evaluations of (a, b) per step (the node at 0 is the
 * previous step's end), four exponentials besides those of the coefficients (the embedded solution's e^{D} is
 * the solution's times e^{D' − D}, a short Taylor polynomial when the two are close).
 *
 * <h2>Minimum</h2>
 *
 * <p>The integrator keeps the smallest y seen ({@link #minimum()}), including a minimum inside a step: when
 * dy/dt = b − a·y is &lt; 0 at the step's start and &gt; 0 at its end, the zero of dy/dt inside is found by the
 * Illinois variant of regula falsi started at the minimum of the cubic Hermite interpolant, each trial point
 * reached by one step of the same formula from the step start, until y at successive trial points changes by at
 * most 5 % of the error scale atol + rtol·|y| (dy/dt = 0 at the minimum, so an error δ in its time changes y
 * only by O(δ²): y converges much faster than the time).
 *
 * <p>Step-size carry-over between calls as in {@link DormandPrince54Integrator}: each call starts with the last
 * step the controller wanted (first call after {@link #reset()}: 1 time unit), or with the caller's hint ({@link
 * #suggestNextStepH}), capped by {@code maxStepH}.
 */
public final class ExponentialScalarIntegrator {

  private static final double FIRST_STEP = 1.0;
  private static final double UNDERFLOW_RELATIVE = 1e-12;
  private static final int MIN_SEARCH_ITERATIONS = 40;
  /**
   * The embedded difference |y₅ − y₄| estimates the error of the four-node solution; the five-node one, which is
   * propagated, is one order higher and, off drug, exact for the D² term the four-node one misses, so a step is
   * accepted when the difference is within ESTIMATE_ALLOWANCE times the tolerance. Measured (docs/numerics.md §2,
   * ExponentialScalarIntegratorTest#scaledEstimateKeepsTheTolerance, ExactBiomarkerTest): with 10 the errors stay
   * within the tolerance asked for (with 1 they were 20–50 times below it; with 30 they reached it).
   */
  static final double ESTIMATE_ALLOWANCE = 10.0;

  private final double rtol;
  private final double atol;
  private final double maxStepH;
  private final int maxSteps;
  private final double[] moments = new double[5];
  private final double[] rates = new double[4];

  private double hCarry;
  /** One-shot hint for the next call's first step; 0 means none. */
  private double hHint;
  private double firstStep = Double.NaN;
  private double minimum = Double.POSITIVE_INFINITY;
  private long evaluations;
  private long steps;
  // results of the last step(): embedded solution and (a, b) at the step end
  private double lastLow;
  private double lastRate;
  private double lastSource;

  /** @param tolerances tolerances and step limits (the same as the main integrator's) */
  public ExponentialScalarIntegrator(OdeTolerances tolerances) {
    Objects.requireNonNull(tolerances, "tolerances");
    this.rtol = tolerances.relative();
    this.atol = tolerances.absolute();
    this.maxStepH = tolerances.maxStepH();
    this.maxSteps = tolerances.maxSteps();
  }

  /** Forgets the step size (call between patients). */
  public void reset() {
    hCarry = 0.0;
    hHint = 0.0;
    firstStep = Double.NaN;
  }

  /**
   * Size of the first accepted step of the last {@code integrate} call, or NaN when unknown.
   *
   * @return size of the first accepted step of the last {@code integrate} call, or NaN when unknown
   */
  public double firstStepH() {
    return firstStep;
  }

  /**
   * A hint for the first step of the next {@code integrate} call only, in place of the carried-over step (as
   * {@link StepSizeHints#suggestNextStepH}). Ignored when {@code h} is not finite and positive.
   *
   * @param h a hint for the first step of the next {@code integrate} call only, in place of the carried-over step (as
   *     {@link StepSizeHints#suggestNextStepH})
   */
  public void suggestNextStepH(double h) {
    hHint = h > 0.0 && h < Double.POSITIVE_INFINITY ? h : 0.0;
  }

  /**
   * Sets the running minimum (for example to the initial value).
   *
   * @param value sets the running minimum (for example to the initial value)
   */
  public void resetMinimum(double value) {
    minimum = value;
  }

  /**
   * Smallest value of y over everything integrated since {@link #resetMinimum(double)}.
   *
   * @return smallest value of y over everything integrated since {@link #resetMinimum(double)}
   */
  public double minimum() {
    return minimum;
  }

  /**
   * Number of (rate, source) evaluations.
   *
   * @return number of (rate, source) evaluations
   */
  public long evaluations() {
    return evaluations;
  }

  /**
   * Number of accepted steps.
   *
   * @return number of accepted steps
   */
  public long acceptedSteps() {
    return steps;
  }

  /**
   * Integrates from {@code (t0, y0)} to {@code t1 >= t0} and returns y(t1). The coefficients must be smooth on
   * {@code [t0, t1]} (split at jumps); they are never evaluated outside it.
   *
   * @param ode the equation dy/dt = a(t)·y + b(t)
   * @param t0 the start time
   * @param y0 the value at {@code t0}
   * @param t1 the end time, ≥ {@code t0}
   * @return y(t1)
   * @throws IllegalArgumentException if a time or y0 is not finite or {@code t1 < t0}
   * @throws IllegalStateException if the step size underflows, the step budget is exhausted or a value is not
   * finite
   */
  public double integrate(ScalarLinearOde ode, double t0, double y0, double t1) {
    Objects.requireNonNull(ode, "ode");
    if (!Double.isFinite(t0) || !Double.isFinite(t1) || !Double.isFinite(y0) || t1 < t0) {
      throw new IllegalArgumentException("t0 = " + t0 + ", t1 = " + t1 + ", y0 = " + y0
          + ": must be finite with t1 >= t0");
    }
    if (t1 == t0) {
      return y0;
    }
    double t = t0;
    double y = y0;
    double a0 = ode.rate(t);
    double b0 = ode.source(t);
    evaluations++;
    double h = Math.min(hHint > 0.0 ? hHint : hCarry > 0.0 ? hCarry : FIRST_STEP, maxStepH);
    hHint = 0.0;
    boolean first = true;
    final double hMin = UNDERFLOW_RELATIVE * Math.max(Math.abs(t0), Math.abs(t1));
    for (int attempts = 0; ; attempts++) {
      if (attempts >= maxSteps) {
        throw new IllegalStateException("maxSteps = " + maxSteps + " steps exceeded at t = " + t + ", h = " + h);
      }
      final double hProposed = h;
      final boolean last = t + 1.01 * h >= t1;
      if (last) {
        h = t1 - t;
      }
      final double yNew = step(ode, t, h, y, a0, b0);
      final double err = Math.abs(yNew - lastLow)
          / (ESTIMATE_ALLOWANCE * (atol + rtol * Math.max(Math.abs(y), Math.abs(yNew))));
      if (err <= 1.0) {
        steps++;
        if (first) {
          firstStep = h;
          first = false;
        }
        final double fac = err == 0.0 ? 5.0 : Math.min(5.0, Math.max(0.2, 0.9 * Math.pow(err, -0.2)));
        final double a1 = lastRate;
        final double b1 = lastSource;
        trackMinimum(ode, t, h, y, a0, b0, yNew, b1 - a1 * yNew);
        y = yNew;
        a0 = a1;
        b0 = b1;
        // after a step shortened to land on t1, carry the larger of its successor and the untruncated proposal
        hCarry = Math.min(last ? Math.max(h * fac, hProposed) : h * fac, maxStepH);
        if (last) {
          return y;
        }
        t += h;
        h = hCarry;
      } else {
        if (!(err < Double.POSITIVE_INFINITY)) {
          h *= 0.2;
        } else {
          h *= Math.max(0.2, 0.9 * Math.pow(err, -0.2));
        }
        if (!(h > hMin)) {
          throw new IllegalStateException("step size underflow at t = " + t + ", h = " + h + " (y = " + y + ")");
        }
      }
    }
  }

  /**
   * One step of size h from (t, y) with (a, b)(t) = (a0, b0): returns the 5-node solution, leaves the 4-node one
   * in {@code lastLow} and (a, b)(t + h) in {@code lastRate}, {@code lastSource}. Four evaluations.
   */
  private double step(ScalarLinearOde ode, double t, double h, double y, double a0, double b0) {
    ode.stepRates(t, h, rates);
    final double a1 = rates[0];
    final double a2 = rates[1];
    final double a3 = rates[2];
    final double a4 = rates[3];
    final double b1 = ode.source(t + X1 * h);
    final double b2 = ode.source(t + 0.5 * h);
    final double b3 = ode.source(t + X3 * h);
    final double b4 = ode.source(t + h);
    evaluations += 4;
    if (a1 == a0 && a2 == a0 && a3 == a0 && a4 == a0 && b1 == b0 && b2 == b0 && b3 == b0 && b4 == b0
        && a0 > 0.0) {
      // constant coefficients: y = q + (y0 − q)·e^{−a·h}, q = b/a (an equilibrium stays where it is, bit for bit)
      final double q = b0 / a0;
      final double exact = q + (y - q) * Math.exp(-a0 * h);
      lastLow = exact;
      lastRate = a4;
      lastSource = b4;
      return exact;
    }
    final double[] w4 = CUMULATIVE5[4];
    final double z = h * (w4[0] * a0 + w4[1] * a1 + w4[2] * a2 + w4[3] * a3 + w4[4] * a4);
    final double ez = Math.exp(-z);
    if (!(z >= 0.0) || Double.isInfinite(z)) {
      throw new IllegalStateException("rate not finite and >= 0 near t = " + t + " (step " + h + ")");
    }
    ExponentialQuadrature.moments(z, ez, moments);
    // five nodes
    final double d1 = cumulative(CUMULATIVE5[1], h, a0, a1, a2, a3, a4) - z * X1;
    final double d3 = cumulative(CUMULATIVE5[3], h, a0, a1, a2, a3, a4) - z * X3;
    final double e1 = Math.exp(d1);
    final double e3 = Math.exp(d3);
    final double g1 = b1 * e1;
    final double g2 = b2 * Math.exp(cumulative(CUMULATIVE5[2], h, a0, a1, a2, a3, a4) - z * 0.5);
    final double g3 = b3 * e3;
    double high = 0.0;
    for (int m = 0; m < 5; m++) {
      high += moments[m] * (LAGRANGE5[0][m] * b0 + LAGRANGE5[1][m] * g1 + LAGRANGE5[2][m] * g2
          + LAGRANGE5[3][m] * g3 + LAGRANGE5[4][m] * b4);
    }
    // four nodes (no 1/2), same z; e^{D'} = e^{D}·e^{D' − D}, the two D close
    final double[] c1 = CUMULATIVE4[1];
    final double[] c3 = CUMULATIVE4[2];
    final double l1 = g1 * expNear0(h * (c1[0] * a0 + c1[1] * a1 + c1[2] * a3 + c1[3] * a4) - z * X1 - d1);
    final double l3 = g3 * expNear0(h * (c3[0] * a0 + c3[1] * a1 + c3[2] * a3 + c3[3] * a4) - z * X3 - d3);
    double low = 0.0;
    for (int m = 0; m < 4; m++) {
      low += moments[m] * (LAGRANGE4[0][m] * b0 + LAGRANGE4[1][m] * l1 + LAGRANGE4[2][m] * l3
          + LAGRANGE4[3][m] * b4);
    }
    final double decayed = ez * y;
    lastLow = decayed + h * low;
    lastRate = a4;
    lastSource = b4;
    return decayed + h * high;
  }

  /**
   * θ ∈ (0, 1) where the cubic Hermite interpolant of (y0, d0 = h·y'(t)) and (y1, d1 = h·y'(t+h)), d0 &lt; 0 &lt; d1,
   * has its minimum: the first search point.
   */
  static double hermiteMinimum(double y0, double y1, double d0, double d1) {
    final double delta = y1 - y0;
    final double qa = 3.0 * (d0 + d1) - 6.0 * delta;
    final double qb = 6.0 * delta - 4.0 * d0 - 2.0 * d1;
    final double qc = d0;
    final double falsi = -d0 / (d1 - d0);
    double disc = qb * qb - 4.0 * qa * qc;
    if (!(disc >= 0.0)) {
      return falsi;
    }
    // the root where p' goes from − to +, in the cancellation-free form
    double sq = Math.sqrt(disc);
    double q = -0.5 * (qb + Math.copySign(sq, qb));
    double r1 = q != 0.0 ? qc / q : falsi;
    double r2 = qa != 0.0 ? q / qa : r1;
    boolean in1 = r1 > 0.0 && r1 < 1.0;
    boolean in2 = r2 > 0.0 && r2 < 1.0;
    if (in1 && in2) {
      return Math.min(r1, r2);
    }
    return in1 ? r1 : in2 ? r2 : falsi;
  }

  /** e^x, by its Taylor polynomial of degree 3 when |x| &lt; 1e−4 (then exact to rounding: x⁴/24 &lt; 5e−18). */
  private static double expNear0(double x) {
    return Math.abs(x) < 1e-4 ? 1.0 + x * (1.0 + x * (0.5 + x * (1.0 / 6.0))) : Math.exp(x);
  }

  private static double cumulative(double[] w, double h, double a0, double a1, double a2, double a3, double a4) {
    return h * (w[0] * a0 + w[1] * a1 + w[2] * a2 + w[3] * a3 + w[4] * a4);
  }

  /**
   * Lowers the running minimum by the step's end value and, when dy/dt changes from &lt; 0 to &gt; 0 inside the
   * accepted step, by the value at the zero of dy/dt (class Javadoc).
   */
  private void trackMinimum(ScalarLinearOde ode, double t, double h, double y0, double a0, double b0, double y1,
      double f1) {
    if (y1 < minimum) {
      minimum = y1;
    }
    final double f0 = b0 - a0 * y0;
    if (!(f0 < 0.0 && f1 > 0.0)) {
      return;
    }
    double lo = 0.0;
    double flo = f0;
    double hi = 1.0;
    double fhi = f1;
    double previous = y1 < y0 ? y1 : y0;
    final double settled = 0.05 * (atol + rtol * Math.abs(previous));
    int side = 0;
    for (int i = 0; i < MIN_SEARCH_ITERATIONS; i++) {
      double theta = i == 0 ? hermiteMinimum(y0, y1, h * f0, h * f1) : (lo * fhi - hi * flo) / (fhi - flo);
      double y = step(ode, t, theta * h, y0, a0, b0);
      double f = lastSource - lastRate * y;
      if (y < minimum) {
        minimum = y;
      }
      if (Math.abs(y - previous) <= settled || f == 0.0) {
        return;
      }
      previous = y;
      if (f > 0.0) {
        hi = theta;
        fhi = f;
        if (side == -1) {
          flo *= 0.5;
        }
        side = -1;
      } else {
        lo = theta;
        flo = f;
        if (side == 1) {
          fhi *= 0.5;
        }
        side = 1;
      }
    }
  }
}
