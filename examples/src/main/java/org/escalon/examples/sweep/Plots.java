package org.escalon.examples.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.Profile;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.trial.DoseLevel;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The sweep's charts (XChart), each written as PNG and SVG. Not thread-safe. */
public final class Plots {

  /** Chart size in pixels (PNG at 2× for sharp projection). */
  static final int WIDTH = 800;
  static final int HEIGHT = 480;

  private Plots() {}

  /** A written chart: base name (no extension) and caption. */
  public record Written(String baseName, String title, String caption) { }

  /** Writes every chart of one grid point into {@code dir}; returns them in report order. */
  public static List<Written> write(PointResult pr, Path dir) throws IOException {
    List<Written> out = new ArrayList<>();
    GridPoint gp = pr.point();
    CoupledStudy.Result r = pr.result();
    String p = "p" + gp.index() + "_";
    double target = gp.settings().target();
    for (int a = 0; a < r.arms().size(); a++) {
      CoupledStudy.ArmResult ar = r.arms().get(a);
      String name = p + "selection_arm" + (a + 1);
      save(selection(ar, target), dir, name);
      out.add(new Written(name, "MTD selection: " + ar.arm().name(), "Percentage of trials selecting each level as "
          + "MTD, by design (error bars: ±1.96 Monte Carlo SE); the true MTD is marked ★."));
    }
    save(doseCurve(r, true, target), dir, p + "dose_toxicity");
    out.add(new Written(p + "dose_toxicity", "Model dose–toxicity", "Cycle-1 DLT probability per dose and "
        + "schedule from " + r.arms().get(0).truth().patients() + " virtual patients (±1.96 MC SE); dashed: target "
        + fmt(target) + "."));
    save(doseCurve(r, false, target), dir, p + "dose_response");
    out.add(new Written(p + "dose_response", "Model dose–response", "Objective response rate (PR or better) per "
        + "dose and schedule (±1.96 MC SE)."));
    List<Written> prof = profiles(pr, dir, p);
    out.addAll(prof);
    save(distribution(pr, true), dir, p + "sample_size");
    out.add(new Written(p + "sample_size", "Sample size", "Distribution of the number of patients treated per "
        + "trial, by schedule and design."));
    save(distribution(pr, false), dir, p + "duration");
    out.add(new Written(p + "duration", "Trial duration", "Distribution of trial duration (days, to the end of the "
        + "last DLT window), by schedule and design."));
    return out;
  }

  static void save(Chart<?, ?> chart, Path dir, String baseName) throws IOException {
    BitmapEncoder.saveBitmapWithDPI(chart, dir.resolve(baseName).toString(), BitmapEncoder.BitmapFormat.PNG, 144);
    VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(baseName).toString(),
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
  }

  static void style(org.knowm.xchart.style.AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setChartTitleBoxVisible(false);
    s.setPlotBorderVisible(false);
    s.setAntiAlias(true);
  }

