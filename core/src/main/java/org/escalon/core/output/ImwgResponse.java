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

  /** ORR counts PR or better. */
  public boolean isObjectiveResponse() {
    return this == PR || this == VGPR;
  }

  /** CBR counts MR or better. */
  public boolean isClinicalBenefit() {
    return this == MR || isObjectiveResponse();
  }

  /** The worse of two (for confirmation on consecutive assessments). */
  public static ImwgResponse worse(ImwgResponse a, ImwgResponse b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
