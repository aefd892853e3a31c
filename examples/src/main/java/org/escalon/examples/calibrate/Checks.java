package org.escalon.examples.calibrate;

import java.util.function.Supplier;
import org.escalon.examples.sweep.ScenarioException;

/**
 * Field checks of a calibration file: every problem becomes a {@link ScenarioException} {@code FILE: PATH:
 * problem}; the library's own messages ({@code name = value: must be …}) are kept and placed at the field path.
 * Immutable.
 */
final class Checks {

  /** A library error to be reported at a sub-field of the current path. */
  static final class Located extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    Located(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  private final String file;

  Checks(String file) {
    this.file = file;
  }

  /** {@code FILE: PATH: problem}. */
  ScenarioException at(String path, String problem) {
    return ScenarioException.at(file, path, problem);
  }

  /** {@code FILE: PATH: invalid value V; allowed: ...}. */
  ScenarioException bad(String path, Object value, String allowed) {
    String shown = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    return at(path, "invalid value " + shown + "; allowed: " + allowed);
  }

  /** {@code v}; a missing value is an error naming what is allowed. */
  <T> T required(T v, String path, String allowed) {
    if (v == null) {
      throw at(path, "missing (required); allowed: " + allowed);
    }
    return v;
  }

  /** {@code v}, or {@code dflt} when not given; must be in [lo, hi]. */
  int integer(Integer v, int dflt, String path, int lo, int hi) {
    if (v == null) {
      return dflt;
    }
    if (v < lo || v > hi) {
      throw bad(path, v, "a whole number in [" + lo + ", " + hi + "]");
    }
    return v;
  }

  /** Runs a library call; its {@link IllegalArgumentException} is reported at {@code path}. */
  <T> T call(String path, Supplier<T> f) {
    try {
      return f.get();
    } catch (Located e) {
      throw at(path + e.field, e.getMessage());
    } catch (ScenarioException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw at(path, e.getMessage());
    }
  }
}
