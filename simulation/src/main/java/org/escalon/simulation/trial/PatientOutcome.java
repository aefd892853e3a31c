package org.escalon.simulation.trial;

import org.escalon.core.output.PatientResult;

/**
 * What a coupled trial needs from one patient treated at one dose level.
 *
 * @param dlt cycle-1 dose-limiting toxicity
 * @param response objective response (best confirmed PR or better)
 * @param neutropeniaG3plus grade &ge; 3 neutropenia during treatment
 * @param detail the whole simulated course, or {@code null} for sources without a PK/PD model
 * @param dltDay days from the patient's first dose to the DLT's onset, in (0, DLT window], NaN exactly when there is
 *     no DLT (time-to-event designs use it for pending / observed; docs/designs.md, "DLT onset and follow-up")
 * @param responseDay days from the first dose until the response is known, &gt; 0, NaN exactly when there is no
 *     response
 */
public record PatientOutcome(boolean dlt, boolean response, boolean neutropeniaG3plus, PatientResult detail,
    double dltDay, double responseDay) {

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param dlt cycle-1 dose-limiting toxicity
   * @param response objective response (best confirmed PR or better)
   * @param neutropeniaG3plus grade &ge; 3 neutropenia during treatment
   * @param detail the whole simulated course, or {@code null} for sources without a PK/PD model
   * @param dltDay days from the patient's first dose to the DLT's onset, in (0, DLT window], NaN exactly when there is
   *     no DLT (time-to-event designs use it for pending / observed; docs/designs.md, "DLT onset and follow-up")
   * @param responseDay days from the first dose until the response is known, &gt; 0, NaN exactly when there is no
   *     response
   */
  public PatientOutcome {
    if (dlt == Double.isNaN(dltDay) || dltDay <= 0 || Double.isInfinite(dltDay)) {
      throw new IllegalArgumentException("dltDay = " + dltDay + " with dlt = " + dlt
          + ": must be a finite day > 0 exactly when there is a DLT, NaN otherwise");
    }
    if (response == Double.isNaN(responseDay) || responseDay <= 0 || Double.isInfinite(responseDay)) {
      throw new IllegalArgumentException("responseDay = " + responseDay + " with response = " + response
          + ": must be a finite day > 0 exactly when there is a response, NaN otherwise");
    }
  }

  /**
   * From a simulated course: the model's own DLT onset day and the day the response was confirmed.
   *
   * @param r one patient's simulated course
   * @return from a simulated course: the model's own DLT onset day and the day the response was confirmed
   */
  public static PatientOutcome of(PatientResult r) {
    return new PatientOutcome(r.dlt(), r.bestResponse().isObjectiveResponse(),
        r.grade(org.escalon.core.pd.AdverseEvent.NEUTROPENIA) >= 3, r, r.dltOnsetDay(), r.responseDay());
  }
}
