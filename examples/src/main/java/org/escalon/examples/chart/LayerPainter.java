package org.escalon.examples.chart;

import java.awt.Color;
import java.util.List;

/** Paints a panel's layers in the coordinates its {@link PanelRenderer} laid out. */
final class LayerPainter {

  private static final Color ERROR_BAR = new Color(50, 50, 50);
  private static final float[] DASH = {7f, 5f};

  private final PanelRenderer r;
  private final Canvas c;

  LayerPainter(PanelRenderer r, Canvas c) {
    this.r = r;
    this.c = c;
  }

  void paint(List<Panel.Layer> layers) {
    int groups = 0;
    for (Panel.Layer l : layers) {
      if (l instanceof Panel.Bars b && !b.stacked()) {
        groups++;
      }
    }
    int steps = 0;
    for (Panel.Layer l : layers) {
      if (l instanceof Panel.Steps) {
        steps++;
      }
    }
    int g = 0;
    int s0 = 0;
    double[] stack = null;
    for (Panel.Layer l : layers) {
      if (l instanceof Panel.Bars b && !b.stacked()) {
        grouped(b, g++, groups);
      } else if (l instanceof Panel.Bars b) {
        stack = stacked(b, stack);
      } else if (l instanceof Panel.Line ln) {
        line(ln);
      } else if (l instanceof Panel.Steps s) {
        // earlier lines wider, so that a line that coincides with a later one still shows around it
        steps(s, 1.6 + 1.8 * (steps - 1 - s0++));
      } else if (l instanceof Panel.Reference ref) {
        reference(ref);
      }
    }
  }

  private void grouped(Panel.Bars b, int g, int groups) {
    double bw = r.slot() * 0.8 / groups;
    Color col = r.colour(b);
    for (int i = 0; i < b.y().length; i++) {
      double x = r.cx(i) - r.slot() * 0.4 + g * bw;
      double y0 = r.sy(0);
      double y1 = r.sy(b.y()[i]);
      c.rect(x + 0.5, Math.min(y0, y1), Math.max(bw - 1, 1), Math.abs(y0 - y1), col, null);
      if (b.err() != null && b.err()[i] > 0) {
        errorBar(x + bw / 2, b.y()[i], b.err()[i], Math.min(bw / 4, 5));
      }
    }
  }

  private double[] stacked(Panel.Bars b, double[] below) {
    double[] base = below == null ? new double[b.y().length] : below;
    double[] top = new double[base.length];
    double bw = r.slot() * 0.62;
    Color col = r.colour(b);
    for (int i = 0; i < base.length; i++) {
      top[i] = base[i] + b.y()[i];
      double y0 = r.sy(base[i]);
      double y1 = r.sy(top[i]);
      c.rect(r.cx(i) - bw / 2, y1, bw, y0 - y1, col, null);
    }
    return top;
  }

  private void line(Panel.Line ln) {
    Color col = r.colour(ln);
    int n = ln.y().length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(r.sy(ln.y()[i]))) { // a missing value, or ≤ 0 on a log axis, is not drawn
        xs[m] = ln.x() == null ? r.cx(i) : r.sx(ln.x()[i]);
        ys[m] = r.sy(ln.y()[i]);
        m++;
      }
    }
    if (m > 1 && ln.joined()) {
      c.polyline(java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m), col, 2, ln.dashed() ? DASH : null);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(r.sy(ln.y()[i]))) {
        continue;
      }
      double x = ln.x() == null ? r.cx(i) : r.sx(ln.x()[i]);
      if (ln.err() != null && ln.err()[i] > 0) {
        errorBar(x, ln.y()[i], ln.err()[i], 4);
      }
      if (ln.markers()) {
        c.circle(x, r.sy(ln.y()[i]), 3.5, col);
      }
    }
  }

  private void steps(Panel.Steps s, double width) {
    double[] e = s.edges();
    double[] h = s.heights();
    double[] xs = new double[2 * h.length + 2];
    double[] ys = new double[xs.length];
    xs[0] = r.sx(e[0]);
    ys[0] = r.sy(0);
    for (int i = 0; i < h.length; i++) {
      xs[2 * i + 1] = r.sx(e[i]);
      ys[2 * i + 1] = r.sy(h[i]);
      xs[2 * i + 2] = r.sx(e[i + 1]);
      ys[2 * i + 2] = r.sy(h[i]);
    }
    xs[xs.length - 1] = r.sx(e[e.length - 1]);
    ys[ys.length - 1] = r.sy(0);
    c.polyline(xs, ys, r.colour(s), width, null);
  }

  private void reference(Panel.Reference ref) {
    Color col = ref.color() == null ? Color.GRAY : ref.color();
    double y = r.sy(ref.y());
    c.line(r.plotLeft(), y, r.plotRight(), y, col, 1.5, DASH);
    double w = Canvas.textWidth(ref.name(), PanelRenderer.TICK_SIZE, false);
    c.rect(r.plotRight() - 6 - w, y - 4 - PanelRenderer.TICK_SIZE, w + 4, PanelRenderer.TICK_SIZE + 2,
        new Color(255, 255, 255, 210), null);
    c.text(r.plotRight() - 4, y - 4, ref.name(), PanelRenderer.TICK_SIZE, false, Canvas.Anchor.END, 0, col);
  }

  /** A ±e bar at (x, y), cut at the ends of the y axis. */
  private void errorBar(double x, double y, double e, double cap) {
    double lo = Math.min(r.sy(y - e), r.plotBottom());
    double hi = Math.max(r.sy(y + e), r.plotTop());
    c.line(x, lo, x, hi, ERROR_BAR, 1, null);
    c.line(x - cap, lo, x + cap, lo, ERROR_BAR, 1, null);
    c.line(x - cap, hi, x + cap, hi, ERROR_BAR, 1, null);
  }
}
