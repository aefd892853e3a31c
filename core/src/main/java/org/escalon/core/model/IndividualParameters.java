package org.escalon.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One individual's parameter values, indexed by {@link Param#ordinal()}: immutable.
 *
 * <pre>
 *   P_i = θ·exp(η_i)                      log-normal
 *   P_i = expit(logit(θ) + η_i)           logit-normal (EmaxN, EmaxP)
 * </pre>
 */
public final class IndividualParameters {

  private final double[] values;

  private IndividualParameters(double[] values) {
    this.values = values;
  }

  /**
   * The typical individual (every η = 0).
   *
   * @param theta typical values
   * @return the typical individual (every η = 0)
   */
  public static IndividualParameters typical(ModelParameters theta) {
    return new IndividualParameters(Objects.requireNonNull(theta, "theta").toArray());
  }

  /**
   * Values given directly, for example post-hoc estimates from NONMEM or Monolix.
   *
   * @param values one value per {@link Param}, in declaration order, each within its domain
   * @return values given directly, for example post-hoc estimates from NONMEM or Monolix
   * @throws IllegalArgumentException when the array length is not {@link Param#COUNT} or a value is outside its
   * parameter's domain
   */
  public static IndividualParameters of(double[] values) {
    Objects.requireNonNull(values, "values");
    if (values.length != Param.COUNT) {
      throw new IllegalArgumentException(
          "values must have one entry per parameter (" + Param.COUNT + "), got " + values.length);
    }
    for (Param p : Param.all()) {
      p.check(values[p.ordinal()]);
    }
    return new IndividualParameters(values.clone());
  }

  /**
   * θ with η applied to the listed parameters.
   *
   * @param theta typical values
   * @param params the parameters that carry an η, in the order of {@code eta}
   * @param variability how each η enters (same order)
   * @param eta the η values (same order)
   * @return θ with η applied to the listed parameters
   */
  public static IndividualParameters of(
      ModelParameters theta, Param[] params, Variability[] variability, double[] eta) {
    Objects.requireNonNull(theta, "theta");
    if (params.length != eta.length || params.length != variability.length) {
      throw new IllegalArgumentException(
          "params, variability and eta must have the same length, got "
              + params.length + ", " + variability.length + ", " + eta.length);
    }
    double[] v = theta.toArray();
    for (int k = 0; k < params.length; k++) {
      if (!Double.isFinite(eta[k])) {
        throw new IllegalArgumentException("eta[" + k + "] (" + params[k] + ") must be finite, got " + eta[k]);
      }
      int i = params[k].ordinal();
      v[i] = variability[k].apply(v[i], eta[k]);
    }
    return new IndividualParameters(v);
  }

  /**
   * Value of {@code p}.
   *
   * @param p the parameter
   * @return value of {@code p}
   */
  public double get(Param p) {
    return values[p.ordinal()];
  }

  /**
   * Value of {@code p} in the unit of the model equations ({@link ParameterDefinition#inModelUnit}: rates
   * given per day in the parameter table come out per hour).
   *
   * @param p the parameter
   * @return value of {@code p} in the unit of the model equations ({@link ParameterDefinition#inModelUnit}: rates given
   *     per day in the parameter table come out per hour)
   */
  public double inModelUnit(Param p) {
    return p.definition().inModelUnit(values[p.ordinal()]);
  }

  /**
   * A copy with {@code p} set to {@code value} (checked against its domain).
   *
   * @param p the parameter
   * @param value its value, within the parameter's domain
   * @return a copy with {@code p} set to {@code value} (checked against its domain)
   */
  public IndividualParameters with(Param p, double value) {
    p.check(value);
    double[] v = values.clone();
    v[p.ordinal()] = value;
    return new IndividualParameters(v);
  }

  /**
   * The values that differ from {@code theta}, for messages: {@code CL = 5.130, KG = 0.04120} (four significant
   * digits, index order; empty when none differs).
   *
   * @param theta typical values
   * @return the values that differ from {@code theta}, for messages: {@code CL = 5.130, KG = 0.04120} (four significant
   *     digits, index order; empty when none differs)
   */
  public String differencesFrom(ModelParameters theta) {
    StringBuilder sb = new StringBuilder();
    for (Param p : Param.all()) {
      double v = values[p.ordinal()];
      if (Double.compare(v, theta.get(p)) != 0) {
        sb.append(sb.length() == 0 ? "" : ", ").append(p.name()).append(" = ")
            .append(String.format(java.util.Locale.ROOT, "%.4g", v));
      }
    }
    return sb.toString();
  }

  /**
   * A copy of the values.
   *
   * @return a copy of the values
   */
  public double[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndividualParameters && Arrays.equals(values, ((IndividualParameters) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
