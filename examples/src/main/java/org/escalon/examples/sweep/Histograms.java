package org.escalon.examples.sweep;

/**
 * Histogram bins for the report: whole-number bins centred on the counts (edges k − ½, k + ½) for sample sizes,
 * round widths for continuous data, and the percentage of observations per bin. Stateless.
 */
final class Histograms {

  private Histograms() {}

  /**
   * Edges of bins of a whole width w centred on lo, lo + w, …, covering lo..hi: w is the smallest multiple of
   * {@code unit} (the common divisor of the data, e.g. the cohort size, so that sample sizes that come in whole
   * cohorts leave no empty bins between them) with at most {@code maxBins} bins.
   */
  static double[] integerEdges(int lo, int hi, int maxBins, int unit) {
    int w = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) maxBins));
    w = Math.max(unit, (w + unit - 1) / unit * unit);
    int bins = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) w));
    double[] e = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      e[i] = lo - w / 2.0 + (double) i * w;
    }
    return e;
  }

  /** The greatest common divisor of the values (≥ 1; 1 for none). */
  static int commonDivisor(int[] values) {
    int g = 0;
    for (int v : values) {
      int a = Math.abs(v);
      int b = g;
      while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
      }
      g = a;
    }
    return Math.max(1, g);
  }

  /** Edges of about {@code bins} bins of a round width (1, 2, 2.5 or 5 × 10^k) at multiples of it, covering lo..hi. */
  static double[] edges(double lo, double hi, int bins) {
    double raw = Math.max((hi - lo) / bins, 1e-9);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double w = 10 * mag;
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * mag >= raw) {
        w = m * mag;
        break;
      }
    }
    double start = Math.floor(lo / w) * w;
    int n = Math.max(1, (int) Math.floor((hi - start) / w) + 1);
    double[] e = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      e[i] = start + i * w;
    }
    return e;
  }

  /** Percentage of {@code data} in each bin [e_i, e_{i+1}) (the last bin also holds its upper edge). */
  static double[] percent(double[] data, double[] edges) {
    int bins = edges.length - 1;
    double[] h = new double[bins];
    for (double v : data) {
      int i = bin(v, edges);
      if (i >= 0) {
        h[i] += 100.0 / data.length;
      }
    }
    return h;
  }

  /** The bin of v, or −1 outside the edges. */
  static int bin(double v, double[] edges) {
    int bins = edges.length - 1;
    if (v < edges[0] || v > edges[bins]) {
      return -1;
    }
    for (int i = 0; i < bins; i++) {
      if (v < edges[i + 1]) {
        return i;
      }
    }
    return bins - 1;
  }
}
