package org.escalon.simulation.oc;

import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * What one PK/PD-coupled trial measured, as a number — the per-trial quantities behind {@link CoupledOc}'s means,
 * with the same definitions, so that two arms or two designs can be compared trial by trial
 * ({@link PairedDifferences}).
 */
public enum TrialMetric {
  /** 100 when the selected MTD is the true MTD (0 = none when no level is safe), else 0. */
  CORRECT_MTD_PCT("correct MTD %"),
  /** Patients treated in escalation. */
  PATIENTS("patients"),
  /** DLTs in escalation. */
  DLTS("DLTs"),
  /** % of the trial's escalation patients treated above the true MTD (all of them when no level is safe). */
  PCT_ABOVE_TRUE_MTD("% above true MTD"),
  /** Escalation patients treated above the true MTD (all of them when no level is safe). */
  PATIENTS_ABOVE_TRUE_MTD("patients above true MTD"),
  /** Trial duration in days. */
  DURATION_DAYS("duration (days)"),
  /** Observed response rate at the selected RP2D (escalation and stage); undefined without an RP2D. */
  ORR_AT_RP2D("ORR at RP2D");

  private final String label;

  TrialMetric(String label) {
    this.label = label;
  }

  /**
   * A short label for tables.
   *
   * @return a short label for tables
   */
  public String label() {
    return label;
  }

  /**
   * The metric of one trial.
   *
   * @param r the trial
   * @param trueMtd the true MTD of the trial's levels (0 = no level is safe)
   * @return the value, or NaN where undefined (ORR without an RP2D treated)
   */
  public double of(CoupledTrialResult r, int trueMtd) {
    int[] n = r.n();
    int[] y = r.y();
    return switch (this) {
      case CORRECT_MTD_PCT -> r.mtd() == trueMtd ? 100 : 0;
      case PATIENTS -> sum(n, 0);
      case DLTS -> sum(y, 0);
      case PCT_ABOVE_TRUE_MTD -> {
        int tot = sum(n, 0);
        yield tot == 0 ? 0.0 : 100.0 * sum(n, trueMtd) / tot;
      }
      case PATIENTS_ABOVE_TRUE_MTD -> sum(n, trueMtd);
      case DURATION_DAYS -> r.durationDays();
      case ORR_AT_RP2D -> {
        int d = r.rp2d();
        int treated = d > 0 ? r.treatedAt(d) : 0;
        yield treated == 0 ? Double.NaN
            : (r.responders()[d - 1] + r.stageResponders()[d - 1]) / (double) treated;
      }
    };
  }

  /** Σ a[j] for j ≥ from. */
  private static int sum(int[] a, int from) {
    int s = 0;
    for (int j = from; j < a.length; j++) {
      s += a[j];
    }
    return s;
  }
}
