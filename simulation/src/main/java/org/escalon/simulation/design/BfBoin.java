package org.escalon.simulation.design;

import org.escalon.simulation.selection.IsotonicMtdSelector;
import org.escalon.simulation.selection.ToxicityPosterior;

/**
 * BOIN with backfilling (BF-BOIN) with the rules of R {@code bfboin} 0.1.1 ({@code sim.one.trial}, {@code
 * get.oc.bf}): the escalation cohorts follow BOIN and wait for their DLT window; patients who arrive meanwhile are
 * backfilled to a lower dose that is open, or turned away. This class holds the configuration and the two pure
 * decision rules; the trial itself (arrivals, who is pending, who is evaluated) is run by {@code
 * org.escalon.simulation.trial.BfBoinTrial}. Every rule is stated in docs/designs.md, "Backfilling: BF-BOIN".
 *
 * <p>Zhao Y, Yuan Y, Korn EL, Freidlin B (2024) Backfilling patients in phase I dose-escalation trials using Bayesian
 * optimal interval design (BOIN). Clin Cancer Res 30(4):673–679, doi:10.1158/1078-0432.CCR-23-2585.
 *
 * <h2>Rules</h2>
 * The boundaries are BOIN's ({@link Boin}, R {@code BOIN::get.boundary}) for every n up to {@link
 * #maxPatientsPerDose()}; a dose's decision ({@link #decision}) comes from its totals (escalation and evaluated
 * backfill patients pooled): E if y ≤ b_e(n) (n = 0 read as 1, the package's pmax(1, n)), DU if y ≥ b_elim(n), D
 * if y ≥ b_d(n) (capped at b_elim), else S. After an escalation cohort at dose d, {@link #decide} applies BOIN's
 * move when no lower dose conflicts, and otherwise pools the doses from the highest conflicting one up to d (see the
 * method). A patient arriving while the cohort is in follow-up is backfilled to the dose {@link #backfillDose}
 * gives: below d, an escalation response there known, safe (alone or pooled with the dose above, and every dose
 * below safe), and at most n_cap patients so far (≤, the package's convention). Each rule, with the package's
 * quirks, is in docs/designs.md, "Backfilling: BF-BOIN".
 *
 * <p>Immutable and thread-safe; build with {@link #builder(double, int)}.
 */
public final class BfBoin implements BoinVariant {

  /** Which open dose a backfill patient gets (R {@code backfill.assign}). */
  public enum BackfillDose {
    /** The highest open dose (the package's default). */
    HIGHEST,
    /** The lowest open dose. */
    LOWEST
  }

  /** What to do after an escalation cohort is evaluated. */
  public record Move(int nextDose, StopReason stop, int eliminatedFrom) {
    /**
     * Continue at {@code nextDose}, stop, and the lowest eliminated dose (K + 1 when none).
     *
     * @param nextDose the dose of the next cohort, or 0 when stopping
     * @param stop continue at {@code nextDose}, stop, and the lowest eliminated dose (K + 1 when none)
     * @param eliminatedFrom the lowest eliminated dose so far, K + 1 when none
     */
    public Move {
      if (stop == null) {
        throw new IllegalArgumentException("stop must not be null");
      }
      if ((stop == StopReason.NONE) != (nextDose > 0)) {
        throw new IllegalArgumentException("nextDose = " + nextDose + " with stop = " + stop
            + ": a dose exactly when the trial continues");
      }
    }

    /**
     * Whether the trial goes on.
     *
     * @return whether the trial goes on
     */
    public boolean proceeds() {
      return stop == StopReason.NONE;
    }
  }

  private static final Decision[] DECISIONS = Decision.values();

  private final Boin boin;
  private final int cohorts;
  private final int nCap;
  private final BackfillDose backfillDose;
  private final boolean threePlusThree;
  private final int maxPerDose;
  private final int[] escalateIfLe;
  private final int[] deescalateIfGe;
  private final int[] eliminateIfGe;

