package org.escalon.examples.cli;

/**
 * The simulation of one individual failed numerically (for example a step-size underflow for extreme but allowed
 * parameter values). The message names the individual (ID and data row), and the cause's message gives the time and
 * the reason; the CLI prints it as one line and exits with {@link #EXIT_CODE}.
 */
final class SimulationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit status of a run that stopped on a numerical failure (usage errors exit with 2). */
  static final int EXIT_CODE = 1;

  SimulationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
