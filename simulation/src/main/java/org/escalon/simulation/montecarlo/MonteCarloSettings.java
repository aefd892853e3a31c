package org.escalon.simulation.montecarlo;

/**
 * How many trials, from which master seed, on how many threads.
 *
 * @param trials the number of trials, ≥ 1
 * @param seed the master seed (any long)
 * @param threads worker threads, 1..1024; results do not depend on it
 */
public record MonteCarloSettings(int trials, long seed, int threads) {

  /**
   * Validates.
   *
   * @param trials the number of trials, ≥ 1
   * @param seed the master seed (any long)
   * @param threads worker threads, 1..1024; results do not depend on it
   */
  public MonteCarloSettings {
    if (trials < 1) {
      throw new IllegalArgumentException("trials = " + trials + ": must be >= 1");
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads = " + threads + ": must be in 1..1024");
    }
  }

  /**
   * Validated factory.
   *
   * @param trials the number of trials, ≥ 1
   * @param seed the master seed (any long)
   * @param threads worker threads, 1..1024; results do not depend on it
   * @return validated factory
   */
  public static MonteCarloSettings of(int trials, long seed, int threads) {
    return new MonteCarloSettings(trials, seed, threads);
  }

  /**
   * A copy with another thread count.
   *
   * @param t worker threads, 1..1024 (the results do not depend on it)
   * @return a copy with {@code t} threads (same trials and seed)
   */
  public MonteCarloSettings withThreads(int t) {
    return new MonteCarloSettings(trials, seed, t);
  }
}
