package org.escalon.examples.sweep;

import java.awt.Color;
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
import org.escalon.examples.chart.Figure;
import org.escalon.examples.chart.Panel;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.trial.DoseLevel;

/**
 * The sweep's charts ({@link Figure}: SVG with real text, and PNG), in report order: per arm the MTD and RP2D
 * selection side by side, the BLRM posterior intervals ({@link BlrmPlots}), the model's dose–toxicity and
 * dose–response curves, the typical patient's profiles, and the distributions of sample size and duration as
 * facets (one panel per design, one step line per arm). Not thread-safe.
 */
public final class Plots {

  /** Width and height of a one-panel chart in pixels (PNG at 2×). */
  static final int WIDTH = 800;
  static final int HEIGHT = 480;

  private Plots() {}

  /**
   * A written chart.
   *
   * @param baseName file name without extension
   * @param title for the image's alt text
   * @param caption under the chart
   * @param wide several panels side by side: the report gives it a row of its own
   */
  public record Written(String baseName, String title, String caption, boolean wide) {
    /**
     * A one-panel chart.
     *
     * @param baseName file name without extension
     * @param title for the image's alt text
     * @param caption under the chart
     */
    public Written(String baseName, String title, String caption) {
      this(baseName, title, caption, false);
    }
  }

  /**
   * Writes every chart of one grid point into {@code dir}; returns them in report order.
   *
   * @param pr the grid point's results
   * @param dir the directory the PNG and SVG files go into
   * @return the charts written, in report order
   * @throws java.io.IOException if a file cannot be written
   */
  public static List<Written> write(PointResult pr, Path dir) throws IOException {
    List<Written> out = new ArrayList<>();
    GridPoint gp = pr.point();
    CoupledStudy.Result r = pr.result();
    String p = "p" + gp.index() + "_";
    double target = gp.settings().target();
    for (int a = 0; a < r.arms().size(); a++) {
      CoupledStudy.ArmResult ar = r.arms().get(a);
      String name = p + "selection_arm" + (a + 1);
      selection(ar, target).save(dir, name);
      out.add(new Written(name, "MTD and RP2D selection: " + ar.arm().name(), "Percentage of trials selecting "
          + "each level as MTD (left) and as RP2D (right), by design, with ±1.96 Monte Carlo SE bars; ★ the true "
          + "MTD, ◆ the true optimal level (highest model utility up to the true MTD).", true));
      out.addAll(BlrmPlots.write(pr, a, BlrmPlots.compute(pr, a), dir, p + "blrm_intervals_arm" + (a + 1)));
    }
    doseCurve(r, true, target).save(dir, p + "dose_toxicity");
    out.add(new Written(p + "dose_toxicity", "Model dose–toxicity", "Cycle-1 DLT probability per dose and "
        + "schedule from " + r.arms().get(0).truth().patients() + " virtual patients (±1.96 MC SE); dashed: target "
        + fmt(target) + "."));
    doseCurve(r, false, target).save(dir, p + "dose_response");
    out.add(new Written(p + "dose_response", "Model dose–response", "Objective response rate (PR or better) per "
        + "dose and schedule (±1.96 MC SE)."));
    out.addAll(profiles(pr, dir, p));
    distribution(pr, true).save(dir, p + "sample_size");
    out.add(new Written(p + "sample_size", "Sample size", "Distribution of the number of patients treated per "
        + "trial (escalation and stage; bins one cohort wide when every size is a whole number of cohorts), one "
        + "panel per design, one line per schedule (where lines coincide the earlier schedule's shows around the "
        + "later one).", true));
    distribution(pr, false).save(dir, p + "duration");
    out.add(new Written(p + "duration", "Trial duration", "Distribution of trial duration (days, to the end of the "
        + "last DLT window), one panel per design, one line per schedule (where lines coincide the earlier "
        + "schedule's shows around the later one).", true));
    return out;
  }

