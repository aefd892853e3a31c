package org.escalon.benchmarks.ode;

import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;

/** Shared benchmark parameter parsing. */
final class Patients {
  private Patients() {}

  static PatientSimulator.Solver solver(String name) {
    switch (name) {
      case "fast":
        return PatientSimulator.Solver.FAST;
      case "tsitouras":
        return PatientSimulator.Solver.TSITOURAS;
      case "hipparchus":
        return PatientSimulator.Solver.HIPPARCHUS;
      case "hipparchus853":
        return PatientSimulator.Solver.HIPPARCHUS_853;
      default:
        throw new IllegalArgumentException("solver must be fast, tsitouras, hipparchus or hipparchus853, got " + name);
    }
  }

  static ModelOptions options(String pk) {
    switch (pk) {
      case "closed":
        return ModelOptions.DEFAULT;
      case "ode":
        return ModelOptions.DEFAULT.withPkForm(ModelOptions.PkForm.ODE);
      default:
        throw new IllegalArgumentException("pk must be closed or ode, got " + pk);
    }
  }
}
