package org.escalon.examples.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.TargetFit;
import org.escalon.core.calibration.TraceEntry;
import org.escalon.examples.sweep.SweepOutputs;

/**
 * Writes a calibration's outputs into a directory: {@code calibration.json}, {@code targets.csv},
 * {@code parameters.csv}, {@code trace.csv}, the convergence chart (PNG and SVG), {@code model.yaml} (a
 * ready-to-paste {@code model:} block for scenario files) and {@code report.html}.
 */
public final class CalibrationOutputs {

  private CalibrationOutputs() {}

  /**
   * About the run.
   *
   * @param file the calibration file
   * @param command the command line as typed
   * @param startedAt ISO time the run started
   * @param seconds wall time
   * @param threads worker threads used
   */
  public record RunInfo(CalibrationFile file, String command, String startedAt, double seconds, int threads) { }

  /**
   * Writes everything into {@code dir} (which exists and is empty).
   *
   * @param r the fit: parameters with standard errors, targets, trace
   * @param info the run: calibration file, command, start time, wall time, threads
   * @param dir the output directory (the staging directory of {@code --out})
   * @throws java.io.IOException if a file cannot be written
   */
  public static void write(CalibrationResult r, RunInfo info, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(dir.resolve("calibration.json"), json.writeValueAsString(summary(r, info)) + "\n",
        StandardCharsets.UTF_8);
    writeCsvs(r, dir);
    Files.writeString(dir.resolve("model.yaml"), ModelYaml.render(r, info), StandardCharsets.UTF_8);
    ConvergencePlot.write(r, dir);
    Files.writeString(dir.resolve("report.html"), CalibrationReport.render(r, info, dir), StandardCharsets.UTF_8);
  }

  /**
   * The {@code calibration.json} object.
   *
   * @param r the fit: parameters with standard errors, targets, trace
   * @param info the run: calibration file, command, start time, wall time, threads
   * @return the {@code calibration.json} object
   */
  public static Map<String, Object> summary(CalibrationResult r, RunInfo info) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", info.file().title());
    m.put("file", info.file().file());
    m.put("software_version", SweepOutputs.version());
    m.put("seed", info.file().problem().seed());
    m.put("patients_per_regimen", info.file().problem().patients());
    m.put("parameters", r.valuesByName());
    Map<String, Object> se = new LinkedHashMap<>();
    r.standardErrorsByName().forEach((k, v) -> se.put(k, Double.isNaN(v) ? null : v));
    m.put("parameter_se", se);
    m.put("bounds", bounds(r));
    m.put("correlation", correlation(r));
    List<Object> targets = new ArrayList<>();
    for (TargetFit t : r.best().targets()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("regimen", t.target().regimenLabel());
      row.put("metric", t.target().metricLabel());
      row.put("target", t.target().value());
      row.put("target_se", t.target().se());
      row.put("achieved", finite(t.achieved()));
      row.put("achieved_se", finite(t.achievedSe()));
      row.put("z", finite(t.z()));
      targets.add(row);
    }
    m.put("targets", targets);
    m.put("objective", r.objective());
    m.put("evaluations", r.evaluations());
    m.put("warnings", r.warnings());
    m.put("threads", info.threads());
    m.put("seconds", info.seconds());
    return m;
  }

  private static Object finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static Map<String, Object> bounds(CalibrationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (FitParameter p : r.parameters()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("lower", p.lower());
      b.put("upper", p.upper());
      b.put("scale", p.scale().key());
      m.put(p.name(), b);
    }
    return m;
  }

  private static Map<String, Object> correlation(CalibrationResult r) {
    List<String> names = new ArrayList<>(r.valuesByName().keySet());
    List<List<Object>> rows = new ArrayList<>();
    for (double[] row : r.correlation()) {
      List<Object> out = new ArrayList<>();
      for (double v : row) {
        out.add(finite(v));
      }
      rows.add(out);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameters", names);
    m.put("matrix", rows);
    return m;
  }

  private static CSVPrinter csv(Path file, String... header) throws IOException {
    return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').build());
  }

  private static void writeCsvs(CalibrationResult r, Path dir) throws IOException {
    try (CSVPrinter p = csv(dir.resolve("targets.csv"), "regimen", "metric", "target", "target_se", "achieved",
        "achieved_se", "z")) {
      for (TargetFit t : r.best().targets()) {
        p.printRecord(t.target().regimenLabel(), t.target().metricLabel(), t.target().value(), t.target().se(),
            num(t.achieved()), num(t.achievedSe()), num(t.z()));
      }
    }
    double[] v = r.values();
    double[] se = r.standardErrors();
    try (CSVPrinter p = csv(dir.resolve("parameters.csv"), "parameter", "value", "se", "lower", "upper",
        "scale")) {
      for (int i = 0; i < v.length; i++) {
        FitParameter fp = r.parameters().get(i);
        p.printRecord(fp.name(), v[i], num(se[i]), fp.lower(), fp.upper(), fp.scale().key());
      }
    }
    try (CSVPrinter p = csv(dir.resolve("trace.csv"), "evaluation", "stage", "patients", "objective",
        "best_so_far")) {
      for (TraceEntry t : r.trace()) {
        p.printRecord(t.evaluation(), t.stage().key(), t.patients(), t.objective(), t.bestSoFar());
      }
    }
  }

  /** A number for CSV: empty when not finite. */
  static String num(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }
}
