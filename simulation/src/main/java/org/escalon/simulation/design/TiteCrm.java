package org.escalon.simulation.design;

import java.util.Arrays;
import org.escalon.simulation.design.crm.CrmFit;
import org.escalon.simulation.design.crm.CrmPosterior;
import org.escalon.simulation.design.crm.TiteWeights;

/**
 * The time-to-event CRM (Cheung and Chappell 2000, Biometrics 56:1177, doi:10.1111/j.0006-341X.2000.01177.x) as R
 * {@code dfcrm::titecrm} fits it and {@code titesim} conducts it: patients enter one at a time; a patient still in
 * follow-up without a DLT counts with weight w = follow-up / window (capped at 1; or the adaptive weights,
 * {@link TiteWeights}), a DLT with weight 1; the fit is {@link CrmPosterior#fitWeighted}.
 *
 * <pre>
 *   patient 1: the start dose
 *   before each later patient: fit the weighted data of everyone enrolled so far,
 *     next = recommended (plug-in, as dfcrm);  restricted (default): next = min(next, level of the last patient + 1)
 *     (titesim has no "no escalation after a toxic cohort" rule: there are no cohorts)
 *   the trial stops after the sample size N; MTD = the recommended level of the complete data (every weight 1)
 * </pre>
 * The safety options of {@link Crm} apply likewise ({@code stopWhenLowestTooToxic} on the weighted data before each
 * patient and on the complete data at the end; {@code deescalateOneLevel}).
 *
 * <p>The conduct in calendar time lives in {@code org.escalon.simulation.trial}: {@code TiteCrmTrials} (design-only,
 * as titesim) and {@code TiteCrmConduct} (PK/PD-coupled patients with their own DLT onset days). Immutable and
 * thread-safe.
 */
public final class TiteCrm {

  private final Crm base;
  private final double windowDays;
  private final TiteWeights.Scheme scheme;

  private TiteCrm(Crm base, double windowDays, TiteWeights.Scheme scheme) {
    this.base = base;
    this.windowDays = windowDays;
    this.scheme = scheme;
  }

  /**
   * A TITE-CRM with the options of {@code crm} (model, skeleton, prior, target, sample size, start dose,
   * restriction, safety options); its cohort size must be 1 (patients enter one at a time, as in titesim).
   *
   * @param crm the CRM whose options it takes; its cohort size must be 1
   * @param windowDays the observation (DLT) window in days, in [1, 366]
   * @param scheme linear (dfcrm default) or adaptive weights
   * @return a TITE-CRM with the options of {@code crm} (model, skeleton, prior, target, sample size, start dose,
   *     restriction, safety options); its cohort size must be 1 (patients enter one at a time, as in titesim)
   */
  public static TiteCrm of(Crm crm, double windowDays, TiteWeights.Scheme scheme) {
    if (crm == null || scheme == null) {
      throw new IllegalArgumentException("crm and scheme must not be null");
    }
    if (crm.cohortSize() != 1) {
      throw new IllegalArgumentException("cohortSize = " + crm.cohortSize() + ": must be 1 for TITE-CRM (patients "
          + "enter one at a time, as in dfcrm titesim)");
    }
    if (!(windowDays >= 1 && windowDays <= 366)) {
      throw new IllegalArgumentException("windowDays = " + windowDays + ": must be in [1, 366]");
    }
    return new TiteCrm(crm, windowDays, scheme);
  }

  /**
   * The CRM whose model, prior and options this design uses.
   *
   * @return the CRM whose model, prior and options this design uses
   */
  public Crm crm() {
    return base;
  }

  /**
   * The observation window in days.
   *
   * @return the observation window in days
   */
  public double windowDays() {
    return windowDays;
  }

  /**
   * The weighting scheme.
   *
   * @return the weighting scheme
   */
  public TiteWeights.Scheme scheme() {
    return scheme;
  }

  /**
   * The number of doses.
   *
   * @return the number of doses
   */
  public int doseCount() {
    return base.doseCount();
  }

  /**
   * The sample size in patients.
   *
   * @return the sample size in patients
   */
  public int sampleSize() {
    return base.sampleSize();
  }

