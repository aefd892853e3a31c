package org.escalon.core.pk;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * A linear oral PK model whose state is the vector of compartment amounts (depot first, then central, then any
 * peripheral compartment). Being linear, it can be propagated exactly over any interval (the closed form, equal
 * to Bateman superposition over doses) or integrated as an ODE; both forms are offered so that tests can prove
 * they agree.
 *
 * <p>Amount units are the dose unit (µg for cemsidomide, mg for dexamethasone); {@link #concentration} converts
 * to ng/mL with {@link #concentrationScale()} / V.
 *
 * <p>Implementations are immutable and thread-safe; methods that take arrays write only to the output array and
 * do not allocate.
 */
public interface LinearPkModel {

  /**
   * Number of compartments in the state (depot, central, peripheral…).
   *
   * @return number of compartments in the state (depot, central, peripheral…)
   */
  int compartments();

  /**
   * Index of the depot within the state.
   *
   * @return index of the depot within the state
   */
  default int depot() {
    return 0;
  }

  /**
   * Index of the central compartment within the state.
   *
   * @return index of the central compartment within the state
   */
  default int central() {
    return 1;
  }

  /**
   * Oral bioavailability F applied to each dose.
   *
   * @return oral bioavailability F applied to each dose
   */
  double bioavailability();

  /**
   * Central volume in L.
   *
   * @return central volume in L
   */
  double centralVolumeL();

  /**
   * Factor turning amount/volume into ng/mL (1 for µg/L, 1000 for mg/L).
   *
   * @return factor turning amount/volume into ng/mL (1 for µg/L, 1000 for mg/L)
   */
  double concentrationScale();

  /**
   * Adds {@code F·amount} to the depot of the state at {@code off}.
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param amount the dose as given (µg of cemsidomide, mg of dexamethasone)
   */
  default void addDose(double[] x, int off, double amount) {
    x[off + depot()] += bioavailability() * amount;
  }

  /**
   * Concentration (ng/mL) of the state at {@code off}.
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @return concentration (ng/mL) of the state at {@code off}
   */
  default double concentration(double[] x, int off) {
    return concentrationScale() * x[off + central()] / centralVolumeL();
  }

  /**
   * Exact propagation: writes the state after {@code tauH} hours, starting from the state at {@code off}, into
   * {@code out} at {@code outOff} ({@code out} may be {@code x} only if the ranges do not overlap).
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param tauH the elapsed time, hours, ≥ 0
   * @param out receives the propagated state
   * @param outOff the index in {@code out} where it is written
   */
  void propagate(double[] x, int off, double tauH, double[] out, int outOff);

  /**
   * Concentration (ng/mL) after {@code tauH} hours from the state at {@code off}, without allocating.
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param tauH the elapsed time, hours, ≥ 0
   * @return concentration (ng/mL) after {@code tauH} hours from the state at {@code off}, without allocating
   */
  double concentrationAfter(double[] x, int off, double tauH);

  /**
   * Time derivative of the central amount after {@code tauH} hours (amount/h), from the exact solution.
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param tauH the elapsed time, hours, ≥ 0
   * @return time derivative of the central amount after {@code tauH} hours (amount/h), from the exact solution
   */
  double centralRateAfter(double[] x, int off, double tauH);

  /**
   * ODE form: writes d(amount)/dt of the state at {@code off} into {@code dx} at {@code dxOff}.
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param dx receives the derivatives
   * @param dxOff the index in {@code dx} where they are written
   */
  void derivatives(double[] x, int off, double[] dx, int dxOff);

  /**
   * Largest concentration over {@code [0, tauEndH]} from the state at {@code off}, and when it occurs. The
   * concentration of a linear oral model rises while absorption exceeds elimination and then falls, so the
   * maximum is at an end or at the single root of the central rate (found with Hipparchus' Brent solver).
   *
   * @param x the array holding the PK state (amounts in the compartments)
   * @param off the index of the state's first compartment (the depot) in {@code x}
   * @param tauEndH the end of the interval, hours from the state's time, ≥ 0
   * @return {@code {cmax, tmax}} with tmax relative to the start of the interval
   */
  default double[] maxConcentration(double[] x, int off, double tauEndH) {
    if (!(tauEndH >= 0)) {
      throw new IllegalArgumentException("tauEndH must be >= 0, got " + tauEndH);
    }
    double r0 = centralRateAfter(x, off, 0.0);
    double c0 = concentrationAfter(x, off, 0.0);
    if (!(r0 > 0) || tauEndH == 0) {
      return new double[] {c0, 0.0};
    }
    double r1 = centralRateAfter(x, off, tauEndH);
    if (r1 >= 0) {
      return new double[] {concentrationAfter(x, off, tauEndH), tauEndH};
    }
    BrentSolver solver = new BrentSolver(1e-9, 1e-12);
    double tmax = solver.solve(200, tau -> centralRateAfter(x, off, tau), 0.0, tauEndH);
    double cmax = concentrationAfter(x, off, tmax);
    return new double[] {Math.max(cmax, c0), tmax};
  }

  /**
   * First divided difference of {@code exp(λτ)}: {@code (e^{aτ} − e^{bτ})/(a − b)}, computed as
   * {@code e^{sτ}·expm1((o−s)τ)/(o−s)} with {@code s} the one of a, b whose exponential is larger and {@code o} the
   * other, so that it stays accurate when a ≈ b (limit {@code τ·e^{aτ}}) and never overflows to ∞ or 0·∞ = NaN
   * for long τ (the argument of {@code expm1} is never positive).
   *
   * @param a first rate (1/h; negative for elimination)
   * @param b second rate (1/h)
   * @param tau the time, hours
   * @return first divided difference of {@code exp(λτ)}: {@code (e^{aτ} − e^{bτ})/(a − b)}, computed as {@code
   *     e^{sτ}·expm1((o−s)τ)/(o−s)} with {@code s} the one of a, b whose exponential is larger and {@code o} the other,
   *     so that it stays accurate when a ≈ b (limit {@code τ·e^{aτ}}) and never overflows to ∞ or 0·∞ = NaN for long τ
   *     (the argument of {@code expm1} is never positive)
   */
  static double expDiff1(double a, double b, double tau) {
    double d = a - b;
    if (d == 0.0) {
      return tau * Math.exp(a * tau);
    }
    if (d * tau > 0) {
      return Math.exp(a * tau) * Math.expm1(-d * tau) / -d;
    }
    return Math.exp(b * tau) * Math.expm1(d * tau) / d;
  }

  /**
   * Second divided difference of {@code exp(λτ)} over {a, b, c} (symmetric in its arguments); accurate when two or
   * all three arguments are close.
   *
   * @param a first rate (1/h)
   * @param b second rate (1/h)
   * @param c third rate (1/h)
   * @param tau the time, hours
   * @return second divided difference of {@code exp(λτ)} over {a, b, c} (symmetric in its arguments); accurate when two
   *     or all three arguments are close
   */
  static double expDiff2(double a, double b, double c, double tau) {
    double lo = Math.min(a, Math.min(b, c));
    double hi = Math.max(a, Math.max(b, c));
    double mid = a + b + c - lo - hi;
    double spread = (hi - lo) * tau;
    if (spread < 1e-8) {
      double m = (a + b + c) / 3.0;
      return 0.5 * tau * tau * Math.exp(m * tau);
    }
    return (expDiff1(hi, mid, tau) - expDiff1(mid, lo, tau)) / (hi - lo);
  }
}
