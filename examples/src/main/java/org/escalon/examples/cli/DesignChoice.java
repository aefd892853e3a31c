package org.escalon.examples.cli;

import java.util.Locale;

/** The design names the {@code boundaries} and {@code oc} commands accept, with parsing and option checks. */
enum DesignChoice {
  BOIN("boin"),
  THREE_PLUS_THREE("3+3"),
  I3PLUS3("i3+3"),
  MTPI2("mtpi2"),
  KEYBOARD("keyboard");

  private final String cliName;

  DesignChoice(String cliName) {
    this.cliName = cliName;
  }

  String cliName() {
    return cliName;
  }

  static DesignChoice parse(String option, String value, boolean allowThreePlusThree) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (DesignChoice c : values()) {
      if (c.cliName.equals(v) && (allowThreePlusThree || c != THREE_PLUS_THREE)) {
        return c;
      }
    }
    throw UsageException.of(option, value,
        allowThreePlusThree ? "one of boin, 3+3, i3+3, mtpi2, keyboard" : "one of boin, i3+3, mtpi2, keyboard");
  }

  static double target(Double target, boolean required) {
    if (target == null) {
      if (required) {
        throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
      }
      return Double.NaN;
    }
    if (!(target >= 0.05 && target <= 0.6)) {
      throw UsageException.of("--target", target, "a number in [0.05, 0.6]");
    }
    return target;
  }

  static void checkRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw UsageException.of(option, value, "an integer in [" + min + ", " + max + "]");
    }
  }
}
