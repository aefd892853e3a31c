package org.escalon.simulation.trial;

import java.util.Objects;
import java.util.function.Supplier;
import org.escalon.core.output.PatientResult;

/**
 * What a coupled trial needs from one patient treated at one dose level. Immutable in what it reports; thread-safe.
 *
 * <p>Escalation reads only the DLT and the response (time-to-event designs also their days); the whole simulated
 * course ({@link #detail()}) and the neutropenia grade are read only by some listeners (patient exports). So an
 * outcome may be {@linkplain #deferred deferred}: the four decision values are known from a course simulated only as
 * far as they need, and the whole course is simulated the first time {@link #detail()} or {@link
 * #neutropeniaG3plus()} is read (once; the values are the same whichever thread reads them first, and the decision
 * values are checked against the whole course).
 */
public final class PatientOutcome {

  private final boolean dlt;
  private final boolean response;
  private final double dltDay;
  private final double responseDay;
  private boolean neutropeniaG3plus;
  private PatientResult detail;
  /** Simulates the whole course when first read; null once it has been (or for an outcome given whole). */
  private Supplier<PatientResult> course;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param dlt cycle-1 dose-limiting toxicity
   * @param response objective response (best confirmed PR or better)
   * @param neutropeniaG3plus grade &ge; 3 neutropenia during treatment
   * @param detail the whole simulated course, or {@code null} for sources without a PK/PD model
   * @param dltDay days from the patient's first dose to the DLT's onset, in (0, DLT window], NaN exactly when there is
   *     no DLT (time-to-event designs use it for pending / observed; docs/designs.md, "DLT onset and follow-up")
   * @param responseDay days from the first dose until the response is known, &gt; 0, NaN exactly when there is no
   *     response
   */
  public PatientOutcome(boolean dlt, boolean response, boolean neutropeniaG3plus, PatientResult detail,
      double dltDay, double responseDay) {
    this(dlt, response, dltDay, responseDay);
    this.neutropeniaG3plus = neutropeniaG3plus;
    this.detail = detail;
  }

  private PatientOutcome(boolean dlt, boolean response, double dltDay, double responseDay) {
    if (dlt == Double.isNaN(dltDay) || dltDay <= 0 || Double.isInfinite(dltDay)) {
      throw new IllegalArgumentException("dltDay = " + dltDay + " with dlt = " + dlt
          + ": must be a finite day > 0 exactly when there is a DLT, NaN otherwise");
    }
    if (response == Double.isNaN(responseDay) || responseDay <= 0 || Double.isInfinite(responseDay)) {
      throw new IllegalArgumentException("responseDay = " + responseDay + " with response = " + response
          + ": must be a finite day > 0 exactly when there is a response, NaN otherwise");
    }
    this.dlt = dlt;
    this.response = response;
    this.dltDay = dltDay;
    this.responseDay = responseDay;
  }

  /**
   * From a simulated course: the model's own DLT onset day and the day the response was confirmed.
   *
   * @param r one patient's simulated course
   * @return from a simulated course: the model's own DLT onset day and the day the response was confirmed
   */
  public static PatientOutcome of(PatientResult r) {
    return new PatientOutcome(r.dlt(), r.bestResponse().isObjectiveResponse(),
        r.grade(org.escalon.core.pd.AdverseEvent.NEUTROPENIA) >= 3, r, r.dltOnsetDay(), r.responseDay());
  }

  /**
   * An outcome whose decision values are known and whose whole course is simulated only when first read: {@link
   * #detail()} and {@link #neutropeniaG3plus()} then equal those of {@link #of(PatientResult) of(course.get())}.
   *
   * @param dlt cycle-1 dose-limiting toxicity
   * @param response objective response (best confirmed PR or better)
   * @param dltDay the DLT's onset day, NaN exactly when there is no DLT
   * @param responseDay the day the response is known, NaN exactly when there is no response
   * @param course simulates the whole course (called at most once, on the thread that first reads it); its DLT,
   *     response and their days must be the ones given, else reading it throws {@link IllegalStateException}
   * @return the deferred outcome
   */
  public static PatientOutcome deferred(boolean dlt, boolean response, double dltDay, double responseDay,
      Supplier<PatientResult> course) {
    PatientOutcome o = new PatientOutcome(dlt, response, dltDay, responseDay);
    o.course = Objects.requireNonNull(course, "course");
    return o;
  }

  /**
   * Cycle-1 dose-limiting toxicity.
   *
   * @return cycle-1 dose-limiting toxicity
   */
  public boolean dlt() {
    return dlt;
  }

  /**
   * Objective response (best confirmed PR or better).
   *
   * @return objective response (best confirmed PR or better)
   */
  public boolean response() {
    return response;
  }

  /**
   * Days from the patient's first dose to the DLT's onset, in (0, DLT window], NaN exactly when there is no DLT.
   *
   * @return days from the patient's first dose to the DLT's onset, NaN exactly when there is no DLT
   */
  public double dltDay() {
    return dltDay;
  }

  /**
   * Days from the first dose until the response is known, &gt; 0, NaN exactly when there is no response.
   *
   * @return days from the first dose until the response is known, NaN exactly when there is no response
   */
  public double responseDay() {
    return responseDay;
  }

  /**
   * Grade &ge; 3 neutropenia during treatment (a deferred outcome simulates its whole course for it).
   *
   * @return grade &ge; 3 neutropenia during treatment
   */
  public synchronized boolean neutropeniaG3plus() {
    complete();
    return neutropeniaG3plus;
  }

  /**
   * The whole simulated course, or {@code null} for sources without a PK/PD model (a deferred outcome simulates it
   * when first read).
   *
   * @return the whole simulated course, or {@code null}
   */
  public synchronized PatientResult detail() {
    complete();
    return detail;
  }

  private void complete() {
    if (course == null) {
      return;
    }
    PatientResult r = course.get();
    PatientOutcome whole = of(r);
    if (whole.dlt != dlt || whole.response != response
        || Double.doubleToLongBits(whole.dltDay) != Double.doubleToLongBits(dltDay)
        || Double.doubleToLongBits(whole.responseDay) != Double.doubleToLongBits(responseDay)) {
      throw new IllegalStateException("the whole course disagrees with the deferred outcome: " + whole + " vs "
          + this);
    }
    detail = r;
    neutropeniaG3plus = whole.neutropeniaG3plus;
    course = null;
  }

  /**
   * Equal when every value is equal, the whole courses included (by {@link PatientResult#equals}); so comparing a
   * deferred outcome simulates its whole course.
   *
   * @param o the other object
   * @return whether {@code o} is an outcome with the same values
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PatientOutcome)) {
      return false;
    }
    PatientOutcome p = (PatientOutcome) o;
    return dlt == p.dlt && response == p.response && Double.compare(dltDay, p.dltDay) == 0
        && Double.compare(responseDay, p.responseDay) == 0 && neutropeniaG3plus() == p.neutropeniaG3plus()
        && Objects.equals(detail(), p.detail()); // each accessor locks its own outcome only: no lock order
  }

  @Override
  public int hashCode() {
    return Objects.hash(dlt, response, dltDay, responseDay);
  }

  @Override
  public synchronized String toString() {
    return "PatientOutcome[dlt=" + dlt + ", response=" + response + ", dltDay=" + dltDay + ", responseDay="
        + responseDay + (course != null ? ", course deferred]" : ", neutropeniaG3plus=" + neutropeniaG3plus + "]");
  }
}
