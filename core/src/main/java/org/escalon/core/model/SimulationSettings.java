package org.escalon.core.model;

import java.util.List;
import java.util.Objects;
import org.escalon.core.output.DltCriteria;
import org.escalon.core.output.ResponseCriteria;
import org.escalon.core.output.ToxicityCriteria;
import org.escalon.core.pd.IncidenceModel;
import org.escalon.core.regimen.DexamethasoneAgeRule;
import org.escalon.core.regimen.DoseModificationRule;

/**
 * How one patient's course is simulated and judged (docs/model.md §4). Immutable.
 *
 * @param doseModification dose holds and reductions
 * @param toxicity CTCAE grading
 * @param dlt DLT definition
 * @param response IMWG response
 * @param incidenceModels exposure-driven adverse-event incidence models (at most 10)
 * @param dexAgeRule the dexamethasone age cap ({@link DexamethasoneAgeRule#DEFAULT}: older than 75 years, at most
 *     20 mg; the usual choice)
 * @param maxFollowUpDays how long a grade 4 neutropenia episode that started in the DLT window is followed past
 *     the end of treatment to judge its duration
 */
public record SimulationSettings(DoseModificationRule doseModification, ToxicityCriteria toxicity,
    DltCriteria dlt, ResponseCriteria response, List<IncidenceModel> incidenceModels, DexamethasoneAgeRule dexAgeRule,
    int maxFollowUpDays) {

  /** docs/model.md §4 defaults: holds on, CTCAE, cycle-1 DLT, IMWG, the default incidence models, age rule on. */
  public static final SimulationSettings DEFAULT = new SimulationSettings(DoseModificationRule.DEFAULT,
      ToxicityCriteria.CTCAE, DltCriteria.DEFAULT, ResponseCriteria.IMWG, IncidenceModel.DEFAULTS, DexamethasoneAgeRule.DEFAULT, 28);

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param doseModification dose holds and reductions
   * @param toxicity CTCAE grading
   * @param dlt DLT definition
   * @param response IMWG response
   * @param incidenceModels exposure-driven adverse-event incidence models (at most 10)
   * @param dexAgeRule the dexamethasone age cap ({@link DexamethasoneAgeRule#DEFAULT}: older than 75 years, at most 20
   *     mg; the usual choice)
   * @param maxFollowUpDays how long a grade 4 neutropenia episode that started in the DLT window is followed past the
   *     end of treatment to judge its duration
   */
  public SimulationSettings {
    Objects.requireNonNull(doseModification, "doseModification");
    Objects.requireNonNull(toxicity, "toxicity");
    Objects.requireNonNull(dlt, "dlt");
    Objects.requireNonNull(response, "response");
    incidenceModels = List.copyOf(Objects.requireNonNull(incidenceModels, "incidenceModels"));
    Objects.requireNonNull(dexAgeRule, "dexAgeRule");
    int max = (LatentUniforms.COUNT - LatentUniforms.ADVERSE_EVENTS) / 3;
    if (incidenceModels.size() > max) {
      throw new IllegalArgumentException(
          "incidenceModels must have at most " + max + " entries, got " + incidenceModels.size());
    }
    if (maxFollowUpDays < 0 || maxFollowUpDays > 365) {
      throw new IllegalArgumentException("maxFollowUpDays must be in [0, 365], got " + maxFollowUpDays);
    }
  }

  /**
   * A copy with another dose-modification rule.
   *
   * @param rule the protocol's holds and reductions, or {@code DoseModificationRule.NONE}
   * @return a copy with another dose-modification rule
   */
  public SimulationSettings withDoseModification(DoseModificationRule rule) {
    return new SimulationSettings(rule, toxicity, dlt, response, incidenceModels, dexAgeRule, maxFollowUpDays);
  }

  /**
   * A copy with the default dexamethasone age rule on or off.
   *
   * @param on {@code true} for a copy with the default dexamethasone age rule on or off
   * @return a copy with the default dexamethasone age rule on or off
   */
  public SimulationSettings withDexAgeRule(boolean on) {
    return withDexAgeRule(on ? DexamethasoneAgeRule.DEFAULT : DexamethasoneAgeRule.NONE);
  }

  /**
   * A copy with another dexamethasone age rule.
   *
   * @param rule the dexamethasone dose rule by age
   * @return a copy with another dexamethasone age rule
   */
  public SimulationSettings withDexAgeRule(DexamethasoneAgeRule rule) {
    return new SimulationSettings(doseModification, toxicity, dlt, response, incidenceModels, rule,
        maxFollowUpDays);
  }
}