  BfBoin(BfBoinBuilder b, Boin boin) {
    this.boin = boin;
    this.cohorts = b.cohorts;
    this.nCap = b.nCap;
    this.backfillDose = b.backfillDose;
    this.threePlusThree = b.threePlusThree;
    this.maxPerDose = boin.maxSampleSize();
    DecisionTable t = boin.decisionTable();
    escalateIfLe = new int[maxPerDose + 1];
    deescalateIfGe = new int[maxPerDose + 1];
    eliminateIfGe = new int[maxPerDose + 1];
    for (int n = 1; n <= maxPerDose; n++) {
      escalateIfLe[n] = t.escalateIfLe(n);
      deescalateIfGe[n] = t.deescalateIfGe(n);
      eliminateIfGe[n] = t.eliminateIfGe(n);
    }
    escalateIfLe[0] = escalateIfLe[1];
    deescalateIfGe[0] = deescalateIfGe[1];
    eliminateIfGe[0] = -1;
  }

  /**
   * A builder for target φ and K doses; defaults as R {@code get.oc.bf}.
   *
   * @param target the target DLT probability φ, in [0.05, 0.6] (R BOIN's range)
   * @param doseCount the number of dose levels K, 1..100
   * @return a builder for target φ and K doses; defaults as R {@code get.oc.bf}
   */
  public static BfBoinBuilder builder(double target, int doseCount) {
    return new BfBoinBuilder(target, doseCount);
  }

  /**
   * The BOIN design whose boundaries, elimination and MTD selection BF-BOIN uses.
   *
   * @return the BOIN design whose boundaries, elimination and MTD selection BF-BOIN uses
   */
  @Override
  public Boin boin() {
    return boin;
  }

  /**
   * Number of escalation cohorts.
   *
   * @return number of escalation cohorts
   */
  public int cohorts() {
    return cohorts;
  }

  /**
   * The n.earlystop parameter (on the dose's total patients).
   *
   * @return the n.earlystop parameter (on the dose's total patients)
   */
  public int nEarlyStop() {
    return boin.nEarlyStop();
  }

  /**
   * n_cap: a dose is open for backfill while its backfill plus escalation patients are ≤ n_cap.
   *
   * @return n_cap: a dose is open for backfill while its backfill plus escalation patients are ≤ n_cap
   */
  public int nCap() {
    return nCap;
  }

  /**
   * Which open dose a backfill patient gets.
   *
   * @return which open dose a backfill patient gets
   */
  public BackfillDose backfillDose() {
    return backfillDose;
  }

  /**
   * Whether 1 DLT in 3 patients (and no other patient) at the current dose means stay (R {@code three.plus.three}).
   *
   * @return whether 1 DLT in 3 patients (and no other patient) at the current dose means stay (R {@code
   *     three.plus.three})
   */
  public boolean threePlusThree() {
    return threePlusThree;
  }

  /**
   * The most patients one dose can have in a trial: cohorts × cohort size + K × (n_cap + 1).
   *
   * @return the most patients one dose can have in a trial: cohorts × cohort size + K × (n_cap + 1)
   */
  public int maxPatientsPerDose() {
    return maxPerDose;
  }

  /**
   * The MTD selector (BOIN's isotonic selection, R {@code BOIN::select.mtd}).
   *
   * @return the MTD selector (BOIN's isotonic selection, R {@code BOIN::select.mtd})
   */
  public IsotonicMtdSelector selector() {
    return boin.selector();
  }

  /**
   * The decision for y DLTs among n patients (n = 0 is read as n = 1), 0 ≤ y ≤ n ≤ {@link #maxPatientsPerDose()}.
   *
   * @param n patients treated at the dose, 0..{@link #maxPatientsPerDose()}
   * @param y DLTs among them, 0..n
   * @return the decision for y DLTs among n patients (n = 0 is read as n = 1), 0 ≤ y ≤ n ≤ {@link
   *     #maxPatientsPerDose()}
   */
  public Decision decision(int n, int y) {
    checkCounts(n, y);
    return DECISIONS[boin.decisionTable().code(Math.max(1, n), y)];
  }

