package org.escalon.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.examples.sweep.SweepEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where {@code sweep} runs its simulations: {@code --engine local} (this process's threads, the default) or {@code
 * --engine spark} (Apache Spark, from module escalon-spark, which {@code ./escalon} puts on the class path only
 * then), with the distributed options. Results are bit-identical whichever engine runs them (docs/distributed.md).
 */
public final class EngineOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "Where to simulate: local (this process's threads) or spark (Apache Spark; see "
          + "docs/distributed.md). Results are identical. Default: ${DEFAULT-VALUE}.")
  String engine = "local";

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master URL (local[2], spark://host:7077, yarn, k8s://...). Default: the one "
          + "spark-submit gives, else local[*].")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Spark setting, repeatable (e.g. --conf spark.executor.memory=2g).")
  List<String> conf;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Spark partitions per stage (default: one per task). Results do not depend on it.")
  Integer partitions;

  @Option(names = "--trials-per-task", paramLabel = "N",
      description = "Trials of one grid point per Spark task, a multiple of 4. Default: "
          + SweepEngine.Options.DEFAULT_TRIALS_PER_TASK + ". Results do not depend on it.")
  Integer trialsPerTask;

  @Option(names = "--patients-per-task", paramLabel = "N",
      description = "Model-truth virtual patients per Spark task. Default: "
          + SweepEngine.Options.DEFAULT_PATIENTS_PER_TASK + ". Results do not depend on it.")
  Integer patientsPerTask;

  @Option(names = "--parquet", description = "With --engine spark: also write the per-trial table as "
      + "trials.parquet.")
  boolean parquet;

  /** Whether the local engine (this process's threads) runs the sweep. */
  boolean local() {
    return engine.equals("local");
  }

  /** The command-line text of the options given, for the report's command line. */
  String text() {
    StringBuilder sb = new StringBuilder();
    if (!local()) {
      sb.append(" --engine ").append(engine);
    }
    if (master != null) {
      sb.append(" --master ").append(master);
    }
    if (conf != null) {
      conf.forEach(c -> sb.append(" --conf ").append(c));
    }
    if (partitions != null) {
      sb.append(" --partitions ").append(partitions);
    }
    if (trialsPerTask != null) {
      sb.append(" --trials-per-task ").append(trialsPerTask);
    }
    if (patientsPerTask != null) {
      sb.append(" --patients-per-task ").append(patientsPerTask);
    }
    if (parquet) {
      sb.append(" --parquet");
    }
    return sb.toString();
  }

  /**
   * Checks the options: with the local engine none of the distributed ones may be given.
   *
   * @return the engine to use, or {@code null} for the local engine
   */
  SweepEngine engine() {
    if (local()) {
      for (String[] o : new String[][] {{"--master", master}, {"--conf", conf == null ? null : "given"},
          {"--partitions", str(partitions)}, {"--trials-per-task", str(trialsPerTask)},
          {"--patients-per-task", str(patientsPerTask)}, {"--parquet", parquet ? "given" : null}}) {
        if (o[1] != null) {
          throw UsageException.of(o[0], Check.typed(spec, o[0], o[1]), "given only with --engine spark");
        }
      }
      return null;
    }
    try {
      return SweepEngine.find(engine);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The distributed options (validated; messages name the option). */
  SweepEngine.Options options() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (conf != null) {
      for (String c : conf) {
        int eq = c.indexOf('=');
        if (eq < 1) {
          throw UsageException.of("--conf", c, "KEY=VALUE, e.g. spark.executor.memory=2g");
        }
        settings.put(c.substring(0, eq).trim(), c.substring(eq + 1).trim());
      }
    }
    try {
      return new SweepEngine.Options(master, settings, partitions,
          trialsPerTask == null ? SweepEngine.Options.DEFAULT_TRIALS_PER_TASK : trialsPerTask,
          patientsPerTask == null ? SweepEngine.Options.DEFAULT_PATIENTS_PER_TASK : patientsPerTask, parquet);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String str(Integer v) {
    return v == null ? null : v.toString();
  }
}
