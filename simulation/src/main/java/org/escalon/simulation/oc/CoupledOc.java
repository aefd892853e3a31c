package org.escalon.simulation.oc;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.escalon.core.output.Estimate;

/**
 * Operating characteristics of one design on one set of dose levels in PK/PD-coupled trials: the MTD part in the
 * same type, with the same names, as the design-only engines ({@link OperatingCharacteristics}; its true
 * probabilities are the model-implied DLT probabilities and its % above the true MTD is always reported, 100 when
 * no level is safe), plus what only the coupled engine measures. Every quantity is an {@link Estimate} with its
 * Monte Carlo standard error. Immutable.
 *
 * @param mtd the escalation part: MTD selection, patients and DLTs per level, totals, % above the true MTD
 * @param rp2d the RP2D selection and the outcomes at the RP2D
 * @param pcsMtd % of trials selecting the true MTD (correct selection; "no MTD" when no level is safe)
 * @param meanDurationDays mean trial duration (days, accrual modelled)
 * @param meanStageN mean patients in the optimisation stage
 * @param meanBackfilled mean backfilled patients per level (part of the patients per level; 0 for designs without
 *     backfilling)
 * @param meanTurnedAway mean candidates turned away (0 for designs whose candidates wait)
 */
public record CoupledOc(OperatingCharacteristics mtd, Rp2dOc rp2d, Estimate pcsMtd, Estimate meanDurationDays,
    Estimate meanStageN, List<Estimate> meanBackfilled, Estimate meanTurnedAway) {

  /**
   * Without backfilling and with nobody turned away: those two are exactly 0.
   *
   * @param mtd the escalation part: MTD selection, patients and DLTs per level, totals, % above the true MTD
   * @param rp2d the RP2D selection and the outcomes at the RP2D
   * @param pcsMtd % of trials selecting the true MTD (correct selection; "no MTD" when no level is safe)
   * @param meanDurationDays mean trial duration (days, accrual modelled)
   * @param meanStageN mean patients in the optimisation stage
   */
  public CoupledOc(OperatingCharacteristics mtd, Rp2dOc rp2d, Estimate pcsMtd, Estimate meanDurationDays,
      Estimate meanStageN) {
    this(mtd, rp2d, pcsMtd, meanDurationDays, meanStageN,
        Collections.nCopies(Objects.requireNonNull(mtd, "mtd").doseCount(), Estimate.exact(0)), Estimate.exact(0));
  }

  /**
   * Rejects nulls.
   *
   * @param mtd the escalation part: MTD selection, patients and DLTs per level, totals, % above the true MTD
   * @param rp2d the RP2D selection and the outcomes at the RP2D
   * @param pcsMtd % of trials selecting the true MTD (correct selection; "no MTD" when no level is safe)
   * @param meanDurationDays mean trial duration (days, accrual modelled)
   * @param meanStageN mean patients in the optimisation stage
   * @param meanBackfilled mean backfilled patients per level (part of the patients per level; 0 for designs without
   *     backfilling)
   * @param meanTurnedAway mean candidates turned away (0 for designs whose candidates wait)
   */
  public CoupledOc {
    Objects.requireNonNull(mtd, "mtd");
    Objects.requireNonNull(rp2d, "rp2d");
    Objects.requireNonNull(pcsMtd, "pcsMtd");
    Objects.requireNonNull(meanDurationDays, "meanDurationDays");
    Objects.requireNonNull(meanStageN, "meanStageN");
    meanBackfilled = List.copyOf(Objects.requireNonNull(meanBackfilled, "meanBackfilled"));
    Objects.requireNonNull(meanTurnedAway, "meanTurnedAway");
    if (meanBackfilled.size() != mtd.doseCount()) {
      throw new IllegalArgumentException("meanBackfilled = " + meanBackfilled.size()
          + " entries: must be one per level (" + mtd.doseCount() + ")");
    }
    if (rp2d.rp2dSelectionPct().size() != mtd.doseCount()) {
      throw new IllegalArgumentException("rp2d.rp2dSelectionPct = " + rp2d.rp2dSelectionPct().size()
          + " entries: must be one per level (" + mtd.doseCount() + ")");
    }
  }

  /**
   * The number of trials.
   *
   * @return the number of trials
   */
  public long trials() {
    return mtd.trials();
  }

  /**
   * The standard deviation of the duration over trials (sample SD: its Monte Carlo SE × sqrt(trials)).
   *
   * @return the standard deviation of the duration over trials (sample SD: its Monte Carlo SE × sqrt(trials))
   */
  public double sdDurationDays() {
    return meanDurationDays.se() * Math.sqrt(trials());
  }

  /**
   * Mean patients treated above the true MTD (all of them when no level is safe): the sum of the mean patients of
   * the levels above it (for the safety side of a duration comparison; no SE, the levels' counts are correlated).
   *
   * @return mean patients treated above the true MTD (all of them when no level is safe): the sum of the mean patients
   *     of the levels above it (for the safety side of a duration comparison; no SE, the levels' counts are correlated)
   */
  public double meanNAboveTrueMtd() {
    double s = 0;
    for (int j = mtd.trueMtd() + 1; j <= mtd.doseCount(); j++) {
      s += mtd.level(j).meanN().value();
    }
    return s;
  }
}