  /**
   * b_e(n): escalate when y is at most this.
   *
   * @param n patients treated at the dose, ≥ 1
   * @return b_e(n): escalate when y is at most this
   */
  public int escalateIfLe(int n) {
    checkCounts(n, 0);
    return escalateIfLe[n];
  }

  /**
   * b_d(n): de-escalate when y is at least this.
   *
   * @param n patients treated at the dose, ≥ 1
   * @return b_d(n): de-escalate when y is at least this
   */
  public int deescalateIfGe(int n) {
    checkCounts(n, 0);
    return deescalateIfGe[n];
  }

  /**
   * What to do after the escalation cohort at {@code d} has been evaluated (R {@code sim.one.trial}'s branches):
   * <ul>
   *   <li>d = 1: E → dose 2 unless eliminated; S → stay; DU → stop, no MTD; D → with {@code extrasafe} stop if
   *       n₁ ≥ 3 and Pr(p₁ &gt; φ) &gt; cutoffEli − offset, else stay without the n.earlystop check; without it,
   *       stay.</li>
   *   <li>d &gt; 1, no conflict: E with every lower dose E → escalate (stay at the top or below an eliminated
   *       dose); S with every lower dose S or E → stay; D likewise → d − 1; DU likewise → eliminate d..K, d − 1.</li>
   *   <li>Conflict (E at d, some lower dose not E; or S, D, DU at d, some lower dose D or DU; DU at d first
   *       eliminates d..K): b* = the highest conflicting lower dose; y and n pooled over b*..d. Pooled y ≤ b_e →
   *       escalate; pooled y ≥ b_d → the highest k in b*..d whose data pooled from b* to k are below b_d (stay
   *       if k = d), none → b* − 1, and at 0: stop if dose 1's totals meet elimination or (extrasafe) its
   *       escalation counts give Pr(p₁ &gt; φ) &gt; cutoffEli − offset, else dose 1; in between → stay.</li>
   *   <li>Every stay stops the trial when the dose has at least nEarlyStop patients in total.</li>
   * </ul>
   *
   * @param d the current dose (1..K)
   * @param nTotal patients per dose, escalation plus evaluated backfill (index 0 = dose 1; doses 1..d are read)
   * @param yTotal DLTs per dose, likewise
   * @param nEscalation1 escalation patients at dose 1 (the package's extra-safe check after a conflict uses them)
   * @param yEscalation1 DLTs among them
   * @param eliminatedFrom the lowest eliminated dose so far, K + 1 when none
   * @return the next dose or the stop, and the lowest eliminated dose afterwards
   */
  public Move decide(int d, int[] nTotal, int[] yTotal, int nEscalation1, int yEscalation1, int eliminatedFrom) {
    int k = doseCount();
    if (d < 1 || d > k || nTotal.length != k || yTotal.length != k || eliminatedFrom < 1 || eliminatedFrom > k + 1) {
      throw new IllegalArgumentException("d = " + d + ", eliminatedFrom = " + eliminatedFrom + ", arrays of "
          + nTotal.length + " and " + yTotal.length + ": need d in 1.." + k + ", eliminatedFrom in 1.." + (k + 1)
          + " and arrays of " + k);
    }
    Decision[] dec = new Decision[d + 1];
    for (int j = 1; j <= d; j++) {
      dec[j] = decision(nTotal[j - 1], yTotal[j - 1]);
    }
    if (threePlusThree && nTotal[d - 1] == 3 && yTotal[d - 1] == 1) {
      dec[d] = Decision.S;
    }
    if (d == 1) {
      return atDoseOne(dec[1], nTotal, yTotal, eliminatedFrom);
    }
    boolean lowerAllE = true;
    boolean lowerNoDeescalation = true;
    for (int j = 1; j < d; j++) {
      lowerAllE &= dec[j] == Decision.E;
      lowerNoDeescalation &= dec[j] == Decision.E || dec[j] == Decision.S;
    }
    Decision here = dec[d];
    if (here == Decision.E && lowerAllE) {
      return escalateOrStay(d, nTotal, eliminatedFrom);
    }
    if (lowerNoDeescalation && here != Decision.E) {
      return switch (here) {
        case S -> stayOrStop(d, nTotal, eliminatedFrom);
        case D -> new Move(d - 1, StopReason.NONE, eliminatedFrom);
        default -> new Move(d - 1, StopReason.NONE, Math.min(eliminatedFrom, d));
      };
    }
    int elim = here == Decision.DU ? Math.min(eliminatedFrom, d) : eliminatedFrom;
    int bStar = 0;
    for (int j = d - 1; j >= 1 && bStar == 0; j--) {
      boolean conflicts = here == Decision.E ? dec[j] != Decision.E : dec[j] == Decision.D || dec[j] == Decision.DU;
      if (conflicts) {
        bStar = j;
      }
    }
    return resolveConflict(d, bStar, nTotal, yTotal, nEscalation1, yEscalation1, elim);
  }

