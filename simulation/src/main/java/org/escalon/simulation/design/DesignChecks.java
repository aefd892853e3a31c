package org.escalon.simulation.design;

/** Validation of design options, with the one message form {@code name = value: must be …}. */
final class DesignChecks {

  private DesignChecks() {}

  /** {@code value} in {@code min..max}. */
  static int range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " = " + value + ": must be in " + min + ".." + max);
    }
    return value;
  }

  /** {@code value} in the open interval (lo, hi); NaN is rejected. */
  static double open(String name, double value, double lo, double hi) {
    if (!(value > lo && value < hi)) {
      throw new IllegalArgumentException(name + " = " + value + ": must be in (" + lo + ", " + hi + ")");
    }
    return value;
  }
}
