package org.escalon.simulation.oc;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.escalon.core.output.Estimate;

/**
 * Operating characteristics of a design in one scenario, as the design-only engines ({@link ExactOc},
 * {@link MonteCarloOc}) report them and as the MTD part of the PK/PD engine ({@link CoupledOc#mtd()}) does, with
 * the same names (DESIGN.md): {@code mtdSelectionPct}, {@code noMtdPct}, {@code pctAboveTrueMtd}. Percentages are
 * in [0, 100]. Standard errors are Monte Carlo standard errors (0 for exact results):
 * {@link Estimate#percentage(long, long) 100·sqrt(p̂(1 − p̂)/N)} for percentages and
 * {@link Estimate#mean s/sqrt(N)} (sample standard deviation s) for means. Immutable.
 *
 * @param design the design's name
 * @param trueProbabilities the true (or model-implied) DLT probability per dose, NaN where unknown
 * @param trueMtd the true MTD's dose level; 0 when unknown (design-only: the target is none of the true
 *     probabilities) or, in PK/PD studies, when no level is safe
 * @param trials the number of simulated trials, 0 when exact
 * @param levels per dose level (index 0 = level 1)
 * @param noMtdPct % of trials selecting no MTD
 * @param meanTotalN mean sample size
 * @param meanTotalDlt mean number of DLTs
 * @param pctAboveTrueMtd mean % of a trial's patients treated above the true MTD (NaN when not reported:
 *     design-only studies whose true MTD is unknown)
 */
public record OperatingCharacteristics(
    String design,
    double[] trueProbabilities,
    int trueMtd,
    long trials,
    List<LevelOc> levels,
    Estimate noMtdPct,
    Estimate meanTotalN,
    Estimate meanTotalDlt,
    Estimate pctAboveTrueMtd) {

  /**
   * Validates and copies.
   *
   * @param design the design's name
   * @param trueProbabilities the true (or model-implied) DLT probability per dose, NaN where unknown
   * @param trueMtd the true MTD's dose level; 0 when unknown (design-only: the target is none of the true
   *     probabilities) or, in PK/PD studies, when no level is safe
   * @param trials the number of simulated trials, 0 when exact
   * @param levels per dose level (index 0 = level 1)
   * @param noMtdPct % of trials selecting no MTD
   * @param meanTotalN mean sample size
   * @param meanTotalDlt mean number of DLTs
   * @param pctAboveTrueMtd mean % of a trial's patients treated above the true MTD (NaN when not reported: design-only
   *     studies whose true MTD is unknown)
   */
  public OperatingCharacteristics {
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(trueProbabilities, "trueProbabilities");
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    Objects.requireNonNull(noMtdPct, "noMtdPct");
    Objects.requireNonNull(meanTotalN, "meanTotalN");
    Objects.requireNonNull(meanTotalDlt, "meanTotalDlt");
    Objects.requireNonNull(pctAboveTrueMtd, "pctAboveTrueMtd");
    int k = trueProbabilities.length;
    if (levels.size() != k) {
      throw new IllegalArgumentException("levels = " + levels.size() + " entries: must be one per dose (" + k + ")");
    }
    if (trueMtd < 0 || trueMtd > k) {
      throw new IllegalArgumentException("trueMtd = " + trueMtd + ": must be in 0.." + k);
    }
    if (trials < 0) {
      throw new IllegalArgumentException("trials = " + trials + ": must be >= 0");
    }
    trueProbabilities = trueProbabilities.clone();
  }

  /**
   * Whether computed exactly (no Monte Carlo error; {@code trials == 0}).
   *
   * @return whether computed exactly (no Monte Carlo error; {@code trials == 0})
   */
  public boolean exact() {
    return trials == 0;
  }

  /**
   * The number of doses.
   *
   * @return the number of doses
   */
  public int doseCount() {
    return trueProbabilities.length;
  }

  /**
   * The true (or model-implied) DLT probability per dose, NaN where unknown.
   *
   * @return the true (or model-implied) DLT probability per dose, NaN where unknown
   */
  @Override
  public double[] trueProbabilities() {
    return trueProbabilities.clone();
  }

  /**
   * Dose level {@code level} (1-based).
   *
   * @param level the dose level, 1..K
   * @return dose level {@code level} (1-based)
   */
  public LevelOc level(int level) {
    if (level < 1 || level > levels.size()) {
      throw new IllegalArgumentException("level = " + level + ": must be in 1.." + levels.size());
    }
    return levels.get(level - 1);
  }

  /**
   * One quantity's values over the levels, e.g. {@code values(LevelOc::meanN)}.
   *
   * @param quantity the per-level quantity, e.g. {@code LevelOc::mtdSelectionPct}
   * @return the values per level, dose level 1 first
   */
  public double[] values(Function<LevelOc, Estimate> quantity) {
    return perLevel(quantity, Estimate::value);
  }

  /**
   * One quantity's standard errors over the levels, e.g. {@code ses(LevelOc::meanN)}.
   *
   * @param quantity the per-level quantity, e.g. {@code LevelOc::meanN}
   * @return the standard errors per level, dose level 1 first
   */
  public double[] ses(Function<LevelOc, Estimate> quantity) {
    return perLevel(quantity, Estimate::se);
  }

  private double[] perLevel(Function<LevelOc, Estimate> quantity, ToDoubleFunction<Estimate> part) {
    double[] out = new double[levels.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = part.applyAsDouble(quantity.apply(levels.get(j)));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperatingCharacteristics c
        && design.equals(c.design)
        && java.util.Arrays.equals(trueProbabilities, c.trueProbabilities)
        && trueMtd == c.trueMtd
        && trials == c.trials
        && levels.equals(c.levels)
        && noMtdPct.equals(c.noMtdPct)
        && meanTotalN.equals(c.meanTotalN)
        && meanTotalDlt.equals(c.meanTotalDlt)
        && pctAboveTrueMtd.equals(c.pctAboveTrueMtd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(design, java.util.Arrays.hashCode(trueProbabilities), trueMtd, trials, levels, noMtdPct,
        meanTotalN, meanTotalDlt, pctAboveTrueMtd);
  }

  @Override
  public String toString() {
    return "OperatingCharacteristics[" + design + (exact() ? ", exact" : ", trials=" + trials) + ", p="
        + java.util.Arrays.toString(trueProbabilities) + ", mtdSelection%="
        + java.util.Arrays.toString(values(LevelOc::mtdSelectionPct)) + ", noMtd%=" + noMtdPct.value() + ", meanN="
        + java.util.Arrays.toString(values(LevelOc::meanN)) + ", meanDLT="
        + java.util.Arrays.toString(values(LevelOc::meanDlt)) + ", N=" + meanTotalN.value() + ", DLT="
        + meanTotalDlt.value() + ", %aboveTrueMTD=" + pctAboveTrueMtd.value() + "]";
  }
}
