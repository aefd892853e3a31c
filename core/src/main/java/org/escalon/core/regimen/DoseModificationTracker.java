package org.escalon.core.regimen;

import java.util.Objects;

/**
 * One patient's cemsidomide dose under a {@link DoseModificationRule}: holds, resumptions one ladder level lower,
 * discontinuation. Each treatment day after the first, {@link #judge} looks at the previous day's pre-dose counts:
 *
 * <pre>
 *   not on hold:  ANC &lt; holdAncBelow or platelets &lt; holdPlateletsBelow   → hold (holds + 1)
 *   on hold:      ANC ≥ resumeAncAtLeast and platelets ≥ resumePlateletsAtLeast → resume;
 *                 if holds ≥ reduceFromHold: one level lower on the ladder (reductions + 1),
 *                 or discontinue when there is no lower level
 * </pre>
 *
 * <p>A mutable engine, reused across patients with {@link #start(double)}: not thread-safe.
 */
public final class DoseModificationTracker {

  private final DoseModificationRule rule;
  private double doseUg;
  private boolean onHold;
  private boolean discontinued;
  private int holds;
  private int reductions;

  /**
   * A tracker for {@code rule}; call {@link #start(double)} before each patient.
   *
   * @param rule a tracker for {@code rule}; call {@link #start(double)} before each patient
   */
  public DoseModificationTracker(DoseModificationRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * Starts a patient on the planned dose {@code doseUg} (µg): no hold, no reduction.
   *
   * @param doseUg cemsidomide dose per dosing day (µg), &ge; 0
   */
  public void start(double doseUg) {
    this.doseUg = doseUg;
    onHold = false;
    discontinued = false;
    holds = 0;
    reductions = 0;
  }

  /**
   * Judges the previous day's pre-dose ANC and platelets (×10⁹/L); does nothing when the rule is off or the
   * patient is discontinued.
   *
   * @param ancE9PerL the previous day's observed ANC, ×10⁹/L
   * @param plateletsE9PerL the previous day's platelet count, ×10⁹/L
   */
  public void judge(double ancE9PerL, double plateletsE9PerL) {
    if (!rule.enabled() || discontinued) {
      return;
    }
    if (!onHold) {
      if (ancE9PerL < rule.holdAncBelow() || plateletsE9PerL < rule.holdPlateletsBelow()) {
        onHold = true;
        holds++;
      }
    } else if (ancE9PerL >= rule.resumeAncAtLeast() && plateletsE9PerL >= rule.resumePlateletsAtLeast()) {
      onHold = false;
      if (holds >= rule.reduceFromHold()) {
        double next = rule.reducedDoseUg(doseUg);
        reductions++;
        if (next > 0) {
          doseUg = next;
        } else {
          discontinued = true;
        }
      }
    }
  }

  /**
   * Whether a planned cemsidomide dose is given today: not on hold, not discontinued, dose &gt; 0.
   *
   * @return whether a planned cemsidomide dose is given today: not on hold, not discontinued, dose &gt; 0
   */
  public boolean mayDose() {
    return !onHold && !discontinued && doseUg > 0;
  }

  /**
   * The current dose (µg).
   *
   * @return the current dose (µg)
   */
  public double doseUg() {
    return doseUg;
  }

  /**
   * Whether the patient is on hold.
   *
   * @return whether the patient is on hold
   */
  public boolean onHold() {
    return onHold;
  }

  /**
   * Whether cemsidomide was discontinued (no lower dose level).
   *
   * @return whether cemsidomide was discontinued (no lower dose level)
   */
  public boolean discontinued() {
    return discontinued;
  }

  /**
   * Number of holds so far.
   *
   * @return number of holds so far
   */
  public int holds() {
    return holds;
  }

  /**
   * Number of reductions so far.
   *
   * @return number of reductions so far
   */
  public int reductions() {
    return reductions;
  }
}
