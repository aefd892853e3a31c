package org.escalon.examples.cli;

import org.escalon.examples.input.Limit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --threads T}, shared by every command that simulates: worker threads, by default all cores ({@link
 * Runtime#availableProcessors()}). Results never depend on it (trial and patient i always use random stream i).
 */
public final class ThreadsOption {

  /** Largest accepted value. */
  static final int MAX = 1024;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads, 1 to 1024; results do not depend on it. Default: all cores (sweep and demo: "
          + "the scenario file's threads, whose default is all cores).")
  Integer threads;

  /** The value given, or {@code null} when the option was not given. */
  Integer given() {
    if (threads != null) {
      Check.limit(spec, "--threads", threads, Limit.THREADS);
    }
    return threads;
  }

  /** The value given, else all cores. */
  int threads() {
    Integer t = given();
    return t != null ? t : allCores();
  }

  /** The default: all cores (at least 1, at most {@link #MAX}). */
  static int allCores() {
    return Math.max(1, Math.min(MAX, Runtime.getRuntime().availableProcessors()));
  }
}
