package org.escalon.simulation.trial;

import org.escalon.core.output.PatientResult;

/**
 * What a coupled trial needs from one patient treated at one dose level.
 *
 * @param dlt cycle-1 dose-limiting toxicity
 * @param response objective response (best confirmed PR or better)
 * @param neutropeniaG3plus grade &ge; 3 neutropenia during treatment
 * @param detail the whole simulated course, or {@code null} for sources without a PK/PD model
 */
public record PatientOutcome(boolean dlt, boolean response, boolean neutropeniaG3plus, PatientResult detail) {

  /** From a simulated course. */
  public static PatientOutcome of(PatientResult r) {
    return new PatientOutcome(r.dlt(), r.bestResponse().isObjectiveResponse(),
        r.grade(org.escalon.core.pd.AdverseEvent.NEUTROPENIA) >= 3, r);
  }
}
