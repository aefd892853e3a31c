package org.escalon.examples.sweep;

import java.util.Map;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.input.Limit;

/**
 * Value checks for one (possibly grid-expanded) scenario: a value outside its range is a {@link ScenarioException}
 * naming the file, the field path (or the grid entry that set it), the value as written and what is allowed; a
 * missing optional value takes its default. Immutable.
 */
final class FieldChecks {

  private final String file;
  private final Map<String, String> origin;

  FieldChecks(String file, Map<String, String> origin) {
    this.file = file;
    this.origin = Map.copyOf(origin);
  }

  /** The path as shown: a grid-set field names its grid entry. */
  String path(String path) {
    return ScenarioBinding.origin(path, origin);
  }

  /** {@code FILE: PATH: problem}. */
  ScenarioException at(String path, String problem) {
    return ScenarioException.at(file, path(path), problem);
  }

  /** {@code FILE: PATH: invalid value V; allowed: ...}. */
  ScenarioException bad(String path, Object value, String allowed) {
    return at(path, "invalid value " + show(value) + "; allowed: " + allowed);
  }

  /** A value as written: whole numbers without a decimal point, text in quotes. */
  static String show(Object v) {
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return v instanceof String ? "'" + v + "'" : String.valueOf(v);
  }

  /** {@code v}, or {@code dflt} when not given; must be within {@code limit} (the table every input shares). */
  double number(Double v, double dflt, String path, Limit limit) {
    if (v == null) {
      return dflt;
    }
    if (!limit.contains(v)) {
      throw bad(path, v, limit.allowed());
    }
    return v;
  }

  /** {@code v}, or {@code dflt} when not given; must be within {@code limit}. */
  int integer(Integer v, int dflt, String path, Limit limit) {
    return v == null ? dflt : (int) number(v.doubleValue(), dflt, path, limit);
  }

  /** A schedule in its text form (required). */
  Schedule schedule(String text, String path) {
    if (text == null) {
      throw at(path, "missing; allowed: " + Schedule.ALLOWED);
    }
    try {
      return Schedule.parse(text);
    } catch (IllegalArgumentException e) {
      throw bad(path, text, "a schedule such as " + Schedule.ALLOWED);
    }
  }
}
