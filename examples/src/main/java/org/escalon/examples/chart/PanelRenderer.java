package org.escalon.examples.chart;

import java.awt.Color;
import java.util.List;

/** Lays out and draws one {@link Panel} in a cell of its figure: axes, grid, ticks, titles, then the layers. */
final class PanelRenderer {

  static final double TICK_SIZE = 12;
  static final double AXIS_TITLE_SIZE = 13;
  static final double PANEL_TITLE_SIZE = 14;
  static final Color GRID = new Color(225, 225, 225);
  static final Color AXIS = new Color(90, 90, 90);
  static final Color TEXT = new Color(40, 40, 40);

  private final Panel p;
  private final Figure f;
  private double px;
  private double py;
  private double pw;
  private double ph;
  private double xLo;
  private double xHi;
  private double yLo;
  private double yHi;

  PanelRenderer(Panel p, Figure f) {
    this.p = p;
    this.f = f;
  }

  void draw(Canvas c, double x0, double y0, double w, double h) {
    double top = y0 + 4;
    if (p.title != null) {
      c.text(x0 + w / 2, top + PANEL_TITLE_SIZE, p.title, PANEL_TITLE_SIZE, true, Canvas.Anchor.MIDDLE, 0, TEXT);
      top += PANEL_TITLE_SIZE + 10;
    }
    double[] yr = p.logY ? logRange() : yRange();
    double yStep = p.logY ? Math.max(1, Math.ceil((yr[1] - yr[0]) / Math.max(2, (int) ((h - 80) / 45))))
        : Ticks.step(yr[0], yr[1], Math.max(2, (int) ((h - 80) / 45)), false);
    yLo = p.yMin != null && !p.logY ? p.yMin : Math.floor(yr[0] / yStep + 1e-9) * yStep;
    yHi = p.yMax != null && !p.logY ? p.yMax : Math.ceil(yr[1] / yStep - 1e-9) * yStep;
    if (!(yHi > yLo)) {
      yHi = yLo + yStep;
    }
    List<Double> yTicks = Ticks.ticks(yLo, yHi, yStep);
    double labelW = 0;
    for (double t : yTicks) {
      labelW = Math.max(labelW, Canvas.textWidth(yLabel(t, yStep), TICK_SIZE, false));
    }
    double left = labelW + 10 + (p.yTitle != null ? AXIS_TITLE_SIZE + 10 : 0);
    px = x0 + left;
    pw = w - left - 14;
    double rotate = categoryRotation();
    double catH = rotate == 0 ? 0 : maxCategoryWidth() * Math.sin(Math.toRadians(-rotate));
    double bottom = TICK_SIZE + 10 + catH + (p.xTitle != null ? AXIS_TITLE_SIZE + 10 : 0);
    py = top + 4;
    ph = y0 + h - bottom - py - 4;
    for (double t : yTicks) {
      double y = py + ph - (t - yLo) / (yHi - yLo) * ph;
      c.line(px, y, px + pw, y, GRID, 1, null);
      c.text(px - 6, y + TICK_SIZE * 0.35, yLabel(t, yStep), TICK_SIZE, false, Canvas.Anchor.END, 0, TEXT);
    }
    if (p.yTitle != null) {
      c.text(x0 + AXIS_TITLE_SIZE + 2, py + ph / 2, p.yTitle, AXIS_TITLE_SIZE, false, Canvas.Anchor.MIDDLE, -90,
          TEXT);
    }
    xAxis(c, rotate);
    if (p.xTitle != null) {
      c.text(px + pw / 2, y0 + h - 8, p.xTitle, AXIS_TITLE_SIZE, false, Canvas.Anchor.MIDDLE, 0, TEXT);
    }
    new LayerPainter(this, c).paint(p.layers);
    c.line(px, py + ph, px + pw, py + ph, AXIS, 1, null);
    c.line(px, py, px, py + ph, AXIS, 1, null);
  }

  private void xAxis(Canvas c, double rotate) {
    double base = py + ph + TICK_SIZE + 6;
    if (p.categories != null) {
      for (int i = 0; i < p.categories.size(); i++) {
        double x = cx(i);
        c.line(x, py + ph, x, py + ph + 4, AXIS, 1, null);
        c.text(x, base, p.categories.get(i), TICK_SIZE, false, rotate == 0 ? Canvas.Anchor.MIDDLE
            : Canvas.Anchor.END, rotate, TEXT);
      }
      return;
    }
    double[] xr = xRange();
    double step = Ticks.step(xr[0], xr[1], Math.max(2, (int) (pw / 75)), p.integerX);
    xLo = p.xMin != null ? p.xMin : xr[0];
    xHi = p.xMax != null ? p.xMax : xr[1];
    for (double t : Ticks.ticks(xLo, xHi, step)) {
      double x = sx(t);
      c.line(x, py, x, py + ph, GRID, 1, null);
      c.line(x, py + ph, x, py + ph + 4, AXIS, 1, null);
      c.text(x, base, Ticks.label(t, step), TICK_SIZE, false, Canvas.Anchor.MIDDLE, 0, TEXT);
    }
  }