  /**
   * A name for outputs.
   *
   * @return a name for outputs
   */
  public String name() {
    return "TITE-" + base.name().replace(", cohort=1", "") .replaceFirst("\\)$", "")
        + ", window=" + Crm.fmt(windowDays) + "d" + (scheme == TiteWeights.Scheme.ADAPTIVE ? ", adaptive" : "")
        + ")";
  }

  @Override
  public String toString() {
    return name();
  }

  /**
   * The weights of patients with the given DLTs and follow-up days (time to DLT for a DLT).
   *
   * @param dlt whether each patient has had a DLT so far
   * @param followupDays each patient's follow-up so far in days (for a DLT: the day of its onset)
   * @return the weights of patients with the given DLTs and follow-up days (time to DLT for a DLT)
   */
  public double[] weights(boolean[] dlt, double[] followupDays) {
    return TiteWeights.of(scheme, dlt, followupDays, windowDays);
  }

  /**
   * {@code dfcrm::titecrm(prior, target, tox, level, followup, obswin, scheme)}.
   *
   * @param level each patient's dose level (1-based)
   * @param dlt whether each patient has had a DLT so far
   * @param followupDays each patient's follow-up so far in days (for a DLT: the day of its onset)
   * @return the fit, as {@code dfcrm::titecrm(prior, target, tox, level, followup, obswin, scheme)}
   */
  public CrmFit fit(int[] level, boolean[] dlt, double[] followupDays) {
    return base.posterior().fitWeighted(level, dlt, weights(dlt, followupDays), base.target(), base.confLevel());
  }

  /**
   * The level of the next patient after {@code count} enrolled patients (the first {@code count} entries of the
   * arrays), or 0 to stop (sample size reached, or the optional toxicity stop).
   *
   * @param count the number of patients enrolled so far (the arrays may be longer)
   * @param level each patient's dose level (1-based)
   * @param dlt whether each patient has had a DLT so far
   * @param followupDays each patient's follow-up so far in days (for a DLT: the day of its onset)
   * @return the level of the next patient after {@code count} enrolled patients (the first {@code count} entries of the
   *     arrays), or 0 to stop (sample size reached, or the optional toxicity stop)
   */
  public int nextDose(int count, int[] level, boolean[] dlt, double[] followupDays) {
    if (count == 0) {
      return base.startDose();
    }
    if (count >= base.sampleSize()) {
      return 0;
    }
    int[] lv = Arrays.copyOf(level, count);
    boolean[] t = Arrays.copyOf(dlt, count);
    double[] w = weights(t, Arrays.copyOf(followupDays, count));
    CrmPosterior post = base.posterior();
    double target = base.target();
    if (!Double.isNaN(base.lowestTooToxicCutoff())
        && post.probabilityAboveWeighted(lv, t, w, 1, target) > base.lowestTooToxicCutoff()) {
      return 0;
    }
    int next = post.recommend(post.betaMeanWeighted(lv, t, w), target);
    int current = lv[count - 1];
    if (base.restrict()) {
      next = Math.min(next, current + 1);
    }
    if (base.deescalateOneLevel()) {
      next = Math.max(next, current - 1);
    }
    return next;
  }

  /**
   * The MTD from the complete data (every patient followed over the whole window, weights 1): the recommended
   * level, or 0 when the optional toxicity stop holds.
   *
   * @param count the number of patients enrolled (the arrays may be longer)
   * @param level each patient's dose level (1-based)
   * @param dlt whether each patient has had a DLT so far
   * @return the MTD from the complete data (every patient followed over the whole window, weights 1): the recommended
   *     level, or 0 when the optional toxicity stop holds
   */
  public int selectMtd(int count, int[] level, boolean[] dlt) {
    int k = base.doseCount();
    int[] n = new int[k];
    int[] y = new int[k];
    for (int i = 0; i < count; i++) {
      n[level[i] - 1]++;
      y[level[i] - 1] += dlt[i] ? 1 : 0;
    }
    CrmPosterior post = base.posterior();
    if (!Double.isNaN(base.lowestTooToxicCutoff())
        && post.probabilityAbove(n, y, 1, base.target()) > base.lowestTooToxicCutoff()) {
      return 0;
    }
    return post.recommend(post.betaMean(n, y), base.target());
  }
}
