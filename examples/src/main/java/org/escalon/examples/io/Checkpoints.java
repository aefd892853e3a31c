package org.escalon.examples.io;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook: when the system property {@value #PAUSE_PROPERTY} is set (to a step number, 1-based), every step of
 * writing and committing outputs prints {@code escalon-checkpoint N STEP} on stderr, and step number N then sleeps
 * for {@value #PAUSE_MS} ms so that a test can send a signal at that exact point. Without the property it does
 * nothing. Used by the signal tests, which run a real command in a child JVM. Thread-safe.
 */
public final class Checkpoints {

  /** The system property that switches the hook on; its value is the step to pause at (0 = announce only). */
  public static final String PAUSE_PROPERTY = "escalon.test.pause-at";

  /** How long the chosen step pauses. */
  public static final long PAUSE_MS = 30_000;

  private static final AtomicInteger STEPS = new AtomicInteger();

  private Checkpoints() {}

  /**
   * Marks a step (a file written, a rename done, ...).
   *
   * @param step what was just done, for the announcement
   */
  public static void reached(String step) {
    String pauseAt = System.getProperty(PAUSE_PROPERTY);
    if (pauseAt == null) {
      return;
    }
    int n = STEPS.incrementAndGet();
    System.err.println("escalon-checkpoint " + n + " " + step);
    System.err.flush();
    if (Integer.toString(n).equals(pauseAt.trim())) {
      try {
        Thread.sleep(PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
