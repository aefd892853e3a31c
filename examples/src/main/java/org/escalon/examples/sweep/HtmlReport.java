package org.escalon.examples.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.examples.compare.CompareReport;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.DoseLevel;

/**
 * {@code report.html}: one self-contained page (charts inlined), large type for a projector. It fits a 1024 px
 * wide window: the page never scrolls sideways; a table wider than the window scrolls inside its own box.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** The style sheet. */
  static final String CSS = """
      body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:19px;\
      line-height:1.45;margin:0 auto;max-width:1500px;padding:1em 1.2em;color:#111;background:#fff}
      h1{font-size:2em;margin:.2em 0}h2{font-size:1.5em;border-bottom:3px solid #246;padding-bottom:.2em;\
      margin-top:2em}h3{font-size:1.2em;margin:1.4em 0 .4em}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;margin:.6em 0;font-variant-numeric:tabular-nums;font-size:.8em}
      th,td{border:1px solid #bbb;padding:.25em .45em;text-align:right;white-space:nowrap;vertical-align:top}
      th{background:#e8eef6;white-space:normal;min-width:3.5em}th.grp{text-align:center}td.l,th.l{text-align:left}caption{text-align:left;\
      font-weight:600;padding:.2em 0}
      tr.mtd td{background:#fff4d6;font-weight:600}
      .se{color:#555;font-size:.82em;font-weight:400}.levels .se,.paired .ab{display:block}
      .paired .ab{color:#444;font-size:.82em}td.sig{background:#e3f1e3}.unit{font-weight:400;font-size:.85em}
      table.meta{font-size:.85em}.meta td{text-align:left;white-space:normal;overflow-wrap:anywhere}
      .charts{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0;flex:1 1 600px;max-width:100%;min-width:0}
      figure.wide,figure.sensitivity{flex-basis:100%}figure img,figure svg{width:100%;height:auto;border:1px solid #ddd}
      figcaption{font-size:.8em;color:#333}.small{font-size:.8em;color:#444}
      dl.defs{font-size:.85em;display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em;margin:.6em 0}
      dl.defs dt{font-weight:600}dl.defs dd{margin:0}
      td.E{background:#d8efd8}td.S{background:#f1f1f1}td.D{background:#fde3c8}td.DU{background:#f7c6c6}
      details summary{cursor:pointer;font-size:.8em;color:#246}h4{font-size:1em;margin:1.2em 0 .2em}
      table.rules{font-size:.7em}table.rules td,table.rules th{padding:.15em .35em;min-width:1.4em;\
      text-align:center}table.rules th.l{text-align:left;white-space:nowrap}
      """;

  static String render(List<PointResult> results, SweepOutputs.RunInfo info, List<Plots.Written> sensitivity,
      List<List<Plots.Written>> charts, Path dir) throws IOException {
    ScenarioFile sc = info.scenario();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(sc.title())).append(" — Escalon</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(sc.title())).append("</h1>\n");
    if (sc.spec().description() != null) {
      h.append("<p>").append(esc(sc.spec().description().trim())).append("</p>\n");
    }
    CoupledStudy.Settings s0 = results.get(0).point().settings();
    h.append("<table class=\"meta\">\n");
    row(h, "Scenario file", sc.file());
    row(h, "Grid points", results.size() + (results.size() > 1 ? " (" + axes(results) + ")" : ""));
    row(h, "Trials per point", Integer.toString(s0.monteCarlo().trials()));
    row(h, "Seed", Long.toString(s0.monteCarlo().seed()));
    row(h, "Model truth", s0.truthPatients() + " virtual patients per dose level");
    row(h, "Software", "Escalon " + SweepOutputs.version() + ", Java " + System.getProperty("java.version"));
    row(h, "Run", info.startedAt() + ", " + SweepOutputs.fmt(info.seconds(), 1) + " s");
    row(h, "Command", info.command());
    h.append("</table>\n");
    h.append("<p class=\"small\">Every design, schedule and grid point sees the same virtual patients arriving at "
        + "the same times (common random numbers), so differences are not noise. ± values are Monte Carlo "
        + "standard errors. Tables: summary.json, design_summary.csv, paired_differences.csv, selection.csv, "
        + "truth.csv, per_dose.csv, trials.csv, points.csv; charts as SVG beside this page.</p>\n");
    definitions(h, s0);
    if (!sensitivity.isEmpty()) {
      h.append("<h2 id=\"sensitivity\">Sensitivity to model assumptions</h2>\n<p>Each grid point simulates the "
          + "trials on its own version of the model, with its own true MTD. Per varied model parameter: correct "
          + "MTD %, mean selected MTD dose and trial duration against the parameter's value (points.csv has every "
          + "number with its SE).</p>\n");
      figures(h, sensitivity, dir, "sensitivity");
    }
    for (int p = 0; p < results.size(); p++) {
      PointResult pr = results.get(p);
      GridPoint gp = pr.point();
      CoupledStudy.Settings s = gp.settings();
      h.append("<h2 id=\"point").append(gp.index()).append("\">").append(results.size() > 1
          ? "Point " + gp.index() + ": " + esc(gp.label()) : "Results").append("</h2>\n");
      h.append("<p>Target DLT probability ").append(s.target()).append("; ").append(gp.cycles())
          .append(" cycles; dose holds ").append(gp.doseHolds() ? "on" : "off").append("; accrual ")
          .append(Plots.fmt(s.accrual().patientsPerMonth())).append("/month; RP2D utility ORR − ")
          .append(Plots.fmt(s.rp2dRule().toxicityWeight())).append(" × P(DLT); designs ")
          .append(esc(String.join(", ", names(s)))).append(".</p>\n");
      ReportTables.paired(h, pr);
      for (CoupledStudy.ArmResult ar : pr.result().arms()) {
        armTables(h, ar);
      }
      figures(h, charts.get(p), dir, null);
      ReportDesigns.render(h, s);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * A row of figures (the SVG inlined as an image: real text, a few kB; the SVG and the PNG linked for slides);
   * {@code cssClass} marks each figure when not null.
   */
  private static void figures(StringBuilder h, List<Plots.Written> charts, Path dir, String cssClass)
      throws IOException {
    h.append("<div class=\"charts\">\n");
    for (Plots.Written w : charts) {
      String cls = cssClass != null ? cssClass : w.wide() ? "wide" : null;
      h.append(cls == null ? "<figure>" : "<figure class=\"" + cls + "\">").append("<img alt=\"")
          .append(esc(w.title())).append("\" src=\"data:image/svg+xml;base64,")
          .append(SweepOutputs.base64(dir.resolve(w.baseName() + ".svg"))).append("\">")
          .append("<figcaption>").append(esc(w.caption())).append(" <a href=\"").append(w.baseName())
          .append(".svg\">SVG</a> <a href=\"").append(w.baseName())
          .append(".png\">PNG</a></figcaption></figure>\n");
    }
    h.append("</div>\n");
  }

  private static List<String> names(CoupledStudy.Settings s) {
    List<String> n = new ArrayList<>();
    s.designs().forEach(d -> n.add(d.name()));
    return n;
  }

  private static String axes(List<PointResult> results) {
    return String.join(" × ", results.get(0).point().values().keySet());
  }

  private static void row(StringBuilder h, String k, String v) {
    h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
  }

  private static void armTables(StringBuilder h, CoupledStudy.ArmResult ar) {
    ModelTruth t = ar.truth();
    List<DoseLevel> lv = ar.arm().levels();
    h.append("<h3>").append(esc(CompareReport.label(lv.get(0)).replaceFirst("^\\S+ µg ", ""))).append(" — true MTD: ")
        .append(t.trueMtd() == 0 ? "none" : "level " + t.trueMtd() + " ★ (" + CompareReport.dose(lv.get(t.trueMtd()
            - 1)) + ")").append("; true optimal: ").append(t.trueOptimal() == 0 ? "none" : "level "
            + t.trueOptimal() + " ◆").append("</h3>\n");
    ReportTables.levels(h, ar);
    ReportTables.summary(h, ar);
  }

  /** What the report's words and marks mean, so that it stands alone in a meeting. */
  private static void definitions(StringBuilder h, CoupledStudy.Settings s) {
    h.append("<dl class=\"defs\">\n")
        .append("<dt>True MTD ★</dt><dd>The highest dose level whose model DLT probability (cycle 1, from the model "
            + "truth's virtual patients) is at most the target ").append(Plots.fmt(s.target()))
        .append("; “none” (level 0 in the CSV and JSON files) when even level 1 is above it.</dd>\n")
        .append("<dt>Correct selection</dt><dd>A trial selects the true MTD as its MTD; when no level is safe, "
            + "selecting none is correct. Correct MTD % is the share of trials that do.</dd>\n")
        .append("<dt>Utility, RP2D ◆</dt><dd>U = ORR − ").append(Plots.fmt(s.rp2dRule().toxicityWeight()))
        .append(" × P(DLT). A trial's RP2D is the level up to its MTD, with at least ")
        .append(s.rp2dRule().minPatients()).append(" patients, of highest utility from its own isotonically smoothed "
            + "response and DLT rates; the true optimal level ◆ is the highest model utility up to the true MTD."
            + "</dd>\n")
        .append("<dt>n, patients</dt><dd>Mean patients treated (per level; in total); ORR and DLT rate at the RP2D "
            + "are observed in the trials that selected one.</dd>\n")
        .append("<dt>±</dt><dd>Monte Carlo standard error of the mean over the simulated trials (binomial SE for "
            + "the model truth).</dd>\n</dl>\n");
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
