package org.escalon.examples.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.examples.compare.CompareReport;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.DoseLevel;

/** {@code report.html}: one self-contained page (PNG charts inlined as base64), large type for a projector. */
final class HtmlReport {
  private HtmlReport() {}

  static String render(List<PointResult> results, SweepOutputs.RunInfo info, List<Plots.Written> sensitivity,
      List<List<Plots.Written>> charts, Path dir) throws IOException {
    ScenarioFile sc = info.scenario();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(sc.title())).append(" — Escalon</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:20px;")
        .append("line-height:1.45;margin:0 auto;max-width:1500px;padding:1.5em;color:#111;background:#fff}\n")
        .append("h1{font-size:2.1em;margin:.2em 0}h2{font-size:1.6em;border-bottom:3px solid #246;")
        .append("padding-bottom:.2em;margin-top:2em}h3{font-size:1.25em}\n")
        .append("table{border-collapse:collapse;margin:1em 0;font-variant-numeric:tabular-nums}")
        .append("th,td{border:1px solid #bbb;padding:.3em .6em;text-align:right}th{background:#e8eef6}")
        .append("td.l,th.l{text-align:left}tr.mtd td{background:#fff4d6;font-weight:600}\n")
        .append(".meta td{text-align:left}.charts{display:flex;flex-wrap:wrap;gap:1.2em}")
        .append("figure{margin:0;flex:1 1 680px;max-width:100%}figure.sensitivity{flex-basis:100%}figure img{width:100%;height:auto;")
        .append("border:1px solid #ddd}figcaption{font-size:.8em;color:#333}\n.small{font-size:.8em;color:#444}\n")
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
        + "standard errors. Tables: summary.json, selection.csv, truth.csv, per_dose.csv, trials.csv, "
        + "points.csv; charts as SVG beside this page.</p>\n");
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
      for (CoupledStudy.ArmResult ar : pr.result().arms()) {
        table(h, ar);
      }
      figures(h, charts.get(p), dir, null);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** A row of figures (PNG inlined, SVG linked); {@code cssClass} marks each figure when not null. */
  private static void figures(StringBuilder h, List<Plots.Written> charts, Path dir, String cssClass)
      throws IOException {
    h.append("<div class=\"charts\">\n");
    for (Plots.Written w : charts) {
      h.append(cssClass == null ? "<figure>" : "<figure class=\"" + cssClass + "\">").append("<img alt=\"")
          .append(esc(w.title())).append("\" src=\"data:image/png;base64,")
          .append(SweepOutputs.base64(dir.resolve(w.baseName() + ".png"))).append("\">")
          .append("<figcaption>").append(esc(w.caption())).append(" <a href=\"").append(w.baseName())
          .append(".svg\">SVG</a></figcaption></figure>\n");
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

  private static void table(StringBuilder h, CoupledStudy.ArmResult ar) {
    ModelTruth t = ar.truth();
    List<DoseLevel> lv = ar.arm().levels();
    h.append("<h3>").append(esc(ar.arm().name())).append(" — true MTD: ")
        .append(t.trueMtd() == 0 ? "none" : "level " + t.trueMtd() + " (" + Plots.fmt(lv.get(t.trueMtd() - 1)
            .doseUg()) + " µg)").append("; true optimal: ").append(t.trueOptimal() == 0 ? "none" : "level "
            + t.trueOptimal()).append("</h3>\n<table>\n<tr><th>level</th><th class=\"l\">dose</th>")
        .append("<th>P(DLT)</th><th>ORR</th><th>neutropenia ≥ G3</th>");
    for (String d : ar.designs().keySet()) {
      h.append("<th>").append(esc(d)).append(" MTD %</th><th>").append(esc(d)).append(" RP2D %</th><th>")
          .append(esc(d)).append(" n</th>");
    }
    h.append("</tr>\n");
    for (int j = 0; j < lv.size(); j++) {
      h.append(j + 1 == t.trueMtd() ? "<tr class=\"mtd\">" : "<tr>").append("<td>").append(j + 1)
          .append(j + 1 == t.trueMtd() ? " ★" : "").append("</td><td class=\"l\">").append(esc(lv.get(j).label()))
          .append("</td><td>").append(SweepOutputs.fmt(t.dltProb()[j], 3)).append("</td><td>")
          .append(SweepOutputs.fmt(t.orr()[j], 3)).append("</td><td>")
          .append(SweepOutputs.fmt(t.neutropeniaG3plus()[j], 3)).append("</td>");
      for (CoupledOc o : ar.designs().values()) {
        h.append("<td>").append(SweepOutputs.fmt(o.mtd().level(j + 1).mtdSelectionPct().value(), 1)).append("</td><td>")
            .append(SweepOutputs.fmt(o.rp2d().rp2dSelectionPct().get(j).value(), 1)).append("</td><td>")
            .append(SweepOutputs.fmt(o.mtd().level(j + 1).meanN().value(), 1)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n<table>\n<tr><th class=\"l\"></th>");
    for (String d : ar.designs().keySet()) {
      h.append("<th>").append(esc(d)).append("</th>");
    }
    h.append("</tr>\n");
    summaryRow(h, ar, "no MTD (%)", o -> pm(o.mtd().noMtdPct().value(), o.mtd().noMtdPct().se(), 1));
    summaryRow(h, ar, "correct MTD (%)", o -> pm(o.pcsMtd().value(), o.pcsMtd().se(), 1));
    summaryRow(h, ar, "correct RP2D (%)", o -> pm(o.rp2d().pcsRp2d().value(), o.rp2d().pcsRp2d().se(), 1));
    summaryRow(h, ar, "mean patients", o -> pm(o.mtd().meanTotalN().value(), o.mtd().meanTotalN().se(), 1));
    summaryRow(h, ar, "mean DLTs", o -> pm(o.mtd().meanTotalDlt().value(), o.mtd().meanTotalDlt().se(), 2));
    summaryRow(h, ar, "% patients above true MTD", o -> pm(o.mtd().pctAboveTrueMtd().value(), o.mtd().pctAboveTrueMtd().se(), 1));
    summaryRow(h, ar, "patients above true MTD", o -> SweepOutputs.fmt(o.meanNAboveTrueMtd(), 1));
    summaryRow(h, ar, "duration (days)", o -> pm(o.meanDurationDays().value(), o.meanDurationDays().se(), 0));
    summaryRow(h, ar, "duration SD (days)", o -> SweepOutputs.fmt(o.sdDurationDays(), 0));
    if (ar.designs().values().stream().anyMatch(CompareReport::backfills)) {
      summaryRow(h, ar, "turned away", o -> pm(o.meanTurnedAway().value(), o.meanTurnedAway().se(), 1));
      summaryRow(h, ar, "backfilled per level", o -> esc(CompareReport.perLevel(o)));
    }
    summaryRow(h, ar, "ORR at RP2D", o -> pm(o.rp2d().orrAtRp2d().value(), o.rp2d().orrAtRp2d().se(), 3));
    summaryRow(h, ar, "DLT rate at RP2D", o -> pm(o.rp2d().dltRateAtRp2d().value(), o.rp2d().dltRateAtRp2d().se(), 3));
    h.append("</table>\n");
  }

  private interface Cell {
    String of(CoupledOc o);
  }

  private static void summaryRow(StringBuilder h, CoupledStudy.ArmResult ar, String name, Cell c) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th>");
    for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
      h.append("<td>").append(c.of(e.getValue())).append("</td>");
    }
    h.append("</tr>\n");
  }

  private static String pm(double v, double se, int digits) {
    if (!Double.isFinite(v)) {
      return "NA";
    }
    return SweepOutputs.fmt(v, digits) + " ± " + SweepOutputs.fmt(Double.isFinite(se) ? se : 0, digits);
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
