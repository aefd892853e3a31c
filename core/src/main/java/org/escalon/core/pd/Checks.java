package org.escalon.core.pd;

/** Argument checks of the parameter records, message form {@code name = value: must be …}. Internal. */
final class Checks {
  private Checks() {}

  static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " = " + v + ": must be finite and > 0");
    }
  }

  static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " = " + v + ": must be finite and >= 0");
    }
  }

  static void openFraction(String name, double v) {
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(name + " = " + v + ": must be in (0, 1)");
    }
  }
}
