package org.escalon.simulation.trial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.escalon.simulation.design.StopReason;

/**
 * The outcome of one trial: per-dose counts, the selected MTD, why it stopped, and every patient's dose and DLT.
 *
 * @param trialIndex the trial's index
 * @param n patients per dose (index 0 = dose 1)
 * @param y DLTs per dose
 * @param mtd the selected MTD's dose level, 0 for none
 * @param stopReason why the trial stopped
 * @param patientDoses each patient's dose level, in enrolment order
 * @param patientDlts each patient's DLT, in enrolment order
 */
public record TrialResult(
    long trialIndex, int[] n, int[] y, int mtd, StopReason stopReason, int[] patientDoses, boolean[] patientDlts) {

  /** One patient's record. */
  public record Patient(int index, int doseLevel, boolean dlt) {}

  /**
   * Validates and copies.
   *
   * @param trialIndex the trial's index
   * @param n patients per dose (index 0 = dose 1)
   * @param y DLTs per dose
   * @param mtd the selected MTD's dose level, 0 for none
   * @param stopReason why the trial stopped
   * @param patientDoses each patient's dose level, in enrolment order
   * @param patientDlts each patient's DLT, in enrolment order
   */
  public TrialResult {
    if (n == null || y == null || n.length != y.length || n.length == 0) {
      throw new IllegalArgumentException("n and y must be non-null arrays of the same positive length");
    }
    if (patientDoses == null || patientDlts == null || patientDoses.length != patientDlts.length) {
      throw new IllegalArgumentException("patientDoses and patientDlts must be non-null and of the same length");
    }
    if (mtd < 0 || mtd > n.length) {
      throw new IllegalArgumentException("mtd = " + mtd + ": must be in 0.." + n.length);
    }
    if (stopReason == null || stopReason == StopReason.NONE) {
      throw new IllegalArgumentException("stopReason = " + stopReason + ": a finished trial needs a reason");
    }
    n = n.clone();
    y = y.clone();
    patientDoses = patientDoses.clone();
    patientDlts = patientDlts.clone();
  }

  /**
   * Patients per dose (index 0 = dose 1).
   *
   * @return patients per dose (index 0 = dose 1)
   */
  @Override
  public int[] n() {
    return n.clone();
  }

  /**
   * DLTs per dose.
   *
   * @return DLTs per dose
   */
  @Override
  public int[] y() {
    return y.clone();
  }

  /**
   * Each patient's dose level, in enrolment order.
   *
   * @return each patient's dose level, in enrolment order
   */
  @Override
  public int[] patientDoses() {
    return patientDoses.clone();
  }

  /**
   * Each patient's DLT, in enrolment order.
   *
   * @return each patient's DLT, in enrolment order
   */
  @Override
  public boolean[] patientDlts() {
    return patientDlts.clone();
  }

  /**
   * The patients, in enrolment order.
   *
   * @return the patients, in enrolment order
   */
  public List<Patient> patients() {
    List<Patient> list = new ArrayList<>(patientDoses.length);
    for (int i = 0; i < patientDoses.length; i++) {
      list.add(new Patient(i, patientDoses[i], patientDlts[i]));
    }
    return list;
  }

  /**
   * Patients treated.
   *
   * @return patients treated
   */
  public int sampleSize() {
    return patientDoses.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrialResult t && trialIndex == t.trialIndex && mtd == t.mtd && stopReason == t.stopReason
        && Arrays.equals(n, t.n) && Arrays.equals(y, t.y) && Arrays.equals(patientDoses, t.patientDoses)
        && Arrays.equals(patientDlts, t.patientDlts);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(trialIndex) * 31 + Arrays.hashCode(patientDoses) * 17 + Arrays.hashCode(patientDlts);
  }

  @Override
  public String toString() {
    return "TrialResult[trial=" + trialIndex + ", n=" + Arrays.toString(n) + ", y=" + Arrays.toString(y) + ", mtd="
        + mtd + ", stop=" + stopReason + "]";
  }
}
