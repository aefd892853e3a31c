package org.escalon.examples.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.io.Checkpoints;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.DoseLevel;

/**
 * Writes a sweep's outputs: {@code summary.json} (per grid point the {@code compare} object; with model axes on
 * the grid, a {@code sensitivity} object per varied model parameter), tidy long CSVs ({@code selection.csv},
 * {@code truth.csv}, {@code per_dose.csv}, {@code trials.csv}, and {@code points.csv} with a column per grid axis),
 * the charts (PNG and SVG)
 * and {@code report.html} (images inlined as base64, SVGs beside it) into a directory, normally the staging
 * directory of an {@link org.escalon.examples.io.OutputSet}, which puts it in place only when complete.
 */
public final class SweepOutputs {

  private SweepOutputs() {}

  /**
   * About the run, for the report and the JSON.
   *
   * @param scenario the scenario
   * @param command the command line as typed
   * @param startedAt ISO time the run started
   * @param seconds wall time of the simulations
   */
  public record RunInfo(ScenarioFile scenario, String command, String startedAt, double seconds) { }

  /**
   * The software version (from the jar's Maven metadata), or "development".
   *
   * @return the software version (from the jar's Maven metadata), or "development"
   */
  public static String version() {
    try (InputStream in = SweepOutputs.class.getResourceAsStream(
        "/META-INF/maven/org.escalon/escalon-examples/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "development");
      }
    } catch (IOException e) {
      // fall through
    }
    String v = SweepOutputs.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * Writes everything into {@code dir} (which exists and is empty).
   *
   * @param results every grid point's results, in grid order
   * @param info the run: scenario file, command, start time, wall time, engine
   * @param dir the output directory (the staging directory of {@code --out})
   * @throws java.io.IOException if a file cannot be written
   */
  public static void write(List<PointResult> results, RunInfo info, Path dir) throws IOException {
    Files.writeString(dir.resolve("summary.json"), json().writeValueAsString(summary(results, info)) + "\n",
        StandardCharsets.UTF_8);
    Checkpoints.reached("wrote summary.json");
    writeCsvs(results, dir);
    PointTable.write(results, dir);
    SummaryTables.writeSummary(results, dir);
    SummaryTables.writePaired(results, dir);
    BlrmPlots.writeCsv(results, dir);
    Checkpoints.reached("wrote the CSVs");
    List<List<Plots.Written>> charts = new ArrayList<>();
    for (PointResult pr : results) {
      charts.add(Plots.write(pr, dir));
      Checkpoints.reached("wrote the charts of point " + pr.point().index());
    }
    List<Plots.Written> sensitivity = SensitivityPlots.write(Sensitivity.panels(results), severalArms(results),
        dir);
    Files.writeString(dir.resolve("report.html"), HtmlReport.render(results, info, sensitivity, charts, dir),
        StandardCharsets.UTF_8);
    Checkpoints.reached("wrote report.html");
  }

  /**
   * The paired schedule differences of one grid point as a console table (empty with one arm or without per-trial
   * results; see {@code docs/outputs.md}).
   *
   * @param pr the paired schedule differences of one grid point as a console table (empty with one arm or without
   *     per-trial results; see {@code docs/outputs.md})
   * @return the paired schedule differences of one grid point as a console table (empty with one arm or without
   *     per-trial results; see {@code docs/outputs.md})
   */
  public static String pairedTable(PointResult pr) {
    return SchedulePairs.text(SchedulePairs.rows(pr));
  }

  /**
   * The paired schedule differences of one grid point as the {@code paired_differences} JSON array.
   *
   * @param pr the paired schedule differences of one grid point as the {@code paired_differences} JSON array
   * @return the paired schedule differences of one grid point as the {@code paired_differences} JSON array
   */
  public static List<Object> pairedJson(PointResult pr) {
    return SchedulePairs.toJson(SchedulePairs.rows(pr));
  }

  /** Whether some grid point has more than one schedule arm. */
  private static boolean severalArms(List<PointResult> results) {
    return results.stream().anyMatch(pr -> pr.result().arms().size() > 1);
  }

  private static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The summary object: scenario, run and one {@code compare} object per grid point.
   *
   * @param results every grid point's results, in grid order
   * @param info the run: scenario file, command, start time, wall time, engine
   * @return the summary object: scenario, run and one {@code compare} object per grid point
   */
  public static Map<String, Object> summary(List<PointResult> results, RunInfo info) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", info.scenario().title());
    root.put("file", info.scenario().file());
    root.put("software_version", version());
    List<Object> pts = new ArrayList<>();
    for (PointResult pr : results) {
      GridPoint gp = pr.point();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("point", gp.index());
      m.put("label", gp.label());
      m.put("grid", gp.values());
      m.putAll(CompareReport.toJson(pr.result(), runInfo(gp)));
      if (pr.result().arms().size() > 1 && pr.hasTrialResults()) {
        m.put("paired_differences", pairedJson(pr));
      }
      pts.add(m);
    }
    root.put("points", pts);
    List<Sensitivity.Panel> panels = Sensitivity.panels(results);
    if (!panels.isEmpty()) {
      root.put("sensitivity", Sensitivity.toJson(panels));
    }
    return root;
  }

