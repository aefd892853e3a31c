package org.escalon.examples.cli;

import java.util.List;
import org.escalon.examples.input.Numbers;
import picocli.CommandLine;

/**
 * A user error that the CLI reports as one line on stderr with exit status 2. Errors about one option's value use
 * the one form of every Escalon message ({@code name = value: must be …}, docs: DESIGN rule 9):
 *
 * <pre>
 *   --atol = '1e308': must be a number in (0, 0.01] (...)
 * </pre>
 *
 * <p>with the value as the user typed it: a number is shown as typed on the command line ({@code 1e308}), not as
 * Java prints the parsed value ({@code 1.0E308}).
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The option named in the message ({@code --target}), or null for a message of another form. */
  private final String option;
  /** The bad value as parsed, or null. */
  private final Object value;
  /** What the option allows, as the message says it, or null. */
  private final String allowed;

  /**
   * A usage error with a message of its own form (one line, no option value to show as typed).
   *
   * @param message the whole message
   */
  public UsageException(String message) {
    super(message);
    this.option = null;
    this.value = null;
    this.allowed = null;
  }

  private UsageException(String option, Object value, String allowed) {
    super(format(option, String.valueOf(value), allowed));
    this.option = option;
    this.value = value;
    this.allowed = allowed;
  }

  /**
   * The standard message: names the option, the bad value and what is allowed.
   *
   * @param option the option as the user typed its name, e.g. {@code --target}
   * @param value the bad value (a number is shown as typed when the option was given)
   * @param allowed what is allowed, completing "must be …"
   * @return the standard message: names the option, the bad value and what is allowed
   */
  public static UsageException of(String option, Object value, String allowed) {
    return new UsageException(option, value, allowed);
  }

  /** {@code option = 'value': must be allowed}. */
  static String format(String option, String value, String allowed) {
    return option + " = '" + value + "': must be " + allowed;
  }

  /**
   * The message as the user of {@code cl} should read it: a numeric value is replaced by the text typed for the
   * option when that text is the same number.
   */
  String messageFor(CommandLine cl) {
    if (option == null || !(value instanceof Number n) || cl == null || cl.getParseResult() == null) {
      return getMessage();
    }
    CommandLine.Model.OptionSpec o = cl.getParseResult().matchedOption(option);
    if (o == null) {
      return getMessage();
    }
    List<String> typed = o.originalStringValues();
    if (typed.isEmpty()) {
      return getMessage();
    }
    String text = typed.get(typed.size() - 1);
    try {
      if (Numbers.parseDouble(option, text) == n.doubleValue()) {
        return format(option, text, allowed);
      }
    } catch (IllegalArgumentException e) {
      // not a number as typed: keep the value shown
    }
    return getMessage();
  }
}
