package org.escalon.simulation.oc;

import java.util.EnumMap;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * Paired differences B − A of every {@link TrialMetric} between two runs on the same trials (two schedules, or two
 * designs, seeing the same virtual people and arrivals: common random numbers), with the standard error of the
 * mean difference, s_d/√N. Because the pairs share their patients the difference is far more precise than the
 * difference of two independent means. A pair where the metric is undefined in either run (ORR without an RP2D) is
 * left out of that metric. Mutable; add pairs in trial order (results are then bit-identical for any thread count).
 */
public final class PairedDifferences {

  private final Map<TrialMetric, Moments> moments = new EnumMap<>(TrialMetric.class);

  /** Empty. */
  public PairedDifferences() {
    for (TrialMetric m : TrialMetric.values()) {
      moments.put(m, new Moments());
    }
  }

  /**
   * Adds one trial's pair.
   *
   * @param a the trial in run A
   * @param trueMtdA the true MTD of A's levels
   * @param b the same trial in run B
   * @param trueMtdB the true MTD of B's levels
   */
  public void add(CoupledTrialResult a, int trueMtdA, CoupledTrialResult b, int trueMtdB) {
    for (TrialMetric m : TrialMetric.values()) {
      double d = m.of(b, trueMtdB) - m.of(a, trueMtdA);
      if (!Double.isNaN(d)) {
        moments.get(m).add(d);
      }
    }
  }

  /**
   * The mean difference B − A of {@code metric} with its standard error (NaN, NaN without pairs).
   *
   * @param metric the per-trial quantity compared
   * @return the mean difference B − A of {@code metric} with its standard error (NaN, NaN without pairs)
   */
  public Estimate difference(TrialMetric metric) {
    Moments m = moments.get(metric);
    return m.count() == 0 ? new Estimate(Double.NaN, Double.NaN) : m.estimate();
  }

  /**
   * The number of pairs behind {@code metric}'s difference.
   *
   * @param metric the per-trial quantity compared
   * @return the number of pairs behind {@code metric}'s difference
   */
  public long pairs(TrialMetric metric) {
    return moments.get(metric).count();
  }
}