  /** Level labels for a category axis: "none", then the doses in µg, marked ★ (true MTD) or ◆ (true optimal). */
  static List<String> levelLabels(CoupledStudy.ArmResult ar, boolean none, boolean optimal) {
    List<String> x = new ArrayList<>();
    if (none) {
      x.add("none");
    }
    List<DoseLevel> lv = ar.arm().levels();
    ModelTruth t = ar.truth();
    for (int j = 0; j < lv.size(); j++) {
      int level = j + 1;
      boolean mark = optimal ? level == t.trueOptimal() : level == t.trueMtd();
      x.add(fmt(lv.get(j).doseUg()) + (mark ? (optimal ? " ◆" : " ★") : ""));
    }
    return x;
  }

  static Figure selection(CoupledStudy.ArmResult ar, double target) {
    ModelTruth t = ar.truth();
    Figure f = new Figure("Selection — " + ar.arm().name() + " (true MTD " + (t.trueMtd() == 0 ? "none" : "★ level "
        + t.trueMtd()) + ", target " + fmt(target) + ")", 1000, HEIGHT).columns(2);
    Panel mtd = f.panel("MTD").categories("dose level (µg)", levelLabels(ar, true, false))
        .y("trials selecting (%)", 0.0, null);
    Panel rp2d = f.panel("RP2D").categories("dose level (µg)", levelLabels(ar, true, true))
        .y("trials selecting (%)", 0.0, null);
    int k = ar.arm().levels().size();
    for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
      CoupledOc o = e.getValue();
      double[] y = new double[k + 1];
      double[] err = new double[k + 1];
      double[] ry = new double[k + 1];
      double[] rerr = new double[k + 1];
      y[0] = o.mtd().noMtdPct().value();
      err[0] = 1.96 * o.mtd().noMtdPct().se();
      ry[0] = o.rp2d().noRp2dPct().value();
      rerr[0] = 1.96 * o.rp2d().noRp2dPct().se();
      for (int j = 0; j < k; j++) {
        y[j + 1] = o.mtd().level(j + 1).mtdSelectionPct().value();
        err[j + 1] = 1.96 * o.mtd().level(j + 1).mtdSelectionPct().se();
        ry[j + 1] = o.rp2d().rp2dSelectionPct().get(j).value();
        rerr[j + 1] = 1.96 * o.rp2d().rp2dSelectionPct().get(j).se();
      }
      mtd.bars(e.getKey(), y, capAt100(y, err));
      rp2d.bars(e.getKey(), ry, capAt100(ry, rerr));
    }
    return f;
  }

  /** Error half-widths cut so that no bar reaches above 100 % (the axis then ends at 100 at most). */
  private static double[] capAt100(double[] y, double[] err) {
    double[] e = err.clone();
    for (int i = 0; i < e.length; i++) {
      e[i] = Double.isFinite(e[i]) ? Math.min(e[i], 100 - y[i]) : 0;
    }
    return e;
  }

  static Figure doseCurve(CoupledStudy.Result r, boolean toxicity, double target) {
    Figure f = new Figure(toxicity ? "Model dose–toxicity (cycle-1 DLT)" : "Model dose–response (ORR)", WIDTH,
        HEIGHT);
    Panel p = f.panel(null).x("cemsidomide dose (µg)").y(toxicity ? "P(DLT)" : "ORR", 0.0, null);
    for (CoupledStudy.ArmResult ar : r.arms()) {
      ModelTruth t = ar.truth();
      int k = ar.arm().levels().size();
      double[] x = new double[k];
      double[] se = toxicity ? t.dltSe() : t.orrSe();
      double[] e = new double[k];
      for (int j = 0; j < k; j++) {
        x[j] = ar.arm().levels().get(j).doseUg();
        e[j] = 1.96 * se[j];
      }
      p.line(ar.arm().name(), x, toxicity ? t.dltProb() : t.orr(), e, true);
    }
    if (toxicity) {
      p.reference("target " + fmt(target), target, Color.GRAY);
    }
    return f;
  }

  /** Typical patient (every η = 0, median age) per arm at the arm's true MTD (else its middle level). */
  static List<Written> profiles(PointResult pr, Path dir, String p) throws IOException {
    GridPoint gp = pr.point();
    VirtualPatientModel model = gp.settings().model();
    String[] cols = {"conc_ng_per_ml", "ikzf3_pb", "anc_e9_per_l", "m_protein_g_per_dl"};
    String[] titles = {"Cemsidomide concentration (ng/mL)", "IKZF3 remaining in blood T cells (fraction)",
        "ANC (×10⁹/L)", "Serum M-protein (g/dL)"};
    String[] names = {"profile_concentration", "profile_ikzf3", "profile_anc", "profile_mprotein"};
    Figure[] charts = new Figure[4];
    Panel[] panels = new Panel[4];
    for (int i = 0; i < 4; i++) {
      charts[i] = new Figure("Typical patient: " + titles[i], WIDTH, HEIGHT);
      panels[i] = charts[i].panel(null).x("day").y(titles[i], i == 2 ? 0.0 : null, null);
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
      String label = ar.arm().name() + " · " + CompareReport.dose(level);
      which.append(which.length() == 0 ? "" : "; ").append(label);
      addProfile(panels, cols, prof, label, showDays);
    }
    panels[2].reference("grade 3 (< 1.0)", 1.0, new Color(230, 140, 0));
    panels[2].reference("grade 4 (< 0.5)", 0.5, new Color(200, 30, 30));
    List<Written> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      charts[i].save(dir, p + names[i]);
      out.add(new Written(p + names[i], titles[i], "Typical patient (η = 0, median age) at each schedule's true "
          + "MTD (else its middle level): " + which + (i == 3 ? "; all cycles." : "; first " + showDays
          + " days.") + (i == 2 ? " Dashed: grade 3 (< 1.0) and grade 4 (< 0.5) neutropenia." : "")));
    }
    return out;
  }

  /** One line per panel: column {@code cols[i]} of {@code prof} over the first {@code showDays} (M-protein: all). */
  private static void addProfile(Panel[] panels, String[] cols, Profile prof, String label, int showDays) {
    double[] t = prof.column("time_h");
    for (int i = 0; i < panels.length; i++) {
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
      panels[i].line(label, xd, yd, null, false);
    }
  }

  /**
   * Sample size or duration as facets: one panel per design, one step line per arm, in % of trials. Sample sizes
   * get one bin per whole number of patients (wider, whole, bins beyond 60 values); durations 25 or so bins of a
   * round width in days.
   */
  static Figure distribution(PointResult pr, boolean sampleSize) {
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
    double[] edges = sampleSize ? Histograms.integerEdges((int) lo, (int) hi, 60, sizeUnit(pr))
        : Histograms.edges(lo, hi, 25);
    List<String> designs = new ArrayList<>(r.arms().get(0).designs().keySet());
    int cols = Math.min(3, designs.size());
    int rows = (designs.size() + cols - 1) / cols;
    Figure f = new Figure(sampleSize ? "Patients treated per trial" : "Trial duration", cols == 1 ? WIDTH : 1000,
        60 + rows * 300).columns(cols);
    for (int d = 0; d < designs.size(); d++) {
      Panel panel = f.panel(designs.get(d));
      if (sampleSize) {
        panel.integerX("patients");
      } else {
        panel.x("days");
      }
      panel.xRange(edges[0], edges[edges.length - 1]).y("trials (%)", 0.0, null);
      for (int a = 0; a < r.arms().size(); a++) {
        double[] data = new double[pr.trials(a, d)];
        for (int i = 0; i < data.length; i++) {
          data[i] = sampleSize ? pr.sampleSize(a, d, i) : pr.durationDays(a, d, i);
        }
        panel.steps(r.arms().get(a).arm().name(), edges, Histograms.percent(data, edges));
      }
    }
    return f;
  }

  /** The common divisor of every trial's sample size (e.g. 3 when all come in cohorts of 3). */
  private static int sizeUnit(PointResult pr) {
    List<Integer> all = new ArrayList<>();
    for (int a = 0; a < pr.result().arms().size(); a++) {
      for (int d = 0; d < pr.result().arms().get(a).designs().size(); d++) {
        for (int i = 0; i < pr.trials(a, d); i++) {
          all.add(pr.sampleSize(a, d, i));
        }
      }
    }
    return Histograms.commonDivisor(all.stream().mapToInt(Integer::intValue).toArray());
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }
}
