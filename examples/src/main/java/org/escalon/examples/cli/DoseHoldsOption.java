package org.escalon.examples.cli;

import org.escalon.core.model.SimulationSettings;
import org.escalon.examples.input.DoseHolds;
import picocli.CommandLine.Option;

/** {@code --dose-holds / --no-dose-holds}, shared by every model command: protocol dose holds, default on. */
public final class DoseHoldsOption {

  @Option(names = "--dose-holds", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Apply protocol dose holds and reductions (default on; --no-dose-holds gives every planned "
          + "dose).")
  boolean doseHolds;

  /** Whether dose holds are on. */
  boolean on() {
    return doseHolds;
  }

  /** The default simulation settings with the switch applied ({@link DoseHolds#settings}). */
  SimulationSettings settings() {
    return DoseHolds.settings(doseHolds);
  }
}
