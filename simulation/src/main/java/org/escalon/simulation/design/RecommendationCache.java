package org.escalon.simulation.design;

/**
 * Pre-built immutable {@link Recommendation}s for every (decision, dose, cohort size ≤ max) and every
 * (decision, stop reason), so that designs allocate nothing per decision on the hot path.
 */
final class RecommendationCache {

  private static final Decision[] DECISIONS = Decision.values();
  private static final StopReason[] REASONS = StopReason.values();

  private final int doseCount;
  private final int maxCohort;
  private final Recommendation[] proceed; // [decision][dose 1..K][size 1..maxCohort]
  private final Recommendation[] stop; // [decision][reason]

  RecommendationCache(int doseCount, int maxCohort) {
    this.doseCount = doseCount;
    this.maxCohort = maxCohort;
    this.proceed = new Recommendation[DECISIONS.length * doseCount * maxCohort];
    for (Decision d : DECISIONS) {
      for (int dose = 1; dose <= doseCount; dose++) {
        for (int s = 1; s <= maxCohort; s++) {
          proceed[index(d, dose, s)] = Recommendation.proceed(d, dose, s);
        }
      }
    }
    this.stop = new Recommendation[DECISIONS.length * REASONS.length];
    for (Decision d : DECISIONS) {
      for (StopReason r : REASONS) {
        if (r != StopReason.NONE) {
          stop[d.ordinal() * REASONS.length + r.ordinal()] = Recommendation.stop(d, r);
        }
      }
    }
  }

  private int index(Decision d, int dose, int size) {
    return (d.ordinal() * doseCount + dose - 1) * maxCohort + size - 1;
  }

  Recommendation proceed(Decision d, int dose, int size) {
    if (dose < 1 || dose > doseCount || size < 1 || size > maxCohort) {
      return Recommendation.proceed(d, dose, size); // validates and throws
    }
    return proceed[index(d, dose, size)];
  }

  Recommendation stop(Decision d, StopReason reason) {
    if (reason == StopReason.NONE) {
      return Recommendation.stop(d, reason); // throws
    }
    return stop[d.ordinal() * REASONS.length + reason.ordinal()];
  }
}
