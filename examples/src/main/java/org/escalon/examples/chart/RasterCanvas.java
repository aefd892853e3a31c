package org.escalon.examples.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws on a Java2D image at {@code scale} device pixels per figure pixel (2 for sharp projection). Not thread-safe. */
public final class RasterCanvas implements Canvas {

  private final BufferedImage image;
  private final Graphics2D g;

  /**
   * A white image of {@code width × scale} by {@code height × scale} pixels.
   *
   * @param width the figure's width in pixels
   * @param height the figure's height in pixels
   * @param scale pixels per figure pixel (2 for sharp PNGs on high-density screens)
   */
  public RasterCanvas(int width, int height, double scale) {
    image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(scale, scale);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
  }

  @Override
  public void polyline(double[] x, double[] y, Color color, double width, float[] dash) {
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i < x.length; i++) {
      if (i == 0) {
        p.moveTo(x[i], y[i]);
      } else {
        p.lineTo(x[i], y[i]);
      }
    }
    g.setColor(color);
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
    g.draw(p);
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill, Color stroke) {
    Rectangle2D.Double r = new Rectangle2D.Double(x, y, w, h);
    if (fill != null) {
      g.setColor(fill);
      g.fill(r);
    }
    if (stroke != null) {
      g.setColor(stroke);
      g.setStroke(new BasicStroke(1f));
      g.draw(r);
    }
  }

  @Override
  public void circle(double cx, double cy, double r, Color fill) {
    g.setColor(fill);
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, double degrees,
      Color color) {
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (degrees != 0) {
      g.rotate(Math.toRadians(degrees));
    }
    g.setFont(Fonts.font(size, bold));
    g.setColor(color);
    double w = Fonts.width(text, size, bold);
    double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
    g.drawString(text, (float) dx, 0f);
    g.setTransform(saved);
  }

  /**
   * The image drawn so far.
   *
   * @return the image drawn so far
   */
  public BufferedImage image() {
    return image;
  }
}
