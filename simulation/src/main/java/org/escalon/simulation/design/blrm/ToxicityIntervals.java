package org.escalon.simulation.design.blrm;

/**
 * The three DLT-probability intervals of the BLRM: underdosing [0, targetLower), target [targetLower, overdoseFrom),
 * overdosing [overdoseFrom, 1] (Neuenschwander et al. 2008, Stat Med 27:2420, doi:10.1002/sim.3230; defaults 0.16 and
 * 0.33).
 *
 * <p>OncoBayes2 closes its intervals on the right ([0, 0.16], (0.16, 0.33], (0.33, 1]); the posterior of p_j is
 * continuous, so a boundary has probability 0 and both conventions give the same numbers.
 *
 * @param targetLower the lower end of the target interval, in (0, overdoseFrom)
 * @param overdoseFrom the lower end of the overdosing interval, in (targetLower, 1)
 */
public record ToxicityIntervals(double targetLower, double overdoseFrom) {

  /** [0, 0.16), [0.16, 0.33), [0.33, 1]. */
  public static final ToxicityIntervals DEFAULT = new ToxicityIntervals(0.16, 0.33);

  /**
   * Validates, NaN-safe.
   *
   * @param targetLower the lower end of the target interval, in (0, overdoseFrom)
   * @param overdoseFrom the lower end of the overdosing interval, in (targetLower, 1)
   */
  public ToxicityIntervals {
    if (!(targetLower > 0 && targetLower < 1)) {
      throw new IllegalArgumentException("targetLower = " + targetLower + ": must be in (0, 1)");
    }
    if (!(overdoseFrom > targetLower && overdoseFrom < 1)) {
      throw new IllegalArgumentException(
          "overdoseFrom = " + overdoseFrom + ": must be in (targetLower = " + targetLower + ", 1)");
    }
  }
}