  private double maxCategoryWidth() {
    double m = 0;
    for (String s : p.categories == null ? List.<String>of() : p.categories) {
      m = Math.max(m, Canvas.textWidth(s, TICK_SIZE, false));
    }
    return m;
  }

  /** 0, or −35° when the category labels do not fit their slots side by side. */
  private double categoryRotation() {
    if (p.categories == null) {
      return 0;
    }
    double slot = pw / p.categories.size();
    return maxCategoryWidth() > slot - 6 ? -35 : 0;
  }

  /** A y tick's label: the value, or on a log axis the power of ten it stands for (1e-3, 0.01 … 1000, 1e4). */
  private String yLabel(double t, double step) {
    if (!p.logY) {
      return Ticks.label(t, step);
    }
    long k = Math.round(t);
    return k >= -2 && k <= 3 ? Ticks.label(Math.pow(10, k), Math.pow(10, Math.min(k, 0))) : "1e" + k;
  }

  /** On a log axis: log10 of the smallest and largest positive y of the lines. */
  private double[] logRange() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Panel.Layer l : p.layers) {
      if (l instanceof Panel.Line ln) {
        for (double v : ln.y()) {
          if (v > 0 && Double.isFinite(v)) {
            lo = Math.min(lo, Math.log10(v));
            hi = Math.max(hi, Math.log10(v));
          }
        }
      }
    }
    return Double.isFinite(lo) ? new double[] {lo, Math.max(hi, lo + 1e-9)} : new double[] {0, 1};
  }

  /** The data's y extent: bars (with errors, stacks summed), lines (with errors), steps, references. */
  private double[] yRange() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] stack = null;
    for (Panel.Layer l : p.layers) {
      if (l instanceof Panel.Bars b) {
        if (b.stacked()) {
          stack = stack == null ? new double[b.y().length] : stack;
          for (int i = 0; i < b.y().length; i++) {
            stack[i] += b.y()[i];
            hi = Math.max(hi, stack[i]);
          }
          lo = Math.min(lo, 0);
        } else {
          double[] e = b.err();
          for (int i = 0; i < b.y().length; i++) {
            lo = Math.min(lo, Math.min(0, b.y()[i]));
            hi = Math.max(hi, b.y()[i] + (e == null ? 0 : e[i]));
          }
        }
      } else if (l instanceof Panel.Line ln) {
        for (int i = 0; i < ln.y().length; i++) {
          double e = ln.err() == null ? 0 : ln.err()[i];
          if (Double.isFinite(ln.y()[i])) {
            lo = Math.min(lo, ln.y()[i] - e);
            hi = Math.max(hi, ln.y()[i] + e);
          }
        }
      } else if (l instanceof Panel.Steps s) {
        for (double v : s.heights()) {
          lo = Math.min(lo, Math.min(0, v));
          hi = Math.max(hi, v);
        }
      } else if (l instanceof Panel.Reference r) {
        lo = Math.min(lo, r.y());
        hi = Math.max(hi, r.y());
      }
    }
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (lo > 0) { // non-negative data (rates, counts, concentrations) are read against 0
      lo = 0;
    }
    return new double[] {lo, hi};
  }

  /** The data's x extent (numeric axes): line x values padded by 3 % each side, step edges exactly. */
  private double[] xRange() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean pad = false;
    for (Panel.Layer l : p.layers) {
      if (l instanceof Panel.Line ln && ln.x() != null) {
        for (double v : ln.x()) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        pad |= ln.markers();
      } else if (l instanceof Panel.Steps s) {
        lo = Math.min(lo, s.edges()[0]);
        hi = Math.max(hi, s.edges()[s.edges().length - 1]);
      }
    }
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (!(hi > lo)) {
      return new double[] {lo - 1, hi + 1};
    }
    double m = pad ? 0.03 * (hi - lo) : 0;
    return new double[] {lo - m, hi + m};
  }

  Color colour(Panel.Layer l) {
    return f.colour(l.name(), l.color());
  }

  /** Screen x of data x. */
  double sx(double x) {
    return px + (x - xLo) / (xHi - xLo) * pw;
  }

  /** Screen y of data y (on a log axis, of log10 y). */
  double sy(double y) {
    double v = p.logY ? Math.log10(y) : y;
    return py + ph - (v - yLo) / (yHi - yLo) * ph;
  }

  /** Screen x of the centre of category {@code i}. */
  double cx(int i) {
    return px + (i + 0.5) * slot();
  }

  /** Width of one category slot. */
  double slot() {
    return pw / p.categories.size();
  }

  /** Screen y of the bottom of the plot area. */
  double plotBottom() {
    return py + ph;
  }

  /** Screen y of the top of the plot area. */
  double plotTop() {
    return py;
  }

  double plotRight() {
    return px + pw;
  }

  double plotLeft() {
    return px;
  }
}
