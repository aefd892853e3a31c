package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.input.Limit;
import org.escalon.examples.io.OutputSet;
import org.escalon.examples.sweep.GridPoint;
import org.escalon.examples.sweep.NonmemExport;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepEngine;
import org.escalon.examples.sweep.SweepOutputs;
import org.escalon.simulation.pkpd.CoupledStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code escalon sweep SCENARIO --out DIR}: runs a scenario file (every grid point) and writes summary.json, tidy
 * CSVs, charts and report.html into DIR through an {@link OutputSet}: DIR ends with either its old contents or the
 * complete new output, whatever happens (error, Ctrl-C, SIGTERM), and only a directory Escalon owns is replaced.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a scenario file (YAML or JSON; see README 'Scenario files') and write summary.json, "
        + "design_summary.csv, paired_differences.csv, selection.csv, truth.csv, per_dose.csv, trials.csv, points.csv, charts (PNG and SVG) and report.html "
        + "into DIR. Prints the design-meeting table on stdout.")
public final class SweepCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, owned by Escalon (replaced as a whole when the run completes; see README "
          + "'Safety of your files').")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files and was not written by Escalon.")
  boolean force;

  @Option(names = "--trials", paramLabel = "N", description = "Trials per grid point (overrides the file).")
  Integer trials;

  /** Worker threads; when not given, the file's {@code threads} (whose default is all cores). */
  @Mixin ThreadsOption threads = new ThreadsOption();

  @Option(names = "--export-patients", paramLabel = "FILE.csv",
      description = "Also write simulated trial patients in NONMEM layout (ID, TIME in hours, AMT, CMT, EVID, "
          + "MDV, DV, DVID, ...).")
  Path exportPatients;

  @Option(names = "--export-trials", defaultValue = "20", paramLabel = "N",
      description = "Export the first N trials of every grid point, arm and design. Default: ${DEFAULT-VALUE}.")
  int exportTrials;

  /** {@code --engine} and the distributed options. */
  @Mixin EngineOptions engine = new EngineOptions();

  @Option(names = "--trials-per-task", paramLabel = "N",
      description = "With --engine spark: trials of one grid point per Spark task, a multiple of 4. Default: "
          + SweepEngine.Options.DEFAULT_TRIALS_PER_TASK + ". Results do not depend on it.")
  Integer trialsPerTask;

  @Option(names = "--parquet", description = "With --engine spark: also write the per-trial table as "
      + "trials.parquet.")
  boolean parquet;

  /** Used by {@code demo}: the scenario from the classpath when no file is given. */
  String resource;

  /** The engine other than local, set by {@link #run()} after the options are checked. */
  private SweepEngine distributed;

  /** Its options. */
  private SweepEngine.Options engineOptions;

  /** The scenario's text, for an engine that parses it again elsewhere. */
  private String scenarioText;

  @Override
  public void run() {
    engine.checkLocal(new String[] {"--trials-per-task", EngineOptions.str(trialsPerTask)},
        new String[] {"--parquet", parquet ? "true" : null});
    distributed = engine.sweepEngine();
    engineOptions = distributed == null ? null : engine.options(trialsPerTask == null
        ? SweepEngine.Options.DEFAULT_TRIALS_PER_TASK : trialsPerTask, parquet,
        SweepEngine.Options.DEFAULT_PATIENTS_PER_TASK);
    ScenarioFile sc;
    if (distributed == null) {
      sc = resource != null ? ScenarioFile.resource(resource) : ScenarioFile.read(scenario);
    } else {
      scenarioText = resource != null ? ScenarioFile.resourceText(resource) : ScenarioFile.text(scenario);
      sc = ScenarioFile.parse(scenarioName(), scenarioText);
    }
    run(sc, commandText());
  }

  private String scenarioName() {
    return resource != null ? resource : scenario.toString();
  }

  private String commandText() {
    StringBuilder sb = new StringBuilder("escalon sweep ").append(resource != null ? resource : scenario)
        .append(" --out ").append(out);
    if (trials != null) {
      sb.append(" --trials ").append(trials);
    }
    if (threads.threads != null) {
      sb.append(" --threads ").append(threads.threads);
    }
    if (exportPatients != null) {
      sb.append(" --export-patients ").append(exportPatients).append(" --export-trials ").append(exportTrials);
    }
    sb.append(engine.text());
    if (trialsPerTask != null) {
      sb.append(" --trials-per-task ").append(trialsPerTask);
    }
    return sb.append(parquet ? " --parquet" : "").toString();
  }

  /** Runs {@code sc} and writes the outputs; returns the report path. */
  Path run(ScenarioFile sc, String command) {
    Integer threadCount = checkOptions();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_DATE_TIME);
    long total = 0;
    for (GridPoint gp : sc.points()) {
      total += trialsOf(gp);
    }
    long t0 = System.nanoTime();
    NonmemExport export = null;
    List<String> extra;
    try (OutputSet staging = OutputSet.builder().input(scenario).directory("--out", out, force)
        .file("--export-patients", exportPatients).open()) {
      try {
        export = exportPatients == null ? null : new NonmemExport(Files.newBufferedWriter(
            staging.staging("--export-patients"), StandardCharsets.UTF_8), exportTrials);
        SweepEngine.Job job = distributed == null ? null : new SweepEngine.Job(scenarioName(), scenarioText, sc,
            trials, engineOptions, err);
        List<Sweep.PointResult> results = job == null ? simulate(sc, threadCount, total, export)
            : simulateOn(distributed, job, total);
        double seconds = (System.nanoTime() - t0) / 1e9;
        SweepOutputs.write(results, new SweepOutputs.RunInfo(sc, command, started, seconds),
            staging.staging("--out"));
        extra = job == null ? List.of()
            : distributed.writeExtra(results, job, staging.staging("--out"));
        if (export != null) {
          export.close();
        }
        printTables(stdout, sc, results);
        staging.commit();
      } finally {
        closeQuietly(export);
      }
      printWhereWritten(stdout, export, extra);
      err.printf(Locale.ROOT, "escalon: %d grid point(s), %d trials in %.1f s%n", sc.points().size(), total,
          (System.nanoTime() - t0) / 1e9);
      err.flush();
      return out.resolve("report.html");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** Checks the options the library does not see; returns {@code --threads} or {@code null}. */
  Integer checkOptions() {
    if (trials != null) {
      Check.limit(spec, "--trials", trials, Limit.TRIALS);
    }
    Integer t = threads.given();
    Check.limit(spec, "--export-trials", exportTrials, Limit.EXPORT_TRIALS);
    if (!engine.local() && exportPatients != null) {
      throw UsageException.of("--export-patients", exportPatients, "left out with --engine " + engine.engine
          + " (the export runs with the local engine only)");
    }
    return t;
  }

  private int trialsOf(GridPoint gp) {
    return trials != null ? trials : gp.settings().monteCarlo().trials();
  }

  /** Runs every grid point with a progress display; trial records go to {@code export} (if any). */
  private List<Sweep.PointResult> simulate(ScenarioFile sc, Integer threadCount, long total, NonmemExport export) {
    try (ProgressDisplay progress = new ProgressDisplay(total);
        TruthProgress truth = new TruthProgress()) {
      long[] before = {0};
      return Sweep.run(sc, trials, threadCount, new Sweep.Monitor() {
        @Override
        public void truthDone(long done, long totalPatients) {
          truth.done(done, totalPatients);
        }

        @Override
        public void pointStarted(GridPoint point, int points) {
          if (point.index() > 1) {
            before[0] += trialsOf(sc.points().get(point.index() - 2));
          }
          progress.startPoint(before[0], points > 1 ? "point " + point.index() + "/" + points : "");
        }

        @Override
        public void trialsDone(long done) {
          truth.close();
          progress.trialsDone(done);
        }

        @Override
        public void trial(GridPoint point, CoupledStudy.TrialRecord record) {
          if (export != null) {
            export.add(point, record);
          }
        }
      });
    }
  }

  /** Runs every grid point on {@code engine}, with the progress display counting trials over all points. */
  private static List<Sweep.PointResult> simulateOn(SweepEngine engine, SweepEngine.Job job, long total) {
    try (ProgressDisplay progress = new ProgressDisplay(total)) {
      return engine.run(job, new Sweep.Monitor() {
        @Override
        public void trialsDone(long done) {
          progress.trialsDone(done);
        }
      });
    }
  }

  private void printWhereWritten(PrintWriter stdout, NonmemExport export, List<String> extra) {
    stdout.printf(Locale.ROOT, "%nReport: %s%nTables: %s (summary.json, design_summary.csv, "
        + "paired_differences.csv, selection.csv, truth.csv, per_dose.csv, trials.csv, points.csv%s)%n",
        out.resolve("report.html"), out,
        extra.isEmpty() ? "" : ", " + String.join(", ", extra));
    if (exportPatients != null) {
      stdout.printf(Locale.ROOT, "Patients (NONMEM layout, first %d trials): %s (%d rows)%n", exportTrials,
          exportPatients, export.rows());
    }
    stdout.flush();
  }

  private static void closeQuietly(NonmemExport export) {
    if (export != null) {
      try {
        export.close();
      } catch (IOException | RuntimeException e) {
        // already failing, or closed twice
      }
    }
  }

  static void printTables(PrintWriter out, ScenarioFile sc, List<Sweep.PointResult> results) {
    out.println(sc.title());
    for (Sweep.PointResult pr : results) {
      GridPoint gp = pr.point();
      CoupledStudy.Settings s = gp.settings();
      String head = results.size() > 1 ? "#### point " + gp.index() + " " + gp.label() + ": target" : "Target";
      out.printf(Locale.ROOT, "%n%s %s, %d cycles, dose holds %s, %d trials, seed %d%n", head, s.target(),
          gp.cycles(), gp.doseHolds() ? "on" : "off", s.monteCarlo().trials(), s.monteCarlo().seed());
      out.print(CompareReport.table(pr.result()));
      out.print(SweepOutputs.pairedTable(pr));
    }
  }

  /** The model-truth phase's own bar (virtual patients simulated), closed when the trials start. Thread-safe. */
  private static final class TruthProgress implements AutoCloseable {
    private ProgressDisplay bar;
    private long most;

    synchronized void done(long done, long total) {
      if (bar == null) {
        bar = new ProgressDisplay(total, "model truth (virtual patients)");
        most = 0;
      }
      most = Math.max(most, done);
      bar.trialsDone(most);
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
