package org.escalon.examples.cli;

/** A user error that the CLI reports as one line on stderr with exit status 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }

  /** The standard message: names the option, the bad value and what is allowed. */
  public static UsageException of(String option, Object value, String allowed) {
    return new UsageException("invalid value '" + value + "' for " + option + ": " + allowed);
  }
}
