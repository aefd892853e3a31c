package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.simulation.pkpd.CoupledStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon demo}: the default schedule comparison, as a newcomer's first run. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the default scenario: cemsidomide 37.5-150 ug on QD d1-14 and QD d1-21 with dexamethasone "
        + "40 mg, 3+3 (variant A) and BOIN (target 0.3, 10 cohorts of 3), 1000 trials; print the table.")
public final class DemoCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--trials", defaultValue = "1000", paramLabel = "N", description = "Default: 1000.")
  int trials;

  @Option(names = "--truth-patients", defaultValue = "4000", paramLabel = "N",
      description = "Virtual patients for the model truth (the demo uses 4000 to finish in about a minute; "
          + "compare defaults to 20000). Default: ${DEFAULT-VALUE}.")
  int truthPatients;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "T", description = "Default: 2.")
  int threads;

  @Override
  public void run() {
    DesignChoice.checkRange("--trials", trials, 1, 10_000_000);
    DesignChoice.checkRange("--truth-patients", truthPatients, 100, 10_000_000);
    DesignChoice.checkRange("--threads", threads, 1, 1024);
    CompareScenario s = CompareScenario.defaults().withRun(trials, truthPatients, 1, threads);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "escalon demo: %d trials per design and schedule on PK/PD virtual patients "
        + "(model truth from %d patients), %d threads ...%n", trials, truthPatients, threads);
    err.flush();
    CoupledStudy.Result r = CoupledStudy.run(s.settings());
    out.println("Cemsidomide + dexamethasone 40 mg: schedule comparison (seed 1, 6 cycles, dose holds on, "
        + "accrual 2/month)");
    out.print(CompareReport.table(r));
    out.printf(Locale.ROOT, "%nFinished in %.1f s. Same run as JSON: ./escalon compare --trials %d "
        + "--truth-patients %d --format json%n", r.seconds(), trials, truthPatients);
    out.flush();
  }
}
