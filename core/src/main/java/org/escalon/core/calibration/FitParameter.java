package org.escalon.core.calibration;

import java.util.Locale;
import java.util.Objects;
import org.escalon.core.model.Param;

/**
 * One quantity to fit: the typical value θ of a {@link Param} or its between-subject SD ω, searched between
 * {@code lower} and {@code upper} on a {@link Scale}. Immutable; validated on construction.
 *
 * <p>Names: {@code DC50_T} is the typical value, {@code omega.DC50_T} the ω of DC50_T (the SD of η on the log
 * scale, or on the logit scale for logit-normal parameters such as EmaxN). Fitting an ω keeps the correlations of
 * a block Ω and rescales the same standard-normal draws (common random numbers).
 *
 * @param param the model parameter
 * @param kind typical value or ω
 * @param lower lower bound (external scale), finite
 * @param upper upper bound, finite and &gt; lower
 * @param scale search scale; {@code log} needs lower &gt; 0, {@code logit} needs 0 &lt; lower &lt; upper &lt; 1
 */
public record FitParameter(Param param, Kind kind, double lower, double upper, Scale scale) {

  /** What is fitted. */
  public enum Kind {
    /** the typical value θ */
    TYPICAL,
    /** the between-subject SD ω */
    OMEGA
  }

  /** Prefix of ω names ({@code omega.CL}). */
  public static final String OMEGA_PREFIX = "omega.";

  /** Largest ω allowed (as in scenario files). */
  public static final double MAX_OMEGA = org.escalon.core.population.Omega.MAX_SD;

  /**
   * Validates the bounds (finite, lower &lt; upper; positive for a log scale) and the name.
   *
   * @param param the model parameter
   * @param kind typical value or ω
   * @param lower lower bound (external scale), finite
   * @param upper upper bound, finite and &gt; lower
   * @param scale search scale; {@code log} needs lower &gt; 0, {@code logit} needs 0 &lt; lower &lt; upper &lt; 1
   */
  public FitParameter {
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scale, "scale");
    String n = kind == Kind.OMEGA ? OMEGA_PREFIX + param.name() : param.name();
    if (!Double.isFinite(lower)) {
      throw new IllegalArgumentException(n + ".lower = " + lower + ": must be finite");
    }
    if (!Double.isFinite(upper) || !(upper > lower)) {
      throw new IllegalArgumentException(n + ".upper = " + upper + ": must be finite and > lower (" + lower + ")");
    }
    if (scale == Scale.LOG && !(lower > 0)) {
      throw new IllegalArgumentException(n + ".lower = " + lower + ": must be > 0 on the log scale");
    }
    if (scale == Scale.LOGIT && (!(lower > 0) || !(upper < 1))) {
      boolean lowerBad = !(lower > 0 && lower < 1);
      throw new IllegalArgumentException(n + "." + (lowerBad ? "lower = " + lower : "upper = " + upper)
          + ": must be in (0, 1) on the logit scale");
    }
    if (kind == Kind.TYPICAL) {
      checkDomain(n + ".lower", lower, param);
      checkDomain(n + ".upper", upper, param);
    } else if (lower < 0 || upper > MAX_OMEGA) {
      throw new IllegalArgumentException(n + "." + (lower < 0 ? "lower = " + lower : "upper = " + upper)
          + ": must be in [0, " + (int) MAX_OMEGA + "] (an omega is the SD of eta)");
    }
  }

  private static void checkDomain(String name, double v, Param p) {
    if (!p.domain().contains(v)) {
      throw new IllegalArgumentException(name + " = " + v + ": must be " + p.allowed() + ", the domain of "
          + p.name());
    }
  }

  /**
   * The typical value of {@code param} between the bounds.
   *
   * @param param the model parameter
   * @param lower lower bound (external scale), finite
   * @param upper upper bound, finite and &gt; lower
   * @param scale search scale; {@code log} needs lower &gt; 0, {@code logit} needs 0 &lt; lower &lt; upper &lt; 1
   * @return the typical value of {@code param} between the bounds
   */
  public static FitParameter typical(Param param, double lower, double upper, Scale scale) {
    return new FitParameter(param, Kind.TYPICAL, lower, upper, scale);
  }

  /**
   * The ω of {@code param} between the bounds.
   *
   * @param param the model parameter
   * @param lower lower bound (external scale), finite
   * @param upper upper bound, finite and &gt; lower
   * @param scale search scale; {@code log} needs lower &gt; 0, {@code logit} needs 0 &lt; lower &lt; upper &lt; 1
   * @return the ω of {@code param} between the bounds
   */
  public static FitParameter omega(Param param, double lower, double upper, Scale scale) {
    return new FitParameter(param, Kind.OMEGA, lower, upper, scale);
  }

  /**
   * A fitted quantity by name: {@code DC50_T} (typical value) or {@code omega.DC50_T}.
   *
   * @param name the model parameter's name, e.g. {@code DC50_M} (docs/model.md §3)
   * @param lower lower bound (external scale), finite
   * @param upper upper bound, finite and &gt; lower
   * @param scale search scale; {@code log} needs lower &gt; 0, {@code logit} needs 0 &lt; lower &lt; upper &lt; 1
   * @return a fitted quantity by name: {@code DC50_T} (typical value) or {@code omega.DC50_T}
   * @throws IllegalArgumentException {@code parameter = name: must be …} for an unknown name
   */
  public static FitParameter of(String name, double lower, double upper, Scale scale) {
    String key = name == null ? "" : name.trim();
    boolean omega = key.toLowerCase(Locale.ROOT).startsWith(OMEGA_PREFIX);
    String p = omega ? key.substring(OMEGA_PREFIX.length()) : key;
    Param param;
    try {
      param = Param.byName(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parameter = " + name + ": must be a model parameter or omega.<parameter>;"
          + " known parameters: " + Param.all());
    }
    return new FitParameter(param, omega ? Kind.OMEGA : Kind.TYPICAL, lower, upper, scale);
  }

  /**
   * {@code DC50_T} or {@code omega.DC50_T}.
   *
   * @return {@code DC50_T} or {@code omega.DC50_T}
   */
  public String name() {
    return kind == Kind.OMEGA ? OMEGA_PREFIX + param.name() : param.name();
  }

  /**
   * Lower bound on the internal scale.
   *
   * @return lower bound on the internal scale
   */
  public double internalLower() {
    return scale.toInternal(lower);
  }

  /**
   * Upper bound on the internal scale.
   *
   * @return upper bound on the internal scale
   */
  public double internalUpper() {
    return scale.toInternal(upper);
  }
}
