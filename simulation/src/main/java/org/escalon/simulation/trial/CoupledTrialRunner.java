package org.escalon.simulation.trial;

import java.util.Arrays;
import java.util.Objects;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;

/**
 * Runs one escalation trial whose patients come from a {@link PatientOutcomeSource} (for example virtual patients
 * of the PK/PD model) with accrual in calendar time:
 *
 * <ol>
 *   <li>Candidates arrive at the times of {@link Accrual.Arrivals}. Each cohort is treated at the design's current
 *       level; a patient starts at arrival, or when the cohort opens if they arrived earlier (they waited) — with
 *       {@link Accrual#turnAway()} those who arrived while the trial was not enrolling are lost instead.</li>
 *   <li>The next decision is taken when the last patient of the cohort has finished the DLT window.</li>
 *   <li>After the design stops: MTD by the design's own selection, RP2D by the {@link Rp2dRule}, then optionally
 *       the randomised {@link OptimisationStage} at the two best candidates.</li>
 * </ol>
 *
 * Enrolled patient k is patient k of the source (common random numbers across designs run on the same trial).
 * Not thread-safe: one runner per thread.
 */
public final class CoupledTrialRunner implements TrialConduct {

  private final EscalationDesign design;
  private final Accrual accrual;
  private final Rp2dRule rp2dRule;
  private final OptimisationStage stage;
  private final TrialState state;

  /**
   * @param design escalation design (its dose count is the number of levels)
   * @param accrual arrivals and DLT window
   * @param rp2dRule RP2D rule
   * @param stage optimisation stage (or {@link OptimisationStage#NONE})
   */
  public CoupledTrialRunner(EscalationDesign design, Accrual accrual, Rp2dRule rp2dRule, OptimisationStage stage) {
    this.design = Objects.requireNonNull(design, "design");
    this.accrual = Objects.requireNonNull(accrual, "accrual");
    this.rp2dRule = Objects.requireNonNull(rp2dRule, "rp2dRule");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.state = new TrialState(design.doseCount());
  }

  /**
   * The design.
   *
   * @return the design
   */
  public EscalationDesign design() {
    return design;
  }

  @Override
  public String name() {
    return design.name();
  }

  @Override
  public int doseCount() {
    return design.doseCount();
  }

  @Override
  public CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals) {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(arrivals, "arrivals");
    Enrolment e = new Enrolment(patients, arrivals, design.doseCount(), design.maxSampleSize());
    state.reset();
    Recommendation r = escalate(e);
    int k = design.doseCount();
    int[] n = new int[k];
    int[] y = new int[k];
    for (int j = 1; j <= k; j++) {
      n[j - 1] = state.n(j);
      y[j - 1] = state.y(j);
    }
    int mtd = design.selectMtd(state);
    int[] best = rp2dRule.bestTwo(n, y, e.responders, mtd);
    int rp2d = best[0];
    int[] sn = new int[k];
    int[] sy = new int[k];
    int[] sr = new int[k];
    if (stage.enabled() && best[0] > 0 && best[1] > 0) {
      rp2d = optimisationStage(e, Math.min(best[0], best[1]), Math.max(best[0], best[1]), sn, sy, sr);
    }
    return new CoupledTrialResult(n, y, e.responders, sn, sy, sr, mtd, rp2d, r.stopReason(), e.open,
        Arrays.copyOf(e.levels, e.enrolled), Arrays.copyOf(e.starts, e.enrolled), new int[k], e.turnedAway);
  }

  /** Treats cohorts as the design asks until it stops; returns its final recommendation. */
  private Recommendation escalate(Enrolment e) {
    int maxN = design.maxSampleSize();
    Recommendation r = design.decide(state);
    while (r.proceeds()) {
      int d = r.nextDose();
      int size = r.cohortSize();
      if (e.enrolled + size > maxN) {
        throw new IllegalStateException(
            design.name() + " asked for " + (e.enrolled + size) + " patients; its maximum is " + maxN);
      }
      int dlts = 0;
      double lastStart = e.open;
      for (int j = 0; j < size; j++) {
        double start = e.nextStart(accrual.turnAway());
        PatientOutcome o = e.patients.outcome(e.enrolled, d);
        e.levels[e.enrolled] = d;
        e.starts[e.enrolled] = start;
        e.enrolled++;
        if (o.dlt()) {
          dlts++;
        }
        if (o.response()) {
          e.responders[d - 1]++;
        }
        lastStart = Math.max(lastStart, start);
      }
      e.open = lastStart + accrual.dltWindowDays();
      state.treat(d, size, dlts);
      r = design.decide(state);
    }
    return r;
  }

  /**
   * The randomised optimisation stage at levels {@code low < high}, patients alternating from {@code low}; counts
   * go to {@code sn, sy, sr}. Returns the level with the higher utility (ties: the lower one).
   */
  private int optimisationStage(Enrolment e, int low, int high, int[] sn, int[] sy, int[] sr) {
    int[] arms = {low, high};
    double lastStart = e.open;
    for (int j = 0; j < 2 * stage.patientsPerArm(); j++) {
      int d = arms[j % 2];
      double start = e.nextStart(accrual.turnAway());
      lastStart = Math.max(lastStart, start);
      PatientOutcome o = e.patients.outcome(e.enrolled + j, d);
      sn[d - 1]++;
      if (o.dlt()) {
        sy[d - 1]++;
      }
      if (o.response()) {
        sr[d - 1]++;
      }
    }
    e.open = lastStart + accrual.dltWindowDays();
    double u0 = stageUtility(low, sn, sy, sr);
    double u1 = stageUtility(high, sn, sy, sr);
    return u1 > u0 ? high : low;
  }

  /** One run's enrolment: who comes next, when the trial reopens, who was treated where and when. */
  private static final class Enrolment {
    final PatientOutcomeSource.TrialPatients patients;
    final Accrual.Arrivals arrivals;
    final int[] responders;
    final int[] levels;
    final double[] starts;
    int enrolled;
    int candidate;
    int turnedAway;
    double open;

    Enrolment(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals, int doseCount, int maxN) {
      this.patients = patients;
      this.arrivals = arrivals;
      this.responders = new int[doseCount];
      this.levels = new int[maxN];
      this.starts = new double[maxN];
    }

    /**
     * The start day of the next candidate: arrival, or the reopening if they arrived earlier (they waited); with
     * {@code turnAway} those who arrived while the trial was closed are skipped (and counted as turned away).
     */
    double nextStart(boolean turnAway) {
      if (turnAway) {
        while (arrivals.time(candidate) < open) {
          candidate++;
          turnedAway++;
        }
      }
      return Math.max(arrivals.time(candidate++), open);
    }
  }

  private double stageUtility(int d, int[] sn, int[] sy, int[] sr) {
    double n = sn[d - 1];
    return rp2dRule.utility(sr[d - 1] / n, sy[d - 1] / n);
  }
}