  /** The package's branch for d = 1. */
  private Move atDoseOne(Decision dec, int[] nTotal, int[] yTotal, int eliminatedFrom) {
    switch (dec) {
      case E:
        return escalateOrStay(1, nTotal, eliminatedFrom);
      case S:
        return stayOrStop(1, nTotal, eliminatedFrom);
      case DU:
        return new Move(0, StopReason.TOO_TOXIC, eliminatedFrom);
      default: // D
        if (!boin.extrasafe()) {
          return stayOrStop(1, nTotal, eliminatedFrom);
        }
        if (nTotal[0] >= 3 && extrasafeExceeded(yTotal[0], nTotal[0])) {
          return new Move(0, StopReason.TOO_TOXIC, eliminatedFrom);
        }
        return new Move(1, StopReason.NONE, eliminatedFrom);
    }
  }

  /** Pools doses b*..d and moves as the pooled data say (the package's conflict resolution). */
  private Move resolveConflict(int d, int bStar, int[] nTotal, int[] yTotal, int nEsc1, int yEsc1, int elim) {
    int nPooled = 0;
    int yPooled = 0;
    for (int j = bStar; j <= d; j++) {
      nPooled += nTotal[j - 1];
      yPooled += yTotal[j - 1];
    }
    if (yPooled <= escalateIfLe[nPooled]) {
      return escalateOrStay(d, nTotal, elim);
    }
    if (yPooled < deescalateIfGe[nPooled]) {
      return stayOrStop(d, nTotal, elim);
    }
    int highestSafe = 0;
    int nCum = 0;
    int yCum = 0;
    for (int j = bStar; j <= d; j++) {
      nCum += nTotal[j - 1];
      yCum += yTotal[j - 1];
      if (yCum < deescalateIfGe[nCum]) {
        highestSafe = j;
      }
    }
    if (highestSafe == d) {
      return stayOrStop(d, nTotal, elim);
    }
    if (highestSafe > 0) {
      return new Move(highestSafe, StopReason.NONE, elim);
    }
    if (bStar > 1) {
      return new Move(bStar - 1, StopReason.NONE, elim);
    }
    int c = eliminateIfGe[nTotal[0]];
    if ((c >= 0 && yTotal[0] >= c) || (boin.extrasafe() && extrasafeExceeded(yEsc1, nEsc1))) {
      return new Move(0, StopReason.TOO_TOXIC, elim);
    }
    return new Move(1, StopReason.NONE, elim);
  }

  private Move escalateOrStay(int d, int[] nTotal, int eliminatedFrom) {
    if (d < doseCount() && d + 1 < eliminatedFrom) {
      return new Move(d + 1, StopReason.NONE, eliminatedFrom);
    }
    return stayOrStop(d, nTotal, eliminatedFrom);
  }

