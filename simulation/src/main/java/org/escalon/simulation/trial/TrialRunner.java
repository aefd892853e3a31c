package org.escalon.simulation.trial;

import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.StopReason;
import org.escalon.simulation.design.TrialHistory;
import org.escalon.simulation.design.TrialState;

/**
 * Runs design-only trials: asks the design for the next cohort, asks the toxicity source for each patient's DLT,
 * until the design stops; then selects the MTD.
 *
 * <pre>
 *   TrialRunner runner = new TrialRunner(design, FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6));
 *   TrialResult r = runner.run(i, RandomStreams.trial(seed, i));
 * </pre>
 *
 * <p>Two levels that agree (tested): {@link #run} returns an immutable {@link TrialResult};
 * {@link #runInPlace} keeps everything in this runner's int arrays (read them with {@link #state()},
 * {@link #patientDose(int)}, …) and allocates only what the design and toxicity source allocate.
 *
 * <p>Not thread-safe: one runner per thread.
 */
public final class TrialRunner {

  private final EscalationDesign design;
  private final ToxicitySource toxicity;
  private final TrialState state;
  private final int[] patientDoses;
  private final boolean[] patientDlts;
  private int patients;
  private int mtd;
  private StopReason stopReason = StopReason.NONE;

  /**
   * A runner for {@code design} with DLTs from {@code toxicity}; both must have the same number of doses.
   *
   * @param design the design (its dose count is the number of levels)
   * @param toxicity true DLT probabilities (same number of doses)
   */
  public TrialRunner(EscalationDesign design, ToxicitySource toxicity) {
    if (design == null || toxicity == null) {
      throw new IllegalArgumentException("design and toxicity must not be null");
    }
    if (design.doseCount() != toxicity.doseCount()) {
      throw new IllegalArgumentException("design has " + design.doseCount() + " doses but toxicity source has "
          + toxicity.doseCount());
    }
    this.design = design;
    this.toxicity = toxicity;
    this.state = new TrialState(design.doseCount());
    this.patientDoses = new int[design.maxSampleSize()];
    this.patientDlts = new boolean[design.maxSampleSize()];
  }

  /**
   * The design.
   *
   * @return the design
   */
  public EscalationDesign design() {
    return design;
  }

  /**
   * The toxicity source.
   *
   * @return the toxicity source
   */
  public ToxicitySource toxicity() {
    return toxicity;
  }

  /**
   * Runs trial {@code trialIndex} with its stream and returns the immutable result.
   *
   * @param trialIndex ≥ 0
   * @param trialRng the trial's own random stream
   * @return the trial's immutable result
   */
  public TrialResult run(long trialIndex, UniformRandomProvider trialRng) {
    runInPlace(trialIndex, trialRng);
    int[] doses = new int[patients];
    boolean[] dlts = new boolean[patients];
    System.arraycopy(patientDoses, 0, doses, 0, patients);
    System.arraycopy(patientDlts, 0, dlts, 0, patients);
    return new TrialResult(trialIndex, state.nArray(), state.yArray(), mtd, stopReason, doses, dlts);
  }

  /**
   * Hot path: runs trial {@code trialIndex} into this runner's state and returns the selected MTD (0 for none).
   *
   * @param trialIndex ≥ 0
   * @param trialRng the trial's own random stream
   * @return the selected MTD, 0 for none
   * @throws IllegalStateException if the design breaks its contract (more patients than its maximum)
   */
  public int runInPlace(long trialIndex, UniformRandomProvider trialRng) {
    if (trialIndex < 0) {
      throw new IllegalArgumentException("trialIndex = " + trialIndex + ": must be >= 0");
    }
    if (trialRng == null) {
      throw new IllegalArgumentException("trialRng must not be null");
    }
    PatientToxicity tox = toxicity.forTrial(trialIndex, trialRng);
    state.reset();
    int k = 0;
    int max = patientDoses.length;
    Recommendation r = design.decide(state);
    while (r.proceeds()) {
      int d = r.nextDose();
      int size = r.cohortSize();
      if (k + size > max) {
        throw new IllegalStateException(design.name() + " asked for " + (k + size) + " patients; its maximum is "
            + max);
      }
      int dlts = 0;
      for (int i = 0; i < size; i++) {
        boolean t = tox.dlt(k, d);
        patientDoses[k] = d;
        patientDlts[k] = t;
        k++;
        if (t) {
          dlts++;
        }
      }
      state.treat(d, size, dlts);
      r = design.decide(state);
    }
    patients = k;
    stopReason = r.stopReason();
    mtd = design.selectMtd(state);
    return mtd;
  }

  /**
   * The last trial's counts (a live view, valid until the next run).
   *
   * @return the last trial's counts (a live view, valid until the next run)
   */
  public TrialHistory state() {
    return state;
  }

  /**
   * The last trial's sample size.
   *
   * @return the last trial's sample size
   */
  public int patientCount() {
    return patients;
  }

  /**
   * The dose level of patient {@code k} of the last trial.
   *
   * @param k the patient's index in enrolment order, 0-based
   * @return the dose level of patient {@code k} of the last trial
   */
  public int patientDose(int k) {
    if (k < 0 || k >= patients) {
      throw new IllegalArgumentException("k = " + k + ": must be in 0.." + (patients - 1));
    }
    return patientDoses[k];
  }

  /**
   * Whether patient {@code k} of the last trial had a DLT.
   *
   * @param k the patient's index in enrolment order, 0-based
   * @return whether patient {@code k} of the last trial had a DLT
   */
  public boolean patientDlt(int k) {
    if (k < 0 || k >= patients) {
      throw new IllegalArgumentException("k = " + k + ": must be in 0.." + (patients - 1));
    }
    return patientDlts[k];
  }

  /**
   * The last trial's MTD (0 for none).
   *
   * @return the last trial's MTD (0 for none)
   */
  public int mtd() {
    return mtd;
  }

  /**
   * Why the last trial stopped.
   *
   * @return why the last trial stopped
   */
  public StopReason stopReason() {
    return stopReason;
  }
}
