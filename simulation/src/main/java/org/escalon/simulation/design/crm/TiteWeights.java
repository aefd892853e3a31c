package org.escalon.simulation.design.crm;

/**
 * TITE-CRM patient weights as R {@code dfcrm::titecrm} computes them (Cheung and Chappell 2000, Biometrics 56:1177,
 * doi:10.1111/j.0006-341X.2000.01177.x). u_i is patient i's follow-up (for a patient with a DLT: the time to DLT),
 * W the observation window.
 * <pre>
 *   LINEAR:    w_i = min(u_i / W, 1)
 *   ADAPTIVE:  with the DLT times t_(1) ≤ … ≤ t_(z) of the z patients with a DLT (z ≥ 1), and m_i = #{t_(l) ≤ u_i}:
 *              m_i = 0:      w_i = u_i / t_(1) / (z + 1)
 *              0 &lt; m_i &lt; z: w_i = (m_i + (u_i − t_(m_i)) / (t_(m_i+1) − t_(m_i))) / (z + 1)
 *              m_i = z:      w_i = (z + (u_i − t_(z)) / (W − t_(z))) / (z + 1)
 *              then w_i = min(w_i, 1); without DLTs the linear weights
 *   in both:   w_i = 1 for a patient with a DLT
 * </pre>
 * Where dfcrm divides by zero (adaptive, m_i = z and t_(z) = W, or tied DLT times t_(m) = t_(m+1)), the weight is
 * taken as its limit: 1 for u_i ≥ W, else the count-based value m_i / (z + 1). Stateless.
 */
public final class TiteWeights {

  /** The two weighting schemes of dfcrm ({@code scheme = "linear"} and {@code "adaptive"}). */
  public enum Scheme {
    /** w = follow-up / window, capped at 1. */
    LINEAR("linear"),
    /** Cheung and Chappell's adaptive weights from the observed DLT times. */
    ADAPTIVE("adaptive");

    private final String key;

    Scheme(String key) {
      this.key = key;
    }

    /**
     * The dfcrm name.
     *
     * @return the dfcrm name
     */
    public String key() {
      return key;
    }

    /**
     * By dfcrm name (case-insensitive).
     *
     * @param name {@code linear} or {@code adaptive}, case-insensitive
     * @return by dfcrm name (case-insensitive)
     */
    public static Scheme parse(String name) {
      for (Scheme s : values()) {
        if (s.key.equalsIgnoreCase(name == null ? "" : name.trim())) {
          return s;
        }
      }
      throw new IllegalArgumentException("scheme = '" + name + "': must be linear or adaptive");
    }
  }

  private TiteWeights() {}

  /**
   * The weights.
   *
   * @param scheme linear (dfcrm's default: follow-up / window, capped at 1) or adaptive
   * @param dlt whether each patient had a DLT
   * @param followup each patient's follow-up (time to DLT for a DLT), ≥ 0 and finite
   * @param window the observation window W &gt; 0
   * @return the weights
   */
  public static double[] of(Scheme scheme, boolean[] dlt, double[] followup, double window) {
    if (scheme == null || dlt == null || followup == null || dlt.length != followup.length) {
      throw new IllegalArgumentException("scheme, dlt and followup must be given, dlt and followup of equal length");
    }
    if (!(window > 0) || Double.isInfinite(window)) {
      throw new IllegalArgumentException("window = " + window + ": must be finite and > 0");
    }
    int n = dlt.length;
    int z = 0;
    for (int i = 0; i < n; i++) {
      if (!(followup[i] >= 0) || Double.isInfinite(followup[i])) {
        throw new IllegalArgumentException("followup[" + i + "] = " + followup[i] + ": must be finite and >= 0");
      }
      z += dlt[i] ? 1 : 0;
    }
    double[] w = new double[n];
    if (scheme == Scheme.LINEAR || z == 0) {
      for (int i = 0; i < n; i++) {
        w[i] = dlt[i] ? 1 : Math.min(followup[i] / window, 1);
      }
      return w;
    }
    double[] t = new double[z];
    for (int i = 0, k = 0; i < n; i++) {
      if (dlt[i]) {
        t[k++] = followup[i];
      }
    }
    java.util.Arrays.sort(t);
    for (int i = 0; i < n; i++) {
      if (dlt[i]) {
        w[i] = 1;
        continue;
      }
      double u = followup[i];
      int m = 0;
      while (m < z && t[m] <= u) {
        m++;
      }
      double v;
      if (m == 0) {
        v = u / t[0] / (z + 1);
      } else if (m == z) {
        v = window > t[z - 1] ? (z + (u - t[z - 1]) / (window - t[z - 1])) / (z + 1) : (u >= window ? 1 : z / (z + 1.0));
      } else {
        double gap = t[m] - t[m - 1];
        v = gap > 0 ? (m + (u - t[m - 1]) / gap) / (z + 1) : m / (z + 1.0);
      }
      w[i] = Math.min(v, 1);
    }
    return w;
  }
}
