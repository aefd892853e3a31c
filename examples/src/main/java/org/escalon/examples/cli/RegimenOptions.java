package org.escalon.examples.cli;

import org.escalon.core.regimen.Regimen;
import org.escalon.core.regimen.Schedule;
import picocli.CommandLine.Option;

/** The options that describe one cemsidomide + dexamethasone regimen, shared by several commands. */
public final class RegimenOptions {

  @Option(names = "--dose-ug", defaultValue = "100", paramLabel = "UG",
      description = "Cemsidomide dose per dosing day in µg (0 = none). Default: ${DEFAULT-VALUE}.")
  double doseUg;

  @Option(names = "--schedule", defaultValue = "QD d1-14", paramLabel = "TEXT",
      description = "Cemsidomide schedule in each 28-day cycle: 'QD d1-14', 'QD d1-21', 'QD d1-28', "
          + "'MWF d1-21', 'MWF d1-28', 'QD d1-7,15-21', 'QD 5on2off'. Default: '${DEFAULT-VALUE}'.")
  String schedule;

  @Option(names = "--dex-mg", defaultValue = "40", paramLabel = "MG",
      description = "Dexamethasone dose on days 1, 8, 15, 22 in mg (0 = none). Default: ${DEFAULT-VALUE}.")
  double dexMg;

  @Option(names = "--cycles", defaultValue = "1", paramLabel = "N",
      description = "Number of 28-day cycles. Default: ${DEFAULT-VALUE}.")
  int cycles;

  /** Validates the options and builds the regimen; errors name the option. */
  public Regimen regimen() {
    if (!(doseUg >= 0) || Double.isInfinite(doseUg)) {
      throw UsageException.of("--dose-ug", doseUg, "a finite dose >= 0 µg");
    }
    if (!(dexMg >= 0) || Double.isInfinite(dexMg)) {
      throw UsageException.of("--dex-mg", dexMg, "a finite dose >= 0 mg");
    }
    if (cycles < 1 || cycles > 1000) {
      throw UsageException.of("--cycles", cycles, "an integer in [1, 1000]");
    }
    Schedule s;
    try {
      s = Schedule.parse(schedule);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--schedule", schedule, "one of " + Schedule.ALLOWED);
    }
    return Regimen.of(doseUg, s, dexMg, cycles);
  }
}
