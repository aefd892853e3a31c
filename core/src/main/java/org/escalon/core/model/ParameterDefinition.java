package org.escalon.core.model;

import java.util.Objects;
import org.escalon.core.regimen.Regimen;

/**
 * A named model parameter as a pharmacometrician reads it in a parameter table.
 *
 * @param name short name used in files and on the command line (for example {@code CL}, {@code DC50_M})
 * @param unit unit as written in docs/model.md ({@code L/h}, {@code ng/mL}, {@code 1/day}, {@code -} for none)
 * @param description one-line meaning
 * @param defaultValue typical value (θ) in {@code unit}
 * @param variability how η enters
 * @param defaultOmega default SD of η (0 when {@link Variability#NONE})
 * @param source "assumed", "calibrated" or a literature reference
 *
 * <p>The model's one time unit is the hour. Rates that the parameter table gives per day ({@code 1/day}) are
 * converted here, once: {@link #inModelUnit(double)} divides them by {@link Regimen#HOURS_PER_DAY}; every other
 * unit is already the model's.
 */
public record ParameterDefinition(
    String name,
    String unit,
    String description,
    double defaultValue,
    Variability variability,
    double defaultOmega,
    String source) {

  /**
   * Validates the components: name, unit, description, variability and source given, a finite default and a
   * finite omega ≥ 0.
   *
   * @param name short name used in files and on the command line (for example {@code CL}, {@code DC50_M})
   * @param unit unit as written in docs/model.md ({@code L/h}, {@code ng/mL}, {@code 1/day}, {@code -} for none)
   * @param description one-line meaning
   * @param defaultValue typical value (θ) in {@code unit}
   * @param variability how η enters
   * @param defaultOmega default SD of η (0 when {@link Variability#NONE})
   * @param source "assumed", "calibrated" or a literature reference * <p>The model's one time unit is the hour. Rates
   *     that the parameter table gives per day ({@code 1/day}) are converted here, once: {@link #inModelUnit(double)}
   *     divides them by {@link Regimen#HOURS_PER_DAY}; every other unit is already the model's.
   */
  public ParameterDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(variability, "variability");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(defaultValue)) {
      throw new IllegalArgumentException(
          "defaultValue of " + name + " must be finite, got " + defaultValue);
    }
    if (!(defaultOmega >= 0) || Double.isInfinite(defaultOmega)) {
      throw new IllegalArgumentException(
          "defaultOmega of " + name + " must be finite and >= 0, got " + defaultOmega);
    }
  }

  /** Unit of rates given per day in the parameter table. */
  public static final String PER_DAY = "1/day";

  /**
   * The unit the model equations use: {@code 1/h} for a rate given per day, otherwise {@link #unit()}.
   *
   * @return the unit the model equations use: {@code 1/h} for a rate given per day, otherwise {@link #unit()}
   */
  public String modelUnit() {
    return PER_DAY.equals(unit) ? "1/h" : unit;
  }

  /**
   * A value in {@link #unit()} converted to {@link #modelUnit()} (per day to per hour: divided by 24).
   *
   * @param value a value in the parameter's table unit (rates per day for those given per day)
   * @return a value in {@link #unit()} converted to {@link #modelUnit()} (per day to per hour: divided by 24)
   */
  public double inModelUnit(double value) {
    return PER_DAY.equals(unit) ? value / Regimen.HOURS_PER_DAY : value;
  }
}
