package org.escalon.simulation.design;

import org.escalon.simulation.selection.ThreePlusThreeMtd;

/**
 * The 3+3 design, in its two named variants.
 *
 * <p>Cohorts of 3 at the current dose: 0/3 → escalate; 1/3 → 3 more at the same dose, then ≤ 1/6 → escalate and
 * ≥ 2/6 → the dose is <i>exceeded</i>; ≥ 2/3 → exceeded.
 * <ul>
 *   <li>{@link Variant#A} (default; escalation only; Storer 1989, Biometrics 45:925, doi:10.2307/2531693; the default
 *       of R {@code escalation} and of {@code bcrm::threep3(threep3.esc.only = TRUE)}): once a dose is exceeded,
 *       stop; MTD = the dose below (even with only 3 patients); no MTD if dose 1 is exceeded. "Escalate" at the top
 *       dose stops with the top dose as MTD.</li>
 *   <li>{@link Variant#B} (with de-escalation; Korn EL et al. 1994, Stat Med 13:1799, doi:10.1002/sim.4780131802):
 *       MTD = the highest dose with ≥ 6 patients and ≤ 1 DLT. When dose d is exceeded and dose d−1 has fewer than
 *       6 patients, treat 3 more at d−1; if it is then exceeded too the step repeats lower. Because the MTD needs 6
 *       patients, 0/3 at a dose that cannot be escalated from (the top dose, or the dose below an exceeded one) adds
 *       3 more patients there before the trial stops with it as MTD.</li>
 * </ul>
 * Variant A's closed form (q = 1 − p): P(escalate past a dose) = e = q³ + 3p·q⁵; P(MTD = m) = (∏_{j≤m} e_j)(1 −
 * e_{m+1}); P(no MTD) = 1 − e₁; E[n_j] = (∏_{i&lt;j} e_i)·3(1 + 3p_j q_j²).
 */
public final class ThreePlusThree implements EscalationDesign {

  /** The two named 3+3 variants. */
  public enum Variant {
    /** Escalation only (Storer 1989). */
    A,
    /** With de-escalation; the MTD needs 6 patients (Korn et al. 1994). */
    B
  }

  private static final int COHORT = 3;

  private final int doseCount;
  private final Variant variant;
  private final int startDose;
  private final DecisionTable table;
  private final RecommendationCache cache;

  private ThreePlusThree(int doseCount, Variant variant, int startDose) {
    this.doseCount = doseCount;
    this.variant = variant;
    this.startDose = startDose;
    this.cache = new RecommendationCache(doseCount, COHORT);
    this.table =
        DecisionTable.of(
            6,
            (n, y) -> {
              if (y >= 2) {
                return Decision.D;
              }
              if (n == 3) {
                return y == 0 ? Decision.E : Decision.S;
              }
              if (n == 6) {
                return Decision.E;
              }
              return Decision.S;
            });
  }

  /**
   * A 3+3 design.
   *
   * @param doseCount K ≥ 1
   * @param variant {@link Variant#A} or {@link Variant#B}
   * @param startDose 1..K
   */
  public static ThreePlusThree of(int doseCount, Variant variant, int startDose) {
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    if (variant == null) {
      throw new IllegalArgumentException("variant must be A or B, not null");
    }
    if (startDose < 1 || startDose > doseCount) {
      throw new IllegalArgumentException("startDose = " + startDose + ": must be in 1.." + doseCount);
    }
    return new ThreePlusThree(doseCount, variant, startDose);
  }

  /** Variant A starting at dose 1. */
  public static ThreePlusThree of(int doseCount) {
    return of(doseCount, Variant.A, 1);
  }

  /** The variant. */
  public Variant variant() {
    return variant;
  }

  @Override
  public String name() {
    return "3+3 variant " + variant;
  }

  @Override
  public int doseCount() {
    return doseCount;
  }

  @Override
  public int startDose() {
    return startDose;
  }

  @Override
  public int maxSampleSize() {
    return 6 * doseCount;
  }

  @Override
  public int maxCohortSize() {
    return COHORT;
  }

  @Override
  public DecisionTable decisionTable() {
    return table;
  }

  @Override
  public Recommendation decide(TrialHistory h) {
    checkHistory(h);
    int d = h.currentDose();
    if (d == 0) {
      return cache.proceed(Decision.S, startDose, COHORT);
    }
    int nd = h.n(d);
    int yd = h.y(d);
    if (nd > 6) {
      throw new IllegalArgumentException(
          "dose " + d + " has " + nd + " patients: a 3+3 design treats at most 6 at a dose");
    }
    if (yd >= 2) {
      if (d == 1) {
        return cache.stop(Decision.D, StopReason.TOO_TOXIC);
      }
      if (variant == Variant.A) {
        return cache.stop(Decision.D, StopReason.MTD_FOUND);
      }
      return h.n(d - 1) < 6
          ? cache.proceed(Decision.D, d - 1, COHORT)
          : cache.stop(Decision.D, StopReason.MTD_FOUND);
    }
    if (nd != 3 && nd != 6) {
      // an incomplete cohort (only in replays): complete it
      return cache.proceed(Decision.S, d, (nd < 3 ? 3 : 6) - nd);
    }
    if (nd == 3 && yd == 1) {
      return cache.proceed(Decision.S, d, COHORT);
    }
    // passed: 0/3 or <= 1/6
    boolean canEscalate = d < doseCount && (variant == Variant.A || h.n(d + 1) == 0);
    if (canEscalate) {
      return cache.proceed(Decision.E, d + 1, COHORT);
    }
    if (variant == Variant.B && nd == 3) {
      return cache.proceed(Decision.S, d, COHORT); // confirm the MTD with 6 patients
    }
    return cache.stop(d == doseCount ? Decision.E : Decision.S, StopReason.MTD_FOUND);
  }

  @Override
  public int selectMtd(TrialHistory h) {
    checkHistory(h);
    SelectionScratch s = h.selectionScratch().load(h);
    return variant == Variant.A ? ThreePlusThreeMtd.variantA(s.n, s.y) : ThreePlusThreeMtd.variantB(s.n, s.y);
  }

  @Override
  public String toString() {
    return name();
  }
}
