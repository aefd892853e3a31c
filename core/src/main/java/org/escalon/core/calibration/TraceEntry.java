package org.escalon.core.calibration;

import java.util.Locale;
import java.util.Objects;

/**
 * One objective evaluation of a calibration run.
 *
 * @param evaluation 1-based evaluation number
 * @param stage which stage asked for it
 * @param patients virtual patients per regimen used
 * @param objective the objective F = Σ z²
 * @param bestSoFar the lowest objective so far among evaluations with the same number of patients (the search's
 *     smaller population is a different, noisier objective)
 */
public record TraceEntry(int evaluation, Stage stage, int patients, double objective, double bestSoFar) {

  /** Calibration stages. */
  public enum Stage {
    /** CMA-ES global search (on the search population) */
    SEARCH,
    /** BOBYQA (or Brent's method for one parameter) polish on the full population */
    POLISH,
    /** finite-difference curvature for the standard errors */
    CURVATURE;

    /**
     * Lower-case name.
     *
     * @return lower-case name
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The record as given (the stage is required).
   *
   * @param stage which stage asked for it
   * @param evaluation 1-based evaluation number
   * @param patients virtual patients per regimen used
   * @param objective the objective F = Σ z²
   * @param bestSoFar the lowest objective so far among evaluations with the same number of patients (the search's
   *     smaller population is a different, noisier objective)
   */
  public TraceEntry {
    Objects.requireNonNull(stage, "stage");
  }
}
