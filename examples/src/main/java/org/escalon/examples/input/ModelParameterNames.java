package org.escalon.examples.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.escalon.core.model.Param;

/** Model parameter names as scenario and calibration files write them, with one message for an unknown name. */
public final class ModelParameterNames {
  private ModelParameterNames() {}

  /**
   * The parameter called {@code name} (case-insensitive); otherwise the exception that {@code error} builds from a
   * one-line message naming the unknown parameter and listing the allowed ones.
   *
   * @param name the parameter's name as typed, e.g. {@code DC50_M} (case-insensitive)
   * @param error builds the exception, from the message, that the caller throws (so the CLI, scenario files and
   *     the CSV reader each report it in their own form)
   * @return the parameter called {@code name} (case-insensitive); otherwise the exception that {@code error} builds
   *     from a one-line message naming the unknown parameter and listing the allowed ones
   */
  public static Param param(String name, Function<String, ? extends RuntimeException> error) {
    try {
      return Param.byName(name);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (Param p : Param.all()) {
        names.add(p.name());
      }
      throw error.apply("unknown model parameter '" + name + "'; allowed: " + String.join(", ", names));
    }
  }
}
