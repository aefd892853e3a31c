package org.escalon.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.escalon.examples.sweep.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon demo} = {@code escalon sweep examples/scenarios/schedule-comparison.yaml --out escalon-out}: the
 * file when run from the repository root, else the copy bundled on the classpath (so it works anywhere).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the schedule-comparison scenario (cemsidomide 37.5-150 ug, QD d1-14 vs QD d1-21, "
        + "dexamethasone 40 mg, 3+3 A vs BOIN, 1000 trials) as 'sweep examples/scenarios/schedule-comparison.yaml "
        + "--out escalon-out': prints the table and writes escalon-out/report.html with plots, CSVs and JSON.")
public final class DemoCommand implements Runnable {

  /** The demo scenario, relative to the repository root. */
  static final Path FILE = Path.of("examples", "scenarios", "schedule-comparison.yaml");

  /** The same file on the classpath. */
  static final String RESOURCE = "/scenarios/schedule-comparison.yaml";

  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "escalon-out", paramLabel = "DIR",
      description = "Output directory. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files and was not written by Escalon.")
  boolean force;

  @Option(names = "--trials", paramLabel = "N", description = "Trials (default: the scenario's, 1000).")
  Integer trials;

  /** Worker threads; when not given, the scenario's (2). */
  @Mixin ThreadsOption threads;

  @Override
  public void run() {
    SweepCommand sweep = new SweepCommand();
    sweep.spec = spec;
    sweep.out = out;
    sweep.force = force;
    sweep.trials = trials;
    sweep.threads = threads;
    sweep.exportTrials = 20;
    sweep.checkOptions(); // before the banner, so that a bad option is the only line printed
    ScenarioFile sc;
    String shown;
    if (Files.isRegularFile(FILE)) {
      sc = ScenarioFile.read(FILE);
      sweep.scenario = FILE;
      shown = FILE.toString();
    } else {
      sc = ScenarioFile.resource(RESOURCE);
      shown = "(bundled) schedule-comparison.yaml";
    }
    spec.commandLine().getErr().println("escalon demo: sweep " + shown + " --out " + out
        + " (PK/PD virtual patients; about a minute on 2 cores) ...");
    spec.commandLine().getErr().flush();
    sweep.run(sc, "escalon demo (= escalon sweep " + FILE + " --out " + out
        + (trials != null ? " --trials " + trials : "") + (threads.threads != null ? " --threads " + threads.threads : "") + ")");
  }
}
