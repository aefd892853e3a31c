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
  static void integrateArguments(OdeSystem system, double t0, double[] y, double t1, int dimension) {
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
    for (int i = 0; i < dimension; i++) {
      if (!Double.isFinite(y[i])) {
        throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
      }
    }
  }
}
