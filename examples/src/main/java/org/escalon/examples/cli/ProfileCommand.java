package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.output.Profile;
import org.escalon.core.regimen.Regimen;
import org.escalon.examples.input.Limit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon profile}: the typical patient (every η = 0) as CSV on a time grid. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Print the typical patient's profile (all eta = 0) as CSV: concentration, IKZF remaining "
        + "fractions, observed ANC, platelets, M-protein.")
public final class ProfileCommand implements Runnable {

  @Mixin RegimenOptions regimenOptions;
  @Mixin ModelChoiceOptions modelChoice;
  @Spec CommandSpec spec;

  @Option(names = "--step-h", defaultValue = "6", paramLabel = "H",
      description = "Output grid step in hours, in [0.01, 672]. Default: ${DEFAULT-VALUE}.")
  double stepH;

  @Option(names = "--age", defaultValue = "67", paramLabel = "YEARS",
      description = "Age of the typical patient (above 75, dexamethasone 40 mg becomes 20 mg). Default: 67.")
  double age;

  @Mixin DoseHoldsOption doseHolds;

  @Override
  public void run() {
    Regimen regimen = regimenOptions.regimen();
    Check.limit(spec, "--step-h", stepH, Limit.STEP_H);
    Check.limit(spec, "--age", age, Limit.AGE_YEARS);
    SimulationSettings settings = doseHolds.settings();
    PatientSimulator sim = new PatientSimulator(modelChoice.modelOptions(), settings, modelChoice.solver(),
        modelChoice.tolerances());
    Profile p;
    try {
      p = sim.profile(IndividualParameters.typical(modelChoice.theta()), new Covariates(age), regimen, stepH);
    } catch (SimulationFailedException e) {
      throw e.of("the typical patient (age " + Limit.show(age) + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.join(",", p.columns()));
    for (double[] row : p.rows()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(format(row[i]));
      }
      out.println(sb);
    }
    out.flush();
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (!Double.isFinite(v)) {
      return "NA";
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(7)).stripTrailingZeros().toPlainString();
  }

  /** Column names (for tests). */
  static List<String> columns() {
    return Profile.STANDARD_COLUMNS;
  }
}
