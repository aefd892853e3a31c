package org.escalon.examples.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.Param;

/**
 * Grid expansion of a scenario file: the {@code grid} mapping ({@code axis: [values]}) becomes one file-shaped
 * mapping per combination, each value replacing the field of the same name. Model axes come first, in the order
 * written: {@code model.parameters.NAME} (a typical value; {@code model.typical.NAME} is its alias) and {@code
 * model.omega.NAME} (an ω) set one entry of the {@code model.parameters} (or, when the file uses the alias, {@code
 * model.typical}) or {@code model.omega} mapping, NAME being any {@link Param}; the other axes follow in the fixed
 * order {@link #AXES}; the first axis varies slowest. A single value on a list axis ({@code schedules: [QD d1-14,
 * QD d1-21]} as a grid axis) becomes a one-element list. Stateless.
 */
final class ScenarioGrid {

  /** Grid axes, in the order they vary (first slowest). */
  static final List<String> AXES = List.of("doses_ug", "schedules", "dex_mg", "target", "designs",
      "cohort_size", "cohorts", "cycles", "dose_holds");

  /** Axes whose field is a list: a grid value that is not a list is wrapped in one. */
  private static final List<String> LIST_AXES = List.of("doses_ug", "schedules", "dex_mg", "designs");

  /** Prefix of a typical-value axis ({@code model.parameters.DC50_M}). */
  static final String PARAMETERS = "model.parameters.";

  /** Older alias of {@link #PARAMETERS}. */
  static final String TYPICAL = "model.typical.";

  /** Prefix of an ω axis ({@code model.omega.CL}). */
  static final String OMEGA = "model.omega.";

  /** Largest number of grid points. */
  static final int MAX_POINTS = 256;

  private ScenarioGrid() {}

  /**
   * One combination.
   *
   * @param index 1-based point number
   * @param label e.g. {@code "dex_mg=20, target=0.25"}, or {@code "base"} without a grid
   * @param values the grid values of this point by axis, as plain Java values
   * @param origin for each grid-set field, the grid entry it came from ({@code target → grid.target[1]})
   * @param node the file as it reads for this point
   */
  record Point(int index, String label, Map<String, Object> values, Map<String, String> origin, ObjectNode node) {}

  /** The points of {@code root}: one {@code base} point without a grid, else one per combination. */
  static List<Point> expand(ScenarioBinding binding, ObjectNode root) {
    ObjectNode base = root.deepCopy();
    JsonNode grid = base.remove("grid");
    if (grid == null || grid.isNull() || (grid.isObject() && grid.isEmpty())) {
      return List.of(new Point(1, "base", Map.of(), Map.of(), root));
    }
    String file = binding.file();
    if (!grid.isObject()) {
      throw ScenarioException.at(file, "grid", "expected a mapping of axis: [values], got "
          + ScenarioBinding.describe(grid) + "; axes allowed: " + String.join(", ", AXES));
    }
    List<String> axes = axes(file, grid);
    List<ArrayNode> values = new ArrayList<>();
    long count = 1;
    for (String a : axes) {
      values.add((ArrayNode) grid.get(a));
      count *= grid.get(a).size();
    }
    if (count > MAX_POINTS) {
      throw ScenarioException.at(file, "grid", count + " grid points; allowed: at most " + MAX_POINTS);
    }
    List<Point> points = new ArrayList<>();
    int[] idx = new int[axes.size()];
    for (int p = 0; p < count; p++) {
      points.add(point(binding.mapper(), base, axes, values, idx, p + 1));
      for (int a = axes.size() - 1; a >= 0; a--) {
        if (++idx[a] < values.get(a).size()) {
          break;
        }
        idx[a] = 0;
      }
    }
    return points;
  }

  /** The grid's axes, checked: model axes in the order written, then the others in {@link #AXES} order. */
  private static List<String> axes(String file, JsonNode grid) {
    List<String> model = new ArrayList<>();
    List<String> axes = new ArrayList<>();
    for (Iterator<String> it = grid.fieldNames(); it.hasNext(); ) {
      String axis = it.next();
      if (modelParam(axis) != null) {
        checkModelAxis(file, axis, model);
        model.add(axis);
      } else if (AXES.contains(axis)) {
        axes.add(axis);
      } else {
        throw ScenarioException.at(file, "grid." + axis, "unknown grid axis; allowed: " + String.join(", ", AXES)
            + ", " + PARAMETERS + "NAME, " + OMEGA + "NAME (NAME a model parameter)");
      }
      JsonNode v = grid.get(axis);
      if (!v.isArray() || v.isEmpty()) {
        throw ScenarioException.at(file, "grid." + axis, "expected a non-empty list of values, got "
            + ScenarioBinding.describe(v));
      }
      if (modelParam(axis) != null) {
        distinct(file, axis, v);
      }
    }
    axes.sort((a, b) -> AXES.indexOf(a) - AXES.indexOf(b));
    model.addAll(axes);
    return model;
  }

