package org.escalon.examples.calibrate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.escalon.core.calibration.CohortSimulator;
import org.escalon.examples.sweep.SweepEngine;

/**
 * Somewhere else than this process's threads to simulate a calibration's virtual patients, e.g. Apache Spark
 * (module {@code escalon-spark}, engine {@code "spark"}), found with {@link ServiceLoader} by {@link #name()} so
 * that this module depends on none. The engine provides a {@link CohortSimulator}: each objective evaluation's
 * patients are cut into blocks simulated by {@code CohortBlocks.simulate} and joined in patient order, so the
 * calibration is bit for bit the local one; the outputs are written by this process as for a local run.
 */
public interface CalibrationEngine {

  /**
   * The name given to {@code --engine}.
   *
   * @return the name given to {@code --engine}
   */
  String name();

  /**
   * Runs {@code body} with this engine's cohort simulator, open (e.g. a Spark context) while {@code body} runs.
   *
   * @param job the calibration: file, options and log
   * @param body what runs with the cohort simulator: the calibration itself
   * @param <T> what {@code body} returns
   * @return what {@code body} returns
   * @throws SweepEngine.EngineException when the engine fails (a task failed for good, …)
   */
  <T> T run(Job job, Function<CohortSimulator, T> body);

  /**
   * A calibration to run.
   *
   * @param fileName the calibration file's name (selects YAML or JSON; used in messages)
   * @param text the file's text: engines that run elsewhere parse it again there ({@link CalibrationFile#parse})
   * @param options how to run ({@code trialsPerTask} and {@code parquet} do not apply)
   * @param log where to report warnings
   */
  record Job(String fileName, String text, SweepEngine.Options options, PrintWriter log) {
    /**
     * Validates the components (the file name, text, options and log are required).
     *
     * @param fileName the calibration file's name (selects YAML or JSON; used in messages)
     * @param text the file's text: engines that run elsewhere parse it again there ({@link CalibrationFile#parse})
     * @param options how to run ({@code trialsPerTask} and {@code parquet} do not apply)
     * @param log where to report warnings
     */
    public Job {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(log, "log");
    }
  }

  /**
   * The engine called {@code name}.
   *
   * @param name title of the run
   * @return the engine called {@code name}
   * @throws IllegalArgumentException naming the engines available when none is called so
   */
  static CalibrationEngine find(String name) {
    List<String> names = new ArrayList<>();
    for (CalibrationEngine e : ServiceLoader.load(CalibrationEngine.class)) {
      if (e.name().equals(name)) {
        return e;
      }
      names.add(e.name());
    }
    throw new IllegalArgumentException("--engine = '" + name + "': must be an engine on the class path ("
        + "available: local" + (names.isEmpty() ? "" : ", " + String.join(", ", names)) + "); the Spark engine "
        + "is in module escalon-spark: run it through ./escalon, which adds it for --engine spark, or "
        + "spark-submit escalon-spark.jar (docs/distributed.md)");
  }
}
