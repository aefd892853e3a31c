package org.escalon.examples.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A chart: a title, one or more {@link Panel}s in a grid (facets share the legend and the colours: a series has
 * the same colour in every panel) and a legend below. Written as SVG with real {@code <text>} (small, editable)
 * and as PNG at twice the size for projection, both drawn by the same code ({@link Canvas}). Not thread-safe.
 */
public final class Figure {

  /** Series colours (Okabe–Ito, distinguishable with colour-vision deficiency), in order of first use. */
  static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0), new Color(0, 0, 0),
      new Color(120, 120, 120)};

  static final double TITLE_SIZE = 17;
  static final double LEGEND_SIZE = 13;

  private final String title;
  private final int width;
  private final int height;
  private int columns = 1;
  private final List<Panel> panels = new ArrayList<>();
  private final Map<String, Color> colours = new LinkedHashMap<>();

  /**
   * An empty figure of {@code width} × {@code height} pixels.
   *
   * @param title the title drawn above the panels
   * @param width width in pixels
   * @param height height in pixels
   */
  public Figure(String title, int width, int height) {
    this.title = title;
    this.width = width;
    this.height = height;
  }

  /**
   * Panels per row (facets); 1 by default.
   *
   * @param n panels per row (facets); 1 by default
   * @return panels per row (facets); 1 by default
   */
  public Figure columns(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("columns = " + n + ": must be >= 1");
    }
    this.columns = n;
    return this;
  }

  /**
   * A new panel, placed after the others.
   *
   * @param panelTitle a new panel, placed after the others
   * @return a new panel, placed after the others
   */
  public Panel panel(String panelTitle) {
    Panel p = new Panel(panelTitle);
    panels.add(p);
    return p;
  }

  /** The colour of a series, fixed at its first use (or by a layer's own colour). */
  Color colour(String series, Color own) {
    if (own != null) {
      colours.putIfAbsent(series, own);
      return own;
    }
    return colours.computeIfAbsent(series, s -> PALETTE[colours.size() % PALETTE.length]);
  }

  /**
   * Draws the figure.
   *
   * @param c draws the figure
   */
  public void draw(Canvas c) {
    colours.clear();
    for (Panel p : panels) { // colours in order of first use, before the legend is laid out
      for (Panel.Layer l : p.layers) {
        if (!(l instanceof Panel.Reference)) {
          colour(l.name(), l.color());
        }
      }
    }
    double top = 8;
    if (title != null) {
      c.text(width / 2.0, top + TITLE_SIZE, title, TITLE_SIZE, true, Canvas.Anchor.MIDDLE, 0, Color.BLACK);
      top += TITLE_SIZE + 10;
    }
    List<double[]> rows = legendRows();
    double legendH = rows.size() * (LEGEND_SIZE + 8) + 6;
    int rowsOfPanels = (panels.size() + columns - 1) / columns;
    double cellW = (double) width / columns;
    double cellH = (height - top - legendH) / Math.max(1, rowsOfPanels);
    for (int i = 0; i < panels.size(); i++) {
      new PanelRenderer(panels.get(i), this).draw(c, (i % columns) * cellW, top + (i / columns) * cellH, cellW,
          cellH);
    }
    drawLegend(c, rows, height - legendH + 4);
  }

  /** Legend entries by row: each row's {start index, end index, width}. */
  private List<double[]> legendRows() {
    List<double[]> rows = new ArrayList<>();
    List<String> names = new ArrayList<>(colours.keySet());
    int start = 0;
    double w = 0;
    for (int i = 0; i < names.size(); i++) {
      double item = 22 + Canvas.textWidth(names.get(i), LEGEND_SIZE, false) + 18;
      if (w + item > width - 20 && i > start) {
        rows.add(new double[] {start, i, w});
        start = i;
        w = 0;
      }
      w += item;
    }
    if (!names.isEmpty()) {
      rows.add(new double[] {start, names.size(), w});
    }
    return rows;
  }

  private void drawLegend(Canvas c, List<double[]> rows, double y0) {
    List<Map.Entry<String, Color>> items = new ArrayList<>(colours.entrySet());
    double y = y0;
    for (double[] r : rows) {
      double x = (width - r[2]) / 2;
      for (int i = (int) r[0]; i < (int) r[1]; i++) {
        Map.Entry<String, Color> e = items.get(i);
        c.rect(x, y + 2, 16, LEGEND_SIZE - 2, e.getValue(), null);
        c.text(x + 22, y + LEGEND_SIZE, e.getKey(), LEGEND_SIZE, false, Canvas.Anchor.START, 0, Color.BLACK);
        x += 22 + Canvas.textWidth(e.getKey(), LEGEND_SIZE, false) + 18;
      }
      y += LEGEND_SIZE + 8;
    }
  }

  /**
   * The SVG document.
   *
   * @return the SVG document
   */
  public String svg() {
    SvgCanvas c = new SvgCanvas(width, height);
    draw(c);
    return c.document();
  }

  /**
   * Writes {@code baseName.svg} and {@code baseName.png} (2×) into {@code dir}.
   *
   * @param dir the directory written into (it must exist)
   * @param baseName the file name without extension
   * @throws java.io.IOException if a file cannot be written
   */
  public void save(Path dir, String baseName) throws IOException {
    Files.writeString(dir.resolve(baseName + ".svg"), svg(), StandardCharsets.UTF_8);
    RasterCanvas r = new RasterCanvas(width, height, 2);
    draw(r);
    ImageIO.write(r.image(), "png", dir.resolve(baseName + ".png").toFile());
  }
}
