package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.sweep.GridPoint;
import org.escalon.examples.sweep.NonmemExport;
import org.escalon.examples.sweep.ScenarioFile;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepOutputs;
import org.escalon.simulation.pkpd.CoupledStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code escalon sweep SCENARIO --out DIR}: runs a scenario file (every grid point) and writes summary.json, tidy
 * CSVs, charts and report.html into DIR, atomically (a temporary directory beside DIR is moved into place only when
 * complete; a failure or Ctrl-C leaves no partial DIR).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a scenario file (YAML or JSON; see README 'Scenario files') and write summary.json, "
        + "selection.csv, truth.csv, per_dose.csv, trials.csv, charts (PNG and SVG) and report.html into DIR. "
        + "Prints the design-meeting table on stdout.")
public final class SweepCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
  Path scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (replaced when the run completes).")
  Path out;

  @Option(names = "--trials", paramLabel = "N", description = "Trials per grid point (overrides the file).")
  Integer trials;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (overrides the file); results do not depend on it.")
  Integer threads;

  @Option(names = "--export-patients", paramLabel = "FILE.csv",
      description = "Also write simulated trial patients in NONMEM layout (ID, TIME in hours, AMT, CMT, EVID, "
          + "MDV, DV, DVID, ...).")
  Path exportPatients;

  @Option(names = "--export-trials", defaultValue = "20", paramLabel = "N",
      description = "Export the first N trials of every grid point, arm and design. Default: ${DEFAULT-VALUE}.")
  int exportTrials;

  /** Used by {@code demo}: the scenario from the classpath when no file is given. */
  String resource;

  @Override
  public void run() {
    ScenarioFile sc = resource != null ? ScenarioFile.resource(resource) : ScenarioFile.read(scenario);
    run(sc, commandText());
  }

  private String commandText() {
    StringBuilder sb = new StringBuilder("escalon sweep ").append(resource != null ? resource : scenario)
        .append(" --out ").append(out);
    if (trials != null) {
      sb.append(" --trials ").append(trials);
    }
    if (threads != null) {
      sb.append(" --threads ").append(threads);
    }
    if (exportPatients != null) {
      sb.append(" --export-patients ").append(exportPatients).append(" --export-trials ").append(exportTrials);
    }
    return sb.toString();
  }

  /** Runs {@code sc} and writes the outputs; returns the report path. */
  Path run(ScenarioFile sc, String command) {
    if (trials != null) {
      DesignChoice.checkRange("--trials", trials, 1, 10_000_000);
    }
    if (threads != null) {
      DesignChoice.checkRange("--threads", threads, 1, 1024);
    }
    DesignChoice.checkRange("--export-trials", exportTrials, 1, 1_000_000);
    if (Files.isRegularFile(out)) {
      throw UsageException.of("--out", out, "a directory (it is a file)");
    }
    if (exportPatients != null && Files.isDirectory(exportPatients)) {
      throw UsageException.of("--export-patients", exportPatients, "a file name (it is a directory)");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_DATE_TIME);
    long total = 0;
    for (GridPoint gp : sc.points()) {
      total += trials != null ? trials : gp.settings().monteCarlo().trials();
    }
    Path tmp;
    try {
      tmp = SweepOutputs.tempDirFor(out);
    } catch (IOException e) {
      throw new UsageException("cannot create the output directory " + out + ": " + e);
    }
    Path exportTmp = null;
    if (exportPatients != null) {
      try {
        Path abs = exportPatients.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        exportTmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".tmp-", ".csv");
      } catch (IOException e) {
        SweepOutputs.deleteTree(tmp);
        throw new UsageException("cannot write --export-patients " + exportPatients + ": " + e);
      }
    }
    AtomicBoolean finished = new AtomicBoolean();
    Path exportTmpF = exportTmp;
    Thread cleanup = new Thread(() -> {
      if (!finished.get()) {
        SweepOutputs.deleteTree(tmp);
        if (exportTmpF != null) {
          SweepOutputs.deleteTree(exportTmpF);
        }
        System.err.println();
        System.err.println("escalon: interrupted; nothing written to " + out);
      }
    }, "escalon-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    long t0 = System.nanoTime();
    NonmemExport export = null;
    try (ProgressDisplay progress = new ProgressDisplay(total)) {
      if (exportTmp != null) {
        Writer ew = Files.newBufferedWriter(exportTmp, StandardCharsets.UTF_8);
        export = new NonmemExport(ew, exportTrials);
      }
      NonmemExport exportF = export;
      long[] before = {0};
      List<Sweep.PointResult> results = Sweep.run(sc, trials, threads, new Sweep.Monitor() {
        @Override
        public void pointStarted(GridPoint point, int points) {
          if (point.index() > 1) {
            before[0] += trials != null ? trials
                : sc.points().get(point.index() - 2).settings().monteCarlo().trials();
          }
          progress.startPoint(before[0], points > 1 ? "point " + point.index() + "/" + points : "");
        }

        @Override
        public void trialsDone(long done) {
          progress.trialsDone(done);
        }

        @Override
        public void trial(GridPoint point, CoupledStudy.TrialRecord record) {
          if (exportF != null) {
            exportF.add(point, record);
          }
        }
      });
      progress.close();
      double seconds = (System.nanoTime() - t0) / 1e9;
      SweepOutputs.write(results, new SweepOutputs.RunInfo(sc, command, started, seconds), tmp);
      if (export != null) {
        export.close();
        try {
          Files.setPosixFilePermissions(exportTmp, java.nio.file.attribute.PosixFilePermissions.fromString(
              "rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system
        }
      }
      printTables(stdout, sc, results);
      SweepOutputs.moveIntoPlace(tmp, out);
      if (exportTmp != null) {
        Files.move(exportTmp, exportPatients, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      finished.set(true);
      Path report = out.resolve("report.html");
      stdout.printf(Locale.ROOT, "%nReport: %s%nTables: %s (summary.json, selection.csv, truth.csv, per_dose.csv, "
          + "trials.csv)%n", report, out);
      if (exportPatients != null) {
        stdout.printf(Locale.ROOT, "Patients (NONMEM layout, first %d trials): %s (%d rows)%n", exportTrials,
            exportPatients, export.rows());
      }
      stdout.flush();
      err.printf(Locale.ROOT, "escalon: %d grid point(s), %d trials in %.1f s%n", sc.points().size(), total,
          (System.nanoTime() - t0) / 1e9);
      err.flush();
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      if (export != null && !finished.get()) {
        try {
          export.close();
        } catch (IOException | RuntimeException e) {
          // already failing
        }
      }
      if (!finished.get()) {
        SweepOutputs.deleteTree(tmp);
        if (exportTmp != null) {
          SweepOutputs.deleteTree(exportTmp);
        }
      }
      finished.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs
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
    }
  }
}
