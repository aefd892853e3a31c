package org.escalon.examples.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.escalon.core.calibration.CalibrationResult;
import org.escalon.core.calibration.FitParameter;
import org.escalon.core.calibration.TargetFit;
import org.escalon.examples.sweep.SweepOutputs;

/** {@code report.html}: one self-contained page (the convergence chart inlined as base64). */
final class CalibrationReport {
  private CalibrationReport() {}

  static String render(CalibrationResult r, CalibrationOutputs.RunInfo info, Path dir) throws IOException {
    CalibrationFile f = info.file();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(f.title())).append(" — Escalon calibration</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:18px;")
        .append("line-height:1.45;margin:0 auto;max-width:1300px;padding:1.5em;color:#111;background:#fff}\n")
        .append("h2{border-bottom:3px solid #246;padding-bottom:.2em;margin-top:1.6em}\n")
        .append("table{border-collapse:collapse;margin:1em 0;font-variant-numeric:tabular-nums}")
        .append("th,td{border:1px solid #bbb;padding:.3em .6em;text-align:right}th{background:#e8eef6}")
        .append("td.l,th.l{text-align:left}td.bad{background:#fde2e2}.warn{background:#fff4d6;padding:.6em}")
        .append("img{max-width:100%;border:1px solid #ddd}.small{font-size:.8em;color:#444}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(esc(f.title())).append("</h1>\n");
    if (f.spec().description() != null) {
      h.append("<p>").append(esc(f.spec().description().trim())).append("</p>\n");
    }
    h.append("<table>\n");
    meta(h, "Calibration file", f.file());
    meta(h, "Virtual patients", f.problem().patients() + " per regimen (the same people in every evaluation)");
    meta(h, "Seed", Long.toString(f.problem().seed()));
    meta(h, "Objective", String.format(Locale.ROOT, "F = Σ z² = %.4g over %d targets, %d evaluations",
        r.objective(), r.best().targets().size(), r.evaluations()));
    meta(h, "Software", "Escalon " + SweepOutputs.version() + ", Java " + System.getProperty("java.version"));
    meta(h, "Run", info.startedAt() + ", " + String.format(Locale.ROOT, "%.1f s on %d threads", info.seconds(),
        info.threads()));
    meta(h, "Command", info.command());
    h.append("</table>\n");
    for (String w : r.warnings()) {
      h.append("<p class=\"warn\">⚠ ").append(esc(w)).append("</p>\n");
    }
    parameters(h, r);
    targets(h, r);
    correlation(h, r);
    h.append("<h2>Convergence</h2>\n<img alt=\"objective by evaluation\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve(ConvergencePlot.BASE_NAME
            + ".png")))).append("\">\n<p class=\"small\">Search: CMA-ES on a subset of the patients; polish: "
            + "BOBYQA (Brent for one parameter) on all; curvature: the finite differences of the standard errors. "
            + "Files: calibration.json, targets.csv, parameters.csv, trace.csv, model.yaml, convergence.svg.</p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void parameters(StringBuilder h, CalibrationResult r) {
    h.append("<h2>Fitted parameters</h2>\n<table>\n<tr><th class=\"l\">parameter</th><th>value</th><th>SE</th>")
        .append("<th>lower</th><th>upper</th><th class=\"l\">scale</th></tr>\n");
    double[] v = r.values();
    double[] se = r.standardErrors();
    for (int i = 0; i < v.length; i++) {
      FitParameter p = r.parameters().get(i);
      h.append("<tr><td class=\"l\">").append(esc(p.name())).append("</td><td>").append(ModelYaml.g(v[i]))
          .append("</td><td>").append(Double.isNaN(se[i]) ? "—" : ModelYaml.g(se[i])).append("</td><td>")
          .append(ModelYaml.g(p.lower())).append("</td><td>").append(ModelYaml.g(p.upper()))
          .append("</td><td class=\"l\">").append(p.scale().key()).append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"small\">SE: from the curvature of the objective (Cov = 2·H⁻¹ on the search "
        + "scale, then the delta method); — when at a bound or not identified.</p>\n");
  }

  private static void targets(StringBuilder h, CalibrationResult r) {
    h.append("<h2>Targets</h2>\n<table>\n<tr><th class=\"l\">regimen</th><th class=\"l\">metric</th>")
        .append("<th>target ± SE</th><th>achieved ± SE</th><th>z</th></tr>\n");
    for (TargetFit t : r.best().targets()) {
      boolean bad = !(Math.abs(t.z()) <= 2);
      h.append("<tr><td class=\"l\">").append(esc(t.target().regimenLabel())).append("</td><td class=\"l\">")
          .append(esc(t.target().metricLabel())).append("</td><td>").append(pm(t.target().value(),
              t.target().se())).append("</td><td>").append(pm(t.achieved(), t.achievedSe()))
          .append("</td><td").append(bad ? " class=\"bad\"" : "").append(">")
          .append(Double.isNaN(t.z()) ? "undefined" : String.format(Locale.ROOT, "%.2f", t.z()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"small\">z = (achieved − target)/sqrt(SE_target² + SE_sim²); |z| &gt; 2 is "
        + "shaded.</p>\n");
  }

  private static void correlation(StringBuilder h, CalibrationResult r) {
    List<String> names = List.copyOf(r.valuesByName().keySet());
    if (names.size() < 2) {
      return;
    }
    h.append("<h2>Correlation of the estimates</h2>\n<table>\n<tr><th></th>");
    for (String n : names) {
      h.append("<th>").append(esc(n)).append("</th>");
    }
    h.append("</tr>\n");
    double[][] c = r.correlation();
    for (int i = 0; i < names.size(); i++) {
      h.append("<tr><th class=\"l\">").append(esc(names.get(i))).append("</th>");
      for (int j = 0; j < names.size(); j++) {
        h.append("<td>").append(Double.isNaN(c[i][j]) ? "—" : String.format(Locale.ROOT, "%.2f", c[i][j]))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private static String pm(double v, double se) {
    return Double.isNaN(v) ? "undefined" : ModelYaml.g(v) + " ± " + ModelYaml.g(se);
  }

  private static void meta(StringBuilder h, String k, String v) {
    h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td class=\"l\">").append(esc(v))
        .append("</td></tr>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
