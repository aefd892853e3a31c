package org.escalon.examples.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.examples.chart.Figure;
import org.escalon.examples.chart.Panel;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.BlrmEvaluation;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.design.blrm.DoseSummary;
import org.escalon.simulation.design.blrm.ToxicityIntervals;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * For a BLRM design, the posterior probabilities of underdosing, target toxicity and overdosing per dose given a
 * trial's final escalation data (the design's own model and prior, {@link Blrm#evaluate}), as stacked bars: for
 * one representative trial and averaged over all trials of the arm. The representative trial is the first, in
 * trial order, of those that selected the most frequently selected MTD level ("none" only when no trial selected a
 * level) and whose sample size is closest to the median sample size of those trials. Stateless.
 */
final class BlrmPlots {

  static final Color UNDER = new Color(86, 180, 233);
  static final Color TARGET = new Color(0, 158, 115);
  static final Color OVER = new Color(213, 94, 0);

  private BlrmPlots() {}

  /**
   * The interval probabilities of one trial's final data: {@code [interval][dose]}, intervals under, target, over.
   */
  static double[][] intervals(Blrm b, CoupledTrialResult t) {
    int k = t.levelCount();
    TrialState s = new TrialState(k);
    for (int j = 0; j < k; j++) {
      if (t.n()[j] > 0) {
        s.treat(j + 1, t.n()[j], t.y()[j]);
      }
    }
    BlrmEvaluation e = b.evaluate(s, false);
    double[][] p = new double[3][k];
    DoseSummary[] sum = e.summaries();
    for (int j = 0; j < k; j++) {
      p[0][j] = sum[j].pUnder();
      p[1][j] = sum[j].pTarget();
      p[2][j] = sum[j].pOver();
    }
    return p;
  }

  /** The representative trial of arm {@code arm}, design {@code d} (0-based index), as described above. */
  static int representative(PointResult pr, int arm, int d) {
    int n = pr.trials(arm, d);
    int k = pr.result().arms().get(arm).arm().levels().size();
    int[] count = new int[k + 1];
    for (int i = 0; i < n; i++) {
      count[pr.trialResult(arm, d, i).mtd()]++;
    }
    int mode = 0; // the most often selected level; "none" only when no trial selected one
    for (int m = 1; m <= k; m++) {
      mode = count[m] > (mode == 0 ? 0 : count[mode]) ? m : mode;
    }
    int[] sizes = new int[count[mode]];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (pr.trialResult(arm, d, i).mtd() == mode) {
        sizes[c++] = pr.trialResult(arm, d, i).escalationSize();
      }
    }
    Arrays.sort(sizes);
    double median = sizes.length % 2 == 1 ? sizes[sizes.length / 2]
        : (sizes[sizes.length / 2 - 1] + sizes[sizes.length / 2]) / 2.0;
    int best = -1;
    for (int i = 0; i < n; i++) {
      CoupledTrialResult t = pr.trialResult(arm, d, i);
      if (t.mtd() == mode && (best < 0 || Math.abs(t.escalationSize() - median)
          < Math.abs(pr.trialResult(arm, d, best).escalationSize() - median))) {
        best = i;
      }
    }
    return best;
  }

  /**
   * One BLRM design's interval probabilities in one arm.
   *
   * @param design the design's index (0-based) and {@code name} its name
   * @param blrm the design
   * @param representative the representative trial (0-based)
   * @param one its interval probabilities, {@code [interval][dose]}
   * @param mean the mean over all {@code trials} trials
   */
  record Intervals(int design, String name, Blrm blrm, int representative, double[][] one, double[][] mean,
      int trials) { }

  /** The interval probabilities of every BLRM design of the point in arm {@code arm} (none without trials). */
  static List<Intervals> compute(PointResult pr, int arm) {
    List<Intervals> out = new ArrayList<>();
    if (!pr.hasTrialResults()) {
      return out;
    }
    int k = pr.result().arms().get(arm).arm().levels().size();
    List<NamedDesign> designs = pr.point().settings().designs();
    for (int d = 0; d < designs.size(); d++) {
      NamedDesign nd = designs.get(d);
      EscalationDesign e = nd.countBased() ? nd.forLevels(k) : null;
      if (!(e instanceof Blrm b) || pr.trials(arm, d) == 0) {
        continue;
      }
      int rep = representative(pr, arm, d);
      double[][] mean = new double[3][k];
      int n = pr.trials(arm, d);
      for (int i = 0; i < n; i++) {
        double[][] p = intervals(b, pr.trialResult(arm, d, i));
        for (int q = 0; q < 3; q++) {
          for (int j = 0; j < k; j++) {
            mean[q][j] += p[q][j] / n;
          }
        }
      }
      out.add(new Intervals(d, nd.name(), b, rep, intervals(b, pr.trialResult(arm, d, rep)), mean, n));
    }
    return out;
  }

  /** Writes one chart per BLRM design of the point for arm {@code arm}; none without BLRM or per-trial results. */
  static List<Plots.Written> write(PointResult pr, int arm, List<Intervals> all, Path dir, String baseName)
      throws IOException {
    List<Plots.Written> out = new ArrayList<>();
    CoupledStudy.ArmResult ar = pr.result().arms().get(arm);
    for (Intervals iv : all) {
      String name = baseName + (iv == all.get(0) ? "" : "_" + iv.name());
      CoupledTrialResult t = pr.trialResult(arm, iv.design(), iv.representative());
      figure(ar, iv.name(), iv.blrm().intervals(), iv.representative(), t, iv.one(), iv.mean(), iv.trials())
          .save(dir, name);
      out.add(new Plots.Written(name, "BLRM posterior intervals: " + ar.arm().name(), "Posterior probability "
          + "that each dose's DLT rate is under, in or over the target interval, given the final escalation data of "
          + iv.name() + ": left, trial " + (iv.representative() + 1) + " (of the trials selecting the most often "
          + "selected MTD, the first with their median sample size); right, the mean over all " + iv.trials()
          + " trials. EWOC admits a dose while P(over) < " + Plots.fmt(iv.blrm().ewocCutoff())
          + ". Numbers in blrm_intervals.csv.", true));
    }
    return out;
  }

  /** The columns of {@code blrm_intervals.csv}. */
  static final String[] CSV_HEADER = {"point", "point_label", "arm", "design", "trial", "level", "dose_ug",
      "p_under", "p_target", "p_over"};

  /**
   * Writes {@code blrm_intervals.csv}: per grid point, arm and BLRM design, the representative trial's interval
   * probabilities per level ({@code trial} its 1-based number) and their mean over all trials ({@code trial} =
   * {@code mean}). Only when some point has a BLRM design.
   */
  static void writeCsv(List<PointResult> results, Path dir) throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (PointResult pr : results) {
      for (int a = 0; a < pr.result().arms().size(); a++) {
        CoupledStudy.ArmResult ar = pr.result().arms().get(a);
        for (Intervals iv : compute(pr, a)) {
          for (int j = 0; j < ar.arm().levels().size(); j++) {
            for (boolean mean : new boolean[] {false, true}) {
              double[][] p = mean ? iv.mean() : iv.one();
              rows.add(new Object[] {pr.point().index(), pr.point().label(), ar.arm().name(), iv.name(),
                  mean ? "mean" : Integer.toString(iv.representative() + 1), j + 1,
                  SweepOutputs.num(ar.arm().levels().get(j).doseUg()), SweepOutputs.num(p[0][j]),
                  SweepOutputs.num(p[1][j]), SweepOutputs.num(p[2][j])});
            }
          }
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(dir.resolve("blrm_intervals.csv"),
        StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(CSV_HEADER).get())) {
      for (Object[] r : rows) {
        out.printRecord(r);
      }
    }
  }

  private static Figure figure(CoupledStudy.ArmResult ar, String design, ToxicityIntervals iv, int rep,
      CoupledTrialResult t, double[][] one, double[][] mean, int trials) {
    Figure f = new Figure(design + " posterior at the end of the trial — " + ar.arm().name(), 1000, 460)
        .columns(2);
    List<String> doses = Plots.levelLabels(ar, false, false);
    String[] names = {"under [0, " + Plots.fmt(iv.targetLower()) + ")", "target [" + Plots.fmt(iv.targetLower())
        + ", " + Plots.fmt(iv.overdoseFrom()) + ")", "over [" + Plots.fmt(iv.overdoseFrom()) + ", 1]"};
    Color[] colours = {UNDER, TARGET, OVER};
    Panel a = f.panel("trial " + (rep + 1) + ": " + t.escalationSize() + " patients, MTD "
        + (t.mtd() == 0 ? "none" : "level " + t.mtd())).categories("dose (µg)", doses).y("posterior probability",
        0.0, 1.0);
    Panel b = f.panel("mean over " + trials + " trials").categories("dose (µg)", doses)
        .y("posterior probability", 0.0, 1.0);
    for (int q = 0; q < 3; q++) {
      a.stacked(names[q], one[q], colours[q]);
      b.stacked(names[q], mean[q], colours[q]);
    }
    return f;
  }
}
