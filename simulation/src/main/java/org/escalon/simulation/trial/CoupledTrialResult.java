package org.escalon.simulation.trial;

import java.util.Arrays;
import org.escalon.simulation.design.StopReason;

/**
 * One PK/PD-coupled trial: per-level counts from escalation (and the optimisation stage, if any), the selected
 * MTD and RP2D, and the timing. Immutable; serializable (a distributed engine ships trials back to the driver).
 *
 * @param n patients per level, escalation only (index 0 = level 1)
 * @param y DLTs per level, escalation only
 * @param responders responders per level, escalation only
 * @param stageN patients per level in the optimisation stage (zeros without a stage)
 * @param stageY DLTs per level in the stage
 * @param stageResponders responders per level in the stage
 * @param mtd selected MTD (0 = none)
 * @param rp2d selected RP2D (0 = none)
 * @param stopReason why escalation stopped
 * @param durationDays from the first patient's arrival window opening (day 0) to the end of the last DLT window
 * @param patientLevels each escalation patient's level, in enrolment order
 * @param patientStartDays each escalation patient's treatment start day
 * @param backfilled patients per level who were backfilled (part of {@code n}; zeros for designs without
 * backfilling)
 * @param turnedAway candidates turned away while the trial was not enrolling them (0 for designs whose patients
 * wait)
 *
 * <p>Serializable only to ship results between the workers of one Escalon version (Spark): the serialized form
 * is not a stable format.
 *
 * @serial exclude
 */
public record CoupledTrialResult(int[] n, int[] y, int[] responders, int[] stageN, int[] stageY,
    int[] stageResponders, int mtd, int rp2d, StopReason stopReason, double durationDays, int[] patientLevels,
    double[] patientStartDays, int[] backfilled, int turnedAway) implements java.io.Serializable {

  /**
   * A trial without backfilling and with nobody turned away counted.
   *
   * @param n patients per level, escalation only (index 0 = level 1)
   * @param y DLTs per level, escalation only
   * @param responders responders per level, escalation only
   * @param stageN patients per level in the optimisation stage (zeros without a stage)
   * @param stageY DLTs per level in the stage
   * @param stageResponders responders per level in the stage
   * @param mtd selected MTD (0 = none)
   * @param rp2d selected RP2D (0 = none)
   * @param stopReason why escalation stopped
   * @param durationDays from the first patient's arrival window opening (day 0) to the end of the last DLT window
   * @param patientLevels each escalation patient's level, in enrolment order
   * @param patientStartDays each escalation patient's treatment start day
   */
  public CoupledTrialResult(int[] n, int[] y, int[] responders, int[] stageN, int[] stageY, int[] stageResponders,
      int mtd, int rp2d, StopReason stopReason, double durationDays, int[] patientLevels,
      double[] patientStartDays) {
    this(n, y, responders, stageN, stageY, stageResponders, mtd, rp2d, stopReason, durationDays, patientLevels,
        patientStartDays, new int[n.length], 0);
  }

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param n patients per level, escalation only (index 0 = level 1)
   * @param y DLTs per level, escalation only
   * @param responders responders per level, escalation only
   * @param stageN patients per level in the optimisation stage (zeros without a stage)
   * @param stageY DLTs per level in the stage
   * @param stageResponders responders per level in the stage
   * @param mtd selected MTD (0 = none)
   * @param rp2d selected RP2D (0 = none)
   * @param stopReason why escalation stopped
   * @param durationDays from the first patient's arrival window opening (day 0) to the end of the last DLT window
   * @param patientLevels each escalation patient's level, in enrolment order
   * @param patientStartDays each escalation patient's treatment start day
   * @param backfilled patients per level who were backfilled (part of {@code n}; zeros for designs without backfilling)
   * @param turnedAway candidates turned away while the trial was not enrolling them (0 for designs whose patients wait)
   */
  public CoupledTrialResult {
    n = n.clone();
    y = y.clone();
    responders = responders.clone();
    stageN = stageN.clone();
    stageY = stageY.clone();
    stageResponders = stageResponders.clone();
    patientLevels = patientLevels.clone();
    patientStartDays = patientStartDays.clone();
    backfilled = backfilled.clone();
    int k = n.length;
    if (y.length != k || responders.length != k || stageN.length != k || stageY.length != k
        || stageResponders.length != k || backfilled.length != k) {
      throw new IllegalArgumentException("all per-level arrays must have " + k + " entries");
    }
    if (turnedAway < 0) {
      throw new IllegalArgumentException("turnedAway = " + turnedAway + ": must be >= 0");
    }
    if (mtd < 0 || mtd > k || rp2d < 0 || rp2d > k) {
      throw new IllegalArgumentException("mtd = " + mtd + ", rp2d = " + rp2d + ": must be in 0.." + k);
    }
  }

  /**
   * Number of levels.
   *
   * @return number of levels
   */
  public int levelCount() {
    return n.length;
  }

  /**
   * Escalation sample size.
   *
   * @return escalation sample size
   */
  public int escalationSize() {
    return Arrays.stream(n).sum();
  }

  /**
   * Patients treated at {@code level} in escalation and stage.
   *
   * @param level the dose level, 1..K
   * @return patients treated at {@code level} in escalation and stage
   */
  public int treatedAt(int level) {
    return n[level - 1] + stageN[level - 1];
  }

  /**
   * Patients per level, escalation only (index 0 = level 1).
   *
   * @return patients per level, escalation only (index 0 = level 1)
   */
  @Override
  public int[] n() {
    return n.clone();
  }

  /**
   * DLTs per level, escalation only.
   *
   * @return DLTs per level, escalation only
   */
  @Override
  public int[] y() {
    return y.clone();
  }

  /**
   * Responders per level, escalation only.
   *
   * @return responders per level, escalation only
   */
  @Override
  public int[] responders() {
    return responders.clone();
  }

  /**
   * Patients per level in the optimisation stage (zeros without a stage).
   *
   * @return patients per level in the optimisation stage (zeros without a stage)
   */
  @Override
  public int[] stageN() {
    return stageN.clone();
  }

  /**
   * DLTs per level in the stage.
   *
   * @return DLTs per level in the stage
   */
  @Override
  public int[] stageY() {
    return stageY.clone();
  }

  /**
   * Responders per level in the stage.
   *
   * @return responders per level in the stage
   */
  @Override
  public int[] stageResponders() {
    return stageResponders.clone();
  }

  /**
   * Each escalation patient's level, in enrolment order.
   *
   * @return each escalation patient's level, in enrolment order
   */
  @Override
  public int[] patientLevels() {
    return patientLevels.clone();
  }

  /**
   * Patients per level who were backfilled (part of {@code n}; zeros for designs without backfilling).
   *
   * @return patients per level who were backfilled (part of {@code n}; zeros for designs without backfilling)
   */
  @Override
  public int[] backfilled() {
    return backfilled.clone();
  }

  /**
   * Each escalation patient's treatment start day.
   *
   * @return each escalation patient's treatment start day
   */
  @Override
  public double[] patientStartDays() {
    return patientStartDays.clone();
  }
}
