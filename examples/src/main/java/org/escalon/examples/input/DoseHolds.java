package org.escalon.examples.input;

import org.escalon.core.model.SimulationSettings;
import org.escalon.core.regimen.DoseModificationRule;

/**
 * The dose-hold switch of every command and scenario file ({@code --dose-holds/--no-dose-holds}, {@code
 * dose_holds: true|false}): on means the protocol's holds and reductions ({@link DoseModificationRule#DEFAULT}),
 * off means every planned dose is given ({@link DoseModificationRule#NONE}).
 */
public final class DoseHolds {
  private DoseHolds() {}

  /**
   * The rule for the switch.
   *
   * @param on {@code true} for the rule for the switch
   * @return the rule for the switch
   */
  public static DoseModificationRule rule(boolean on) {
    return on ? DoseModificationRule.DEFAULT : DoseModificationRule.NONE;
  }

  /**
   * The default simulation settings with the switch applied.
   *
   * @param on {@code true} for the default simulation settings with the switch applied
   * @return the default simulation settings with the switch applied
   */
  public static SimulationSettings settings(boolean on) {
    return SimulationSettings.DEFAULT.withDoseModification(rule(on));
  }
}
