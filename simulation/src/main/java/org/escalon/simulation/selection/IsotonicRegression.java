package org.escalon.simulation.selection;

import java.util.Arrays;

/**
 * Weighted isotonic (non-decreasing) regression by the pool-adjacent-violators algorithm (PAVA).
 *
 * <p>Minimises {@code Σ w_i (x_i − v_i)²} subject to {@code x_1 ≤ x_2 ≤ … ≤ x_m}. Adjacent blocks that violate
 * the order are pooled into their weighted mean {@code Σ w v / Σ w} until none remains (Barlow, Bartholomew,
 * Bremner &amp; Brunk 1972, <i>Statistical Inference under Order Restrictions</i>, Wiley).
 */
public final class IsotonicRegression {

  private IsotonicRegression() {}

  /**
   * Returns the weighted isotonic regression of {@code values}.
   *
   * @param values the values, finite, at least one
   * @param weights the weights, same length, finite and &gt; 0
   * @return a new array of fitted, non-decreasing values
   */
  public static double[] fit(double[] values, double[] weights) {
    if (values == null || weights == null) {
      throw new IllegalArgumentException("values and weights must not be null");
    }
    if (values.length == 0 || values.length != weights.length) {
      throw new IllegalArgumentException(
          "values (length " + values.length + ") and weights (length " + weights.length
              + ") must have the same positive length");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("values[" + i + "] = " + values[i] + ": must be finite");
      }
      if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weights[" + i + "] = " + weights[i] + ": must be finite and > 0");
      }
    }
    double[] out = values.clone();
    fitInPlace(out, weights.clone(), values.length, new int[values.length]);
    return out;
  }

  /**
   * Hot path without validation or allocation: replaces {@code values[0..length)} by their isotonic fit.
   * {@code weights} (overwritten) and {@code blockSize} are caller-supplied scratch of at least {@code length}.
   */
  static void fitInPlace(double[] values, double[] weights, int length, int[] blockSize) {
    int blocks = 0;
    for (int i = 0; i < length; i++) {
      double v = values[i];
      double w = weights[i];
      int size = 1;
      while (blocks > 0 && values[blocks - 1] > v) {
        int b = blocks - 1;
        double ws = weights[b] + w;
        v = (weights[b] * values[b] + w * v) / ws;
        w = ws;
        size += blockSize[b];
        blocks--;
      }
      values[blocks] = v;
      weights[blocks] = w;
      blockSize[blocks] = size;
      blocks++;
    }
    int pos = length;
    for (int b = blocks - 1; b >= 0; b--) {
      double v = values[b];
      int end = pos;
      pos -= blockSize[b];
      Arrays.fill(values, pos, end, v);
    }
  }
}
