package org.escalon.simulation.design;

/**
 * What a design says after looking at a trial history: the decision at the current dose and either the next
 * cohort (dose level and size) or why the trial stops.
 *
 * <p>At the start of a trial (empty history) the decision is {@link Decision#S} and the next dose is the start dose.
 * When the trial stops, {@code nextDose} and {@code cohortSize} are 0; ask the design's
 * {@link EscalationDesign#selectMtd(TrialHistory)} for the MTD.
 *
 * @param decision the decision at the current dose (E, S, D or DU)
 * @param nextDose the 1-based dose level of the next cohort, or 0 when stopping
 * @param cohortSize the size of the next cohort, or 0 when stopping
 * @param stopReason {@link StopReason#NONE} to continue, otherwise why the trial stops
 */
public record Recommendation(Decision decision, int nextDose, int cohortSize, StopReason stopReason) {

  /**
   * Validates the combination.
   *
   * @param decision the decision at the current dose (E, S, D or DU)
   * @param nextDose the 1-based dose level of the next cohort, or 0 when stopping
   * @param cohortSize the size of the next cohort, or 0 when stopping
   * @param stopReason {@link StopReason#NONE} to continue, otherwise why the trial stops
   */
  public Recommendation {
    if (decision == null || stopReason == null) {
      throw new IllegalArgumentException("decision and stopReason must not be null");
    }
    if (stopReason == StopReason.NONE) {
      if (nextDose < 1 || cohortSize < 1) {
        throw new IllegalArgumentException(
            "nextDose = " + nextDose + ", cohortSize = " + cohortSize + ": both must be >= 1 to continue");
      }
    } else if (nextDose != 0 || cohortSize != 0) {
      throw new IllegalArgumentException(
          "nextDose = " + nextDose + ", cohortSize = " + cohortSize + ": both must be 0 when stopping");
    }
  }

  /**
   * Continue with a cohort of {@code cohortSize} at {@code dose}.
   *
   * @param decision the decision at the current dose (E, S, D or DU)
   * @param dose the dose level of the next cohort, 1..K
   * @param cohortSize the size of the next cohort, or 0 when stopping
   * @return a recommendation to treat the next cohort at {@code dose}
   */
  public static Recommendation proceed(Decision decision, int dose, int cohortSize) {
    return new Recommendation(decision, dose, cohortSize, StopReason.NONE);
  }

  /**
   * Stop for {@code reason}.
   *
   * @param decision the decision at the current dose (E, S, D or DU)
   * @param reason why the trial stops
   * @return a recommendation to stop
   */
  public static Recommendation stop(Decision decision, StopReason reason) {
    if (reason == StopReason.NONE) {
      throw new IllegalArgumentException("reason = NONE: a stop needs a reason");
    }
    return new Recommendation(decision, 0, 0, reason);
  }

  /**
   * Whether the trial continues.
   *
   * @return whether the trial continues
   */
  public boolean proceeds() {
    return stopReason == StopReason.NONE;
  }
}
