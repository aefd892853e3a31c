package org.escalon.core.regimen;

import java.util.Arrays;

/**
 * Protocol-like dose holds and reductions of cemsidomide (docs/model.md §4): hold while ANC &lt; 0.5 ×10⁹/L or
 * platelets &lt; 25 ×10⁹/L (judged on the daily pre-dose value); resume when ANC &ge; 1.0 and platelets &ge;
 * 50; from the second hold on, resume one dose level lower on the ladder. When there is no lower level,
 * cemsidomide is discontinued. Dexamethasone is not held. Immutable.
 *
 * @param enabled whether holds apply at all
 * @param holdAncBelow hold when ANC (×10⁹/L) is below this
 * @param holdPlateletsBelow hold when platelets (×10⁹/L) are below this
 * @param resumeAncAtLeast resume when ANC is at least this
 * @param resumePlateletsAtLeast and platelets at least this
 * @param reduceFromHold the hold number (1-based) from which resumption is one level lower (2 = "after a second
 *     hold")
 * @param doseLadderUg dose levels for reductions, strictly increasing, &gt; 0
 */
public record DoseModificationRule(
    boolean enabled,
    double holdAncBelow,
    double holdPlateletsBelow,
    double resumeAncAtLeast,
    double resumePlateletsAtLeast,
    int reduceFromHold,
    double[] doseLadderUg) {

  private static final double[] DEFAULT_LADDER_UG = {25, 37.5, 50, 62.5, 75, 100, 125, 150, 200};

  /** The docs/model.md §4 default, switched on. */
  public static final DoseModificationRule DEFAULT =
      new DoseModificationRule(true, 0.5, 25, 1.0, 50, 2, DEFAULT_LADDER_UG);

  /** No holds or reductions. */
  public static final DoseModificationRule NONE =
      new DoseModificationRule(false, 0.5, 25, 1.0, 50, 2, DEFAULT_LADDER_UG);

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param holdAncBelow hold when ANC (×10⁹/L) is below this
   * @param enabled whether holds apply at all
   * @param holdPlateletsBelow hold when platelets (×10⁹/L) are below this
   * @param resumeAncAtLeast resume when ANC is at least this
   * @param resumePlateletsAtLeast and platelets at least this
   * @param reduceFromHold the hold number (1-based) from which resumption is one level lower (2 = "after a second
   *     hold")
   * @param doseLadderUg dose levels for reductions, strictly increasing, &gt; 0
   */
  public DoseModificationRule {
    nonNegative("holdAncBelow", holdAncBelow);
    nonNegative("holdPlateletsBelow", holdPlateletsBelow);
    nonNegative("resumeAncAtLeast", resumeAncAtLeast);
    nonNegative("resumePlateletsAtLeast", resumePlateletsAtLeast);
    if (resumeAncAtLeast < holdAncBelow) {
      throw new IllegalArgumentException(
          "resumeAncAtLeast (" + resumeAncAtLeast + ") must be >= holdAncBelow (" + holdAncBelow + ")");
    }
    if (resumePlateletsAtLeast < holdPlateletsBelow) {
      throw new IllegalArgumentException("resumePlateletsAtLeast (" + resumePlateletsAtLeast
          + ") must be >= holdPlateletsBelow (" + holdPlateletsBelow + ")");
    }
    if (reduceFromHold < 1) {
      throw new IllegalArgumentException("reduceFromHold must be >= 1, got " + reduceFromHold);
    }
    if (doseLadderUg == null) {
      throw new IllegalArgumentException("doseLadderUg must not be null");
    }
    doseLadderUg = doseLadderUg.clone();
    for (int i = 0; i < doseLadderUg.length; i++) {
      if (!(doseLadderUg[i] > 0) || Double.isInfinite(doseLadderUg[i])
          || (i > 0 && !(doseLadderUg[i] > doseLadderUg[i - 1]))) {
        throw new IllegalArgumentException(
            "doseLadderUg must be finite, > 0 and strictly increasing, got " + Arrays.toString(doseLadderUg));
      }
    }
  }

  /**
   * The default ladder (a copy): 25, 37.5, 50, 62.5, 75, 100, 125, 150, 200 µg.
   *
   * @return the default ladder (a copy): 25, 37.5, 50, 62.5, 75, 100, 125, 150, 200 µg
   */
  public static double[] defaultLadderUg() {
    return DEFAULT_LADDER_UG.clone();
  }

  /**
   * A fresh per-patient tracker of holds and reductions under this rule.
   *
   * @return a fresh per-patient tracker of holds and reductions under this rule
   */
  public DoseModificationTracker tracker() {
    return new DoseModificationTracker(this);
  }

  private static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
    }
  }

  /**
   * Dose levels for reductions, strictly increasing, &gt; 0.
   *
   * @return dose levels for reductions, strictly increasing, &gt; 0
   */
  @Override
  public double[] doseLadderUg() {
    return doseLadderUg.clone();
  }

  /**
   * A copy with another ladder (for example a trial's dose levels).
   *
   * @param ladder the cemsidomide doses a reduction steps down through, µg, decreasing
   * @return a copy with another ladder (for example a trial's dose levels)
   */
  public DoseModificationRule withDoseLadderUg(double[] ladder) {
    return new DoseModificationRule(enabled, holdAncBelow, holdPlateletsBelow, resumeAncAtLeast,
        resumePlateletsAtLeast, reduceFromHold, ladder);
  }

  /**
   * The highest ladder dose strictly below {@code currentUg}, or 0 (discontinue) when none.
   *
   * @param currentUg the current cemsidomide dose, µg
   * @return the highest ladder dose strictly below {@code currentUg}, or 0 (discontinue) when none
   */
  public double reducedDoseUg(double currentUg) {
    double best = 0;
    for (double d : doseLadderUg) {
      if (d < currentUg) {
        best = d;
      }
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DoseModificationRule)) {
      return false;
    }
    DoseModificationRule r = (DoseModificationRule) o;
    return enabled == r.enabled && holdAncBelow == r.holdAncBelow && holdPlateletsBelow == r.holdPlateletsBelow
        && resumeAncAtLeast == r.resumeAncAtLeast && resumePlateletsAtLeast == r.resumePlateletsAtLeast
        && reduceFromHold == r.reduceFromHold && Arrays.equals(doseLadderUg, r.doseLadderUg);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(doseLadderUg) * 31 + Boolean.hashCode(enabled) + reduceFromHold;
  }
}
