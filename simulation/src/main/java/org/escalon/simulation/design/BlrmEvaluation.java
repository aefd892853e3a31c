package org.escalon.simulation.design;

import org.escalon.simulation.design.blrm.BlrmModel;
import org.escalon.simulation.design.blrm.BlrmPosterior;
import org.escalon.simulation.design.blrm.DoseSummary;

/**
 * What {@link Blrm} concludes from one history: per dose the posterior summary and whether it is admissible and a
 * candidate under the increment rule; the recommended dose; the next dose and the stop reason. Immutable.
 *
 * @param summaries per dose (index 0 = dose 1); means and quantiles are NaN unless asked for
 * @param admissible per dose: P(over) &lt; the EWOC cutoff
 * @param candidate per dose: within the increment limit over the highest dose tried
 * @param recommendedDose the admissible candidate with the highest P(target) (ties: lower), or 0
 * @param nextDose the dose of the next cohort, or 0 when stopping
 * @param stopReason why the trial stops, or {@link StopReason#NONE}
 */
public record BlrmEvaluation(
    DoseSummary[] summaries, boolean[] admissible, boolean[] candidate, int recommendedDose, int nextDose,
    StopReason stopReason) {

  /**
   * Copies the arrays.
   *
   * @param summaries per dose (index 0 = dose 1); means and quantiles are NaN unless asked for
   * @param admissible per dose: P(over) &lt; the EWOC cutoff
   * @param candidate per dose: within the increment limit over the highest dose tried
   * @param recommendedDose the admissible candidate with the highest P(target) (ties: lower), or 0
   * @param nextDose the dose of the next cohort, or 0 when stopping
   * @param stopReason why the trial stops, or {@link StopReason#NONE}
   */
  public BlrmEvaluation {
    summaries = summaries.clone();
    admissible = admissible.clone();
    candidate = candidate.clone();
  }

  /**
   * Per dose (index 0 = dose 1); means and quantiles are NaN unless asked for.
   *
   * @return per dose (index 0 = dose 1); means and quantiles are NaN unless asked for
   */
  @Override
  public DoseSummary[] summaries() {
    return summaries.clone();
  }

  /**
   * Per dose: P(over) &lt; the EWOC cutoff.
   *
   * @return per dose: P(over) &lt; the EWOC cutoff
   */
  @Override
  public boolean[] admissible() {
    return admissible.clone();
  }

  /**
   * Per dose: within the increment limit over the highest dose tried.
   *
   * @return per dose: within the increment limit over the highest dose tried
   */
  @Override
  public boolean[] candidate() {
    return candidate.clone();
  }

  static BlrmEvaluation of(Blrm design, TrialHistory h, boolean withQuantiles) {
    BlrmModel model = design.model();
    int k = model.doseCount();
    int[] n = h.nArray();
    int[] y = h.yArray();
    BlrmPosterior post = BlrmPosterior.fit(model, n, y);
    double[] under = new double[k];
    double[] target = new double[k];
    double[] over = new double[k];
    post.intervalProbabilities(design.intervals(), under, target, over);
    DoseSummary[] s = new DoseSummary[k];
    for (int j = 0; j < k; j++) {
      s[j] = withQuantiles ? post.summary(j + 1, design.intervals())
          : new DoseSummary(under[j], target[j], over[j], Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    int highest = h.highestTriedDose();
    double limit = highest == 0 ? model.dose(design.startDose()) : model.dose(highest) * (1 + design.maxIncrement());
    boolean[] adm = new boolean[k];
    boolean[] cand = new boolean[k];
    int best = 0;
    for (int j = 0; j < k; j++) {
      adm[j] = over[j] < design.ewocCutoff();
      cand[j] = model.dose(j + 1) <= limit * (1 + 1e-9);
      if (adm[j] && cand[j] && (best == 0 || target[j] > target[best - 1])) {
        best = j + 1;
      }
    }
    StopReason reason = StopReason.NONE;
    int next = best;
    if (best == 0) {
      reason = StopReason.TOO_TOXIC;
    } else if (h.patients() >= design.maxSampleSize()) {
      reason = StopReason.SAMPLE_SIZE;
    } else {
      int nb = n[best - 1];
      if ((nb >= design.mtdMinPatients() && target[best - 1] >= design.mtdMinTarget())
          || nb >= design.mtdEnoughPatients()) {
        reason = StopReason.MTD_FOUND;
      }
    }
    if (reason != StopReason.NONE) {
      next = 0;
    }
    return new BlrmEvaluation(s, adm, cand, best, next, reason);
  }
}
