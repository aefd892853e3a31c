package org.escalon.examples.chart;

import java.awt.Color;
import java.util.Locale;

/**
 * Builds an SVG document: shapes as {@code <path>}, {@code <rect>}, {@code <circle>} and every label as a real
 * {@code <text>} element (selectable, searchable, editable in slide software), coordinates rounded to 0.1 px so
 * files stay small. Not thread-safe.
 */
public final class SvgCanvas implements Canvas {

  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;

  /**
   * A blank white canvas of {@code width} × {@code height} pixels.
   *
   * @param width width in pixels
   * @param height height in pixels
   */
  public SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    rect(0, 0, width, height, Color.WHITE, null);
  }

  @Override
  public void polyline(double[] x, double[] y, Color color, double w, float[] dash) {
    body.append("<path d=\"");
    for (int i = 0; i < x.length; i++) {
      body.append(i == 0 ? "M" : "L").append(n(x[i])).append(' ').append(n(y[i]));
    }
    body.append("\" fill=\"none\" stroke=\"").append(hex(color)).append('"').append(opacity("stroke-", color))
        .append(" stroke-width=\"").append(n(w)).append('"');
    if (dash != null) {
      body.append(" stroke-dasharray=\"");
      for (int i = 0; i < dash.length; i++) {
        body.append(i == 0 ? "" : " ").append(n(dash[i]));
      }
      body.append('"');
    }
    body.append(" stroke-linejoin=\"round\"/>\n");
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill, Color stroke) {
    body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill == null ? "none" : hex(fill))
        .append('"').append(fill == null ? "" : opacity("fill-", fill));
    if (stroke != null) {
      body.append(" stroke=\"").append(hex(stroke)).append('"');
    }
    body.append("/>\n");
  }

  @Override
  public void circle(double cx, double cy, double r, Color fill) {
    body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(hex(fill)).append("\"/>\n");
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees,
      Color color) {
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
        .append('"');
    if (bold) {
      body.append(" font-weight=\"bold\"");
    }
    if (anchor != Anchor.START) {
      body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    if (degrees != 0) {
      body.append(" transform=\"rotate(").append(n(degrees)).append(' ').append(n(x)).append(' ').append(n(y))
          .append(")\"");
    }
    if (!Color.BLACK.equals(color)) {
      body.append(" fill=\"").append(hex(color)).append('"');
    }
    body.append('>').append(escape(text)).append("</text>\n");
  }

  /**
   * The document.
   *
   * @return the document
   */
  public String document() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\""
        + Fonts.SVG_FAMILY + "\">\n" + body + "</svg>\n";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String n(double v) {
    double r = Math.rint(v * 10) / 10;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String opacity(String prefix, Color c) {
    return c.getAlpha() == 255 ? "" : " " + prefix + "opacity=\"" + String.format(Locale.ROOT, "%.2f",
        c.getAlpha() / 255.0) + "\"";
  }
}
