package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.escalon.core.calibration.Calibration;
import org.escalon.core.calibration.CalibrationListener;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.CalibrationSettings;
import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.TargetFit;
import org.escalon.examples.calibrate.CalibrationEngine;
import org.escalon.examples.calibrate.CalibrationFile;
import org.escalon.examples.sweep.SweepEngine;
import org.escalon.examples.calibrate.CalibrationOutputs;
import org.escalon.examples.io.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code escalon calibrate FILE --out DIR}: fits model parameters to summary targets (see
 * {@link org.escalon.core.calibration}) and writes calibration.json, targets.csv, parameters.csv, trace.csv, the
 * convergence chart, model.yaml and report.html into DIR through an {@link OutputSet} (staged beside DIR,
 * committed only when complete; DIR is replaced only when Escalon wrote it, or with {@code --force}).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit model parameters (typical values and omegas) to summary targets from a calibration file "
        + "(YAML or JSON; see README 'Calibration files') on common random numbers, and write calibration.json, "
        + "targets.csv, parameters.csv, trace.csv, convergence.png/.svg, model.yaml and report.html into DIR.")
public final class CalibrateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Calibration file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (replaced when the run completes).")
  Path out;

  @Option(names = "--force", description = "Replace --out even if it holds files and was not written by Escalon.")
  boolean force;

  /** Worker threads; when not given, the file's {@code threads} (whose default is all cores). */
  @Mixin ThreadsOption threads = new ThreadsOption();

  /** {@code --engine} and the distributed options. */
  @Mixin EngineOptions engine = new EngineOptions();

  @Override
  public void run() {
    Integer t = threads.given();
    engine.checkLocal();
    CalibrationEngine distributed = engine.calibrationEngine();
    SweepEngine.Options options = distributed == null ? null : engine.options(
        SweepEngine.Options.DEFAULT_TRIALS_PER_TASK, false, SweepEngine.Options.DEFAULT_CALIBRATION_PATIENTS_PER_TASK);
    String text = CalibrationFile.text(file);
    CalibrationFile cf = CalibrationFile.parse(file.toString(), text);
    CalibrationSettings settings = t != null ? cf.settings().withThreads(t) : cf.settings();
    String command = "escalon calibrate " + file + " --out " + out + (t != null ? " --threads " + t : "")
        + engine.text();
    String started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_DATE_TIME);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (OutputSet staging = OutputSet.builder().input(file).directory("--out", out, force).open()) {
      long t0 = System.nanoTime();
      ProgressDisplay[] progress = new ProgressDisplay[1];
      CalibrationResult r;
      try {
        CalibrationListener listener = (entry, planned) -> {
          if (progress[0] == null) {
            progress[0] = new ProgressDisplay(planned, "evaluations");
          }
          progress[0].startPoint(0, entry.stage().key());
          progress[0].trialsDone(entry.evaluation());
        };
        r = distributed == null ? Calibration.run(cf.problem(), settings, listener)
            : distributed.run(new CalibrationEngine.Job(file.toString(), text, options, err),
                simulator -> Calibration.run(cf.problem(), settings, listener, simulator));
      } finally {
        if (progress[0] != null) {
          progress[0].close();
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      CalibrationOutputs.write(r, new CalibrationOutputs.RunInfo(cf, command, started, seconds,
          settings.threads()), staging.staging("--out"));
      print(stdout, cf, r);
      staging.commit();
      stdout.printf(Locale.ROOT, "%nReport: %s%nTables: %s (calibration.json, targets.csv, parameters.csv, "
          + "trace.csv); model block: %s%n", out.resolve("report.html"), out, out.resolve("model.yaml"));
      stdout.flush();
      err.printf(Locale.ROOT, "escalon: %d evaluations in %.1f s%n", r.evaluations(), seconds);
      err.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  static void print(PrintWriter out, CalibrationFile cf, CalibrationResult r) {
    out.printf(Locale.ROOT, "%s: objective %.4g after %d evaluations, %d patients per regimen%n%n", cf.title(),
        r.objective(), r.evaluations(), cf.problem().patients());
    double[] v = r.values();
    double[] se = r.standardErrors();
    out.printf(Locale.ROOT, "%-20s %14s %14s%n", "parameter", "value", "SE");
    for (int i = 0; i < v.length; i++) {
      FitParameter p = r.parameters().get(i);
      out.printf(Locale.ROOT, "%-20s %14.6g %14s%n", p.name(), v[i],
          Double.isNaN(se[i]) ? "-" : String.format(Locale.ROOT, "%.3g", se[i]));
    }
    out.printf(Locale.ROOT, "%n%-58s %-22s %16s %20s %7s%n", "regimen", "metric", "target +- SE",
        "achieved +- SE", "z");
    for (TargetFit t : r.best().targets()) {
      out.printf(Locale.ROOT, "%-58s %-22s %16s %20s %7.2f%n", t.target().regimenLabel(),
          t.target().metricLabel(), String.format(Locale.ROOT, "%.4g +- %.2g", t.target().value(),
              t.target().se()), String.format(Locale.ROOT, "%.4g +- %.2g", t.achieved(), t.achievedSe()), t.z());
    }
    for (String w : r.warnings()) {
      out.println("warning: " + w);
    }
  }
}
