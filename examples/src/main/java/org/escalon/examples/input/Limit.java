package org.escalon.examples.input;

/**
 * The one table of numeric limits, used by every command, every scenario file and the individuals CSV, so that a
 * value accepted in one place is accepted in all (README "Limits" lists them). Where the simulation library checks
 * the same quantity, the range here is the library's ({@code target}, cohort size, number of cohorts). Each limit
 * is physically meaningful: a cemsidomide dose beyond 1 g/day, an accrual slower than one patient in eight years
 * or an output step below 36 s is refused rather than run.
 */
public enum Limit {
  /** Cemsidomide dose of a regimen, µg per dosing day (0 = none). */
  DOSE_UG(0, false, 1e6, false, false, "a dose in [0, 1000000] ug"),
  /** Cemsidomide dose of an escalation level, µg per dosing day. */
  LEVEL_DOSE_UG(0, true, 1e6, false, false, "a dose in (0, 1000000] ug"),
  /** Dexamethasone dose, mg per weekly dose (0 = none). */
  DEX_MG(0, false, 1000, false, false, "a dose in [0, 1000] mg"),
  /** Number of dose levels of an arm (or of {@code --p-true}). */
  DOSE_LEVELS(1, false, 30, false, true, "1 to 30 dose levels"),
  /** Planned 28-day cycles per patient. */
  CYCLES(1, false, 100, false, true, "a whole number of cycles in [1, 100]"),
  /** Target DLT probability (the simulation library's range). */
  TARGET(0.05, false, 0.6, false, false, "a number in [0.05, 0.6]"),
  /** Patients per cohort (the simulation library's range). */
  COHORT_SIZE(1, false, 100, false, true, "a whole number in [1, 100]"),
  /** Number of cohorts (the simulation library's range). */
  COHORTS(1, false, 1000, false, true, "a whole number in [1, 1000]"),
  /** Cohorts × cohort size (the simulation library's maximum sample size). */
  MAX_PATIENTS(1, false, 1000, false, true, "at most 1000 patients in all (cohorts x cohort size)"),
  /** Monte Carlo trials. */
  TRIALS(1, false, 10_000_000, false, true, "a whole number in [1, 10000000]"),
  /** Worker threads. */
  THREADS(1, false, 1024, false, true, "a whole number in [1, 1024]"),
  /** Virtual patients of a population run. */
  PATIENTS(1, false, 10_000_000, false, true, "a whole number in [1, 10000000]"),
  /** Virtual patients per level for the model truth. */
  TRUTH_PATIENTS(100, false, 10_000_000, false, true, "a whole number in [100, 10000000]"),
  /** Poisson accrual rate, patients per month. */
  ACCRUAL_PER_MONTH(0.01, false, 1000, false, false, "a rate in [0.01, 1000] patients per month"),
  /** DLT window, days. */
  DLT_WINDOW_DAYS(1, false, 365, false, true, "a whole number of days in [1, 365]"),
  /** Design-only Poisson accrual, patients per DLT window (R TITEgBOIN's {@code accrual}). */
  ACCRUAL_PER_WINDOW(0.01, false, 1000, false, false, "a rate in [0.01, 1000] patients per DLT window"),
  /** TITE-BOIN's maxpen: the largest fraction of pending patients at the current dose (R TITEgBOIN's range). */
  MAX_PENDING(0, false, 0.65, false, false, "a fraction in [0, 0.65]"),
  /** α1 or α2 of the Weibull DLT onset (R TITEgBOIN): a fraction strictly between 0 and 1. */
  ONSET_ALPHA(0, true, 1, true, false, "a fraction in (0, 1)"),
  /** RP2D utility weight w in ORR − w × DLT rate. */
  UTILITY_WEIGHT(0, false, 100, false, false, "a weight in [0, 100]"),
  /** Patients needed at a level for it to be an RP2D candidate. */
  MIN_PATIENTS(1, false, 1000, false, true, "a whole number in [1, 1000]"),
  /** BF-BOIN's n_cap: backfill plus escalation patients a dose may have and still be open (0 = no backfill). */
  N_CAP(0, false, 1000, false, true, "a whole number in [0, 1000]"),
  /** Patients per arm of the optimisation stage (0 = none). */
  STAGE_PATIENTS(0, false, 10_000, false, true, "a whole number in [0, 10000]"),
  /** Sample-size and patients-at-dose stopping rules. */
  STOP_PATIENTS(1, false, 1000, false, true, "a whole number in [1, 1000]"),
  /** Trials exported per point, arm and design. */
  EXPORT_TRIALS(1, false, 1_000_000, false, true, "a whole number in [1, 1000000]"),
  /** Age, years. */
  AGE_YEARS(18, false, 120, false, false, "an age in [18, 120] years"),
  /** Standard deviation of age, years. */
  AGE_SD_YEARS(0, true, 50, false, false, "a standard deviation in (0, 50] years"),
  /** ω, the SD of η. */
  OMEGA(0, false, 5, false, false, "an omega (SD of eta) in [0, 5]; 0 removes the variability"),
  /** A true DLT probability. */
  PROBABILITY(0, false, 1, false, false, "a probability in [0, 1]"),
  /** Output grid step of a profile, hours (at least 36 s, at most one cycle). */
  STEP_H(0.01, false, 672, false, false, "a step in [0.01, 672] hours");

