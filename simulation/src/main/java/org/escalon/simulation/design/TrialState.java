package org.escalon.simulation.design;

import java.util.Arrays;

/**
 * The mutable, allocation-free {@link TrialHistory} used by the trial runner and the exact engine: int arrays of
 * n and y per dose, the current dose and running totals.
 *
 * <p>Not thread-safe: one instance per thread (the Monte Carlo runner gives each worker its own). Designs never keep
 * a reference to it.
 */
public final class TrialState implements TrialHistory {

  private final int doseCount;
  final int[] n;
  final int[] y;
  private int currentDose;
  private int patients;
  private int dlts;
  private int lastSize;
  private int lastDlts;
  private final SelectionScratch scratch;

  /**
   * An empty state for {@code doseCount} doses (≥ 1).
   *
   * @param doseCount the number of dose levels K, 1..100
   */
  public TrialState(int doseCount) {
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    this.doseCount = doseCount;
    this.n = new int[doseCount];
    this.y = new int[doseCount];
    this.scratch = new SelectionScratch(doseCount);
  }

  /** Empties the state. */
  public void reset() {
    Arrays.fill(n, 0);
    Arrays.fill(y, 0);
    currentDose = 0;
    patients = 0;
    dlts = 0;
    lastSize = 0;
    lastDlts = 0;
  }

  /**
   * Records a cohort.
   *
   * @param doseLevel 1..K
   * @param cohortPatients ≥ 1
   * @param cohortDlts 0..cohortPatients
   */
  public void treat(int doseLevel, int cohortPatients, int cohortDlts) {
    if (doseLevel < 1 || doseLevel > doseCount || cohortPatients < 1 || cohortDlts < 0
        || cohortDlts > cohortPatients) {
      throw new IllegalArgumentException(
          "doseLevel = " + doseLevel + ", cohortPatients = " + cohortPatients + ", cohortDlts = " + cohortDlts
              + ": need 1 <= doseLevel <= " + doseCount + " and 0 <= cohortDlts <= cohortPatients, cohortPatients >= 1");
    }
    n[doseLevel - 1] += cohortPatients;
    y[doseLevel - 1] += cohortDlts;
    patients += cohortPatients;
    dlts += cohortDlts;
    currentDose = doseLevel;
    lastSize = cohortPatients;
    lastDlts = cohortDlts;
  }

  /**
   * Sets the whole state (used by the exact engine to visit a state); the last cohort is set to 0 patients.
   *
   * @param nPerDose patients per dose (copied)
   * @param yPerDose DLTs per dose (copied)
   * @param current the current dose level (0 only when no patient has been treated)
   */
  public void set(int[] nPerDose, int[] yPerDose, int current) {
    set(nPerDose, yPerDose, current, 0, 0);
  }

  /**
   * Sets the whole state including the last cohort (for designs that read it).
   *
   * @param nPerDose patients per dose (copied)
   * @param yPerDose DLTs per dose (copied)
   * @param current the current dose level (0 only when no patient has been treated)
   * @param lastCohortSize patients in the last cohort, 0..n of the current dose
   * @param lastCohortDlts DLTs in the last cohort, 0..lastCohortSize, at most y of the current dose
   */
  public void set(int[] nPerDose, int[] yPerDose, int current, int lastCohortSize, int lastCohortDlts) {
    if (nPerDose.length != doseCount || yPerDose.length != doseCount || current < 0 || current > doseCount) {
      throw new IllegalArgumentException("state arrays must have length " + doseCount + " and current in 0.."
          + doseCount + "; got current = " + current);
    }
    int p = 0;
    int t = 0;
    for (int j = 0; j < doseCount; j++) {
      if (nPerDose[j] < 0 || yPerDose[j] < 0 || yPerDose[j] > nPerDose[j]) {
        throw new IllegalArgumentException(
            "dose " + (j + 1) + ": y = " + yPerDose[j] + ", n = " + nPerDose[j] + ": need 0 <= y <= n");
      }
      n[j] = nPerDose[j];
      y[j] = yPerDose[j];
      p += n[j];
      t += y[j];
    }
    int nc = current == 0 ? 0 : nPerDose[current - 1];
    int yc = current == 0 ? 0 : yPerDose[current - 1];
    if (lastCohortSize < 0 || lastCohortSize > nc || lastCohortDlts < 0 || lastCohortDlts > lastCohortSize
        || lastCohortDlts > yc) {
      throw new IllegalArgumentException("lastCohortSize = " + lastCohortSize + ", lastCohortDlts = "
          + lastCohortDlts + ": need 0 <= lastCohortDlts <= lastCohortSize <= n of the current dose (" + nc
          + ") and lastCohortDlts <= its y (" + yc + ")");
    }
    patients = p;
    dlts = t;
    currentDose = current;
    lastSize = lastCohortSize;
    lastDlts = lastCohortDlts;
  }

  /** Hot-path setter without validation for the exact engine: counts of dose {@code j} (0-based). */
  void setUnchecked(int j, int nj, int yj) {
    n[j] = nj;
    y[j] = yj;
  }

  /** Hot-path: sets current dose, totals and the last cohort after {@link #setUnchecked} calls. */
  void finishUnchecked(int current, int totalPatients, int totalDlts, int lastCohortSize, int lastCohortDlts) {
    currentDose = current;
    patients = totalPatients;
    dlts = totalDlts;
    lastSize = lastCohortSize;
    lastDlts = lastCohortDlts;
  }

  /**
   * Copies another history into this state.
   *
   * @param h the history copied (its dose count must equal this state's)
   */
  public void copyFrom(TrialHistory h) {
    if (h.doseCount() != doseCount) {
      throw new IllegalArgumentException("history has " + h.doseCount() + " doses, state has " + doseCount);
    }
    set(h.nArray(), h.yArray(), h.currentDose(), h.lastCohortSize(), h.lastCohortDlts());
  }

  /** This state's own selection scratch, reused (no allocation per selection). */
  @Override
  public SelectionScratch selectionScratch() {
    return scratch;
  }

  @Override
  public int doseCount() {
    return doseCount;
  }

  @Override
  public int currentDose() {
    return currentDose;
  }

  @Override
  public int n(int doseLevel) {
    return n[doseLevel - 1];
  }

  @Override
  public int y(int doseLevel) {
    return y[doseLevel - 1];
  }

  @Override
  public int lastCohortSize() {
    return lastSize;
  }

  @Override
  public int lastCohortDlts() {
    return lastDlts;
  }

  @Override
  public int patients() {
    return patients;
  }

  @Override
  public int dlts() {
    return dlts;
  }

  @Override
  public String toString() {
    return "TrialState[n=" + Arrays.toString(n) + ", y=" + Arrays.toString(y) + ", current=" + currentDose + ", last cohort="
        + lastDlts + "/" + lastSize + "]";
  }
}
