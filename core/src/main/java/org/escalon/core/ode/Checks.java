package org.escalon.core.ode;

import java.util.Objects;

/** Argument validation shared by the integrators of this package (internal). */
final class Checks {

  private Checks() {}

  /**
   * Validates the arguments of {@link OdeIntegrator#integrate}. Allocates nothing unless it throws.
   *
   * @throws NullPointerException if {@code system} or {@code y} is null
   * @throws IllegalArgumentException naming the parameter, the bad value and what is allowed
   */
  static int integrateArguments(OdeSystem system, double t0, double[] y, double t1, int dimension) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(y, "y");
    if (!Double.isFinite(t0)) {
      throw new IllegalArgumentException("t0 must be finite, got " + t0);
    }
    if (!Double.isFinite(t1)) {
      throw new IllegalArgumentException("t1 must be finite, got " + t1);
    }
    if (t1 < t0) {
      throw new IllegalArgumentException(
          "t1 must be >= t0 = " + t0 + " (integration runs forward only), got " + t1);
    }
    if (y.length != dimension) {
      throw new IllegalArgumentException(
          "y.length must equal the integrator dimension " + dimension + ", got " + y.length);
    }
    final int systemDimension = system.dimension();
    if (systemDimension != dimension) {
      throw new IllegalArgumentException("system.dimension() must equal the integrator dimension " + dimension
          + ", got " + systemDimension);
    }
    final int m = system.integratedDimension();
    if (m < 1 || m > dimension) {
      throw new IllegalArgumentException("system.integratedDimension() must be in [1, " + dimension + "], got "
          + m);
    }
    for (int i = 0; i < dimension; i++) {
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
      }
    }
    return m;
  }

  /** Validates the output request of a dense-output call; {@code m} is the system dimension. */
  static void outputArguments(double t0, double t1, double[] outTimes, int nOut, double[] outStates, int m) {
    if (nOut == 0) {
      return;
    }
    Objects.requireNonNull(outTimes, "outTimes");
    Objects.requireNonNull(outStates, "outStates");
    if (nOut < 0 || nOut > outTimes.length) {
      throw new IllegalArgumentException("nOut must be in [0, outTimes.length = " + outTimes.length + "], got "
          + nOut);
    }
    if (outStates.length < (long) nOut * m) {
      throw new IllegalArgumentException("outStates.length must be >= nOut * dimension = " + (long) nOut * m
          + ", got " + outStates.length);
    }
    double prev = t0;
    for (int k = 0; k < nOut; k++) {
      final double tk = outTimes[k];
      if (!(tk > prev) || tk > t1) {
        throw new IllegalArgumentException("outTimes must be increasing in (t0 = " + t0 + ", t1 = " + t1
            + "], got outTimes[" + k + "] = " + tk);
      }
      prev = tk;
    }
  }
}
