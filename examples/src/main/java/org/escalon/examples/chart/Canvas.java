package org.escalon.examples.chart;

import java.awt.Color;

/**
 * Where a {@link Figure} draws: lines, rectangles, circles and text, in pixels from the top left. Two
 * implementations draw the same figure: {@link SvgCanvas} (SVG whose text is real {@code <text>}, editable in
 * slides) and {@link RasterCanvas} (PNG through Java2D). Not thread-safe.
 */
public interface Canvas {

  /** Horizontal placement of a text relative to its anchor point. */
  enum Anchor { START, MIDDLE, END }

  /** A polyline through the points; {@code dash} null for a solid line. */
  void polyline(double[] x, double[] y, Color color, double width, float[] dash);

  /** A line segment. */
  default void line(double x1, double y1, double x2, double y2, Color color, double width, float[] dash) {
    polyline(new double[] {x1, x2}, new double[] {y1, y2}, color, width, dash);
  }

  /** A filled rectangle ({@code stroke} null for none). */
  void rect(double x, double y, double w, double h, Color fill, Color stroke);

  /** A filled circle. */
  void circle(double cx, double cy, double r, Color fill);

  /**
   * A line of text whose baseline starts, centres or ends at (x, y), rotated by {@code degrees} (counter-clockwise
   * negative, as in SVG) about that point.
   */
  void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees, Color color);

  /** The width of {@code text} in pixels at {@code size} (the same metric for every canvas, so layouts agree). */
  static double textWidth(String text, double size, boolean bold) {
    return Fonts.width(text, size, bold);
  }
}
