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
 *       6 patients, treat 3 more at d−1; if it is then exceeded too the step repeats lower. 0/3 at the dose below an
 *       exceeded one adds 3 more patients there before the trial stops with it as MTD. At the top dose the
 *       {@link TopDose} rule applies: by default ({@link TopDose#BCRM}) 0/3 there stops the trial with the top dose
 *       as MTD after 3 patients, as R {@code bcrm::threep3(threep3.esc.only = FALSE)} (0.5.4) does, so exact
 *       operating characteristics equal bcrm's for start dose 1; {@link TopDose#CONFIRM_WITH_SIX} treats 3 more
 *       there first (the MTD always has 6 patients; Escalon's behaviour before this option existed).</li>
 * </ul>
 * bcrm with a start dose above 1 decides after 2 DLTs in 6 patients at a dose below the start dose by the order of
 * the two cohorts' outcomes (1 + 1 stops with the untried dose below as MTD, 0 + 2 de-escalates); a design that
 * sees only counts cannot do that, and this one de-escalates in both cases (docs/designs.md, "Rule-based designs").
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

  /** What variant B does after 0/3 (or ≤ 1/6) at the top dose. */
  public enum TopDose {
    /** Stop with the top dose as MTD, after 3 patients if 0/3 (R bcrm {@code threep3}); the default. */
    BCRM("bcrm"),
    /** Treat 3 more at the top dose after 0/3: the MTD always has 6 patients (Korn et al. 1994). */
    CONFIRM_WITH_SIX("confirm-with-6");

    private final String key;

    TopDose(String key) {
      this.key = key;
    }

    /**
     * The name used in scenario files and on the command line.
     *
     * @return the name used in scenario files and on the command line
     */
    public String key() {
      return key;
    }

    /**
     * The rule called {@code name} ({@code bcrm} or {@code confirm-with-6}, case-insensitive).
     *
     * @param name {@code bcrm} or {@code confirm-with-6}, case-insensitive
     * @return the rule called {@code name} ({@code bcrm} or {@code confirm-with-6}, case-insensitive)
     */
    public static TopDose parse(String name) {
      for (TopDose t : values()) {
        if (t.key.equalsIgnoreCase(name == null ? "" : name.trim())) {
          return t;
        }
      }
      throw new IllegalArgumentException("topDose = '" + name + "': must be bcrm or confirm-with-6");
    }
  }

  private static final int COHORT = 3;

  private final int doseCount;
  private final Variant variant;
  private final int startDose;
  private final TopDose topDose;
  private final DecisionTable table;
  private final RecommendationCache cache;

  private ThreePlusThree(int doseCount, Variant variant, int startDose, TopDose topDose) {
    this.doseCount = doseCount;
    this.variant = variant;
    this.startDose = startDose;
    this.topDose = topDose;
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
   * A 3+3 design; variant B with the default top-dose rule {@link TopDose#BCRM}.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @param variant {@link Variant#A} or {@link Variant#B}
   * @param startDose 1..K
   * @return a 3+3 design; variant B with the default top-dose rule {@link TopDose#BCRM}
   */
  public static ThreePlusThree of(int doseCount, Variant variant, int startDose) {
    return of(doseCount, variant, startDose, TopDose.BCRM);
  }

  /**
   * A 3+3 design with the given top-dose rule ({@link TopDose#CONFIRM_WITH_SIX} only with variant B).
   *
   * @param doseCount the number of dose levels K, 1..100
   * @param variant {@link Variant#A} or {@link Variant#B}
   * @param startDose 1..K
   * @param topDose what variant B does after 0/3 at the top dose
   * @return a 3+3 design with the given top-dose rule ({@link TopDose#CONFIRM_WITH_SIX} only with variant B)
   */
  public static ThreePlusThree of(int doseCount, Variant variant, int startDose, TopDose topDose) {
    if (topDose == null) {
      throw new IllegalArgumentException("topDose must be bcrm or confirm-with-6, not null");
    }
    if (topDose == TopDose.CONFIRM_WITH_SIX && variant == Variant.A) {
      throw new IllegalArgumentException("topDose = confirm-with-6: only with variant B (variant A stops at the top)");
    }
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    if (variant == null) {
      throw new IllegalArgumentException("variant must be A or B, not null");
    }
    if (startDose < 1 || startDose > doseCount) {
      throw new IllegalArgumentException("startDose = " + startDose + ": must be in 1.." + doseCount);
    }
    return new ThreePlusThree(doseCount, variant, startDose, topDose);
  }

  /**
   * Variant A starting at dose 1.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @return variant A starting at dose 1
   */
  public static ThreePlusThree of(int doseCount) {
    return of(doseCount, Variant.A, 1);
  }

  /**
   * The variant.
   *
   * @return the variant
   */
  public Variant variant() {
    return variant;
  }

  /**
   * Variant B's top-dose rule ({@link TopDose#BCRM} for variant A, where it does not apply).
   *
   * @return variant B's top-dose rule ({@link TopDose#BCRM} for variant A, where it does not apply)
   */
  public TopDose topDose() {
    return topDose;
  }

  @Override
  public String name() {
    return "3+3 variant " + variant + (topDose == TopDose.CONFIRM_WITH_SIX ? " (confirm top dose with 6)" : "");
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
    if (variant == Variant.B && nd == 3 && (d < doseCount || topDose == TopDose.CONFIRM_WITH_SIX)) {
      return cache.proceed(Decision.S, d, COHORT); // confirm the MTD with 6 patients
    }
    return cache.stop(d == doseCount ? Decision.E : Decision.S, StopReason.MTD_FOUND);
  }

  @Override
  public int selectMtd(TrialHistory h) {
    checkHistory(h);
    SelectionScratch s = h.selectionScratch().load(h);
    if (variant == Variant.A) {
      return ThreePlusThreeMtd.variantA(s.n, s.y);
    }
    if (topDose == TopDose.BCRM && s.n[doseCount - 1] == 3 && s.y[doseCount - 1] == 0) {
      return doseCount; // stopped at the top dose after 0/3 (bcrm)
    }
    return ThreePlusThreeMtd.variantB(s.n, s.y);
  }

  @Override
  public String toString() {
    return name();
  }
}
