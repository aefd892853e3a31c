package org.escalon.examples.sweep;

/**
 * A scenario file that cannot be used: the message names the file, the field path (e.g. {@code levels[2].dose_ug})
 * and what is allowed. The CLI reports it as one line with exit status 2.
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * A scenario error with its whole message (normally built by {@link #at}).
   *
   * @param message the message: {@code FILE: PATH: problem}
   */
  public ScenarioException(String message) {
    super(message);
  }

  /**
   * {@code FILE: PATH: problem}.
   *
   * @param file the file name used in messages
   * @param path the field path, e.g. {@code levels[2].dose_ug} (empty: the file as a whole)
   * @param problem what is wrong and what is allowed
   * @return {@code FILE: PATH: problem}
   */
  public static ScenarioException at(String file, String path, String problem) {
    return new ScenarioException(file + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem);
  }
}
