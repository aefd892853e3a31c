package org.escalon.examples.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;

/** The one font of the charts (the platform's sans serif) and its metrics; stateless. */
final class Fonts {

  /** The SVG font-family list, matching the sans serif the PNG uses on common systems. */
  static final String SVG_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif";

  private static final FontRenderContext FRC;

  static {
    BufferedImage im = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = im.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    FRC = g.getFontRenderContext();
    g.dispose();
  }

  private Fonts() {}

  /** The font at {@code size} pixels. */
  static Font font(double size, boolean bold) {
    return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }

  /** The advance width of {@code text} in pixels. */
  static double width(String text, double size, boolean bold) {
    return font(size, bold).getStringBounds(text, FRC).getWidth();
  }
}
