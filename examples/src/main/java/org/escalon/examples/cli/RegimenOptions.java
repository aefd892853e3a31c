package org.escalon.examples.cli;

import org.escalon.core.regimen.Regimen;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.input.Limit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that describe one cemsidomide + dexamethasone regimen, shared by several commands. */
public final class RegimenOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--dose-ug", defaultValue = "100", paramLabel = "UG",
      description = "Cemsidomide dose per dosing day in µg, in [0, 1000000] (0 = none). Default: ${DEFAULT-VALUE}.")
  double doseUg;

  @Option(names = "--schedule", defaultValue = "QD d1-14", paramLabel = "TEXT",
      description = "Cemsidomide schedule in each 28-day cycle: 'QD d1-14', 'QD d1-21', 'QD d1-28', "
          + "'MWF d1-21', 'MWF d1-28', 'QD d1-7,15-21', 'QD 5on2off'. Default: '${DEFAULT-VALUE}'.")
  String schedule;

  @Option(names = "--dex-mg", defaultValue = "40", paramLabel = "MG",
      description = "Dexamethasone dose on days 1, 8, 15, 22 in mg, in [0, 1000] (0 = none). "
          + "Default: ${DEFAULT-VALUE}.")
  double dexMg;

  @Option(names = "--cycles", defaultValue = "1", paramLabel = "N",
      description = "Number of 28-day cycles, 1 to 100. Default: ${DEFAULT-VALUE}.")
  int cycles;

  /**
   * Validates the options and builds the regimen; errors name the option.
   *
   * @return the regimen
   */
  public Regimen regimen() {
    Check.limit(spec, "--dose-ug", doseUg, Limit.DOSE_UG);
    Check.limit(spec, "--dex-mg", dexMg, Limit.DEX_MG);
    Check.limit(spec, "--cycles", cycles, Limit.CYCLES);
    Schedule s;
    try {
      s = Schedule.parse(schedule);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--schedule", schedule, "one of " + Schedule.ALLOWED);
    }
    return Regimen.of(doseUg, s, dexMg, cycles);
  }
}
