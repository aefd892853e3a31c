package org.escalon.simulation.trial;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Patient accrual and the DLT window: patients arrive by a Poisson process; each cohort is treated at the
 * design's current dose, and the next decision is taken when the last patient of the cohort finishes the DLT
 * window. Patients arriving while a cohort is in its window wait (default) or are turned away.
 *
 * @param patientsPerMonth Poisson arrival rate per month (30.4375 days), in [0.01, 1000] (default 2), the range the
 *     CLI and scenario files accept (0.01 a month already means about 250 years for 30 patients; below it durations
 *     become meaningless, e.g. 1e302 days at 1e-300), faster than 1000 a month is no phase-1 trial
 * @param dltWindowDays DLT window in days (default 28, cycle 1)
 * @param turnAway whether patients arriving while the trial is not enrolling are turned away (default: they wait)
 */
public record Accrual(double patientsPerMonth, int dltWindowDays, boolean turnAway) {

  /** 2 patients per month, 28-day window, patients wait. */
  public static final Accrual DEFAULT = new Accrual(2, 28, false);

  /** The lowest accrual rate accepted (patients per month). */
  public static final double MIN_PATIENTS_PER_MONTH = 0.01;

  /** The highest accrual rate accepted (patients per month). */
  public static final double MAX_PATIENTS_PER_MONTH = 1000;

  /** Days per month (365.25/12). */
  public static final double DAYS_PER_MONTH = 365.25 / 12;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param patientsPerMonth Poisson arrival rate per month (30.4375 days), in [0.01, 1000] (default 2), the range the
   *     CLI and scenario files accept (0.01 a month already means about 250 years for 30 patients; below it durations
   *     become meaningless, e.g. 1e302 days at 1e-300), faster than 1000 a month is no phase-1 trial
   * @param dltWindowDays DLT window in days (default 28, cycle 1)
   * @param turnAway whether patients arriving while the trial is not enrolling are turned away (default: they wait)
   */
  public Accrual {
    if (!(patientsPerMonth >= MIN_PATIENTS_PER_MONTH && patientsPerMonth <= MAX_PATIENTS_PER_MONTH)) {
      throw new IllegalArgumentException("patientsPerMonth = " + patientsPerMonth + ": must be in ["
          + MIN_PATIENTS_PER_MONTH + ", " + MAX_PATIENTS_PER_MONTH + "]");
    }
    if (dltWindowDays < 1 || dltWindowDays > 366) {
      throw new IllegalArgumentException("dltWindowDays = " + dltWindowDays + ": must be in 1..366");
    }
  }

  /**
   * Arrival rate per day.
   *
   * @return arrival rate per day
   */
  public double ratePerDay() {
    return patientsPerMonth / DAYS_PER_MONTH;
  }

  /**
   * The arrival times of one trial's candidate patients, drawn lazily (exponential gaps) from {@code rng} and
   * remembered, so that every design run on the trial sees the same arrivals. Not thread-safe.
   *
   * @param rng the trial's random stream of arrival gaps
   * @return the arrival times of one trial's candidate patients, drawn lazily (exponential gaps) from {@code rng} and
   *     remembered, so that every design run on the trial sees the same arrivals
   */
  public Arrivals arrivals(UniformRandomProvider rng) {
    return new Arrivals(rng, ratePerDay());
  }

  /**
   * Poisson arrivals at any rate per day (design-only studies give accrual per DLT window, e.g. R
   * {@code TITEgBOIN}'s {@code accrual}); drawn from {@code rng} as {@link #arrivals} draws them.
   *
   * @param rng the random stream of the arrival gaps
   * @param ratePerDay arrivals per day, finite and &gt; 0
   * @return the arrivals, each gap exponential with mean 1 / ratePerDay days
   */
  public static Arrivals poissonArrivals(UniformRandomProvider rng, double ratePerDay) {
    if (!(ratePerDay > 0) || Double.isInfinite(ratePerDay)) {
      throw new IllegalArgumentException("ratePerDay = " + ratePerDay + ": must be finite and > 0");
    }
    return new Arrivals(java.util.Objects.requireNonNull(rng, "rng"), ratePerDay);
  }

  /** Lazily drawn arrival times (days since the trial opened). */
  public static final class Arrivals {
    private final UniformRandomProvider rng;
    private final double rate;
    private double[] times = new double[64];
    private int drawn;

    Arrivals(UniformRandomProvider rng, double rate) {
      this.rng = rng;
      this.rate = rate;
    }

    /**
     * Arrival day of candidate {@code j} (0-based).
     *
     * @param j the candidate's index in arrival order, 0-based
     * @return arrival day of candidate {@code j} (0-based)
     */
    public double time(int j) {
      while (drawn <= j) {
        if (drawn == times.length) {
          times = java.util.Arrays.copyOf(times, times.length * 2);
        }
        double prev = drawn == 0 ? 0.0 : times[drawn - 1];
        times[drawn++] = prev - Math.log1p(-rng.nextDouble()) / rate;
      }
      return times[j];
    }
  }
}
