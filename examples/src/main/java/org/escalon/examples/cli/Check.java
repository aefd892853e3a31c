package org.escalon.examples.cli;

/** Range checks of option values the library does not see; errors name the option, the value and the range. */
final class Check {
  private Check() {}

  /** {@code value} must be in [min, max]. */
  static int range(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw UsageException.of(option, value, "an integer in [" + min + ", " + max + "]");
    }
    return value;
  }
}
