package org.escalon.examples.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.escalon.simulation.pkpd.CoupledStudy;

/**
 * One point of a scenario's grid: what is run and how it is labelled.
 *
 * @param index 1-based point number
 * @param label e.g. {@code "dex_mg=20, target=0.25"} ("base" without a grid)
 * @param values the grid values of this point, by axis (empty without a grid)
 * @param settings the study to run
 * @param cycles planned cycles per patient
 * @param doseHolds protocol dose holds on
 */
public record GridPoint(int index, String label, Map<String, Object> values, CoupledStudy.Settings settings,
    int cycles, boolean doseHolds) {
  /**
   * Requires the label and the settings and copies the grid values (in axis order), so that the point is
   * immutable.
   *
   * @param label e.g. {@code "dex_mg=20, target=0.25"} ("base" without a grid)
   * @param index 1-based point number
   * @param values the grid values of this point, by axis (empty without a grid)
   * @param settings the study to run
   * @param cycles planned cycles per patient
   * @param doseHolds protocol dose holds on
   */
  public GridPoint {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(settings, "settings");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
