package org.escalon.examples.input;

import java.util.regex.Pattern;

/**
 * Strict number syntax, the same for options, scenario-file text, comma-separated lists and CSV cells: ASCII
 * digits with an optional sign, decimal point and exponent ({@code 12}, {@code -0.5}, {@code .25}, {@code 1e-3}).
 * Java's own syntax is refused ({@code 100f}, {@code 100d}, {@code 0x1p6}, {@code NaN}, {@code Infinity}), as are
 * digits of other scripts ({@code ６}) and values that overflow ({@code 1e999}). Stateless.
 */
public final class Numbers {
  private Numbers() {}

  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

  /** What a number looks like, for messages. */
  public static final String NUMBER = "a number written with ASCII digits, such as 12, 0.25 or 1e-3";

  /** What a whole number looks like, for messages. */
  public static final String WHOLE_NUMBER = "a whole number written with ASCII digits, such as 3 or 1000";

  /**
   * {@code text} (surrounding blanks ignored) as a finite double.
   *
   * @param name the option, field path or column, for the message
   * @param text the text to parse
   * @return {@code text} (surrounding blanks ignored) as a finite double
   * @throws IllegalArgumentException {@code name = 'text': must be a number ...}
   */
  public static double parseDouble(String name, String text) {
    String t = text == null ? "" : text.strip();
    if (DECIMAL.matcher(t).matches()) {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
      throw new IllegalArgumentException(name + " = '" + text + "': must be a finite number (at most about "
          + "1.8e308)");
    }
    throw new IllegalArgumentException(name + " = '" + text + "': must be " + NUMBER);
  }

  /**
   * {@code text} (surrounding blanks ignored) as a long.
   *
   * @param name the option, field path or column, for the message
   * @param text the text to parse
   * @return {@code text} (surrounding blanks ignored) as a long
   * @throws IllegalArgumentException {@code name = 'text': must be a whole number ...}
   */
  public static long parseLong(String name, String text) {
    String t = text == null ? "" : text.strip();
    if (WHOLE.matcher(t).matches()) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " = '" + text + "': must be a whole number in ["
            + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
      }
    }
    throw new IllegalArgumentException(name + " = '" + text + "': must be " + WHOLE_NUMBER);
  }

  /**
   * {@code text} (surrounding blanks ignored) as an int.
   *
   * @param name the option, field path or column, for the message
   * @param text the text to parse
   * @return {@code text} (surrounding blanks ignored) as an int
   * @throws IllegalArgumentException {@code name = 'text': must be a whole number ...}
   */
  public static int parseInt(String name, String text) {
    long v = parseLong(name, text);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " = '" + text + "': must be a whole number in ["
          + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
    }
    return (int) v;
  }

  /**
   * A comma-separated list of numbers ({@code 37.5,50, 75}); an empty entry is an error naming its position.
   *
   * @param name the option, field path or column, for the message
   * @param text the comma-separated numbers
   * @return a comma-separated list of numbers ({@code 37.5,50, 75}); an empty entry is an error naming its position
   */
  public static double[] parseList(String name, String text) {
    String[] parts = (text == null ? "" : text).split(",", -1);
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = parseDouble(name, parts[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " = '" + text + "': entry " + (i + 1) + " ('" + parts[i].strip()
            + "') is not " + NUMBER);
      }
    }
    return out;
  }
}
