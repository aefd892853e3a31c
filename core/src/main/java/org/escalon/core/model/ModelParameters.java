package org.escalon.core.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typical values (θ) of every {@link Param}: immutable. Start from {@link #defaults()} and override with
 * {@link #with(Param, double)}.
 */
public final class ModelParameters {

  private static final ModelParameters DEFAULTS;

  static {
    double[] v = new double[Param.COUNT];
    for (Param p : Param.all()) {
      v[p.ordinal()] = p.defaultValue();
    }
    DEFAULTS = new ModelParameters(v);
  }

  private final double[] values;

  private ModelParameters(double[] values) {
    this.values = values;
  }

  /**
   * The docs/model.md §3 defaults.
   *
   * @return the docs/model.md §3 defaults
   */
  public static ModelParameters defaults() {
    return DEFAULTS;
  }

  /**
   * Typical values from a map of overrides on top of the defaults.
   *
   * @param overrides typical values by parameter, each within its domain (docs/model.md §3)
   * @return typical values from a map of overrides on top of the defaults
   * @throws IllegalArgumentException for a value outside the parameter's domain
   */
  public static ModelParameters of(Map<Param, Double> overrides) {
    Objects.requireNonNull(overrides, "overrides");
    ModelParameters out = DEFAULTS;
    for (Map.Entry<Param, Double> e : overrides.entrySet()) {
      out = out.with(Objects.requireNonNull(e.getKey(), "parameter"), e.getValue());
    }
    return out;
  }

  /**
   * Typical value of {@code p}.
   *
   * @param p the parameter
   * @return typical value of {@code p}
   */
  public double get(Param p) {
    return values[p.ordinal()];
  }

  /**
   * A copy with {@code p} set to {@code value}.
   *
   * @param p the parameter
   * @param value its typical value, within the parameter's domain
   * @return a copy with {@code p} set to {@code value}
   * @throws IllegalArgumentException naming the parameter when the value is outside its domain
   */
  public ModelParameters with(Param p, double value) {
    Objects.requireNonNull(p, "parameter");
    p.check(value);
    double[] v = values.clone();
    v[p.ordinal()] = value;
    return new ModelParameters(v);
  }

  /**
   * A copy of the values, indexed by {@link Param#ordinal()}.
   *
   * @return a copy of the values, indexed by {@link Param#ordinal()}
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * The values by parameter, in index order.
   *
   * @return the values by parameter, in index order
   */
  public Map<Param, Double> asMap() {
    Map<Param, Double> m = new LinkedHashMap<>();
    for (Param p : Param.all()) {
      m.put(p, values[p.ordinal()]);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelParameters && Arrays.equals(values, ((ModelParameters) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ModelParameters" + asMap();
  }
}