  private Move stayOrStop(int d, int[] nTotal, int eliminatedFrom) {
    return nTotal[d - 1] >= boin.nEarlyStop() ? new Move(0, StopReason.N_AT_DOSE, eliminatedFrom)
        : new Move(d, StopReason.NONE, eliminatedFrom);
  }

  private boolean extrasafeExceeded(int y, int n) {
    return ToxicityPosterior.probabilityAbove(boin.target(), y, n) > boin.cutoffEli() - boin.offset();
  }

  /**
   * The dose a backfill patient arriving now gets, or 0 (turned away).
   *
   * @param d the current escalation dose (1..K); only doses below it can be open
   * @param nTotal patients per dose, escalation (evaluated cohorts) plus evaluated backfill, index 0 = dose 1
   * @param yTotal DLTs per dose, likewise
   * @param nCurrentEvaluated patients of the current cohort at d evaluated so far (DLT seen or window over)
   * @param yCurrentEvaluated DLTs among them
   * @param nEscalation escalation patients per dose in evaluated cohorts
   * @param yEscalation DLTs among them
   * @param responded whether an escalation patient's response at the dose is known by now
   * @param backfilled backfill patients treated so far per dose (evaluated or not)
   * @return the dose level (1..d − 1), or 0
   */
  public int backfillDose(int d, int[] nTotal, int[] yTotal, int nCurrentEvaluated, int yCurrentEvaluated,
      int[] nEscalation, int[] yEscalation, boolean[] responded, int[] backfilled) {
    int k = doseCount();
    if (d < 1 || d > k) {
      throw new IllegalArgumentException("d = " + d + ": must be in 1.." + k);
    }
    int chosen = 0;
    boolean safeSoFar = true;
    for (int j = 1; j < d; j++) {
      int n = nTotal[j - 1];
      int y = yTotal[j - 1];
      // dose j + 1's contribution: its evaluated backfill and escalation patients, or the current cohort's at d
      int nUp = j + 1 < d ? nTotal[j] : nCurrentEvaluated + nEscalation[j];
      int yUp = j + 1 < d ? yTotal[j] : yCurrentEvaluated + yEscalation[j];
      boolean safe = y < deescalateIfGe[Math.max(1, n)] || y + yUp < deescalateIfGe[Math.max(1, n + nUp)];
      safeSoFar &= safe;
      boolean open = safeSoFar && responded[j - 1] && backfilled[j - 1] + nEscalation[j - 1] <= nCap;
      if (open && (chosen == 0 || backfillDose == BackfillDose.HIGHEST)) {
        chosen = j;
      }
    }
    return chosen;
  }

  private void checkCounts(int n, int y) {
    if (n < 0 || n > maxPerDose || y < 0 || y > n) {
      throw new IllegalArgumentException("n = " + n + ", y = " + y + ": need 0 <= y <= n <= " + maxPerDose);
    }
  }

  /**
   * A short name with the options that differ from the package's defaults.
   *
   * @return a short name with the options that differ from the package's defaults
   */
  public String name() {
    StringBuilder sb = new StringBuilder("BF-BOIN(target=").append(target()).append(", K=").append(doseCount())
        .append(", cohort=").append(cohortSize()).append(", cohorts=").append(cohorts).append(", nCap=")
        .append(nCap);
    if (startDose() != 1) {
      sb.append(", start=").append(startDose());
    }
    if (nEarlyStop() < 100) {
      sb.append(", nEarlyStop=").append(nEarlyStop());
    }
    if (boin.cutoffEli() != 0.95) {
      sb.append(", cutoffEli=").append(boin.cutoffEli());
    }
    if (boin.extrasafe()) {
      sb.append(", extrasafe offset=").append(boin.offset());
    }
    sb.append(boin.phiText());
    if (boin.boundMtd()) {
      sb.append(", boundMtd");
    }
    if (backfillDose != BackfillDose.HIGHEST) {
      sb.append(", backfill=lowest");
    }
    if (threePlusThree) {
      sb.append(", 3+3");
    }
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
