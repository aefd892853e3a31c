package org.escalon.simulation.trial;

import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.design.TrialState;

/**
 * Design-only TITE-CRM trials as R {@code dfcrm::titesim} simulates them (single start dose):
 * <pre>
 *   arrivals: the first at W/r, then every W/r (fixed accrual) or after Exp(rate r/W) gaps (Poisson accrual);
 *             r = patients per window W (dfcrm {@code rate}), W = the window (dfcrm {@code obswin})
 *   patient i at level d_i: DLT with probability p_{d_i}; onset uniform on (0, W) (dfcrm {@code surv = "uniform"})
 *   when patient i+1 arrives (time a_{i+1}): patient j's DLT is observed if a_j + onset_j ≤ a_{i+1};
 *             follow-up_j = min(a_{i+1}, a_j + onset_j) − a_j, capped at W; weights, fit and next level as TiteCrm
 *   after N patients: MTD from the complete data; duration = last arrival + W
 * </pre>
 * Random numbers of trial i come from its own stream, per patient in this order: the next arrival gap (Poisson
 * accrual only), the DLT uniform, the onset uniform (DLT only). dfcrm's R stream cannot be reproduced; its
 * semantics are.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class TiteCrmTrials {

  /** dfcrm's two accrual processes. */
  public enum Accrual {
    /** Arrivals every W/r. */
    FIXED,
    /** Poisson arrivals with rate r/W. */
    POISSON
  }

  private final TiteCrm design;
  private final FixedToxicity toxicity;
  private final Accrual accrual;
  private final double patientsPerWindow;
  private final int[] level;
  private final boolean[] dlt;
  private final double[] arrival;
  private final double[] onset;
  private final boolean[] observed;
  private final double[] followup;
  private final TrialState state;
  private double duration;
  private int enrolled;

  /**
   * @param design the TITE-CRM
   * @param toxicity true DLT probabilities (same number of doses)
   * @param accrual fixed (dfcrm default) or Poisson
   * @param patientsPerWindow r, the accrual rate in patients per window, in [0.01, 1000] (dfcrm default 1)
   */
  public TiteCrmTrials(TiteCrm design, FixedToxicity toxicity, Accrual accrual, double patientsPerWindow) {
    if (design == null || toxicity == null || accrual == null) {
      throw new IllegalArgumentException("design, toxicity and accrual must not be null");
    }
    if (design.doseCount() != toxicity.doseCount()) {
      throw new IllegalArgumentException("design has " + design.doseCount() + " doses but toxicity has "
          + toxicity.doseCount());
    }
    if (!(patientsPerWindow >= 0.01 && patientsPerWindow <= 1000)) {
      throw new IllegalArgumentException("patientsPerWindow = " + patientsPerWindow + ": must be in [0.01, 1000]");
    }
    this.design = design;
    this.toxicity = toxicity;
    this.accrual = accrual;
    this.patientsPerWindow = patientsPerWindow;
    int n = design.sampleSize();
    this.level = new int[n];
    this.dlt = new boolean[n];
    this.arrival = new double[n];
    this.onset = new double[n];
    this.observed = new boolean[n];
    this.followup = new double[n];
    this.state = new TrialState(design.doseCount());
  }

  /**
   * Runs one trial with its stream; returns the MTD (0 for none). Counts in {@link #state()}.
   *
   * @param rng the trial's own random stream
   * @return the selected MTD, 0 for none
   */
  public int run(UniformRandomProvider rng) {
    double w = design.windowDays();
    state.reset();
    double next = gap(rng, w);
    int count = 0;
    int cur = design.nextDose(0, level, observed, followup);
    while (cur > 0) {
      arrival[count] = next;
      level[count] = cur;
      double p = toxicity.probability(cur);
      dlt[count] = rng.nextDouble() < p;
      onset[count] = dlt[count] ? w * rng.nextDouble() : Double.POSITIVE_INFINITY;
      state.treat(cur, 1, dlt[count] ? 1 : 0);
      count++;
      if (count >= design.sampleSize()) {
        break;
      }
      next += gap(rng, w);
      for (int j = 0; j < count; j++) {
        double tox = arrival[j] + onset[j];
        observed[j] = tox <= next;
        followup[j] = Math.min(Math.min(next, tox) - arrival[j], w);
      }
      cur = design.nextDose(count, level, observed, followup);
    }
    duration = arrival[count - 1] + w;
    enrolled = count;
    return design.selectMtd(count, level, dlt);
  }

  private double gap(UniformRandomProvider rng, double w) {
    return accrual == Accrual.FIXED ? w / patientsPerWindow : -Math.log1p(-rng.nextDouble()) * w / patientsPerWindow;
  }

  /**
   * The last trial's counts (live, valid until the next run).
   *
   * @return the last trial's counts (live, valid until the next run)
   */
  public TrialState state() {
    return state;
  }

  /**
   * The last trial's number of patients.
   *
   * @return the last trial's number of patients
   */
  public int patientCount() {
    return enrolled;
  }

  /**
   * The level of patient {@code i} (0-based) of the last trial.
   *
   * @param i the patient's index in enrolment order, 0-based
   * @return the level of patient {@code i} (0-based) of the last trial
   */
  public int patientLevel(int i) {
    if (i < 0 || i >= enrolled) {
      throw new IllegalArgumentException("i = " + i + ": must be in 0.." + (enrolled - 1));
    }
    return level[i];
  }

  /**
   * Whether patient {@code i} (0-based) of the last trial had a DLT (at any time in the window).
   *
   * @param i the patient's index in enrolment order, 0-based
   * @return whether patient {@code i} (0-based) of the last trial had a DLT (at any time in the window)
   */
  public boolean patientDlt(int i) {
    if (i < 0 || i >= enrolled) {
      throw new IllegalArgumentException("i = " + i + ": must be in 0.." + (enrolled - 1));
    }
    return dlt[i];
  }

  /**
   * The last trial's duration: last arrival + the window (dfcrm's {@code Duration}).
   *
   * @return the last trial's duration: last arrival + the window (dfcrm's {@code Duration})
   */
  public double duration() {
    return duration;
  }
}
