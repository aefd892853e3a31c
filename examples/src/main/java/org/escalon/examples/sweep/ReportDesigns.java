package org.escalon.examples.sweep;

import static org.escalon.examples.sweep.HtmlReport.esc;

import java.util.Locale;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.Decision;
import org.escalon.simulation.design.DecisionTable;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.NamedDesign;

/**
 * The report's "Design rules" block: for every design of a grid point its full name and its decision table as
 * R {@code BOIN::get.boundary} prints it — per number of patients n at the current dose, escalate if the DLTs
 * are at most one count, de-escalate if at least another, eliminate the dose (and higher ones) if at least a third
 * — and, folded, the E/S/D/DU decision for every n and DLT count. For BOIN also λe and λd. Model-based designs
 * (CRM, BLRM) decide from all doses' data; their table is the decision at the start dose with no other data.
 * Designs that conduct their own trials (TITE-BOIN, BF-BOIN) are named with a pointer to docs/designs.md.
 * Stateless.
 */
final class ReportDesigns {

  /** Columns n shown at most. */
  static final int MAX_N = 30;

  private ReportDesigns() {}

  static void render(StringBuilder h, CoupledStudy.Settings s) {
    int k = s.arms().get(0).levels().size();
    h.append("<h3>Design rules</h3>\n<p class=\"small\">Per number of patients n treated at the current dose: "
        + "escalate if DLTs ≤ the first row, de-escalate if DLTs ≥ the second, eliminate the dose and all higher "
        + "ones if DLTs ≥ the third (– where no count does). E escalate, S stay, D de-escalate, DU de-escalate "
        + "and eliminate (or stop).</p>\n");
    for (NamedDesign nd : s.designs()) {
      h.append("<h4>").append(esc(nd.name())).append("</h4>\n");
      if (!nd.countBased()) {
        h.append("<p class=\"small\">Conducts its own trials (pending patients or backfilling change the "
            + "decisions); its rules are in docs/designs.md.</p>\n");
        continue;
      }
      EscalationDesign e = nd.forLevels(k);
      h.append("<p class=\"small\">").append(esc(e.toString()));
      if (e instanceof Boin b) {
        h.append("; λe = ").append(String.format(Locale.ROOT, "%.4f", b.lambdaE())).append(", λd = ")
            .append(String.format(Locale.ROOT, "%.4f", b.lambdaD()));
      }
      if (e instanceof Crm || e instanceof Blrm) {
        h.append("; model-based: the table is the decision at the start dose with no data elsewhere (later "
            + "decisions use every dose's data: next-dose and dose-paths show them)");
      }
      h.append(".</p>\n");
      table(h, e.decisionTable());
    }
  }

  private static void table(StringBuilder h, DecisionTable t) {
    int maxN = Math.min(t.maxN(), MAX_N);
    h.append("<div class=\"scroll\"><table class=\"rules\">\n<tr><th class=\"l\">n</th>");
    for (int n = 1; n <= maxN; n++) {
      h.append("<th>").append(n).append("</th>");
    }
    h.append("</tr>\n");
    boundary(h, "escalate if DLTs ≤", t, maxN, 0);
    boundary(h, "de-escalate if DLTs ≥", t, maxN, 1);
    boundary(h, "eliminate if DLTs ≥", t, maxN, 2);
    h.append("</table></div>\n<details><summary>E/S/D/DU for every n and number of DLTs</summary>\n")
        .append("<div class=\"scroll\"><table class=\"rules\">\n<tr><th class=\"l\">DLTs \\ n</th>");
    for (int n = 1; n <= maxN; n++) {
      h.append("<th>").append(n).append("</th>");
    }
    h.append("</tr>\n");
    for (int y = 0; y <= lastInformativeY(t, maxN); y++) {
      h.append("<tr><th class=\"l\">").append(y).append("</th>");
      for (int n = 1; n <= maxN; n++) {
        if (y > n) {
          h.append("<td></td>");
        } else {
          Decision d = t.decision(n, y);
          h.append("<td class=\"").append(d.name()).append("\">").append(d.name()).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table></div></details>\n");
  }

  private static void boundary(StringBuilder h, String name, DecisionTable t, int maxN, int which) {
    h.append("<tr><th class=\"l\">").append(esc(name)).append("</th>");
    for (int n = 1; n <= maxN; n++) {
      int v = which == 0 ? t.escalateIfLe(n) : which == 1 ? t.deescalateIfGe(n) : t.eliminateIfGe(n);
      h.append("<td>").append(v < 0 ? "–" : Integer.toString(v)).append("</td>");
    }
    h.append("</tr>\n");
  }

  /** The largest DLT count whose row still differs from the next (rows beyond it only repeat the last). */
  static int lastInformativeY(DecisionTable t, int maxN) {
    int last = 0;
    for (int n = 1; n <= maxN; n++) {
      int du = t.eliminateIfGe(n);
      int dd = t.deescalateIfGe(n);
      last = Math.max(last, du >= 0 ? du : dd >= 0 ? dd : n);
    }
    return Math.min(last, maxN);
  }
}
