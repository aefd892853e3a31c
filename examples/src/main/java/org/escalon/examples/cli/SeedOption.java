package org.escalon.examples.cli;

import picocli.CommandLine.Option;

/** {@code --seed SEED}, shared by every command that draws random numbers: the master seed, default 1. */
public final class SeedOption {

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
      description = "Master seed (any whole number); the same seed gives the same results. Default: 1.")
  long seed;

  /** The seed. */
  long seed() {
    return seed;
  }
}
