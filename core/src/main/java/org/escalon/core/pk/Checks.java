package org.escalon.core.pk;

/** Argument checks with messages naming the parameter, the value and what is allowed. Internal. */
final class Checks {
  private Checks() {}

  static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
    }
  }

  static void fraction(String name, double v) {
    if (!(v > 0) || v > 1) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
    }
  }
}
