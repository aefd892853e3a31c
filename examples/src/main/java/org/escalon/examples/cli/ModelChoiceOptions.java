package org.escalon.examples.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.examples.input.Numbers;
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

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "A typical value (theta) of a model parameter, by its docs/model.md §3 name; repeat for more "
          + "(--param CL=5 --param KG=0.03). Each must be within its documented range.")
  List<String> params = new ArrayList<>();

  @Option(names = "--rtol", defaultValue = "1e-6", paramLabel = "X", description = "Relative tolerance.")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-9", paramLabel = "X",
      description = "Absolute tolerance, in (0, 0.01]. Default: 1e-9.")
  double atol;

  /**
   * The model options.
   *
   * @return the model options
   */
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

  /**
   * The typical values: the defaults with every {@code --param} applied (checked against its range).
   *
   * @return the typical values: the defaults with every {@code --param} applied (checked against its range)
   */
  public ModelParameters theta() {
    return ModelParameters.of(assignments("--param", params, (p, v, text) -> {
      if (!p.domain().contains(v)) {
        throw UsageException.of("--param " + p.name(), text, p.allowed());
      }
    }));
  }

  /** Checks one {@code NAME=VALUE} value. */
  interface ValueCheck {
    void check(Param p, double value, String text);
  }

  /**
   * {@code NAME=VALUE} texts of {@code option} by parameter: each name a model parameter (case-insensitive, once),
   * each value a number in the strict syntax, checked by {@code check}.
   */
  static Map<Param, Double> assignments(String option, List<String> texts, ValueCheck check) {
    Map<Param, Double> out = new EnumMap<>(Param.class);
    for (String t : texts) {
      int eq = t.indexOf('=');
      if (eq <= 0) {
        throw UsageException.of(option, t, "NAME=VALUE with NAME a model parameter of docs/model.md §3, such as "
            + "CL=5");
      }
      String name = t.substring(0, eq).trim();
      String text = t.substring(eq + 1).trim();
      Param p;
      try {
        p = Param.byName(name);
      } catch (IllegalArgumentException e) {
        throw UsageException.of(option, t, "NAME=VALUE with NAME one of " + Param.all());
      }
      double v;
      try {
        v = Numbers.parseDouble(name, text);
      } catch (IllegalArgumentException e) {
        throw UsageException.of(option + " " + p.name(), text, Numbers.NUMBER);
      }
      check.check(p, v, text);
      if (out.put(p, v) != null) {
        throw UsageException.of(option, t, "each parameter once (" + p.name() + " is given twice)");
      }
    }
    return out;
  }

  /**
   * The solver.
   *
   * @return the solver
   */
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

  /**
   * The tolerances.
   *
   * @return the tolerances
   */
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
