package org.escalon.examples.cli;

import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.pd.MyelosuppressionEffect;
import picocli.CommandLine.Option;

/** Structural model choices and solver settings shared by the model commands. */
public final class ModelChoiceOptions {

  @Option(names = "--pk", defaultValue = "closed", paramLabel = "FORM",
      description = "PK form: closed (exact, default) or ode.")
  String pk;

  @Option(names = "--compartments", defaultValue = "1", paramLabel = "N",
      description = "Cemsidomide PK compartments: 1 (default) or 2.")
  int compartments;

  @Option(names = "--neutrophil-effect", defaultValue = "blunted-feedback", paramLabel = "VARIANT",
      description = "Where marrow IKZF1 degradation acts (docs/model.md §2E): blunted-feedback (default), "
          + "proliferation (the first-wave model) or maturation-arrest.")
  String neutrophilEffect;

  @Option(names = "--solver", defaultValue = "fast", paramLabel = "NAME",
      description = "ODE solver: fast (default), hipparchus (DormandPrince54) or hipparchus853.")
  String solver;

  @Option(names = "--rtol", defaultValue = "1e-6", paramLabel = "X", description = "Relative tolerance.")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-9", paramLabel = "X", description = "Absolute tolerance, in (0, 0.01]. Default: 1e-9.")
  double atol;

  /** The model options. */
  public ModelOptions modelOptions() {
    ModelOptions o = ModelOptions.DEFAULT;
    switch (pk) {
      case "closed":
        break;
      case "ode":
        o = o.withPkForm(ModelOptions.PkForm.ODE);
        break;
      default:
        throw UsageException.of("--pk", pk, "closed or ode");
    }
    if (compartments == 2) {
      o = o.withPkStructure(ModelOptions.PkStructure.TWO_COMPARTMENT);
    } else if (compartments != 1) {
      throw UsageException.of("--compartments", compartments, "1 or 2");
    }
    try {
      o = o.withNeutrophilEffect(MyelosuppressionEffect.byLabel(neutrophilEffect));
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--neutrophil-effect", neutrophilEffect,
          "proliferation, maturation-arrest or blunted-feedback");
    }
    return o;
  }

  /** The solver. */
  public PatientSimulator.Solver solver() {
    switch (solver) {
      case "fast":
        return PatientSimulator.Solver.FAST;
      case "hipparchus":
        return PatientSimulator.Solver.HIPPARCHUS;
      case "hipparchus853":
        return PatientSimulator.Solver.HIPPARCHUS_853;
      default:
        throw UsageException.of("--solver", solver, "fast, hipparchus or hipparchus853");
    }
  }

  /** The tolerances. */
  public OdeTolerances tolerances() {
    if (!(rtol > 0) || rtol > 0.1) {
      throw UsageException.of("--rtol", rtol, "a number in (0, 0.1]");
    }
    if (!(atol > 0) || atol > 0.01) {
      throw UsageException.of("--atol", atol, "a number in (0, 0.01] (the states are fractions of order 1)");
    }
    return OdeTolerances.of(rtol, atol);
  }
}
