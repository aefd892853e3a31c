package org.escalon.simulation.design;

/**
 * Decorator: never treat a dose more than one level above the highest dose tried so far
 * (R {@code escalation::dont_skip_doses(when_escalating = TRUE)}).
 */
final class NoDoseSkipping extends DesignDecorator {

  NoDoseSkipping(EscalationDesign inner) {
    super(inner);
  }

  @Override
  public String name() {
    return inner.name() + " + noDoseSkipping";
  }

  @Override
  public Recommendation decide(TrialHistory history) {
    Recommendation r = inner.decide(history);
    if (r.proceeds() && history.patients() > 0) {
      int limit = history.highestTriedDose() + 1;
      if (r.nextDose() > limit) {
        return Recommendation.proceed(Decision.E, limit, r.cohortSize());
      }
    }
    return r;
  }
}
