package org.escalon.examples.sweep;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as written (snake_case fields; {@code null} = not given, the default applies). Bound strictly
 * by {@link ScenarioFile}; see README "Scenario files" for every field and its default.
 */
public record ScenarioSpec(String name, String description, List<Double> dosesUg, List<String> schedules,
    List<Double> dexMg, List<LevelSpec> levels, List<JsonNode> designs, Double target, Integer cohortSize,
    Integer cohorts, Integer cycles, Boolean doseHolds, UtilitySpec utility, StageSpec optimisationStage,
    AccrualSpec accrual, ModelSpec model, PopulationSpec population, Integer trials, Long seed, Integer threads,
    JsonNode grid) {

  /** One explicit dose level. */
  public record LevelSpec(Double doseUg, String schedule, Double dexMg) {}

  /**
   * A design with options. The interval-design options ({@code phi1}, {@code phi2}, {@code eps1}, {@code eps2},
   * {@code cutoff_eli}, {@code extrasafe}, {@code offset}, {@code n_early_stop}, {@code titration}, {@code
   * bound_mtd}) are those of {@code escalon oc}, for the same designs ({@link
   * org.escalon.examples.input.IntervalOptions}). {@code stop_when_n_at_dose} is the documented name; {@code
   * stop_when_nat_dose} (what
   * the snake-case naming made of it before) is accepted as an alias.
   */
  public record DesignSpec(String name, String label, Integer cohortSize, Integer cohorts, Integer stopAtN,
      @JsonProperty("stop_when_n_at_dose") @JsonAlias("stop_when_nat_dose") Integer stopWhenNAtDose,
      Boolean noDoseSkipping, Integer nCap, Double maxPending, String estimator, String topDose,
      BlrmPriorSpec prior, Double refDoseUg, List<Double> dosesUg, Double ewocCutoff, Double maxIncrement,
      Double targetLower, Double overdoseFrom, Integer mtdMinPatients, Double mtdMinTarget,
      Integer mtdEnoughPatients, Double phi1, Double phi2, Double eps1, Double eps2, Double cutoffEli,
      Boolean extrasafe, Double offset, Integer nEarlyStop, Boolean titration, Boolean boundMtd) {

    /**
     * A bare design name: every option at its default.
     *
     * @param name a bare design name: every option at its default
     * @return a bare design name: every option at its default
     */
    public static DesignSpec named(String name) {
      return new DesignSpec(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The interval-design options given (R BOIN's {@code p.saf}, {@code p.tox}, {@code cutoff.eli}, ...).
     *
     * @return the interval-design options given (R BOIN's {@code p.saf}, {@code p.tox}, {@code cutoff.eli}, ...)
     */
    public org.escalon.examples.input.IntervalOptions intervalOptions() {
      return new org.escalon.examples.input.IntervalOptions(phi1, phi2, eps1, eps2, cutoffEli, extrasafe, offset,
          nEarlyStop, titration, boundMtd);
    }
  }

  /** The BLRM prior: median DLT probability at the reference dose (required) and the rest (defaults 0, 2, 1, 0). */
  public record BlrmPriorSpec(Double medianDlt, Double meanLogBeta, Double sdLogAlpha, Double sdLogBeta,
      Double correlation) {}

  /** RP2D utility ORR − w × DLT rate. */
  public record UtilitySpec(Double toxicityWeight, Integer minPatients) {}

  /** Randomised optimisation stage. */
  public record StageSpec(Integer patientsPerArm) {}

  /** Accrual. */
  public record AccrualSpec(Double patientsPerMonth, Integer dltWindowDays, Boolean turnAway) {}

  /**
   * Model overrides: typical values ({@code parameters}, the documented name; {@code typical}, its older alias —
   * one of the two at most) and ω by parameter name, and where the marrow IKZF1 effect acts ({@code
   * proliferation} or {@code maturation-arrest}).
   */
  public record ModelSpec(Map<String, Double> parameters, Map<String, Double> typical, Map<String, Double> omega,
      String neutrophilEffect) {

    /**
     * The typical-value field as written: {@code "parameters"} or {@code "typical"} (the alias).
     *
     * @return the typical-value field as written: {@code "parameters"} or {@code "typical"} (the alias)
     */
    public String typicalField() {
      return parameters == null && typical != null ? "typical" : "parameters";
    }

    /**
     * The typical values as written under either name, or {@code null}.
     *
     * @return the typical values as written under either name, or {@code null}
     */
    public Map<String, Double> typicalValues() {
      return parameters != null ? parameters : typical;
    }
  }

  /** Population: size of the truth population and the age distribution. */
  public record PopulationSpec(Integer size, AgeSpec age) {}

  /** Truncated-normal age distribution. */
  public record AgeSpec(Double medianYears, Double sdYears, Double minYears, Double maxYears) {}
}
