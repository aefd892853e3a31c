package org.escalon.examples.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Somewhere else than this process's threads to run a sweep's simulations, e.g. Apache Spark (module {@code
 * escalon-spark}, engine {@code "spark"}). Engines are found on the class path with {@link ServiceLoader} by
 * {@link #name()}, so this module does not depend on any of them. An engine must return bit for bit what {@link
 * Sweep#run} returns for the same scenario (the wall times excepted): it cuts the work where the local run cuts it
 * (truth patients, Monte Carlo blocks of {@link org.escalon.simulation.pkpd.CoupledStudy#BLOCK_SIZE} trials) and
 * reduces in index order, through the simulation library's hooks ({@code CoupledStudy.runBlocks}, {@code
 * ModelTruth.simulate}, {@code BlockFold}). The outputs are then written by this process exactly as for a local
 * run.
 */
public interface SweepEngine {

  /**
   * The name given to {@code --engine}.
   *
   * @return the name given to {@code --engine}
   */
  String name();

  /**
   * Runs every grid point of {@code job}'s scenario.
   *
   * @param job the sweep: the scenario's grid points, settings, trials and seed
   * @param monitor told the number of trials done (over all points) while the engine runs
   * @return every grid point's results, in grid order
   * @throws EngineException when the engine fails (a task failed for good, the cluster is unreachable, …)
   */
  List<Sweep.PointResult> run(Job job, Sweep.Monitor monitor);

  /**
   * Writes the engine's own extra outputs (such as {@code trials.parquet}) into {@code dir}, the staging directory
   * of the output set; nothing by default.
   *
   * @param results every grid point's results, in grid order
   * @param job the sweep that was run
   * @param dir the staging directory that becomes {@code --out}
   * @return the names of the files written
   * @throws java.io.IOException if a file cannot be written
   */
  default List<String> writeExtra(List<Sweep.PointResult> results, Job job, Path dir) throws IOException {
    return List.of();
  }

  /**
   * A sweep to run.
   *
   * @param fileName the scenario's file name (selects YAML or JSON and is used in messages)
   * @param text the scenario's text: engines that run elsewhere parse it again there ({@link ScenarioFile#parse})
   * @param scenario the parsed scenario
   * @param trials trials per point overriding the file's, or {@code null}
   * @param options how to run
   * @param log where to report progress (tasks done / total) and warnings
   */
  record Job(String fileName, String text, ScenarioFile scenario, Integer trials, Options options,
      PrintWriter log) {
    /**
     * Validates the components (the scenario, its text and file name, the options and the log are required).
     *
     * @param fileName the scenario's file name (selects YAML or JSON and is used in messages)
     * @param text the scenario's text: engines that run elsewhere parse it again there ({@link ScenarioFile#parse})
     * @param scenario the parsed scenario
     * @param trials trials per point overriding the file's, or {@code null}
     * @param options how to run
     * @param log where to report progress (tasks done / total) and warnings
     */
    public Job {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(log, "log");
    }
  }

  /**
   * How a distributed engine runs a sweep (or a calibration: {@link
   * org.escalon.examples.calibrate.CalibrationEngine}).
   *
   * @param master the cluster's address (Spark: {@code local[2]}, {@code spark://host:7077}, {@code yarn}, …), or
   *     {@code null} for the one the job was submitted to (else {@code local[*]})
   * @param conf engine settings ({@code spark.executor.memory=4g}, …)
   * @param partitions the number of partitions (parallel tasks) of each stage, or {@code null} for one per unit of
   *     work; results do not depend on it
   * @param trialsPerTask Monte Carlo trials per unit of work, a multiple of {@link #TRIALS_STEP} in [4, 100000]
   * @param patientsPerTask model-truth patients (sweep) or patients of an objective evaluation (calibration) per
   *     unit of work, in [1, 10000000]
   * @param parquet also write the per-trial table as Parquet
   */
  record Options(String master, Map<String, String> conf, Integer partitions, int trialsPerTask,
      int patientsPerTask, boolean parquet) {

    /** Trials per task are a multiple of this (the Monte Carlo block of PK/PD-coupled trials). */
    public static final int TRIALS_STEP = org.escalon.simulation.pkpd.CoupledStudy.BLOCK_SIZE;

    /** Default trials per task. */
    public static final int DEFAULT_TRIALS_PER_TASK = 32;

    /** Default model-truth patients per task (sweeps). */
    public static final int DEFAULT_PATIENTS_PER_TASK = 500;

    /** Default patients of one objective evaluation per task (calibrations: each patient runs every regimen). */
    public static final int DEFAULT_CALIBRATION_PATIENTS_PER_TASK = 100;

    /**
     * Validates; messages name the command-line option.
     *
     * @param conf engine settings ({@code spark.executor.memory=4g}, …)
     * @param master the cluster's address (Spark: {@code local[2]}, {@code spark://host:7077}, {@code yarn}, …), or
     *     {@code null} for the one the job was submitted to (else {@code local[*]})
     * @param partitions the number of partitions (parallel tasks) of each stage, or {@code null} for one per unit of
     *     work; results do not depend on it
     * @param trialsPerTask Monte Carlo trials per unit of work, a multiple of {@link #TRIALS_STEP} in [4, 100000]
     * @param patientsPerTask model-truth patients (sweep) or patients of an objective evaluation (calibration) per unit
     *     of work, in [1, 10000000]
     * @param parquet also write the per-trial table as Parquet
     */
    public Options {
      conf = Map.copyOf(new TreeMap<>(Objects.requireNonNull(conf, "conf")));
      if (master != null && master.isBlank()) {
        throw new IllegalArgumentException("--master = '" + master + "': must be a Spark master URL, not blank");
      }
      if (partitions != null && (partitions < 1 || partitions > 1_000_000)) {
        throw new IllegalArgumentException("--partitions = '" + partitions
            + "': must be a whole number in [1, 1000000]");
      }
      if (trialsPerTask < TRIALS_STEP || trialsPerTask > 100_000 || trialsPerTask % TRIALS_STEP != 0) {
        throw new IllegalArgumentException("--trials-per-task = '" + trialsPerTask + "': must be a multiple of "
            + TRIALS_STEP + " in [" + TRIALS_STEP + ", 100000] (the Monte Carlo block of coupled trials)");
      }
      if (patientsPerTask < 1 || patientsPerTask > 10_000_000) {
        throw new IllegalArgumentException("--patients-per-task = '" + patientsPerTask
            + "': must be a whole number in [1, 10000000]");
      }
      for (Map.Entry<String, String> e : conf.entrySet()) {
        if (e.getKey().isBlank() || e.getValue() == null) {
          throw new IllegalArgumentException("--conf = '" + e.getKey() + "=" + e.getValue()
              + "': must be KEY=VALUE with a non-blank key");
        }
      }
    }

    /**
     * Defaults: the submitted-to master, no settings, one partition per unit, default task sizes, no Parquet.
     *
     * @return defaults: the submitted-to master, no settings, one partition per unit, default task sizes, no Parquet
     */
    public static Options defaults() {
      return new Options(null, Map.of(), null, DEFAULT_TRIALS_PER_TASK, DEFAULT_PATIENTS_PER_TASK, false);
    }
  }

  /** A distributed run failed; the message says where (grid point, trial or patient block) and why. */
  final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * With a message and the cause.
     *
     * @param message the message: where the run failed (grid point, trial or patient block) and why
     * @param cause the failure on the worker
     */
    public EngineException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The names of the engines on the class path besides {@code local}.
   *
   * @return the names of the engines on the class path besides {@code local}
   */
  static List<String> available() {
    List<String> names = new ArrayList<>();
    for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
      names.add(e.name());
    }
    return names;
  }

  /**
   * The engine called {@code name}.
   *
   * @param name the engine called {@code name}
   * @return the engine called {@code name}
   * @throws IllegalArgumentException naming the engines available when none is called so
   */
  static SweepEngine find(String name) {
    for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("--engine = '" + name + "': must be an engine on the class path ("
        + "available: local" + (available().isEmpty() ? "" : ", " + String.join(", ", available())) + "); the "
        + "Spark engine is in module escalon-spark: run it through ./escalon, which adds it for --engine spark, "
        + "or spark-submit escalon-spark.jar (docs/distributed.md)");
  }
}
