package org.escalon.simulation.oc;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.design.TrialHistory;

/**
 * Sums over trials of what {@link OperatingCharacteristics} reports. Counts, patients and DLTs are summed in
 * {@code long}s (exact, order-free); only the per-trial percentage of patients above the true MTD is a
 * floating-point quantity, accumulated in {@link Moments} and combined by the Monte Carlo runner in a fixed order.
 *
 * <p>Mutable; confined to one thread at a time.
 */
public final class OcAccumulator {

  private final int doseCount;
  private final int trueMtd;
  private long trials;
  private final long[] selected; // index 0 = no MTD
  private final long[] sumN;
  private final long[] sumN2;
  private final long[] sumY;
  private final long[] sumY2;
  private long sumTotal;
  private long sumTotal2;
  private long sumDlt;
  private long sumDlt2;
  private final Moments above = new Moments();

  /**
   * An empty accumulator.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @param trueMtd the true MTD's dose level, or 0 if unknown (then % above MTD is NaN)
   */
  public OcAccumulator(int doseCount, int trueMtd) {
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    if (trueMtd < 0 || trueMtd > doseCount) {
      throw new IllegalArgumentException("trueMtd = " + trueMtd + ": must be in 0.." + doseCount);
    }
    this.doseCount = doseCount;
    this.trueMtd = trueMtd;
    this.selected = new long[doseCount + 1];
    this.sumN = new long[doseCount];
    this.sumN2 = new long[doseCount];
    this.sumY = new long[doseCount];
    this.sumY2 = new long[doseCount];
  }

  /**
   * Adds one finished trial: its final counts and selected MTD (0 for none).
   *
   * @param finalState the trial's final per-dose counts (patients and DLTs)
   * @param mtd the escalation part: MTD selection, patients and DLTs per level, totals, % above the true MTD
   */
  public void add(TrialHistory finalState, int mtd) {
    if (mtd < 0 || mtd > doseCount) {
      throw new IllegalArgumentException("mtd = " + mtd + ": must be in 0.." + doseCount);
    }
    trials++;
    selected[mtd]++;
    long total = 0;
    long dlt = 0;
    long treatedAbove = 0;
    for (int j = 0; j < doseCount; j++) {
      long n = finalState.n(j + 1);
      long y = finalState.y(j + 1);
      sumN[j] += n;
      sumN2[j] += n * n;
      sumY[j] += y;
      sumY2[j] += y * y;
      total += n;
      dlt += y;
      if (trueMtd > 0 && j >= trueMtd) {
        treatedAbove += n;
      }
    }
    sumTotal += total;
    sumTotal2 += total * total;
    sumDlt += dlt;
    sumDlt2 += dlt * dlt;
    above.add(total == 0 ? 0 : 100.0 * treatedAbove / total);
  }

  /**
   * Adds a later block's sums into this one.
   *
   * @param later the next block's sums
   */
  public void combine(OcAccumulator later) {
    if (later.doseCount != doseCount || later.trueMtd != trueMtd) {
      throw new IllegalArgumentException("accumulators for different dose counts or true MTDs");
    }
    trials += later.trials;
    for (int j = 0; j <= doseCount; j++) {
      selected[j] += later.selected[j];
    }
    for (int j = 0; j < doseCount; j++) {
      sumN[j] += later.sumN[j];
      sumN2[j] += later.sumN2[j];
      sumY[j] += later.sumY[j];
      sumY2[j] += later.sumY2[j];
    }
    sumTotal += later.sumTotal;
    sumTotal2 += later.sumTotal2;
    sumDlt += later.sumDlt;
    sumDlt2 += later.sumDlt2;
    above.combine(later.above);
  }

  /**
   * The number of trials added.
   *
   * @return the number of trials added
   */
  public long trials() {
    return trials;
  }

  /**
   * The summary with Monte Carlo standard errors.
   *
   * @param design the design
   * @param trueProbabilities the model-implied DLT probability per level
   * @return the summary with Monte Carlo standard errors
   */
  public OperatingCharacteristics result(String design, double[] trueProbabilities) {
    if (trials == 0) {
      throw new IllegalStateException("no trials were added");
    }
    if (trueProbabilities.length != doseCount) {
      throw new IllegalArgumentException("trueProbabilities must have length " + doseCount);
    }
    List<LevelOc> levels = new ArrayList<>(doseCount);
    for (int j = 0; j < doseCount; j++) {
      levels.add(new LevelOc(Estimate.percentage(selected[j + 1], trials), mean(sumN[j], sumN2[j]),
          mean(sumY[j], sumY2[j])));
    }
    Estimate pctAbove = trueMtd > 0 ? above.estimate() : new Estimate(Double.NaN, Double.NaN);
    return new OperatingCharacteristics(design, trueProbabilities, trueMtd, trials, levels,
        Estimate.percentage(selected[0], trials), mean(sumTotal, sumTotal2), mean(sumDlt, sumDlt2), pctAbove);
  }

  /** The mean of an integer count from its exact sums Σx and Σx² ({@code long}s): M2 = Σx² − (Σx)²/N. */
  private Estimate mean(double sum, double sum2) {
    double t = trials;
    return Estimate.mean(trials, sum / t, sum2 - sum * sum / t);
  }
}
