package org.escalon.examples.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.TraceEntry;
import org.escalon.examples.chart.Figure;
import org.escalon.examples.chart.Panel;

/**
 * {@code convergence.png}/{@code .svg}: the objective of every evaluation (points, log scale, one series per stage)
 * and the best so far (lines: the search population, then the full population).
 */
final class ConvergencePlot {
  private ConvergencePlot() {}

  static final String BASE_NAME = "convergence";

  static void write(CalibrationResult r, Path dir) throws IOException {
    chart(r).save(dir, BASE_NAME);
  }

  static Figure chart(CalibrationResult r) {
    Figure f = new Figure("Calibration objective by evaluation", 1000, 560);
    Panel p = f.panel(null).x("evaluation").y("objective F = Σ z² (log scale)", null, null).logY();
    double floor = Math.max(1e-6, minPositive(r) / 2);
    for (TraceEntry.Stage stage : TraceEntry.Stage.values()) {
      List<double[]> pts = new ArrayList<>();
      for (TraceEntry t : r.trace()) {
        if (t.stage() == stage) {
          pts.add(new double[] {t.evaluation(), Math.max(floor, t.objective())});
        }
      }
      if (!pts.isEmpty()) {
        p.points(stage.key(), column(pts, 0), column(pts, 1));
      }
    }
    bestLine(p, r, true, floor);
    bestLine(p, r, false, floor);
    return f;
  }

  private static double[] column(List<double[]> pts, int c) {
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i)[c];
    }
    return out;
  }

  /** The best objective so far as a step line: level until the next evaluation, then down (or up) to its value. */
  private static void bestLine(Panel p, CalibrationResult r, boolean search, double floor) {
    int full = r.best().patients();
    List<double[]> pts = new ArrayList<>();
    for (TraceEntry t : r.trace()) {
      if ((t.patients() == full) != search && t.stage() != TraceEntry.Stage.CURVATURE) {
        double y = Math.max(floor, t.bestSoFar());
        if (!pts.isEmpty()) {
          pts.add(new double[] {t.evaluation(), pts.get(pts.size() - 1)[1]});
        }
        pts.add(new double[] {t.evaluation(), y});
      }
    }
    if (!pts.isEmpty()) {
      p.line(search ? "best so far (search population)" : "best so far (all patients)", column(pts, 0),
          column(pts, 1), null, false);
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
