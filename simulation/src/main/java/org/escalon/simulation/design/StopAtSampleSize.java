package org.escalon.simulation.design;

/** Decorator: stop once at least {@code n} patients have been treated (R {@code escalation::stop_at_n}). */
final class StopAtSampleSize extends DesignDecorator {

  private final int n;

  StopAtSampleSize(EscalationDesign inner, int n) {
    super(inner);
    if (n < 1) {
      throw new IllegalArgumentException("n = " + n + ": the stop-at sample size must be >= 1");
    }
    this.n = n;
  }

  @Override
  public String name() {
    return inner.name() + " + stopAtSampleSize(" + n + ")";
  }

  @Override
  public int maxSampleSize() {
    return Math.min(inner.maxSampleSize(), n - 1 + inner.maxCohortSize());
  }

  @Override
  public Recommendation decide(TrialHistory history) {
    Recommendation r = inner.decide(history);
    if (r.proceeds() && history.patients() >= n) {
      return Recommendation.stop(r.decision(), StopReason.SAMPLE_SIZE);
    }
    return r;
  }
}
