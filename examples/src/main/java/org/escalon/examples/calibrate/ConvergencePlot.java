package org.escalon.examples.calibrate;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.TraceEntry;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code convergence.png}/{@code .svg}: the objective of every evaluation (points, log scale, one series per stage)
 * and the best so far (lines: the search population, then the full population).
 */
final class ConvergencePlot {
  private ConvergencePlot() {}

  static final String BASE_NAME = "convergence";

  static void write(CalibrationResult r, Path dir) throws IOException {
    XYChart c = chart(r);
    BitmapEncoder.saveBitmapWithDPI(c, dir.resolve(BASE_NAME).toString(), BitmapEncoder.BitmapFormat.PNG, 144);
    VectorGraphicsEncoder.saveVectorGraphic(c, dir.resolve(BASE_NAME).toString(),
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
  }

  static XYChart chart(CalibrationResult r) {
    XYChart c = new XYChartBuilder().width(1000).height(560).title("Calibration objective by evaluation")
        .xAxisTitle("evaluation").yAxisTitle("objective F = Σ z² (log scale)").build();
    Styler s = c.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setAntiAlias(true);
    c.getStyler().setYAxisLogarithmic(true);
    c.getStyler().setXAxisTickMarkSpacingHint(90);
    double floor = Math.max(1e-6, minPositive(r) / 2);
    for (TraceEntry.Stage stage : TraceEntry.Stage.values()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (TraceEntry t : r.trace()) {
        if (t.stage() == stage) {
          x.add((double) t.evaluation());
          y.add(Math.max(floor, t.objective()));
        }
      }
      if (!x.isEmpty()) {
        XYSeries se = c.addSeries(stage.key(), x, y);
        se.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        se.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    bestLine(c, r, true, floor);
    bestLine(c, r, false, floor);
    return c;
  }

  private static void bestLine(XYChart c, CalibrationResult r, boolean search, double floor) {
    int full = r.best().patients();
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (TraceEntry t : r.trace()) {
      if ((t.patients() == full) != search && t.stage() != TraceEntry.Stage.CURVATURE) {
        x.add((double) t.evaluation());
        y.add(Math.max(floor, t.bestSoFar()));
      }
    }
    if (!x.isEmpty()) {
      XYSeries se = c.addSeries(search ? "best so far (search population)" : "best so far (all patients)", x, y);
      se.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
      se.setMarker(SeriesMarkers.NONE);
    }
  }

  private static double minPositive(CalibrationResult r) {
    double m = Double.POSITIVE_INFINITY;
    for (TraceEntry t : r.trace()) {
      if (t.objective() > 0) {
        m = Math.min(m, t.objective());
      }
    }
    return Double.isInfinite(m) ? 1 : m;
  }
}
