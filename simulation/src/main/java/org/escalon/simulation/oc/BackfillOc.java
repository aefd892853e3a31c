package org.escalon.simulation.oc;

import java.util.List;
import java.util.Objects;
import org.escalon.core.output.Estimate;

/**
 * Operating characteristics of a backfilling design (BF-BOIN) in design-only studies: what R {@code bfboin}'s
 * {@code get.oc.bf} reports (selection, patients and DLTs per dose, totals, % stopped, mean duration) plus the
 * patients backfilled and turned away, every quantity with its Monte Carlo standard error. Patients and DLTs count
 * the final data as the package does: escalation patients and the backfill patients evaluated by the end of the
 * trial. Immutable.
 *
 * @param mtd selection %, patients and DLTs per dose, % stopped, mean totals, % above the true MTD
 * @param meanDurationMonths mean duration: the last escalation cohort's evaluation time, in months
 * @param meanBackfilled mean backfill patients per dose in the final data (part of the patients per dose)
 * @param meanTurnedAway mean candidates turned away (no place in the escalation cohort, no dose open)
 * @param meanBackfillExcluded mean backfill patients treated but still in follow-up at the end (left out of the
 *     counts)
 */
public record BackfillOc(OperatingCharacteristics mtd, Estimate meanDurationMonths, List<Estimate> meanBackfilled,
    Estimate meanTurnedAway, Estimate meanBackfillExcluded) {

  /**
   * Rejects nulls and a per-dose list of the wrong length.
   *
   * @param mtd selection %, patients and DLTs per dose, % stopped, mean totals, % above the true MTD
   * @param meanDurationMonths mean duration: the last escalation cohort's evaluation time, in months
   * @param meanBackfilled mean backfill patients per dose in the final data (part of the patients per dose)
   * @param meanTurnedAway mean candidates turned away (no place in the escalation cohort, no dose open)
   * @param meanBackfillExcluded mean backfill patients treated but still in follow-up at the end (left out of the
   *     counts)
   */
  public BackfillOc {
    Objects.requireNonNull(mtd, "mtd");
    Objects.requireNonNull(meanDurationMonths, "meanDurationMonths");
    meanBackfilled = List.copyOf(Objects.requireNonNull(meanBackfilled, "meanBackfilled"));
    Objects.requireNonNull(meanTurnedAway, "meanTurnedAway");
    Objects.requireNonNull(meanBackfillExcluded, "meanBackfillExcluded");
    if (meanBackfilled.size() != mtd.doseCount()) {
      throw new IllegalArgumentException("meanBackfilled has " + meanBackfilled.size() + " entries: must be one per "
          + "dose (" + mtd.doseCount() + ")");
    }
  }
}
