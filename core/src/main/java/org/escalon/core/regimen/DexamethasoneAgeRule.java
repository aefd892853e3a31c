package org.escalon.core.regimen;

/**
 * The usual dexamethasone dose cap for older patients (docs/model.md §4): patients older than {@code olderThanYears}
 * get at most {@code maxDoseMg} per dexamethasone day. Immutable.
 *
 * <pre>
 *   dose = (enabled and age &gt; olderThanYears and planned &gt; maxDoseMg) ? maxDoseMg : planned
 * </pre>
 *
 * @param enabled whether the cap applies
 * @param olderThanYears the cap applies above this age (years), finite and &ge; 0
 * @param maxDoseMg the capped dose (mg), finite and &gt; 0
 */
public record DexamethasoneAgeRule(boolean enabled, double olderThanYears, double maxDoseMg) {

  /** Older than 75 years: at most 20 mg. */
  public static final DexamethasoneAgeRule DEFAULT = new DexamethasoneAgeRule(true, 75, 20);

  /** No cap. */
  public static final DexamethasoneAgeRule NONE = new DexamethasoneAgeRule(false, 75, 20);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param enabled whether the cap applies
   * @param olderThanYears the cap applies above this age (years), finite and &ge; 0
   * @param maxDoseMg the capped dose (mg), finite and &gt; 0
   */
  public DexamethasoneAgeRule {
    if (!(olderThanYears >= 0) || Double.isInfinite(olderThanYears)) {
      throw new IllegalArgumentException("olderThanYears = " + olderThanYears + ": must be finite and >= 0");
    }
    if (!(maxDoseMg > 0) || Double.isInfinite(maxDoseMg)) {
      throw new IllegalArgumentException("maxDoseMg = " + maxDoseMg + ": must be finite and > 0");
    }
  }

  /**
   * The dose (mg) for a patient of {@code ageYears} whose planned dose is {@code plannedMg}.
   *
   * @param plannedMg the planned weekly dexamethasone dose, mg
   * @param ageYears the patient's age, years
   * @return the dose (mg) for a patient of {@code ageYears} whose planned dose is {@code plannedMg}
   */
  public double doseMg(double plannedMg, double ageYears) {
    return enabled && ageYears > olderThanYears && plannedMg > maxDoseMg ? maxDoseMg : plannedMg;
  }
}
