package org.escalon.benchmarks.ode;

/**
 * As {@link OnePatientCycleBenchmark} over a 6-cycle course (the default trial horizon); same parameters (use
 * {@code -p solver=fast -p pk=closed} for the hot path alone).
 */
public class OnePatientCoursesBenchmark extends OnePatientCycleBenchmark {

  @Override
  int cycles() {
    return 6;
  }
}
