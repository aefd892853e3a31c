package org.escalon.examples.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plot of a {@link Figure}: an x axis that is numeric or a list of categories, a numeric y axis, and layers
 * drawn in the order added — grouped or stacked bars (categories), lines with optional markers and error bars,
 * histogram step lines and horizontal reference lines. Series are coloured by name, the same in every panel of
 * the figure. Build with the fluent methods; not thread-safe.
 */
public final class Panel {

  /** A layer of the panel. */
  sealed interface Layer permits Bars, Line, Steps, Reference {
    /** The series name (the label of a reference line). */
    String name();

    /** Its own colour, or null for the figure's colour of the name. */
    Color color();
  }

  /** Bars at the categories, grouped beside the other {@code Bars} layers or stacked on them. */
  record Bars(String name, double[] y, double[] err, boolean stacked, Color color) implements Layer { }

  /**
   * A line through (x, y) (x null: at the categories), with ±err bars when err is not null; {@code joined} false
   * draws the markers only (a scatter).
   */
  record Line(String name, double[] x, double[] y, double[] err, boolean markers, boolean dashed, boolean joined,
      Color color) implements Layer { }

  /** A histogram as a step line: {@code heights[i]} over [edges[i], edges[i + 1]). */
  record Steps(String name, double[] edges, double[] heights, Color color) implements Layer { }

  /** A dashed horizontal line at y. */
  record Reference(String name, double y, Color color) implements Layer { }

  final String title;
  String xTitle;
  String yTitle;
  List<String> categories;
  Double yMin;
  Double yMax;
  Double xMin;
  Double xMax;
  boolean integerX;
  boolean logY;
  final List<Layer> layers = new ArrayList<>();

  Panel(String title) {
    this.title = title;
  }

  /**
   * A numeric x axis titled {@code title}.
   *
   * @param title a numeric x axis titled {@code title}
   * @return a numeric x axis titled {@code title}
   */
  public Panel x(String title) {
    this.xTitle = title;
    return this;
  }

  /**
   * A numeric x axis with whole-number ticks only (counts).
   *
   * @param title a numeric x axis with whole-number ticks only (counts)
   * @return a numeric x axis with whole-number ticks only (counts)
   */
  public Panel integerX(String title) {
    this.xTitle = title;
    this.integerX = true;
    return this;
  }

  /**
   * The x range (null ends from the data).
   *
   * @param min the lower end of the x axis, or null to take it from the data
   * @param max the upper end, or null to take it from the data
   * @return the x range (null ends from the data)
   */
  public Panel xRange(Double min, Double max) {
    this.xMin = min;
    this.xMax = max;
    return this;
  }

  /**
   * Categories along x, one slot each.
   *
   * @param title the x axis title
   * @param labels the category labels, left to right
   * @return categories along x, one slot each
   */
  public Panel categories(String title, List<String> labels) {
    this.xTitle = title;
    this.categories = List.copyOf(labels);
    return this;
  }

  /**
   * The y axis title and range (null ends from the data; the lower end defaults to 0 when all data ≥ 0).
   *
   * @param title the y axis title (with its unit)
   * @param min the lower end, or null (0 when all data are ≥ 0, else from the data)
   * @param max the upper end, or null to take it from the data
   * @return the y axis title and range (null ends from the data; the lower end defaults to 0 when all data ≥ 0)
   */
  public Panel y(String title, Double min, Double max) {
    this.yTitle = title;
    this.yMin = min;
    this.yMax = max;
    return this;
  }

  /**
   * A logarithmic y axis (base 10, ticks at powers of ten) for lines and points; non-positive values are not drawn
   * (bars and histograms need a linear axis).
   *
   * @return this panel
   */
  public Panel logY() {
    this.logY = true;
    return this;
  }

  /**
   * Grouped bars (one group per category) with ±err bars (null for none).
   *
   * @param series the series name, shown in the legend
   * @param y the bar height per category
   * @param err the half-width of each bar's error bar (e.g. one standard error), or null for none
   * @return grouped bars (one group per category) with ±err bars (null for none)
   */
  public Panel bars(String series, double[] y, double[] err) {
    layers.add(new Bars(series, checkCategories(y), err == null ? null : err.clone(), false, null));
    return this;
  }

  /**
   * Bars stacked on the previous stacked bars, in {@code color}.
   *
   * @param series the series name, shown in the legend
   * @param y the bar height per category, stacked on the bars before
   * @param color the fill colour
   * @return bars stacked on the previous stacked bars, in {@code color}
   */
  public Panel stacked(String series, double[] y, Color color) {
    layers.add(new Bars(series, checkCategories(y), null, true, color));
    return this;
  }

  /**
   * A line with markers and ±err bars (null for none); {@code x} null puts the points at the categories.
   *
   * @param series the series name, shown in the legend
   * @param x x of each point, or null to put the points at the categories
   * @param y y of each point
   * @param err the half-width of each point's error bar, or null for none
   * @param markers {@code true} to draw a marker at each point
   * @return a line with markers and ±err bars (null for none); {@code x} null puts the points at the categories
   */
  public Panel line(String series, double[] x, double[] y, double[] err, boolean markers) {
    layers.add(new Line(series, x == null ? null : x.clone(), y.clone(), err == null ? null : err.clone(), markers,
        false, true, null));
    return this;
  }

  /**
   * Markers at (x, y), not joined (a scatter).
   *
   * @param series the series name, shown in the legend
   * @param x x of each point
   * @param y y of each point
   * @return this panel
   */
  public Panel points(String series, double[] x, double[] y) {
    layers.add(new Line(series, x.clone(), y.clone(), null, true, false, false, null));
    return this;
  }

  /**
   * A dashed line in {@code color}, without markers.
   *
   * @param series the series name, shown in the legend
   * @param x x of each point
   * @param y y of each point
   * @param color the line colour
   * @return a dashed line in {@code color}, without markers
   */
  public Panel dashed(String series, double[] x, double[] y, Color color) {
    layers.add(new Line(series, x.clone(), y.clone(), null, false, true, true, color));
    return this;
  }

  /**
   * A histogram as a step line.
   *
   * @param series the series name, shown in the legend
   * @param edges the bin edges, increasing (one more than the heights)
   * @param heights the height of each bin
   * @return a histogram as a step line
   */
  public Panel steps(String series, double[] edges, double[] heights) {
    if (edges.length != heights.length + 1) {
      throw new IllegalArgumentException("edges = " + edges.length + ", heights = " + heights.length
          + ": need one edge more than heights");
    }
    layers.add(new Steps(series, edges.clone(), heights.clone(), null));
    return this;
  }

  /**
   * A dashed horizontal reference line, labelled at its right end.
   *
   * @param label the label at the line's right end
   * @param y the line's y value
   * @param color the line colour
   * @return a dashed horizontal reference line, labelled at its right end
   */
  public Panel reference(String label, double y, Color color) {
    layers.add(new Reference(Objects.requireNonNull(label, "label"), y, color));
    return this;
  }

  private double[] checkCategories(double[] y) {
    if (categories == null || y.length != categories.size()) {
      throw new IllegalArgumentException("bars need categories first, one value per category; got " + y.length);
    }
    return y.clone();
  }
}
