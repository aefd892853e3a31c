package org.escalon.examples.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.escalon.core.output.Estimate;
import org.escalon.examples.sweep.PointTable.Row;
import org.escalon.examples.sweep.Sweep.PointResult;

/**
 * How the operating characteristics move with each model assumption varied on the grid: one {@link Panel} per
 * model axis ({@code model.parameters.NAME}, {@code model.omega.NAME}) with two or more values, holding one {@link
 * Series} per design, arm and combination of the other varied axes, with the axis value as x. Nothing is averaged
 * over the other axes: each of their combinations is its own series. Stateless.
 */
final class Sensitivity {

  private Sensitivity() {}

  /**
   * One line of a panel.
   *
   * @param arm the arm
   * @param design the design
   * @param fixed the values of the other varied axes along this line
   * @param x the model axis values, increasing
   * @param values per quantity of {@link PointTable#QUANTITIES}, one value per x
   */
  record Series(String arm, String design, Map<String, Object> fixed, double[] x, Map<String, List<Estimate>> values) {}

  /**
   * The panel of one model axis.
   *
   * @param axis the grid axis ({@code model.parameters.DC50_M})
   * @param parameter the parameter name ({@code DC50_M})
   * @param omega whether the axis is an ω (else a typical value)
   * @param series the lines
   */
  record Panel(String axis, String parameter, boolean omega, List<Series> series) {

    /** Axis title: {@code "typical DC50_M"} or {@code "ω of EMAXN"}. */
    String title() {
      return omega ? "ω of " + parameter : "typical " + parameter;
    }
  }

  /** The panels of a sweep, in grid-axis order; empty when no model axis has two or more values. */
  static List<Panel> panels(List<PointResult> results) {
    List<String> varied = varied(results);
    List<Row> rows = PointTable.rows(results);
    List<Panel> panels = new ArrayList<>();
    for (String axis : varied) {
      String param = ScenarioGrid.modelParam(axis);
      if (param == null) {
        continue;
      }
      Map<List<Object>, List<Row>> lines = new LinkedHashMap<>();
      for (Row r : rows) {
        List<Object> key = new ArrayList<>(List.of(r.arm(), r.design()));
        for (String other : varied) {
          if (!other.equals(axis)) {
            key.add(r.point().values().get(other));
          }
        }
        lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
      List<Series> series = new ArrayList<>();
      for (List<Row> line : lines.values()) {
        series.add(series(axis, varied, line));
      }
      panels.add(new Panel(axis, param, axis.startsWith(ScenarioGrid.OMEGA), series));
    }
    return panels;
  }

  private static Series series(String axis, List<String> varied, List<Row> line) {
    List<Row> sorted = new ArrayList<>(line);
    sorted.sort((a, b) -> Double.compare(x(a, axis), x(b, axis)));
    double[] x = new double[sorted.size()];
    Map<String, List<Estimate>> values = new LinkedHashMap<>();
    for (String q : PointTable.QUANTITIES) {
      values.put(q, new ArrayList<>());
    }
    for (int i = 0; i < x.length; i++) {
      x[i] = x(sorted.get(i), axis);
      for (String q : PointTable.QUANTITIES) {
        values.get(q).add(sorted.get(i).values().get(q));
      }
    }
    Row first = sorted.get(0);
    Map<String, Object> fixed = new LinkedHashMap<>();
    for (String other : varied) {
      if (!other.equals(axis)) {
        fixed.put(other, first.point().values().get(other));
      }
    }
    return new Series(first.arm(), first.design(), fixed, x, values);
  }

  private static double x(Row r, String axis) {
    return ((Number) r.point().values().get(axis)).doubleValue();
  }

  /** The grid axes that take two or more different values. */
  static List<String> varied(List<PointResult> results) {
    List<String> out = new ArrayList<>();
    for (String axis : PointTable.axes(results)) {
      Set<Object> seen = new LinkedHashSet<>();
      for (PointResult pr : results) {
        seen.add(Objects.toString(pr.point().values().get(axis)));
      }
      if (seen.size() > 1) {
        out.add(axis);
      }
    }
    return out;
  }

  /** A short name for an axis in legends: {@code DC50_M}, {@code ω(EMAXN)}, or the axis itself. */
  static String shortName(String axis) {
    String p = ScenarioGrid.modelParam(axis);
    return p == null ? axis : axis.startsWith(ScenarioGrid.OMEGA) ? "ω(" + p + ")" : p;
  }

  /** The legend of a series: design, then the arm when the sweep has several, then the fixed axes. */
  static String label(Series s, boolean showArm) {
    StringBuilder b = new StringBuilder(s.design());
    if (showArm) {
      b.append(" · ").append(s.arm());
    }
    for (Map.Entry<String, Object> e : s.fixed().entrySet()) {
      b.append(" · ").append(shortName(e.getKey())).append('=').append(PointTable.show(e.getValue()));
    }
    return b.toString();
  }

  /** The {@code sensitivity} object of summary.json: per panel, its axis and its series. */
  static List<Object> toJson(List<Panel> panels) {
    List<Object> out = new ArrayList<>();
    for (Panel p : panels) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("axis", p.axis());
      m.put("parameter", p.parameter());
      m.put("kind", p.omega() ? "omega" : "typical");
      List<Object> series = new ArrayList<>();
      for (Series s : p.series()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("arm", s.arm());
        sm.put("design", s.design());
        sm.put("fixed", s.fixed());
        sm.put("x", s.x());
        for (Map.Entry<String, List<Estimate>> e : s.values().entrySet()) {
          List<Double> v = new ArrayList<>();
          List<Double> se = new ArrayList<>();
          for (Estimate x : e.getValue()) {
            v.add(Double.isFinite(x.value()) ? x.value() : null);
            se.add(Double.isFinite(x.se()) ? x.se() : null);
          }
          sm.put(e.getKey(), v);
          sm.put(e.getKey() + "_se", se);
        }
        series.add(sm);
      }
      m.put("series", series);
      out.add(m);
    }
    return out;
  }
}
