package org.escalon.examples.calibrate;

import java.util.List;
import org.escalon.examples.sweep.ScenarioSpec;

/**
 * A calibration file as written (snake_case fields; {@code null} = not given, the default applies). Bound strictly
 * by {@link CalibrationFile}; see README "Calibration files" for every field.
 *
 * @param name title of the run
 * @param description free text
 * @param fit the quantities to fit
 * @param targets the targets
 * @param population virtual patients per regimen and in the search
 * @param doseHolds protocol dose holds (default true)
 * @param model the starting model, as in scenario files ({@code typical}, {@code omega}, {@code neutrophil_effect})
 * @param search optimiser budgets
 * @param standardErrors whether to compute standard errors (default true)
 * @param seed master seed (default 1)
 * @param threads worker threads (default: all cores; {@code --threads} wins)
 */
public record CalibrationSpec(String name, String description, List<FitSpec> fit, List<TargetSpec> targets,
    PopulationSpec population, Boolean doseHolds, ScenarioSpec.ModelSpec model, SearchSpec search,
    Boolean standardErrors, Long seed, Integer threads) {

  /**
   * One fitted quantity: {@code DC50_T} (typical value) or {@code omega.DC50_T} (its ω).
   *
   * @param parameter the name
   * @param lower lower bound
   * @param upper upper bound
   * @param scale log, logit or linear (default log)
   */
  public record FitSpec(String parameter, Double lower, Double upper, String scale) { }

  /**
   * One target: a metric on one regimen ({@code regimen}) or pooled over several ({@code regimens}), optionally
   * divided by another quantity ({@code ratio_to}); a value with {@code se} or, for a proportion, {@code n}.
   */
  public record TargetSpec(String regimen, List<String> regimens, String metric, RatioSpec ratioTo, Double value,
      Double se, Integer n) { }

  /** The denominator of a ratio target; its metric defaults to the numerator's. */
  public record RatioSpec(String regimen, List<String> regimens, String metric) { }

  /** Virtual patients per regimen ({@code size}, default 2000) and in the global search ({@code search_size}). */
  public record PopulationSpec(Integer size, Integer searchSize) { }

  /** Budgets: CMA-ES and polish evaluations (0 or absent = automatic). */
  public record SearchSpec(Integer evaluations, Integer polishEvaluations) { }
}
