package org.escalon.examples.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at "nice" steps (1, 2, 2.5 or 5 × 10<sup>k</sup>; whole numbers only for integer axes) covering a
 * range with at most a given number of intervals, and their labels with just enough decimals. Stateless.
 */
final class Ticks {

  private Ticks() {}

  /** The step: the smallest nice number with at most {@code maxIntervals} steps over [lo, hi]. */
  static double step(double lo, double hi, int maxIntervals, boolean integer) {
    double range = hi - lo;
    if (!(range > 0)) {
      return integer ? 1 : Math.max(Math.abs(hi), 1) / 10;
    }
    double raw = range / maxIntervals;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      double s = m * mag;
      if (integer && (s < 1 || s != Math.rint(s))) {
        continue;
      }
      if (s >= raw * (1 - 1e-9)) {
        return s;
      }
    }
    return integer ? Math.max(1, Math.ceil(raw)) : 10 * mag;
  }

  /** The ticks k·step within [lo, hi] (with a rounding margin). */
  static List<Double> ticks(double lo, double hi, double step) {
    List<Double> t = new ArrayList<>();
    for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
      t.add(k * step == 0 ? 0.0 : k * step);
    }
    return t;
  }

  /** A tick label: as many decimals as the step needs, no trailing zeros. */
  static String label(double v, double step) {
    int decimals = 0;
    while (decimals < 6 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals)))
        > 1e-6) {
      decimals++;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
