package org.escalon.examples.chart;

import java.awt.Color;

/**
 * Where a {@link Figure} draws: lines, rectangles, circles and text, in pixels from the top left. Two
 * implementations draw the same figure: {@link SvgCanvas} (SVG whose text is real {@code <text>}, editable in
 * slides) and {@link RasterCanvas} (PNG through Java2D). Not thread-safe.
 */
public interface Canvas {

  /**
   * Horizontal placement of a text relative to its anchor point.
   */
  enum Anchor {
    /** The text starts at the anchor (left-aligned). */
    START,
    /** The text is centred on the anchor. */
    MIDDLE,
    /** The text ends at the anchor (right-aligned). */
    END
  }

  /**
   * A polyline through the points; {@code dash} null for a solid line.
   *
   * @param x x coordinates of the points, pixels from the left
   * @param y y coordinates of the points, pixels from the top (same length as {@code x})
   * @param color line colour
   * @param width line width in pixels
   * @param dash dash pattern (dash and gap lengths in pixels), or null for a solid line
   */
  void polyline(double[] x, double[] y, Color color, double width, float[] dash);

  /**
   * A line segment.
   *
   * @param x1 start x, pixels from the left
   * @param y1 start y, pixels from the top
   * @param x2 end x
   * @param y2 end y
   * @param color line colour
   * @param width line width in pixels
   * @param dash dash pattern in pixels, or null for a solid line
   */
  default void line(double x1, double y1, double x2, double y2, Color color, double width, float[] dash) {
    polyline(new double[] {x1, x2}, new double[] {y1, y2}, color, width, dash);
  }

  /**
   * A filled rectangle ({@code stroke} null for none).
   *
   * @param x left edge, pixels from the left
   * @param y top edge, pixels from the top
   * @param w width in pixels
   * @param h height in pixels
   * @param fill fill colour
   * @param stroke outline colour, or null for no outline
   */
  void rect(double x, double y, double w, double h, Color fill, Color stroke);

  /**
   * A filled circle.
   *
   * @param cx centre x, pixels from the left
   * @param cy centre y, pixels from the top
   * @param r radius in pixels
   * @param fill fill colour
   */
  void circle(double cx, double cy, double r, Color fill);

  /**
   * A line of text whose baseline starts, centres or ends at (x, y), rotated by {@code degrees} (counter-clockwise
   * negative, as in SVG) about that point.
   *
   * @param x anchor x, pixels from the left
   * @param y baseline y, pixels from the top
   * @param text the text (one line)
   * @param size font size in pixels
   * @param bold {@code true} for bold
   * @param anchor where (x, y) lies on the text: its start, middle or end
   * @param degrees rotation in degrees, counter-clockwise (−90 for a y-axis title)
   * @param color text colour
   */
  void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees, Color color);

  /**
   * The width of {@code text} in pixels at {@code size} (the same metric for every canvas, so layouts agree).
   *
   * @param text the text
   * @param size font size in pixels
   * @param bold {@code true} for bold
   * @return the width of {@code text} in pixels at {@code size} (the same metric for every canvas, so layouts agree)
   */
  static double textWidth(String text, double size, boolean bold) {
    return Fonts.width(text, size, bold);
  }
}
