package org.escalon.examples.sweep;

import static org.escalon.examples.sweep.HtmlReport.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.DoseLevel;

/**
 * The tables of {@code report.html}: per arm the levels (model truth and selection per design) and the summary,
 * and per grid point the paired schedule comparison. Every table sits in a {@code div.scroll} that scrolls
 * sideways on its own when it is wider than the page; standard errors are printed under or beside their value
 * ({@code span.se}). Stateless.
 */
final class ReportTables {

  private ReportTables() {}

  /** Per level: dose, model truth (P(DLT), ORR with SE; neutropenia; AUC) and each design's MTD %, RP2D %, n. */
  static void levels(StringBuilder h, CoupledStudy.ArmResult ar) {
    ModelTruth t = ar.truth();
    List<DoseLevel> lv = ar.arm().levels();
    h.append("<div class=\"scroll\"><table class=\"levels\">\n<tr><th rowspan=\"2\">level</th>")
        .append("<th rowspan=\"2\">dose</th><th colspan=\"4\" class=\"grp\">model truth</th>");
    for (String d : ar.designs().keySet()) {
      h.append("<th colspan=\"3\" class=\"grp\">").append(esc(d)).append("</th>");
    }
    h.append("</tr>\n<tr><th>P(DLT)</th><th>ORR</th><th>neutro&shy;penia ≥&nbsp;G3</th>")
        .append("<th>AUC<sub>cycle&nbsp;1</sub><br><span class=\"unit\">ng·h/mL</span></th>");
    for (int i = 0; i < ar.designs().size(); i++) {
      h.append("<th>MTD&nbsp;%</th><th>RP2D&nbsp;%</th><th>n</th>");
    }
    h.append("</tr>\n");
    for (int j = 0; j < lv.size(); j++) {
      boolean mtd = j + 1 == t.trueMtd();
      h.append(mtd ? "<tr class=\"mtd\">" : "<tr>").append("<td>").append(j + 1).append(mtd ? "&nbsp;★" : "")
          .append(j + 1 == t.trueOptimal() ? "&nbsp;◆" : "").append("</td><td class=\"l\">")
          .append(esc(CompareReport.dose(lv.get(j)))).append("</td>")
          .append(cell(new Estimate(t.dltProb()[j], t.dltSe()[j]), 3))
          .append(cell(new Estimate(t.orr()[j], t.orrSe()[j]), 3))
          .append("<td>").append(SweepOutputs.fmt(t.neutropeniaG3plus()[j], 3)).append("</td><td>")
          .append(SweepOutputs.fmt(t.aucCycle1()[j], 0)).append("</td>");
      for (CoupledOc o : ar.designs().values()) {
        h.append(cell(o.mtd().level(j + 1).mtdSelectionPct(), 1)).append(cell(o.rp2d().rp2dSelectionPct().get(j), 1))
            .append(cell(o.mtd().level(j + 1).meanN(), 1));
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  /** A value with its SE under it (no SE line when the SE is not finite). */
  static String cell(Estimate e, int digits) {
    String v = SweepOutputs.fmt(e.value(), digits);
    return Double.isFinite(e.se()) && Double.isFinite(e.value())
        ? "<td>" + v + "<span class=\"se\">±" + SweepOutputs.fmt(e.se(), digits) + "</span></td>"
        : "<td>" + v + "</td>";
  }

  private interface Cell {
    String of(CoupledOc o);
  }

  /** The headline numbers, one column per design. */
  static void summary(StringBuilder h, CoupledStudy.ArmResult ar) {
    h.append("<div class=\"scroll\"><table class=\"summary\">\n<tr><th class=\"l\"></th>");
    for (String d : ar.designs().keySet()) {
      h.append("<th>").append(esc(d)).append("</th>");
    }
    h.append("</tr>\n");
    Map<String, Cell> rows = new LinkedHashMap<>();
    rows.put("correct MTD (%)", o -> pm(o.pcsMtd(), 1));
    rows.put("no MTD (%)", o -> pm(o.mtd().noMtdPct(), 1));
    rows.put("correct RP2D (%)", o -> pm(o.rp2d().pcsRp2d(), 1));
    rows.put("patients", o -> pm(o.mtd().meanTotalN(), 1));
    rows.put("DLTs", o -> pm(o.mtd().meanTotalDlt(), 2));
    rows.put("% patients above true MTD", o -> pm(o.mtd().pctAboveTrueMtd(), 1));
    rows.put("patients above true MTD", o -> SweepOutputs.fmt(o.meanNAboveTrueMtd(), 1));
    rows.put("duration (days)", o -> pm(o.meanDurationDays(), 0));
    rows.put("duration SD (days)", o -> SweepOutputs.fmt(o.sdDurationDays(), 0));
    if (ar.designs().values().stream().anyMatch(CompareReport::backfills)) {
      rows.put("turned away", o -> pm(o.meanTurnedAway(), 1));
      rows.put("backfilled per level", o -> esc(CompareReport.perLevel(o)));
    }
    rows.put("ORR at RP2D", o -> pm(o.rp2d().orrAtRp2d(), 3));
    rows.put("DLT rate at RP2D", o -> pm(o.rp2d().dltRateAtRp2d(), 3));
    for (Map.Entry<String, Cell> r : rows.entrySet()) {
      h.append("<tr><th class=\"l\">").append(esc(r.getKey())).append("</th>");
      for (CoupledOc o : ar.designs().values()) {
        h.append("<td>").append(r.getValue().of(o)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");
  }

  static String pm(Estimate e, int digits) {
    if (!Double.isFinite(e.value())) {
      return "NA";
    }
    return SweepOutputs.fmt(e.value(), digits) + " <span class=\"se\">± "
        + SweepOutputs.fmt(Double.isFinite(e.se()) ? e.se() : 0, digits) + "</span>";
  }

  /**
   * The paired schedule comparison of one grid point ({@link SchedulePairs}): per pair of arms a table with a row
   * per design and a column per metric; each cell the paired difference B − A ± its SE over A → B.
   */
  static void paired(StringBuilder h, PointResult pr) {
    List<SchedulePairs.Row> rows = SchedulePairs.rows(pr);
    if (rows.isEmpty()) {
      return;
    }
    h.append("<h3>Schedules side by side: paired differences</h3>\n<p class=\"small\">Each cell: the mean "
        + "difference B − A over the same simulated trials ± its paired standard error, and under it the means in "
        + "A → B. Every arm sees the same virtual patients arriving at the same times, so the paired SE is much "
        + "smaller than the SEs of the two means. Shaded: |difference| &gt; 2 SE. ORR at the RP2D is over the "
        + "trials that selected an RP2D in both arms. Also in paired_differences.csv.</p>\n");
    Map<String, List<SchedulePairs.Row>> byPair = new LinkedHashMap<>();
    for (SchedulePairs.Row r : rows) {
      byPair.computeIfAbsent(r.nameB() + " − " + r.nameA(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<SchedulePairs.Row>> e : byPair.entrySet()) {
      SchedulePairs.Row first = e.getValue().get(0);
      h.append("<div class=\"scroll\"><table class=\"paired\">\n<caption>B = ").append(esc(first.nameB()))
          .append(" minus A = ").append(esc(first.nameA())).append("</caption>\n<tr><th class=\"l\">design</th>");
      for (TrialMetric m : TrialMetric.values()) {
        h.append("<th>").append(esc(m.label())).append("</th>");
      }
      h.append("</tr>\n");
      String design = null;
      for (SchedulePairs.Row r : e.getValue()) {
        if (!r.design().equals(design)) {
          h.append(design == null ? "" : "</tr>\n").append("<tr><th class=\"l\">").append(esc(r.design()))
              .append("</th>");
          design = r.design();
        }
        h.append(pairedCell(r));
      }
      h.append("</tr>\n</table></div>\n");
    }
  }

  private static String pairedCell(SchedulePairs.Row r) {
    int dg = SchedulePairs.digits(r.metric());
    Estimate d = r.difference();
    if (!Double.isFinite(d.value())) {
      return "<td>NA</td>";
    }
    boolean sig = Double.isFinite(d.se()) && Math.abs(d.value()) > 2 * d.se();
    String v = SchedulePairs.signed(d.value(), dg);
    return (sig ? "<td class=\"sig\">" : "<td>") + "<b>" + v + "</b> "
        + "<span class=\"se\">± " + SweepOutputs.fmt(Double.isFinite(d.se()) ? d.se() : 0, dg) + "</span>"
        + "<span class=\"ab\">" + SweepOutputs.fmt(r.a().value(), dg) + " → " + SweepOutputs.fmt(r.b().value(), dg)
        + "</span></td>";
  }
}
