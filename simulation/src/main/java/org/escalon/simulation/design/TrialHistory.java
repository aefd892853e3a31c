package org.escalon.simulation.design;

/**
 * What a design may look at: per-dose counts and the current dose.
 *
 * <p>This is deliberately the sufficient summary (n and y per dose, the dose of the last cohort), not the patient
 * list: every design in this package decides from it, which is what makes exact operating characteristics by
 * dynamic programming over these states possible and keeps the Monte Carlo loop allocation-free. Per-patient
 * records live with the trial ({@code org.escalon.simulation.trial.TrialResult}).
 *
 * <p>Model-based designs whose conduct looks at the last cohort (the CRM's rule "no escalation right after a cohort
 * whose DLT fraction is at least the target", as R {@code dfcrm::crmsim}) also read {@link #lastCohortSize()} and
 * {@link #lastCohortDlts()}: two more counts, still a finite state. A design that reads them says so with
 * {@link EscalationDesign#decidesFromLastCohort()}, so that the exact engine keeps them in its states.
 *
 * <p>Dose levels are 1-based.
 */
public interface TrialHistory {

  /**
   * The number of doses K.
   *
   * @return the number of doses K
   */
  int doseCount();

  /**
   * The dose level of the last cohort treated, or 0 when no patient has been treated.
   *
   * @return the dose level of the last cohort treated, or 0 when no patient has been treated
   */
  int currentDose();

  /**
   * Patients treated at {@code doseLevel} (1..K).
   *
   * @param doseLevel 1..K
   * @return patients treated at {@code doseLevel} (1..K)
   */
  int n(int doseLevel);

  /**
   * DLTs seen at {@code doseLevel} (1..K).
   *
   * @param doseLevel 1..K
   * @return DLTs seen at {@code doseLevel} (1..K)
   */
  int y(int doseLevel);

  /**
   * The number of patients in the last cohort treated, or 0 when no patient has been treated. Histories that do
   * not record cohorts throw {@link UnsupportedOperationException} (both of this package's histories record them).
   *
   * @return the number of patients in the last cohort treated, or 0 when no patient has been treated
   */
  default int lastCohortSize() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not record the last cohort");
  }

  /**
   * The number of DLTs in the last cohort treated, or 0 when no patient has been treated (see {@link
   * #lastCohortSize()}).
   *
   * @return the number of DLTs in the last cohort treated, or 0 when no patient has been treated (see {@link
   *     #lastCohortSize()})
   */
  default int lastCohortDlts() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not record the last cohort");
  }

  /**
   * Patients treated in total.
   *
   * @return patients treated in total
   */
  default int patients() {
    int s = 0;
    for (int d = 1; d <= doseCount(); d++) {
      s += n(d);
    }
    return s;
  }

  /**
   * DLTs in total.
   *
   * @return DLTs in total
   */
  default int dlts() {
    int s = 0;
    for (int d = 1; d <= doseCount(); d++) {
      s += y(d);
    }
    return s;
  }

  /**
   * The highest dose level with at least one patient, or 0.
   *
   * @return the highest dose level with at least one patient, or 0
   */
  default int highestTriedDose() {
    for (int d = doseCount(); d >= 1; d--) {
      if (n(d) > 0) {
        return d;
      }
    }
    return 0;
  }

  /**
   * A copy of the patients per dose (index 0 = dose 1).
   *
   * @return a copy of the patients per dose (index 0 = dose 1)
   */
  default int[] nArray() {
    int[] a = new int[doseCount()];
    for (int d = 1; d <= a.length; d++) {
      a[d - 1] = n(d);
    }
    return a;
  }

  /**
   * A copy of the DLTs per dose (index 0 = dose 1).
   *
   * @return a copy of the DLTs per dose (index 0 = dose 1)
   */
  default int[] yArray() {
    int[] a = new int[doseCount()];
    for (int d = 1; d <= a.length; d++) {
      a[d - 1] = y(d);
    }
    return a;
  }

  /**
   * Work space for selecting an MTD from this history without allocating: a fresh one by default; a reusable
   * history (such as {@link TrialState}) may return its own, reused, instance. Not a view: designs load the counts
   * into it.
   *
   * @return work space for selecting an MTD from this history without allocating: a fresh one by default; a reusable
   *     history (such as {@link TrialState}) may return its own, reused, instance
   */
  default SelectionScratch selectionScratch() {
    return new SelectionScratch(doseCount());
  }
}
