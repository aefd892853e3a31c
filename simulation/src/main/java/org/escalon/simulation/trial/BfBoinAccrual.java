package org.escalon.simulation.trial;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Accrual and DLT window of design-only BF-BOIN studies, in months as R {@code bfboin} counts time: the first
 * candidate arrives at time 0, each later one after a gap that is uniform on (0, 2/rate) (the package's default,
 * "consistent with the Shiny app") or exponential with the given rate (a Poisson process, "consistent with the
 * publication"). docs/designs.md, "Backfilling: BF-BOIN".
 *
 * @param patientsPerMonth arrival rate, in [0.01, 1000] per month (the limits of {@link Accrual})
 * @param windowMonths the DLT window in months, in (0, 24]
 * @param gaps the law of the gaps between arrivals
 */
public record BfBoinAccrual(double patientsPerMonth, double windowMonths, Gaps gaps) {

  /** The law of the gaps between arrivals. */
  public enum Gaps {
    /** Uniform on (0, 2/rate): the package's default. */
    UNIFORM,
    /** Exponential with the rate (Poisson arrivals): the paper's. */
    POISSON
  }

  /** The longest DLT window accepted, in months. */
  public static final double MAX_WINDOW_MONTHS = 24;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param patientsPerMonth arrival rate, in [0.01, 1000] per month (the limits of {@link Accrual})
   * @param windowMonths the DLT window in months, in (0, 24]
   * @param gaps the law of the gaps between arrivals
   */
  public BfBoinAccrual {
    if (!(patientsPerMonth >= Accrual.MIN_PATIENTS_PER_MONTH && patientsPerMonth <= Accrual.MAX_PATIENTS_PER_MONTH)) {
      throw new IllegalArgumentException("patientsPerMonth = " + patientsPerMonth + ": must be in ["
          + Accrual.MIN_PATIENTS_PER_MONTH + ", " + Accrual.MAX_PATIENTS_PER_MONTH + "]");
    }
    if (!(windowMonths > 0 && windowMonths <= MAX_WINDOW_MONTHS)) {
      throw new IllegalArgumentException("windowMonths = " + windowMonths + ": must be in (0, " + MAX_WINDOW_MONTHS
          + "]");
    }
    Objects.requireNonNull(gaps, "gaps");
  }

  /**
   * The arrival times of one trial, drawn lazily from {@code rng} (one uniform per gap, the first candidate's
   * included although it arrives at 0, as the package draws it) and remembered. Not thread-safe.
   *
   * @param rng the trial's random stream of arrival gaps
   * @return the arrival times of one trial, drawn lazily from {@code rng} (one uniform per gap, the first candidate's
   *     included although it arrives at 0, as the package draws it) and remembered
   */
  public IntToDoubleFunction arrivals(UniformRandomProvider rng) {
    Objects.requireNonNull(rng, "rng");
    return new IntToDoubleFunction() {
      private double[] times = new double[64];
      private int drawn;

      @Override
      public double applyAsDouble(int j) {
        if (j < 0) {
          throw new IllegalArgumentException("j = " + j + ": must be >= 0");
        }
        while (drawn <= j) {
          if (drawn == times.length) {
            times = Arrays.copyOf(times, 2 * times.length);
          }
          double u = rng.nextDouble();
          double gap = gaps == Gaps.UNIFORM ? 2 * u / patientsPerMonth : -Math.log1p(-u) / patientsPerMonth;
          times[drawn] = drawn == 0 ? 0 : times[drawn - 1] + gap;
          drawn++;
        }
        return times[j];
      }
    };
  }
}
