package org.escalon.examples.sweep;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.escalon.core.output.Estimate;
import org.escalon.examples.sweep.Sensitivity.Panel;
import org.escalon.examples.sweep.Sensitivity.Series;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One sensitivity panel per varied model parameter ({@link Sensitivity}): three XChart charts side by side in one
 * PNG (2× for projection) and one SVG — correct MTD %, mean selected MTD dose with the true MTD dashed, and trial
 * duration — against the parameter's value, one line per design (per arm, per value of the other varied axes),
 * with ±1.96 Monte Carlo SE bars. Not thread-safe.
 */
final class SensitivityPlots {

  /** Size of one chart of a panel, in pixels. */
  static final int WIDTH = 640;
  static final int HEIGHT = 500;

  private SensitivityPlots() {}

  /** Writes the panel of every varied model parameter into {@code dir}; returns them in grid-axis order. */
  static List<Plots.Written> write(List<Panel> panels, boolean severalArms, Path dir) throws IOException {
    List<Plots.Written> out = new ArrayList<>();
    for (Panel p : panels) {
      String name = "sensitivity_" + (p.omega() ? "omega_" : "typical_") + p.parameter();
      List<XYChart> charts = List.of(
          chart(p, "correct MTD (%)", "pcs_mtd", severalArms, false),
          chart(p, "mean selected MTD dose (µg)", "mean_selected_mtd_dose_ug", severalArms, true),
          chart(p, "trial duration (days)", "mean_duration_days", severalArms, false));
      save(charts, dir, name);
      out.add(new Plots.Written(name, "Sensitivity to the " + p.title(), "How the designs respond to the "
          + p.title() + " (" + p.axis() + "): % of trials selecting the true MTD, mean dose selected as MTD "
          + "over the trials selecting one (dashed: the model's true MTD, which moves with the assumption) and "
          + "mean trial duration; one line per design" + (severalArms ? " and schedule arm" : "")
          + " and per value of the other varied axes; bars ±1.96 Monte Carlo SE."));
    }
    return out;
  }

  /** One chart of a panel: quantity {@code q} of every series against the parameter value. */
  static XYChart chart(Panel p, String title, String q, boolean severalArms, boolean trueMtd) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(p.title() + " ("
        + p.axis() + ")").yAxisTitle(title).build();
    Plots.style(c.getStyler());
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
    if (q.equals("pcs_mtd")) {
      c.getStyler().setYAxisMin(0.0);
      c.getStyler().setYAxisMax(100.0);
    }
    Map<String, double[][]> truths = new LinkedHashMap<>();
    for (Series s : p.series()) {
      addLine(c, Sensitivity.label(s, severalArms), s.x(), s.values().get(q), true);
      if (trueMtd) {
        Series key = new Series(s.arm(), "true MTD", s.fixed(), s.x(), s.values());
        truths.putIfAbsent(Sensitivity.label(key, severalArms), new double[][] {s.x(),
            Estimate.values(s.values().get("true_mtd_dose_ug"))});
      }
    }
    java.awt.Color[] greys = {new java.awt.Color(60, 60, 60), new java.awt.Color(130, 130, 130),
        new java.awt.Color(190, 190, 190)};
    int k = 0;
    for (Map.Entry<String, double[][]> t : truths.entrySet()) {
      List<Estimate> v = new ArrayList<>();
      for (double y : t.getValue()[1]) {
        v.add(new Estimate(y, Double.NaN));
      }
      XYSeries s = addLine(c, t.getKey(), t.getValue()[0], v, false);
      if (s != null) {
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 6f}, 0f));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(greys[k % greys.length]);
      }
      k++;
    }
    return c;
  }

  /** Adds the finite points of one line (with error bars when {@code bars}); null when none is finite. */
  private static XYSeries addLine(XYChart c, String label, double[] x, List<Estimate> y, boolean bars) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> es = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      Estimate e = y.get(i);
      if (Double.isFinite(e.value())) {
        xs.add(x[i]);
        ys.add(e.value());
        es.add(Double.isFinite(e.se()) ? 1.96 * e.se() : 0.0);
      }
    }
    if (xs.isEmpty()) {
      return null;
    }
    XYSeries s = bars ? c.addSeries(label, xs, ys, es) : c.addSeries(label, xs, ys);
    s.setMarker(SeriesMarkers.CIRCLE);
    return s;
  }

  /** Writes {@code charts} side by side as {@code name.png} (2×) and {@code name.svg}. */
  static void save(List<XYChart> charts, Path dir, String name) throws IOException {
    int w = WIDTH * charts.size();
    BufferedImage img = new BufferedImage(2 * w, 2 * HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(2, 2);
    paint(charts, g);
    g.dispose();
    ImageIO.write(img, "png", dir.resolve(name + ".png").toFile());
    VectorGraphics2D vg = new VectorGraphics2D();
    paint(charts, vg);
    try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".svg"))) {
      new SVGProcessor().getDocument(vg.getCommands(), new PageSize(0, 0, w, HEIGHT)).writeTo(out);
    }
  }

  private static void paint(List<XYChart> charts, Graphics2D g) {
    AffineTransform base = g.getTransform();
    for (int i = 0; i < charts.size(); i++) {
      g.setTransform(base);
      g.translate(i * WIDTH, 0);
      charts.get(i).paint(g, WIDTH, HEIGHT);
    }
    g.setTransform(base);
  }
}
