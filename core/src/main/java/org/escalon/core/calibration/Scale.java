package org.escalon.core.calibration;

import java.util.Locale;

/**
 * The scale on which a fitted parameter is searched: the optimisers and the curvature work on the transformed
 * ("internal") value {@code y}, the model sees the external value {@code x}.
 *
 * <pre>
 *   LOG     y = ln x               x = exp y                 dx/dy = x          (x &gt; 0)
 *   LOGIT   y = ln(x / (1 − x))    x = 1 / (1 + exp(−y))     dx/dy = x(1 − x)   (0 &lt; x &lt; 1)
 *   LINEAR  y = x                  x = y                     dx/dy = 1
 * </pre>
 *
 * The derivative is used by the delta method, {@code SE(x) ≈ |dx/dy|·SE(y)}.
 */
public enum Scale {
  /** Natural logarithm: for positive quantities spanning orders of magnitude (DC50, rate constants, ω). */
  LOG,
  /** Logit: for fractions in (0, 1) (EmaxN, F). */
  LOGIT,
  /** Identity. */
  LINEAR;

  /**
   * Transformed value of {@code x}.
   *
   * @param x a value on the parameter's own scale
   * @return transformed value of {@code x}
   */
  public double toInternal(double x) {
    switch (this) {
      case LOG:
        return Math.log(x);
      case LOGIT:
        return Math.log(x / (1 - x));
      default:
        return x;
    }
  }

  /**
   * External value of {@code y}.
   *
   * @param y a value on the optimiser's scale
   * @return external value of {@code y}
   */
  public double toExternal(double y) {
    switch (this) {
      case LOG:
        return Math.exp(y);
      case LOGIT:
        return 1 / (1 + Math.exp(-y));
      default:
        return y;
    }
  }

  /**
   * {@code dx/dy} at the internal value {@code y}.
   *
   * @param y a value on the optimiser's scale
   * @return {@code dx/dy} at the internal value {@code y}
   */
  public double derivative(double y) {
    switch (this) {
      case LOG:
        return Math.exp(y);
      case LOGIT:
        double x = toExternal(y);
        return x * (1 - x);
      default:
        return 1;
    }
  }

  /**
   * Lower-case name used in files ({@code log}, {@code logit}, {@code linear}).
   *
   * @return lower-case name used in files ({@code log}, {@code logit}, {@code linear})
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The scale named {@code name} (case-insensitive).
   *
   * @param name {@code linear} or {@code log}
   * @return the scale named {@code name} (case-insensitive)
   * @throws IllegalArgumentException {@code scale = name: must be log, logit or linear}
   */
  public static Scale byName(String name) {
    if (name != null) {
      for (Scale s : values()) {
        if (s.key().equalsIgnoreCase(name.trim())) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("scale = " + name + ": must be log, logit or linear");
  }
}
