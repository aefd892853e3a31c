package org.escalon.core.model;

/**
 * The simulation of one patient failed numerically: the integrator's step size underflowed, its step budget ran
 * out or the derivatives stopped being finite (for example for extreme but allowed parameter values, or a sampled
 * individual far in the tail of a wide ω). Thrown by {@link PatientSimulator}, which knows the study day and the
 * reason but not who the patient is; each caller that does know adds it with {@link #of(String)} (a virtual
 * patient's index and sampled parameters, an individual's ID and data row, the trial, the grid point), so the
 * message reads as one line:
 *
 * <pre>
 *   WHO: simulation failed on study day D: REASON (with the time t in hours)
 * </pre>
 *
 * <p>Immutable; {@link #of(String)} returns a new exception that keeps the first cause.
 */
public final class SimulationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The patient as the message names it, or null before the caller has named them. */
  private final String who;
  /** The study day of the failure, 0-based (shown 1-based). */
  private final int day;
  /** Why the integration failed (step-size underflow, step budget, non-finite derivatives). */
  private final String reason;

  private SimulationFailedException(String who, int day, String reason, Throwable cause) {
    super((who == null ? "" : who + ": ") + "simulation failed on study day " + (day + 1) + ": " + reason, cause);
    this.who = who;
    this.day = day;
    this.reason = reason;
  }

  /**
   * A failure on the 0-based study day {@code day}.
   *
   * @param day the study day, 0-based (shown 1-based in the message)
   * @param cause the integrator's or the model's exception: its message is the reason
   * @return a failure on the 0-based study day {@code day}
   */
  public static SimulationFailedException onDay(int day, RuntimeException cause) {
    String m = cause.getMessage();
    return new SimulationFailedException(null, day, m == null ? cause.getClass().getSimpleName() : m, cause);
  }

  /**
   * The same failure, named: {@code who} is prefixed to the names already given ({@code "trial 3, patient 2"}).
   *
   * @param who the patient, as the message should name it (e.g. {@code virtual patient 15 (age 73.7; ...)})
   * @return the same failure, named: {@code who} is prefixed to the names already given ({@code "trial 3, patient 2"})
   */
  public SimulationFailedException of(String who) {
    return new SimulationFailedException(this.who == null ? who : who + ", " + this.who, day, reason, getCause());
  }

  /**
   * Who failed, as named by the callers (null when nobody named the patient).
   *
   * @return who failed, as named by the callers (null when nobody named the patient)
   */
  public String who() {
    return who;
  }

  /**
   * The 0-based study day of the failure.
   *
   * @return the 0-based study day of the failure
   */
  public int day() {
    return day;
  }

  /**
   * What failed, with the time in hours (the integrator's message).
   *
   * @return what failed, with the time in hours (the integrator's message)
   */
  public String reason() {
    return reason;
  }
}
