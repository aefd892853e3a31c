package org.escalon.examples.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.examples.chart.Figure;
import org.escalon.examples.sweep.Sensitivity.Panel;
import org.escalon.examples.sweep.Sensitivity.Series;

/**
 * One sensitivity panel per varied model parameter ({@link Sensitivity}): three charts side by side in one figure
 * ({@link Figure}: PNG at 2× for projection and SVG with real text) — correct MTD %, mean selected MTD dose with the
 * true MTD dashed, and trial
 * duration — against the parameter's value, one line per design (per arm, per value of the other varied axes),
 * with ±1.96 Monte Carlo SE bars. Not thread-safe.
 */
final class SensitivityPlots {

  /** Size of one chart of a panel, in pixels. */
  static final int WIDTH = 520;
  static final int HEIGHT = 520;

  private SensitivityPlots() {}

  /** Writes the panel of every varied model parameter into {@code dir}; returns them in grid-axis order. */
  static List<Plots.Written> write(List<Panel> panels, boolean severalArms, Path dir) throws IOException {
    List<Plots.Written> out = new ArrayList<>();
    for (Panel p : panels) {
      String name = "sensitivity_" + (p.omega() ? "omega_" : "typical_") + p.parameter();
      Figure f = new Figure("Sensitivity to the " + p.title(), 3 * WIDTH, HEIGHT).columns(3);
      chart(f, p, "correct MTD (%)", "pcs_mtd", severalArms, false);
      chart(f, p, "mean selected MTD dose (µg)", "mean_selected_mtd_dose_ug", severalArms, true);
      chart(f, p, "trial duration (days)", "mean_duration_days", severalArms, false);
      f.save(dir, name);
      out.add(new Plots.Written(name, "Sensitivity to the " + p.title(), "How the designs respond to the "
          + p.title() + " (" + p.axis() + "): % of trials selecting the true MTD, mean dose selected as MTD "
          + "over the trials selecting one (dashed: the model's true MTD, which moves with the assumption) and "
          + "mean trial duration; one line per design" + (severalArms ? " and schedule arm" : "")
          + " and per value of the other varied axes; bars ±1.96 Monte Carlo SE.", true));
    }
    return out;
  }

  /** One chart of a panel: quantity {@code q} of every series against the parameter value. */
  static void chart(Figure f, Panel p, String title, String q, boolean severalArms, boolean trueMtd) {
    org.escalon.examples.chart.Panel c = f.panel(title).x(p.title() + " (" + p.axis() + ")")
        .y(title, q.equals("pcs_mtd") ? 0.0 : null, q.equals("pcs_mtd") ? 100.0 : null);
    Map<String, double[][]> truths = new LinkedHashMap<>();
    for (Series s : p.series()) {
      List<Estimate> v = s.values().get(q);
      double[] y = new double[v.size()];
      double[] e = new double[v.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = v.get(i).value();
        e[i] = Double.isFinite(v.get(i).se()) ? 1.96 * v.get(i).se() : 0;
      }
      c.line(Sensitivity.label(s, severalArms), s.x(), y, e, true);
      if (trueMtd) {
        Series key = new Series(s.arm(), "true MTD", s.fixed(), s.x(), s.values());
        truths.putIfAbsent(Sensitivity.label(key, severalArms), new double[][] {s.x(),
            Estimate.values(s.values().get("true_mtd_dose_ug"))});
      }
    }
    Color[] greys = {new Color(60, 60, 60), new Color(130, 130, 130), new Color(190, 190, 190)};
    int k = 0;
    for (Map.Entry<String, double[][]> t : truths.entrySet()) {
      c.dashed(t.getKey(), t.getValue()[0], t.getValue()[1], greys[k % greys.length]);
      k++;
    }
  }
}