  static Map<String, Object> runInfo(GridPoint gp) {
    CoupledStudy.Settings s = gp.settings();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trials", s.monteCarlo().trials());
    m.put("seed", s.monteCarlo().seed());
    m.put("truth_patients", s.truthPatients());
    m.put("target", s.target());
    m.put("cycles", gp.cycles());
    m.put("dose_holds", gp.doseHolds());
    m.put("utility_weight", s.rp2dRule().toxicityWeight());
    m.put("accrual_per_month", s.accrual().patientsPerMonth());
    List<String> ds = new ArrayList<>();
    s.designs().forEach(d -> ds.add(d.name()));
    m.put("designs", ds);
    return m;
  }

  private static CSVPrinter csv(Path file, String... header) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header).get());
  }

  static void writeCsvs(List<PointResult> results, Path dir) throws IOException {
    String[] key = {"point", "point_label", "arm", "schedule", "dex_mg", "level", "dose_ug"};
    try (CSVPrinter sel = csv(dir.resolve("selection.csv"), cat(key, "design", "what", "pct", "se"));
        CSVPrinter tr = csv(dir.resolve("truth.csv"), cat(key, "quantity", "value", "se", "true_mtd_level",
            "true_optimal_level"));
        CSVPrinter pd = csv(dir.resolve("per_dose.csv"), cat(key, "design", "quantity", "value", "se"));
        CSVPrinter tri = csv(dir.resolve("trials.csv"), TRIALS_HEADER.toArray(new String[0]))) {
      for (PointResult pr : results) {
        GridPoint gp = pr.point();
        List<CoupledStudy.ArmResult> arms = pr.result().arms();
        for (int a = 0; a < arms.size(); a++) {
          CoupledStudy.ArmResult ar = arms.get(a);
          ModelTruth t = ar.truth();
          List<DoseLevel> lv = ar.arm().levels();
          for (int j = 0; j < lv.size(); j++) {
            Object[] k = keyOf(gp, ar, j + 1, lv.get(j));
            String[] qs = TRUTH_QUANTITIES.toArray(new String[0]);
            double[][] vs = {t.dltProb(), t.orr(), t.neutropeniaG3plus(), t.aucCycle1(), t.cmaxCycle1(),
                t.utility()};
            double[][] ses = {t.dltSe(), t.orrSe(), null, null, null, null};
            for (int q = 0; q < qs.length; q++) {
              tr.printRecord(cat(k, qs[q], num(vs[q][j]), ses[q] == null ? "NA" : num(ses[q][j]),
                  t.trueMtd(), t.trueOptimal()));
            }
          }
          int d = 0;
          for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
            CoupledOc o = e.getValue();
            Object[] none = keyOf(gp, ar, 0, null);
            sel.printRecord(cat(none, e.getKey(), "mtd", num(o.mtd().noMtdPct().value()), num(o.mtd().noMtdPct().se())));
            sel.printRecord(cat(none, e.getKey(), "rp2d", num(o.rp2d().noRp2dPct().value()), num(o.rp2d().noRp2dPct().se())));
            for (int j = 0; j < lv.size(); j++) {
              Object[] k = keyOf(gp, ar, j + 1, lv.get(j));
              sel.printRecord(cat(k, e.getKey(), "mtd", num(o.mtd().level(j + 1).mtdSelectionPct().value()),
                  num(o.mtd().level(j + 1).mtdSelectionPct().se())));
              sel.printRecord(cat(k, e.getKey(), "rp2d", num(o.rp2d().rp2dSelectionPct().get(j).value()),
                  num(o.rp2d().rp2dSelectionPct().get(j).se())));
              pd.printRecord(cat(k, e.getKey(), "mean_n", num(o.mtd().level(j + 1).meanN().value()), num(o.mtd().level(j + 1).meanN().se())));
              pd.printRecord(cat(k, e.getKey(), "mean_dlt", num(o.mtd().level(j + 1).meanDlt().value()), num(o.mtd().level(j + 1).meanDlt().se())));
              if (CompareReport.backfills(o)) {
                pd.printRecord(cat(k, e.getKey(), "mean_backfilled", num(o.meanBackfilled().get(j).value()),
                    num(o.meanBackfilled().get(j).se())));
              }
            }
            for (int i = 0; i < pr.trials(a, d); i++) {
              tri.printRecord(trialRow(pr, a, d, i, e.getKey()));
            }
            d++;
          }
        }
      }
    }
  }

  /** The columns of {@code trials.csv}. */
  static final List<String> TRIALS_HEADER = List.of("point", "point_label", "arm", "design", "trial", "patients",
      "duration_days", "mtd_level", "mtd_dose_ug", "rp2d_level", "rp2d_dose_ug", "escalation_patients", "dlts",
      "patients_above_true_mtd", "stop_reason");

  /** The quantities of {@code truth.csv}, units in the names. */
  static final List<String> TRUTH_QUANTITIES = List.of("dlt_prob", "orr", "neutropenia_g3plus",
      "auc_cycle1_ng_h_per_ml", "cmax_cycle1_ng_per_ml", "utility");

  /**
   * One trial's row: the sample size (escalation and stage) and duration, and from the per-trial result the selected
   * MTD and RP2D (level, 0 = none, and dose, NA for none), escalation patients and DLTs, patients above the arm's
   * true MTD and the stop reason (NA when the engine kept no per-trial results).
   */
  private static List<Object> trialRow(PointResult pr, int a, int d, int i, String design) {
    GridPoint gp = pr.point();
    CoupledStudy.ArmResult ar = pr.result().arms().get(a);
    List<Object> row = new ArrayList<>(List.of(gp.index(), gp.label(), ar.arm().name(), design, i + 1,
        pr.sampleSize(a, d, i), num(pr.durationDays(a, d, i))));
    if (!pr.hasTrialResults()) {
      for (int c = 7; c < TRIALS_HEADER.size(); c++) {
        row.add("NA");
      }
      return row;
    }
    CoupledTrialResult t = pr.trialResult(a, d, i);
    List<DoseLevel> lv = ar.arm().levels();
    int trueMtd = ar.truth().trueMtd();
    row.addAll(List.of(t.mtd(), t.mtd() == 0 ? "NA" : num(lv.get(t.mtd() - 1).doseUg()), t.rp2d(),
        t.rp2d() == 0 ? "NA" : num(lv.get(t.rp2d() - 1).doseUg()), t.escalationSize(),
        num(TrialMetric.DLTS.of(t, trueMtd)), num(TrialMetric.PATIENTS_ABOVE_TRUE_MTD.of(t, trueMtd)),
        t.stopReason().name().toLowerCase(java.util.Locale.ROOT)));
    return row;
  }

  private static Object[] keyOf(GridPoint gp, CoupledStudy.ArmResult ar, int level, DoseLevel l) {
    DoseLevel any = ar.arm().levels().get(0);
    return new Object[] {gp.index(), gp.label(), ar.arm().name(), (l == null ? any : l).schedule().text(),
        num((l == null ? any : l).dexMg()), level, l == null ? "NA" : num(l.doseUg())};
  }

  private static Object[] cat(Object[] a, Object... b) {
    Object[] out = new Object[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String[] cat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String num(double v) {
    return NonmemExport.num(v);
  }

  static String base64(Path file) throws IOException {
    return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
  }

  static String fmt(double v, int digits) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "NA";
  }
}
