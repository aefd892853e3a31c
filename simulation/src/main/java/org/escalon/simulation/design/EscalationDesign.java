package org.escalon.simulation.design;

/**
 * A dose-escalation design: an immutable configuration whose {@link #decide(TrialHistory)} is a pure function of
 * the trial history's per-dose counts and current dose.
 *
 * <h2>Contract (checked for every design by the contract tests)</h2>
 * <ul>
 *   <li>{@code decide} and {@code selectMtd} are pure: same counts, same answer; they never modify or keep the
 *       history; they are safe to call from many threads.</li>
 *   <li>On an empty history {@code decide} returns the start dose and the first cohort size.</li>
 *   <li>A proceeding recommendation names a dose in 1..K and a cohort size in 1..{@link #maxCohortSize()}; every
 *       trial stops after at most {@link #maxSampleSize()} patients.</li>
 *   <li>{@code selectMtd} returns a dose level in 1..K, or 0 for no MTD.</li>
 * </ul>
 *
 * <p>Stopping and safety rules compose as decorators over any design, e.g.
 * {@code boin.stopAtSampleSize(24).stopWhenNAtDose(12).noDoseSkipping()}, like R {@code escalation}'s
 * {@code get_boin(...) %>% stop_at_n(n = 24)}.
 */
public interface EscalationDesign {

  /**
   * A short human-readable name, e.g. {@code "BOIN(target=0.3)"}.
   *
   * @return a short human-readable name, e.g
   */
  String name();

  /**
   * The number of doses K.
   *
   * @return the number of doses K
   */
  int doseCount();

  /**
   * The dose level of the first cohort.
   *
   * @return the dose level of the first cohort
   */
  int startDose();

  /**
   * An upper bound on the number of patients in any trial.
   *
   * @return an upper bound on the number of patients in any trial
   */
  int maxSampleSize();

  /**
   * An upper bound on any cohort's size.
   *
   * @return an upper bound on any cohort's size
   */
  int maxCohortSize();

  /**
   * What to do next given the history.
   *
   * @param history the trial so far (its dose count must equal {@link #doseCount()})
   * @return what to do next given the history
   */
  Recommendation decide(TrialHistory history);

  /**
   * The MTD selected from a finished trial's data: dose level 1..K, or 0 for no MTD.
   *
   * @param history the final data
   * @return the MTD selected from a finished trial's data: dose level 1..K, or 0 for no MTD
   */
  int selectMtd(TrialHistory history);

  /**
   * The decision at the current dose for every (n, y), for audit.
   *
   * @return the decision at the current dose for every (n, y), for audit
   */
  DecisionTable decisionTable();

  /**
   * Whether {@code decide} also reads the last cohort ({@link TrialHistory#lastCohortSize()},
   * {@link TrialHistory#lastCohortDlts()}); then the exact engine keeps the last cohort in its states. False by
   * default; decorators answer for the design they wrap.
   *
   * @return whether {@code decide} also reads the last cohort ({@link TrialHistory#lastCohortSize()}, {@link
   *     TrialHistory#lastCohortDlts()}); then the exact engine keeps the last cohort in its states
   */
  default boolean decidesFromLastCohort() {
    return false;
  }

  /**
   * Stop as soon as at least {@code n} patients have been treated.
   *
   * @param n the number of treated patients that ends the trial, ≥ 1
   * @return a design that also stops as soon as at least {@code n} patients have been treated
   */
  default EscalationDesign stopAtSampleSize(int n) {
    return new StopAtSampleSize(this, n);
  }

  /**
   * Stop when the dose the design would treat next already has at least {@code m} patients.
   *
   * @param m the number of patients at the next dose that ends the trial, ≥ 1
   * @return a design that also stops when the dose it would treat next already has at least {@code m} patients
   */
  default EscalationDesign stopWhenNAtDose(int m) {
    return new StopWhenNAtDose(this, m);
  }

  /**
   * Never escalate to a dose more than one level above the highest dose tried so far.
   *
   * @return never escalate to a dose more than one level above the highest dose tried so far
   */
  default EscalationDesign noDoseSkipping() {
    return new NoDoseSkipping(this);
  }

  /**
   * Throws if {@code history} does not have this design's dose count.
   *
   * @param history the trial so far (its dose count must equal {@link #doseCount()})
   */
  default void checkHistory(TrialHistory history) {
    if (history == null) {
      throw new IllegalArgumentException("history must not be null");
    }
    if (history.doseCount() != doseCount()) {
      throw new IllegalArgumentException(
          "history has " + history.doseCount() + " doses; " + name() + " has " + doseCount());
    }
  }
}
