package org.escalon.examples.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The library validates its own values and says {@code name = value: must be …} in its own names ({@code
 * cohortSize = 0: must be in 1..100}). The CLI does not validate the same values twice: it reports that message
 * as a usage error, with the parameter renamed to the option the user typed ({@code --cohort-size = 0: must be in
 * 1..100}); an option the user did not give is marked {@code (default)} so that it is not mistaken for a typed
 * value.
 */
final class LibraryErrors {

  /** Library names that are not an option's camel-case name, and what the user typed instead. */
  private static final Map<String, String> ALIASES = Map.of("maxSampleSize", "--cohorts x --cohort-size",
      "doseCount", "the number of doses");

  private static final Pattern LEADING_NAME = Pattern.compile("^([a-z][A-Za-z0-9]*) = ([^:]*):(.*)$",
      Pattern.DOTALL);

  private LibraryErrors() {}

  /** The message as the user should read it for command {@code cl}. */
  static String forUser(String message, CommandLine cl) {
    if (message == null) {
      return null;
    }
    Matcher m = LEADING_NAME.matcher(message);
    if (!m.matches()) {
      return message;
    }
    String name = m.group(1);
    OptionSpec option = cl.getCommandSpec().findOption("--" + kebab(name));
    if (option == null) {
      String alias = ALIASES.get(name);
      return alias == null ? message : alias + " = " + m.group(2) + ":" + m.group(3);
    }
    CommandLine.ParseResult parsed = cl.getParseResult();
    boolean given = parsed != null && parsed.hasMatchedOption(option);
    String value = m.group(2).trim();
    if (given) {
      // the value as typed (1e-3, not the library's 0.001)
      java.util.List<String> typed = parsed.matchedOption(option.longestName()).originalStringValues();
      value = typed.isEmpty() ? value : typed.get(typed.size() - 1);
    } else if (option.defaultValue() != null) {
      value = option.defaultValue();
    }
    return option.longestName() + " = '" + value + "'" + (given ? "" : " (default)") + ":" + m.group(3);
  }

  /** {@code cohortSize} → {@code cohort-size}. */
  static String kebab(String camel) {
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        sb.append('-').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