  private final double lo;
  private final boolean loOpen;
  private final double hi;
  private final boolean hiOpen;
  private final boolean whole;
  private final String allowed;

  Limit(double lo, boolean loOpen, double hi, boolean hiOpen, boolean whole, String allowed) {
    this.lo = lo;
    this.loOpen = loOpen;
    this.hi = hi;
    this.hiOpen = hiOpen;
    this.whole = whole;
    this.allowed = allowed;
  }

  /**
   * What is allowed, for messages ({@code "a dose in [0, 1000] mg"}).
   *
   * @return what is allowed, for messages ({@code "a dose in [0, 1000] mg"})
   */
  public String allowed() {
    return allowed;
  }

  /**
   * Whether the quantity is a whole number.
   *
   * @return whether the quantity is a whole number
   */
  public boolean whole() {
    return whole;
  }

  /**
   * The smallest value allowed (a bound, possibly excluded).
   *
   * @return the smallest value allowed (a bound, possibly excluded)
   */
  public double min() {
    return lo;
  }

  /**
   * The largest value allowed.
   *
   * @return the largest value allowed
   */
  public double max() {
    return hi;
  }

  /**
   * Whether {@code v} is allowed (NaN and infinities never are; whole quantities need a whole value).
   *
   * @param v the value
   * @return whether {@code v} is allowed (NaN and infinities never are; whole quantities need a whole value)
   */
  public boolean contains(double v) {
    return Double.isFinite(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi)
        && (!whole || v == Math.rint(v));
  }

  /**
   * {@code v} if allowed.
   *
   * @param name the option, field path or column, for the message
   * @param v the value
   * @return {@code v} if allowed
   * @throws IllegalArgumentException {@code name = v: must be ...}
   */
  public double check(String name, double v) {
    if (!contains(v)) {
      throw new IllegalArgumentException(name + " = " + show(v) + ": must be " + allowed);
    }
    return v;
  }

  /**
   * {@code v} if allowed (see {@link #check(String, double)}).
   *
   * @param name the option, field path or column, for the message
   * @param v the value
   * @return {@code v} if allowed (see {@link #check(String, double)})
   */
  public int check(String name, int v) {
    check(name, (double) v);
    return v;
  }

  /**
   * A number as users write it: whole numbers without a decimal point.
   *
   * @param v the value
   * @return a number as users write it: whole numbers without a decimal point
   */
  public static String show(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
