package org.escalon.simulation.oc;

import java.util.Arrays;

/**
 * Operating characteristics of a design in one scenario. Percentages are in [0, 100]. Standard errors are Monte
 * Carlo standard errors (0 for exact results): {@code 100·sqrt(p̂(1 − p̂)/N)} for percentages and
 * {@code s/sqrt(N)} (sample standard deviation s) for means.
 *
 * @param design the design's name
 * @param trueProbabilities the true DLT probability per dose (NaN where unknown)
 * @param trueMtd the true MTD's dose level, 0 when the target is none of the true probabilities
 * @param exact whether computed exactly
 * @param trials the number of simulated trials (0 when exact)
 * @param selectionPct % of trials selecting each dose as MTD
 * @param selectionPctSe its standard error
 * @param stopPct % of trials with no MTD
 * @param stopPctSe its standard error
 * @param meanN mean patients per dose
 * @param meanNSe its standard error
 * @param meanDlt mean DLTs per dose
 * @param meanDltSe its standard error
 * @param meanTotalN mean sample size
 * @param meanTotalNSe its standard error
 * @param meanTotalDlt mean number of DLTs
 * @param meanTotalDltSe its standard error
 * @param pctAboveMtd mean % of a trial's patients treated above the true MTD (NaN when trueMtd = 0)
 * @param pctAboveMtdSe its standard error
 */
public record OperatingCharacteristics(
    String design,
    double[] trueProbabilities,
    int trueMtd,
    boolean exact,
    long trials,
    double[] selectionPct,
    double[] selectionPctSe,
    double stopPct,
    double stopPctSe,
    double[] meanN,
    double[] meanNSe,
    double[] meanDlt,
    double[] meanDltSe,
    double meanTotalN,
    double meanTotalNSe,
    double meanTotalDlt,
    double meanTotalDltSe,
    double pctAboveMtd,
    double pctAboveMtdSe) {

  /** Validates lengths and copies arrays. */
  public OperatingCharacteristics {
    if (design == null || trueProbabilities == null) {
      throw new IllegalArgumentException("design and trueProbabilities must not be null");
    }
    int k = trueProbabilities.length;
    for (double[] a : new double[][] {selectionPct, selectionPctSe, meanN, meanNSe, meanDlt, meanDltSe}) {
      if (a == null || a.length != k) {
        throw new IllegalArgumentException("every per-dose array must have length " + k);
      }
    }
    if (trueMtd < 0 || trueMtd > k) {
      throw new IllegalArgumentException("trueMtd = " + trueMtd + ": must be in 0.." + k);
    }
    if (trials < 0) {
      throw new IllegalArgumentException("trials = " + trials + ": must be >= 0");
    }
    trueProbabilities = trueProbabilities.clone();
    selectionPct = selectionPct.clone();
    selectionPctSe = selectionPctSe.clone();
    meanN = meanN.clone();
    meanNSe = meanNSe.clone();
    meanDlt = meanDlt.clone();
    meanDltSe = meanDltSe.clone();
  }

  /** The number of doses. */
  public int doseCount() {
    return trueProbabilities.length;
  }

  @Override
  public double[] trueProbabilities() {
    return trueProbabilities.clone();
  }

  @Override
  public double[] selectionPct() {
    return selectionPct.clone();
  }

  @Override
  public double[] selectionPctSe() {
    return selectionPctSe.clone();
  }

  @Override
  public double[] meanN() {
    return meanN.clone();
  }

  @Override
  public double[] meanNSe() {
    return meanNSe.clone();
  }

  @Override
  public double[] meanDlt() {
    return meanDlt.clone();
  }

  @Override
  public double[] meanDltSe() {
    return meanDltSe.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperatingCharacteristics c
        && design.equals(c.design)
        && Arrays.equals(trueProbabilities, c.trueProbabilities)
        && trueMtd == c.trueMtd
        && exact == c.exact
        && trials == c.trials
        && Arrays.equals(selectionPct, c.selectionPct)
        && Arrays.equals(selectionPctSe, c.selectionPctSe)
        && Double.compare(stopPct, c.stopPct) == 0
        && Double.compare(stopPctSe, c.stopPctSe) == 0
        && Arrays.equals(meanN, c.meanN)
        && Arrays.equals(meanNSe, c.meanNSe)
        && Arrays.equals(meanDlt, c.meanDlt)
        && Arrays.equals(meanDltSe, c.meanDltSe)
        && Double.compare(meanTotalN, c.meanTotalN) == 0
        && Double.compare(meanTotalNSe, c.meanTotalNSe) == 0
        && Double.compare(meanTotalDlt, c.meanTotalDlt) == 0
        && Double.compare(meanTotalDltSe, c.meanTotalDltSe) == 0
        && Double.compare(pctAboveMtd, c.pctAboveMtd) == 0
        && Double.compare(pctAboveMtdSe, c.pctAboveMtdSe) == 0;
  }

  @Override
  public int hashCode() {
    return design.hashCode() * 31 + Arrays.hashCode(selectionPct) * 17 + Arrays.hashCode(meanN);
  }

  @Override
  public String toString() {
    return "OperatingCharacteristics[" + design + (exact ? ", exact" : ", trials=" + trials) + ", p="
        + Arrays.toString(trueProbabilities) + ", selection%=" + Arrays.toString(selectionPct) + ", stop%="
        + stopPct + ", meanN=" + Arrays.toString(meanN) + ", meanDLT=" + Arrays.toString(meanDlt) + ", N="
        + meanTotalN + ", DLT=" + meanTotalDlt + ", %aboveMTD=" + pctAboveMtd + "]";
  }
}
