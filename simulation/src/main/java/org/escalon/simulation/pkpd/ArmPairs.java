package org.escalon.simulation.pkpd;

import java.util.List;
import java.util.Objects;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.oc.PairedDifferences;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * A {@link CoupledStudy.TrialListener} that pairs every trial's arms: for each design and each ordered pair of arms
 * (A, B), the trial-by-trial differences B − A of every {@link TrialMetric} ({@link PairedDifferences}). The trials
 * arrive in trial order, so the results are the same for any thread count. Give it the truths the study uses
 * ({@link CoupledStudy#truths}). Not thread-safe (the study calls listeners one at a time).
 */
public final class ArmPairs implements CoupledStudy.TrialListener {

  private final int[] trueMtd;
  private final int designs;
  private final PairedDifferences[][][] paired;
  private final CoupledTrialResult[][] current;

  /**
   * @param truths the model truth of every arm, in the study's order
   * @param designs the study's number of designs
   */
  public ArmPairs(List<ModelTruth> truths, int designs) {
    Objects.requireNonNull(truths, "truths");
    if (truths.isEmpty() || designs < 1) {
      throw new IllegalArgumentException("need at least one arm and one design, got " + truths.size() + " and "
          + designs);
    }
    int na = truths.size();
    this.trueMtd = new int[na];
    for (int a = 0; a < na; a++) {
      trueMtd[a] = truths.get(a).trueMtd();
    }
    this.designs = designs;
    this.paired = new PairedDifferences[designs][na][na];
    for (int d = 0; d < designs; d++) {
      for (int a = 0; a < na; a++) {
        for (int b = 0; b < na; b++) {
          paired[d][a][b] = new PairedDifferences();
        }
      }
    }
    this.current = new CoupledTrialResult[na][designs];
  }

  @Override
  public void onTrial(CoupledStudy.TrialRecord t) {
    current[t.armIndex()][t.designIndex()] = t.result();
    if (t.armIndex() == trueMtd.length - 1 && t.designIndex() == designs - 1) {
      // the trial's last record: every arm and design of the trial has arrived
      for (int d = 0; d < designs; d++) {
        for (int a = 0; a < trueMtd.length; a++) {
          for (int b = 0; b < trueMtd.length; b++) {
            if (a != b) {
              paired[d][a][b].add(current[a][d], trueMtd[a], current[b][d], trueMtd[b]);
            }
          }
        }
      }
    }
  }

  /**
   * The mean difference arm {@code b} − arm {@code a} (0-based) of {@code metric} for design {@code design}.
   *
   * @param design the design's index in the study, 0-based
   * @param a arm A's index, 0-based
   * @param b arm B's index, 0-based
   * @param metric the per-trial quantity compared
   * @return the mean difference arm {@code b} − arm {@code a} (0-based) of {@code metric} for design {@code design}
   */
  public Estimate difference(int design, int a, int b, TrialMetric metric) {
    if (a == b) {
      throw new IllegalArgumentException("arms a and b are both " + a + ": name two arms");
    }
    return paired[design][a][b].difference(metric);
  }
}
