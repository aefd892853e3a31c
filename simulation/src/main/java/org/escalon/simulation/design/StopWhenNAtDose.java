package org.escalon.simulation.design;

/**
 * Decorator: stop when the dose the design would treat next already has at least {@code m} patients
 * (R {@code escalation::stop_when_n_at_dose(n, dose = "recommended")}).
 */
final class StopWhenNAtDose extends DesignDecorator {

  private final int m;

  StopWhenNAtDose(EscalationDesign inner, int m) {
    super(inner);
    if (m < 1) {
      throw new IllegalArgumentException("m = " + m + ": the number of patients at a dose must be >= 1");
    }
    this.m = m;
  }

  @Override
  public String name() {
    return inner.name() + " + stopWhenNAtDose(" + m + ")";
  }

  @Override
  public int maxSampleSize() {
    // no dose can exceed m − 1 + maxCohort patients
    return Math.min(inner.maxSampleSize(), inner.doseCount() * (m - 1 + inner.maxCohortSize()));
  }

  @Override
  public Recommendation decide(TrialHistory history) {
    Recommendation r = inner.decide(history);
    if (r.proceeds() && history.n(r.nextDose()) >= m) {
      return Recommendation.stop(r.decision(), StopReason.N_AT_DOSE);
    }
    return r;
  }
}
