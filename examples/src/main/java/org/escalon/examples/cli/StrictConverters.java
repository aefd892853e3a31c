package org.escalon.examples.cli;

import org.escalon.examples.input.Numbers;
import picocli.CommandLine;

/**
 * Numbers in options are read with {@link Numbers}' strict syntax, not Java's: {@code --dose-ug 100f}, {@code
 * --step-h 0x1p6}, {@code --phi1 NaN} and {@code --cycles ６} are usage errors naming the option and the typed
 * text.
 */
final class StrictConverters {
  private StrictConverters() {}

  /** Registers the converters on {@code cl} and every sub-command registered so far. */
  static void register(CommandLine cl) {
    CommandLine.ITypeConverter<Double> d = s -> convert(() -> Numbers.parseDouble("value", s));
    CommandLine.ITypeConverter<Integer> i = s -> convert(() -> Numbers.parseInt("value", s));
    CommandLine.ITypeConverter<Long> l = s -> convert(() -> Numbers.parseLong("value", s));
    cl.registerConverter(Double.class, d);
    cl.registerConverter(Double.TYPE, d);
    cl.registerConverter(Integer.class, i);
    cl.registerConverter(Integer.TYPE, i);
    cl.registerConverter(Long.class, l);
    cl.registerConverter(Long.TYPE, l);
  }

  private interface Parse<T> {
    T get();
  }

  private static <T> T convert(Parse<T> p) {
    try {
      return p.get();
    } catch (IllegalArgumentException e) {
      // "value = 'x': must be ..." -> "'x': must be ..."; picocli prefixes the option name
      String m = e.getMessage();
      throw new CommandLine.TypeConversionException(m.startsWith("value = ") ? m.substring(8) : m);
    }
  }
}
