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
public final class CoupledTrialRunner {

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

  /** The design. */
  public EscalationDesign design() {
    return design;
  }

  /**
   * Runs the trial.
   *
   * @param patients the trial's patients (shared by every design run on this trial)
   * @param arrivals the trial's arrival times (shared likewise)
   */
  public CoupledTrialResult run(PatientOutcomeSource.TrialPatients patients, Accrual.Arrivals arrivals) {
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(arrivals, "arrivals");
    int k = design.doseCount();
    int window = accrual.dltWindowDays();
    int[] responders = new int[k];
    int maxN = design.maxSampleSize();
    int[] levels = new int[maxN];
    double[] starts = new double[maxN];
    state.reset();
    int enrolled = 0;
    int candidate = 0;
    double open = 0.0;
    Recommendation r = design.decide(state);
    while (r.proceeds()) {
      int d = r.nextDose();
      int size = r.cohortSize();
      if (enrolled + size > maxN) {
        throw new IllegalStateException(
            design.name() + " asked for " + (enrolled + size) + " patients; its maximum is " + maxN);
      }
      int dlts = 0;
      double lastStart = open;
      for (int j = 0; j < size; j++) {
        if (accrual.turnAway()) {
          while (arrivals.time(candidate) < open) {
            candidate++;
          }
        }
        double start = Math.max(arrivals.time(candidate++), open);
        PatientOutcome o = patients.outcome(enrolled, d);
        levels[enrolled] = d;
        starts[enrolled] = start;
        enrolled++;
        if (o.dlt()) {
          dlts++;
        }
        if (o.response()) {
          responders[d - 1]++;
        }
        lastStart = Math.max(lastStart, start);
      }
      open = lastStart + window;
      state.treat(d, size, dlts);
      r = design.decide(state);
    }
    int[] n = new int[k];
    int[] y = new int[k];
    for (int j = 1; j <= k; j++) {
      n[j - 1] = state.n(j);
      y[j - 1] = state.y(j);
    }
    int mtd = design.selectMtd(state);
    int[] best = rp2dRule.bestTwo(n, y, responders, mtd);
    int rp2d = best[0];
    int[] sn = new int[k];
    int[] sy = new int[k];
    int[] sr = new int[k];
    if (stage.enabled() && best[0] > 0 && best[1] > 0) {
      int[] arms = {Math.min(best[0], best[1]), Math.max(best[0], best[1])};
      double lastStart = open;
      for (int j = 0; j < 2 * stage.patientsPerArm(); j++) {
        int d = arms[j % 2];
        if (accrual.turnAway()) {
          while (arrivals.time(candidate) < open) {
            candidate++;
          }
        }
        double start = Math.max(arrivals.time(candidate++), open);
        lastStart = Math.max(lastStart, start);
        PatientOutcome o = patients.outcome(enrolled + j, d);
        sn[d - 1]++;
        if (o.dlt()) {
          sy[d - 1]++;
        }
        if (o.response()) {
          sr[d - 1]++;
        }
      }
      open = lastStart + window;
      double u0 = stageUtility(arms[0], sn, sy, sr);
      double u1 = stageUtility(arms[1], sn, sy, sr);
      rp2d = u1 > u0 ? arms[1] : arms[0];
    }
    return new CoupledTrialResult(n, y, responders, sn, sy, sr, mtd, rp2d, r.stopReason(), open,
        Arrays.copyOf(levels, enrolled), Arrays.copyOf(starts, enrolled));
  }

  private double stageUtility(int d, int[] sn, int[] sy, int[] sr) {
    double n = sn[d - 1];
    return rp2dRule.utility(sr[d - 1] / n, sy[d - 1] / n);
  }
}
