package org.escalon.core.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.escalon.core.population.PopulationSimulation;

/**
 * What to fit: the model to start from (typical values, Ω, structure, settings, solver), the quantities to fit,
 * the targets, how many virtual patients simulate each regimen, and the seed of those patients. Immutable;
 * validated on construction.
 *
 * @param model the starting model; its {@code population().theta()} and {@code omega()} give every value not
 *     fitted, and the start of the search for the fitted ones (when inside their bounds)
 * @param parameters one to 20 quantities to fit, names distinct
 * @param targets one to 200 targets
 * @param patients virtual patients per regimen, in [10, 1000000]
 * @param seed master seed of the virtual patients (patient {@code i} comes from stream {@code (seed, i)}) and of
 *     the search
 */
public record CalibrationProblem(PopulationSimulation model, List<FitParameter> parameters, List<Target> targets,
    int patients, long seed) {

  /**
   * Validates the components (1 to 20 parameters, each fitted once; a bad value is named) and copies the lists.
   *
   * @param model the starting model; its {@code population().theta()} and {@code omega()} give every value not fitted,
   *     and the start of the search for the fitted ones (when inside their bounds)
   * @param parameters one to 20 quantities to fit, names distinct
   * @param targets one to 200 targets
   * @param patients virtual patients per regimen, in [10, 1000000]
   * @param seed master seed of the virtual patients (patient {@code i} comes from stream {@code (seed, i)}) and of the
   *     search
   */
  public CalibrationProblem {
    Objects.requireNonNull(model, "model");
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    if (parameters.isEmpty() || parameters.size() > 20) {
      throw new IllegalArgumentException("parameters = " + parameters.size() + " entries: must be 1 to 20");
    }
    Set<String> seen = new HashSet<>();
    for (FitParameter p : parameters) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("parameter = " + p.name() + ": must be fitted once, not twice");
      }
    }
    if (targets.isEmpty() || targets.size() > 200) {
      throw new IllegalArgumentException("targets = " + targets.size() + " entries: must be 1 to 200");
    }
    if (patients < 10 || patients > 1_000_000) {
      throw new IllegalArgumentException("patients = " + patients + ": must be a whole number in [10, 1000000]");
    }
  }
}
