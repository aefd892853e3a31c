package org.escalon.simulation.design;

import java.util.ArrayList;
import java.util.List;
import org.escalon.simulation.selection.PhaseOneOutcomes;

/**
 * An immutable trial history made of cohorts, for replaying a real trial and for tests: parse outcome strings such
 * as {@code "1NNN 2NTN"} and ask a design what to do next.
 *
 * <pre>
 *   EscalationDesign boin = Boin.builder(0.3, 5).cohortSize(3).cohorts(10).build();
 *   Recommendation r = boin.decide(CohortHistory.parse("1NNN 2NNN 3NTT", 5));   // de-escalate to 2
 * </pre>
 */
public final class CohortHistory implements TrialHistory {

  private final int doseCount;
  private final PhaseOneOutcomes outcomes;
  private final int[] n;
  private final int[] y;

  private CohortHistory(int doseCount, PhaseOneOutcomes outcomes) {
    this.doseCount = doseCount;
    this.outcomes = outcomes;
    this.n = outcomes.n(doseCount);
    this.y = outcomes.y(doseCount);
  }

  /**
   * A history of {@code outcomes} over {@code doseCount} doses; rejects dose levels outside 1..doseCount.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @param outcomes the cohorts in order, each a dose level with its patients' outcomes
   * @return a history of {@code outcomes} over {@code doseCount} doses; rejects dose levels outside 1..doseCount
   */
  public static CohortHistory of(int doseCount, PhaseOneOutcomes outcomes) {
    if (outcomes == null) {
      throw new IllegalArgumentException("outcomes must not be null");
    }
    return new CohortHistory(doseCount, outcomes);
  }

  /**
   * Parses {@code text} in the notation of {@link PhaseOneOutcomes}.
   *
   * @param text cohorts as in R {@code escalation}, e.g. {@code "1NNN 2NTN"}: a dose level (1-based), then N (no
   *     DLT) or T (DLT) per patient
   * @param doseCount the number of dose levels K, 1..100
   * @return the history of those cohorts
   */
  public static CohortHistory parse(String text, int doseCount) {
    return of(doseCount, PhaseOneOutcomes.parse(text));
  }

  /**
   * An empty history.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @return an empty history
   */
  public static CohortHistory empty(int doseCount) {
    return of(doseCount, new PhaseOneOutcomes(List.of()));
  }

  /**
   * A copy with one more cohort, e.g. {@code append(2, "NTN")}.
   *
   * @param doseLevel 1..K
   * @param cohortOutcomes the cohort's outcomes, N (no DLT) or T (DLT) per patient, e.g. {@code "NTN"}
   * @return a new history: this one followed by the cohort (this one is unchanged)
   */
  public CohortHistory append(int doseLevel, String cohortOutcomes) {
    List<PhaseOneOutcomes.Cohort> list = new ArrayList<>(outcomes.cohorts());
    list.add(new PhaseOneOutcomes.Cohort(doseLevel, cohortOutcomes));
    return of(doseCount, new PhaseOneOutcomes(list));
  }

  /**
   * The cohorts.
   *
   * @return the cohorts
   */
  public PhaseOneOutcomes outcomes() {
    return outcomes;
  }

  @Override
  public int doseCount() {
    return doseCount;
  }

  @Override
  public int currentDose() {
    return outcomes.lastDose();
  }

  @Override
  public int lastCohortSize() {
    List<PhaseOneOutcomes.Cohort> c = outcomes.cohorts();
    return c.isEmpty() ? 0 : c.get(c.size() - 1).size();
  }

  @Override
  public int lastCohortDlts() {
    List<PhaseOneOutcomes.Cohort> c = outcomes.cohorts();
    return c.isEmpty() ? 0 : c.get(c.size() - 1).dlts();
  }

  @Override
  public int n(int doseLevel) {
    checkDose(doseLevel);
    return n[doseLevel - 1];
  }

  @Override
  public int y(int doseLevel) {
    checkDose(doseLevel);
    return y[doseLevel - 1];
  }

  private void checkDose(int doseLevel) {
    if (doseLevel < 1 || doseLevel > doseCount) {
      throw new IllegalArgumentException("doseLevel = " + doseLevel + ": must be in 1.." + doseCount);
    }
  }

  @Override
  public String toString() {
    return outcomes.toString();
  }
}