  static CategoryChart selection(CoupledStudy.ArmResult ar, double target) {
    ModelTruth t = ar.truth();
    CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("MTD selection — " + ar.arm().name() + " (true MTD " + (t.trueMtd() == 0 ? "none" : "★ level "
            + t.trueMtd()) + ", target " + fmt(target) + ")")
        .xAxisTitle("dose level (µg)").yAxisTitle("trials selecting as MTD (%)").build();
    style(c.getStyler());
    c.getStyler().setYAxisMin(0.0);
    c.getStyler().setYAxisMax(100.0);
    c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
    List<String> x = new ArrayList<>();
    x.add("none");
    List<DoseLevel> lv = ar.arm().levels();
    for (int j = 0; j < lv.size(); j++) {
      x.add(fmt(lv.get(j).doseUg()) + (j + 1 == t.trueMtd() ? " ★" : ""));
    }
    for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
      CoupledOc o = e.getValue();
      List<Double> y = new ArrayList<>();
      List<Double> err = new ArrayList<>();
      y.add(o.mtd().noMtdPct().value());
      err.add(1.96 * o.mtd().noMtdPct().se());
      for (int j = 0; j < lv.size(); j++) {
        y.add(o.mtd().level(j + 1).mtdSelectionPct().value());
        err.add(1.96 * o.mtd().level(j + 1).mtdSelectionPct().se());
      }
      c.addSeries(e.getKey(), x, y, err);
    }
    return c;
  }

  static XYChart doseCurve(CoupledStudy.Result r, boolean toxicity, double target) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(toxicity ? "Model dose–toxicity (cycle-1 DLT)" : "Model dose–response (ORR)")
        .xAxisTitle("cemsidomide dose (µg)").yAxisTitle(toxicity ? "P(DLT)" : "ORR").build();
    style(c.getStyler());
    c.getStyler().setYAxisMin(0.0);
    c.getStyler().setYAxisDecimalPattern("0.00");
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (CoupledStudy.ArmResult ar : r.arms()) {
      ModelTruth t = ar.truth();
      int k = ar.arm().levels().size();
      double[] x = new double[k];
      double[] y = toxicity ? t.dltProb() : t.orr();
      double[] se = toxicity ? t.dltSe() : t.orrSe();
      double[] e = new double[k];
      for (int j = 0; j < k; j++) {
        x[j] = ar.arm().levels().get(j).doseUg();
        e[j] = 1.96 * se[j];
        lo = Math.min(lo, x[j]);
        hi = Math.max(hi, x[j]);
      }
      XYSeries s = c.addSeries(ar.arm().name(), x, y, e);
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    if (toxicity) {
      XYSeries s = c.addSeries("target " + fmt(target), new double[] {lo, hi}, new double[] {target, target});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(Color.GRAY);
      s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f},
          0f));
    }
    return c;
  }

  /** Typical patient (every η = 0, median age) per arm at the arm's true MTD (else its middle level). */
  static List<Written> profiles(PointResult pr, Path dir, String p) throws IOException {
    GridPoint gp = pr.point();
    VirtualPatientModel model = gp.settings().model();
    String[] cols = {"conc_ng_per_ml", "ikzf3_pb", "anc_e9_per_l", "m_protein_g_per_dl"};
    String[] titles = {"Cemsidomide concentration (ng/mL)", "IKZF3 remaining in blood T cells (fraction)",
        "ANC (×10⁹/L)", "Serum M-protein (g/dL)"};
    String[] names = {"profile_concentration", "profile_ikzf3", "profile_anc", "profile_mprotein"};
    XYChart[] charts = new XYChart[4];
    for (int i = 0; i < 4; i++) {
      charts[i] = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Typical patient: " + titles[i])
          .xAxisTitle("day").yAxisTitle(titles[i]).build();
      style(charts[i].getStyler());
      charts[i].getStyler().setMarkerSize(0);
    }
    int showDays = 56;
    StringBuilder which = new StringBuilder();
    for (CoupledStudy.ArmResult ar : pr.result().arms()) {
      List<DoseLevel> lv = ar.arm().levels();
      int j = ar.truth().trueMtd() > 0 ? ar.truth().trueMtd() - 1 : lv.size() / 2;
      DoseLevel level = lv.get(j);
      PatientSimulator sim = model.newSimulator(lv);
      Profile prof = sim.profile(IndividualParameters.typical(model.population().theta()),
          new Covariates(model.population().age().medianYears()), level.regimen(gp.cycles()), 2.0);
      String label = ar.arm().name() + " · " + fmt(level.doseUg()) + " µg";
      which.append(which.length() == 0 ? "" : "; ").append(label);
      addProfile(charts, cols, prof, label, showDays);
    }
    addNeutropeniaGrades(charts[2], showDays);
    List<Written> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      save(charts[i], dir, p + names[i]);
      out.add(new Written(p + names[i], titles[i], "Typical patient (η = 0, median age) at each schedule's true "
          + "MTD (else its middle level): " + which + (i == 3 ? "; all cycles." : "; first " + showDays
          + " days.") + (i == 2 ? " Dashed: grade 3 (< 1.0) and grade 4 (< 0.5) neutropenia." : "")));
    }
    return out;
  }

  /** One series per chart: column {@code cols[i]} of {@code prof} over the first {@code showDays} (M-protein: all). */
  private static void addProfile(XYChart[] charts, String[] cols, Profile prof, String label, int showDays) {
    double[] t = prof.column("time_h");
    for (int i = 0; i < charts.length; i++) {
      double[] y = prof.column(cols[i]);
      boolean whole = i == 3;
      int n = 0;
      while (n < t.length && (whole || t[n] <= showDays * 24.0)) {
        n++;
      }
      double[] xd = new double[n];
      double[] yd = new double[n];
      for (int q = 0; q < n; q++) {
        xd[q] = t[q] / 24.0;
        yd[q] = y[q];
      }
      XYSeries s = charts[i].addSeries(label, xd, yd);
      s.setMarker(SeriesMarkers.NONE);
    }
  }

  /** Dashed grade-3 (&lt; 1.0) and grade-4 (&lt; 0.5) neutropenia lines from day 0 to {@code endDay}. */
  private static void addNeutropeniaGrades(XYChart anc, double endDay) {
    for (double[] g : new double[][] {{1.0, 3}, {0.5, 4}}) {
      XYSeries s = anc.addSeries("grade " + (int) g[1] + " (< " + fmt(g[0]) + ")", new double[] {0, endDay},
          new double[] {g[0], g[0]});
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(g[1] == 3 ? new Color(230, 140, 0) : new Color(200, 30, 30));
      s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {8f, 6f}, 0f));
    }
    anc.getStyler().setYAxisMin(0.0);
  }

  static CategoryChart distribution(PointResult pr, boolean sampleSize) {
    CoupledStudy.Result r = pr.result();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (int a = 0; a < r.arms().size(); a++) {
      for (int d = 0; d < r.arms().get(a).designs().size(); d++) {
        for (int i = 0; i < pr.trials(a, d); i++) {
          double v = sampleSize ? pr.sampleSize(a, d, i) : pr.durationDays(a, d, i);
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    int bins;
    if (sampleSize) {
      lo = Math.floor(lo);
      hi = Math.ceil(hi) + 1;
      bins = (int) Math.max(1, Math.min(40, hi - lo));
    } else {
      lo = Math.floor(lo / 30) * 30;
      hi = Math.max(lo + 30, Math.ceil(hi / 30) * 30);
      bins = (int) Math.max(1, Math.min(40, (hi - lo) / 30));
    }
    CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title(sampleSize ? "Patients treated per trial" : "Trial duration")
        .xAxisTitle(sampleSize ? "patients" : "days (bin start)").yAxisTitle("trials (%)").build();
    style(c.getStyler());
    c.getStyler().setOverlapped(true);
    c.getStyler().setXAxisLabelRotation(sampleSize ? 0 : 45);
    c.getStyler().setXAxisMaxLabelCount(20);
    c.getStyler().setAvailableSpaceFill(0.9);
    for (int a = 0; a < r.arms().size(); a++) {
      List<String> names = new ArrayList<>(r.arms().get(a).designs().keySet());
      for (int d = 0; d < names.size(); d++) {
        List<Double> data = new ArrayList<>();
        for (int i = 0; i < pr.trials(a, d); i++) {
          data.add(sampleSize ? pr.sampleSize(a, d, i) : pr.durationDays(a, d, i));
        }
        Histogram h = new Histogram(data, bins, lo, hi);
        List<String> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double width = (hi - lo) / bins;
        for (int b = 0; b < bins; b++) {
          x.add(fmt(lo + b * width));
          y.add(100.0 * h.getyAxisData().get(b) / data.size());
        }
        String label = (r.arms().size() > 1 ? r.arms().get(a).arm().name() + " · " : "") + names.get(d);
        c.addSeries(label, x, y);
      }
    }
    for (var s : c.getSeriesMap().values()) {
      Color col = s.getFillColor();
      if (col != null) {
        s.setFillColor(new Color(col.getRed(), col.getGreen(), col.getBlue(), 110));
      }
    }
    return c;
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
