package org.escalon.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.examples.calibrate.CalibrationEngine;
import org.escalon.examples.sweep.SweepEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where {@code sweep} and {@code calibrate} run their simulations: {@code --engine local} (this process's threads,
 * the default) or {@code --engine spark} (Apache Spark, from module escalon-spark, which {@code ./escalon} puts on
 * the class path only then), with the distributed options. Results are bit-identical whichever engine runs them
 * (docs/distributed.md).
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

  @Option(names = "--patients-per-task", paramLabel = "N",
      description = "Virtual patients per Spark task: model-truth patients (sweep; default "
          + SweepEngine.Options.DEFAULT_PATIENTS_PER_TASK + ") or patients of one objective evaluation (calibrate; "
          + "default " + SweepEngine.Options.DEFAULT_CALIBRATION_PATIENTS_PER_TASK + "). Results do not depend on "
          + "it.")
  Integer patientsPerTask;

  /** Whether the local engine (this process's threads) runs the simulations. */
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
    if (patientsPerTask != null) {
      sb.append(" --patients-per-task ").append(patientsPerTask);
    }
    return sb.toString();
  }

  /** With the local engine no distributed option may be given; {@code extra} are the command's own ones. */
  void checkLocal(String[]... extra) {
    if (!local()) {
      return;
    }
    List<String[]> all = new java.util.ArrayList<>(List.of(new String[] {"--master", master},
        new String[] {"--conf", conf == null ? null : "given"}, new String[] {"--partitions", str(partitions)},
        new String[] {"--patients-per-task", str(patientsPerTask)}));
    all.addAll(List.of(extra));
    for (String[] o : all) {
      if (o[1] != null) {
        throw UsageException.of(o[0], Check.typed(spec, o[0], o[1]), "given only with --engine spark");
      }
    }
  }

  /** The sweep engine to use, or {@code null} for the local one. */
  SweepEngine sweepEngine() {
    if (local()) {
      return null;
    }
    try {
      return SweepEngine.find(engine);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The calibration engine to use, or {@code null} for the local one. */
  CalibrationEngine calibrationEngine() {
    if (local()) {
      return null;
    }
    try {
      return CalibrationEngine.find(engine);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The distributed options (validated; messages name the option).
   *
   * @param defaultPatientsPerTask the command's default for {@code --patients-per-task}
   */
  SweepEngine.Options options(int trialsPerTask, boolean parquet, int defaultPatientsPerTask) {
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
      return new SweepEngine.Options(master, settings, partitions, trialsPerTask,
          patientsPerTask == null ? defaultPatientsPerTask : patientsPerTask, parquet);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static String str(Object v) {
    return v == null ? null : v.toString();
  }
}