  /** A model axis is an x axis: its numbers must differ (other values are left for the binding to report). */
  private static void distinct(String file, String axis, JsonNode values) {
    for (int i = 1; i < values.size(); i++) {
      for (int j = 0; j < i; j++) {
        JsonNode a = values.get(i);
        if (a.isNumber() && values.get(j).isNumber() && a.asDouble() == values.get(j).asDouble()) {
          throw ScenarioException.at(file, "grid." + axis + "[" + i + "]", "invalid value " + a + ", the same as grid."
              + axis + "[" + j + "]; allowed: distinct values");
        }
      }
    }
  }

  /** The parameter name of a model axis ({@code DC50_M} of {@code model.parameters.DC50_M}), else null. */
  static String modelParam(String axis) {
    for (String prefix : new String[] {PARAMETERS, TYPICAL, OMEGA}) {
      if (axis.startsWith(prefix)) {
        return axis.substring(prefix.length());
      }
    }
    return null;
  }

  /** The model mapping an axis sets: {@code omega}, else the typical-value field the file uses. */
  private static String modelField(String axis, JsonNode modelNode) {
    if (axis.startsWith(OMEGA)) {
      return "omega";
    }
    boolean alias = modelNode != null && modelNode.has("typical") && !modelNode.has("parameters");
    return alias ? "typical" : "parameters";
  }

  private static void checkModelAxis(String file, String axis, List<String> earlier) {
    String name = modelParam(axis);
    try {
      Param.byName(name);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (Param p : Param.all()) {
        names.add(p.name());
      }
      throw ScenarioException.at(file, "grid." + axis, "unknown model parameter '" + name + "'; allowed: "
          + String.join(", ", names));
    }
    boolean omega = axis.startsWith(OMEGA);
    for (String e : earlier) {
      if (e.startsWith(OMEGA) == omega && Param.byName(modelParam(e)) == Param.byName(name)) {
        throw ScenarioException.at(file, "grid." + axis, "the same parameter as grid." + e
            + " (model.typical is an alias of model.parameters); allowed: one axis per parameter");
      }
    }
  }

  private static Point point(ObjectMapper mapper, ObjectNode base, List<String> axes, List<ArrayNode> values,
      int[] idx, int index) {
    ObjectNode point = base.deepCopy();
    Map<String, Object> shown = new LinkedHashMap<>();
    Map<String, String> origin = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder();
    for (int a = 0; a < axes.size(); a++) {
      String axis = axes.get(a);
      JsonNode v = values.get(a).get(idx[a]);
      String field = axis;
      if (modelParam(axis) != null) {
        field = setModel(point, axis, v);
      } else {
        point.set(axis, LIST_AXES.contains(axis) && !v.isArray() ? JsonNodeFactory.instance.arrayNode().add(v) : v);
      }
      origin.put(field, "grid." + axis + "[" + idx[a] + "]");
      shown.put(axis, mapper.convertValue(v, Object.class));
      if (label.length() > 0) {
        label.append(", ");
      }
      label.append(axis).append('=').append(labelOf(v));
    }
    return new Point(index, label.toString(), shown, origin, point);
  }

  /**
   * Sets {@code model.FIELD.NAME = v} in {@code point} (creating the mappings when the file has none) and returns
   * the field path it set. A {@code model} or mapping of another type is left for the binding to report.
   */
  private static String setModel(ObjectNode point, String axis, JsonNode v) {
    JsonNode model = point.get("model");
    String field = modelField(axis, model);
    String name = modelParam(axis);
    String path = "model." + field + "." + name;
    if (model == null || model.isNull()) {
      model = point.putObject("model");
    }
    if (model.isObject()) {
      JsonNode map = model.get(field);
      if (map == null || map.isNull()) {
        map = ((ObjectNode) model).putObject(field);
      }
      if (map.isObject()) {
        ((ObjectNode) map).remove(sameName(map, name));
        ((ObjectNode) map).set(name, v);
      }
    }
    return path;
  }

  /** The keys of {@code map} that name {@code name} in another case (a grid axis replaces them). */
  private static List<String> sameName(JsonNode map, String name) {
    List<String> keys = new ArrayList<>();
    map.fieldNames().forEachRemaining(k -> {
      if (k.equalsIgnoreCase(name)) {
        keys.add(k);
      }
    });
    return keys;
  }

  private static String labelOf(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        parts.add(e.isTextual() ? e.asText() : e.isObject() && e.has("name") ? e.get("name").asText()
            : e.toString());
      }
      return String.join("/", parts);
    }
    return v.toString();
  }
}
