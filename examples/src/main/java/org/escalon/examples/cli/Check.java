package org.escalon.examples.cli;

import java.util.List;
import org.escalon.examples.input.Limit;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks of option values against the one limit table ({@link Limit}); errors name the option, the value as the
 * user typed it (not a rounded or converted one) and what is allowed.
 */
final class Check {
  private Check() {}

  /** {@code value} must be in [min, max]. */
  static int range(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw UsageException.of(option, value, "an integer in [" + min + ", " + max + "]");
    }
    return value;
  }

  /** {@code value} of {@code option} must be within {@code limit}. */
  static double limit(CommandSpec spec, String option, double value, Limit limit) {
    if (!limit.contains(value)) {
      throw UsageException.of(option, typed(spec, option, Limit.show(value)), limit.allowed());
    }
    return value;
  }

  /** {@code value} of {@code option} must be within {@code limit}. */
  static int limit(CommandSpec spec, String option, int value, Limit limit) {
    limit(spec, option, (double) value, limit);
    return value;
  }

  /** What the user typed for {@code option} (the last occurrence), else {@code shown}. */
  static String typed(CommandSpec spec, String option, String shown) {
    CommandLine.ParseResult pr = spec == null ? null : spec.commandLine().getParseResult();
    CommandLine.Model.OptionSpec o = pr == null ? null : pr.matchedOption(option);
    if (o == null) {
      return shown;
    }
    List<String> typed = o.originalStringValues();
    return typed.isEmpty() ? shown : typed.get(typed.size() - 1);
  }

  /** The reason of a {@code name = 'value': reason} message ({@link org.escalon.examples.input.Numbers}). */
  static String reason(IllegalArgumentException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.indexOf("': ");
    return i < 0 ? m : m.substring(i + 3);
  }

  /** Whether the user gave {@code option}. */
  static boolean given(CommandSpec spec, String option) {
    CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    return pr != null && pr.hasMatchedOption(option);
  }
}
