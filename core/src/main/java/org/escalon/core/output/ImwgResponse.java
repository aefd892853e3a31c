package org.escalon.core.output;

/** IMWG response categories on M-protein, worst to best. CR needs immunofixation and is not modelled. */
public enum ImwgResponse {
  /** progressive disease */
  PD,
  /** not evaluable: fewer than two assessments */
  NE,
  /** stable disease */
  SD,
  /** minimal response (25–49 % reduction) */
  MR,
  /** partial response (&ge; 50 %) */
  PR,
  /** very good partial response (&ge; 90 %) */
  VGPR;

  /**
   * ORR counts PR or better.
   *
   * @return ORR counts PR or better
   */
  public boolean isObjectiveResponse() {
    return this == PR || this == VGPR;
  }

  /**
   * CBR counts MR or better.
   *
   * @return CBR counts MR or better
   */
  public boolean isClinicalBenefit() {
    return this == MR || isObjectiveResponse();
  }

  /**
   * The best confirmed response of a course (IMWG: a response counts when two consecutive assessments show it;
   * Kumar et al. 2016, Lancet Oncol 17:e328): the best of {@code worse(c[i], c[i+1])} over consecutive pairs
   * before the first PD, NE with fewer than two assessments, and PD when the patient progressed without a
   * confirmed response.
   *
   * @param categories category of each end-of-cycle assessment (PD at progression), read only
   * @param assessments number of assessments used, {@code <= categories.length}
   * @param progressed whether the patient progressed
   * @return the best confirmed response of a course (IMWG: a response counts when two consecutive assessments show it;
   *     Kumar et al
   */
  public static ImwgResponse bestConfirmed(ImwgResponse[] categories, int assessments, boolean progressed) {
    ImwgResponse best = NE;
    for (int i = 0; i + 1 < assessments; i++) {
      if (categories[i] == PD || categories[i + 1] == PD) {
        break;
      }
      ImwgResponse confirmed = worse(categories[i], categories[i + 1]);
      if (confirmed.ordinal() > best.ordinal()) {
        best = confirmed;
      }
    }
    return progressed && best == NE ? PD : best;
  }

  /**
   * The index of the assessment that first confirms an objective response (PR or better) — the second of the first
   * consecutive pair before any PD whose worse category is PR or better — or -1 if none does. Consistent with
   * {@link #bestConfirmed}: it is ≥ 0 exactly when the best confirmed response is objective.
   *
   * @param categories category of each end-of-cycle assessment (PD at progression), read only
   * @param assessments number of assessments used, {@code <= categories.length}
   * @return the index of the assessment that first confirms an objective response (PR or better) — the second of the
   *     first consecutive pair before any PD whose worse category is PR or better — or -1 if none does
   */
  public static int firstConfirmedObjective(ImwgResponse[] categories, int assessments) {
    for (int i = 0; i + 1 < assessments; i++) {
      if (categories[i] == PD || categories[i + 1] == PD) {
        return -1;
      }
      if (worse(categories[i], categories[i + 1]).isObjectiveResponse()) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The worse of two (for confirmation on consecutive assessments).
   *
   * @param a one category
   * @param b the other
   * @return the worse of two (for confirmation on consecutive assessments)
   */
  public static ImwgResponse worse(ImwgResponse a, ImwgResponse b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
