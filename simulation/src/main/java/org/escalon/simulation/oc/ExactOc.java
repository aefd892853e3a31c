package org.escalon.simulation.oc;

import java.util.Locale;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.trial.FixedToxicity;

/**
 * Exact operating characteristics by dynamic programming over trial states.
 *
 * <p>A state is (n_j, y_j for every dose, current dose), plus the last cohort's size and DLTs for designs that
 * read them ({@link EscalationDesign#decidesFromLastCohort()}, such as the CRM); designs decide from it alone. States
 * are grouped by the
 * number of patients treated t, which only grows, so layers t = 0, 1, …, maxSampleSize are processed in order:
 * <pre>
 *   P(start) = 1
 *   for each state s with probability P(s) in layer t:
 *     design stops at s:  add P(s) × (selection of s, n_j, y_j, t, …) to the expectations
 *     else cohort of size c at dose d:  P(s') += P(s) · C(c, k) p_d^k (1 − p_d)^(c − k),  k = 0..c,
 *          s' = s with n_d + c, y_d + k, current dose d, in layer t + c
 * </pre>
 * Binomial probabilities come from Hipparchus {@code BinomialDistribution}. The results carry no Monte Carlo error
 * (standard errors 0). For BOIN with 5 doses and 10 cohorts of 3 this visits a few tens of thousands of states.
 *
 * <h2>Size guard</h2>
 * The number of states grows quickly with doses and cohorts (BOIN with 6 doses and 15 cohorts of 3: a few seconds; with
 * 8
 * doses and 20 cohorts: more than the default 10 million). Before it starts, a computation fixes its state limit:
 * {@code maxStates}, lowered to what half of the
 * JVM's maximum heap holds at {@code StateLayout.bytesPerState()} bytes per state. Every new state is counted. After
 * the first 200,000 states the growth of the state space is projected over the remaining cohorts; a projection more
 * than 100 times the limit is refused at once (30 doses × 100 cohorts of 10: within about a second). Otherwise the
 * computation stops as soon as the limit is passed — before memory runs out. The
 * {@link IllegalArgumentException} names the estimated or reached size, an upper bound on the size of the state
 * space ({@code StateLayout.countBound}) and the limit.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExactOc {

  /** The default limit on trial states (a few seconds of work). */
  public static final long DEFAULT_MAX_STATES = 10_000_000L;

  private ExactOc() {}

  /**
   * Exact operating characteristics of {@code design} for fixed true DLT probabilities.
   *
   * @param design any design of this library (decisions depend on the counts only)
   * @param toxicity the true DLT probabilities, one per dose
   * @param target the target used to find the true MTD for "% above MTD", in (0, 1) (NaN: not reported)
   * @return exact operating characteristics of {@code design} for fixed true DLT probabilities
   */
  public static OperatingCharacteristics compute(EscalationDesign design, FixedToxicity toxicity, double target) {
    return compute(design, toxicity, target, DEFAULT_MAX_STATES);
  }

  /**
   * As {@link #compute(EscalationDesign, FixedToxicity, double)}, refusing with an {@link IllegalArgumentException}
   * once more than {@code maxStates} trial states (or more than the heap holds) would be needed (see the class
   * comment).
   *
   * @param design any design of this library (decisions depend on the counts only)
   * @param toxicity the true DLT probabilities, one per dose
   * @param target the target used to find the true MTD for "% above MTD", in (0, 1) (NaN: not reported)
   * @param maxStates &ge; 1
   * @return the exact operating characteristics
   */
  public static OperatingCharacteristics compute(
      EscalationDesign design, FixedToxicity toxicity, double target, long maxStates) {
    if (maxStates < 1) {
      throw new IllegalArgumentException("maxStates = " + maxStates + ": must be >= 1");
    }
    if (design == null || toxicity == null) {
      throw new IllegalArgumentException("design and toxicity must not be null");
    }
    if (toxicity.doseCount() != design.doseCount()) {
      throw new IllegalArgumentException(
          "design has " + design.doseCount() + " doses but toxicity has " + toxicity.doseCount());
    }
    if (!Double.isNaN(target) && !(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target = " + target + ": must be in (0, 1), or NaN for not reported");
    }
    StateLayout layout = new StateLayout(design.doseCount(), design.maxSampleSize(),
        design.decidesFromLastCohort() ? design.maxCohortSize() : 0);
    long limit = stateLimit(layout, maxStates, Runtime.getRuntime().maxMemory());
    ExactRun run = new ExactRun(design, toxicity, layout, limit);
    try {
      return run.compute(Double.isNaN(target) ? 0 : toxicity.trueMtd(target));
    } catch (ExactRun.TooManyStates e) {
      double bound = StateLayout.countBound(design.doseCount(), design.startDose(), design.maxCohortSize(),
          design.maxSampleSize());
      String size = Double.isNaN(e.projected)
          ? String.format(Locale.ROOT, "more than %d trial states (%d created by patient %d of %d;", limit,
              e.created, e.patients, design.maxSampleSize())
          : String.format(Locale.ROOT, "an estimated %.3g trial states (projected after %d created by patient %d"
              + " of %d;", e.projected, e.created, e.patients, design.maxSampleSize());
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "exact operating characteristics of %s need %s at most %.3g by the count bound); limit = %d"
              + " (maxStates = %d, or what half of the %d MB heap holds at %d bytes per state): use Monte Carlo"
              + " instead",
          design.name(), size, bound, limit, maxStates, Runtime.getRuntime().maxMemory() >> 20,
          layout.bytesPerState()));
    }
  }

  /** The state limit in effect: {@code maxStates}, lowered to what half of {@code maxHeapBytes} holds. */
  static long stateLimit(StateLayout layout, long maxStates, long maxHeapBytes) {
    long fit = maxHeapBytes / 2 / layout.bytesPerState();
    long arrays = (Integer.MAX_VALUE / 4L) / layout.words(); // a hash table's key array must stay an int-indexed array
    return Math.max(1, Math.min(maxStates, Math.min(fit, arrays)));
  }
}
