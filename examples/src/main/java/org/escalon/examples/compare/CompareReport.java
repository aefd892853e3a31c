package org.escalon.examples.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.DoseLevel;

/** Renders a {@link CoupledStudy.Result} as the {@code compare} JSON object or as a design-meeting table. */
public final class CompareReport {
  private CompareReport() {}

  /**
   * The JSON object: {@code {"levels": [...], "schedules": {name: {"levels": [...], "truth": {...}, "designs":
   * {design: {...}}}}}}. Levels are 1-based; {@code true_mtd} is 0 when no level is safe.
   *
   * @param result the study's results
   * @param run the run's settings and timing, written under {@code "run"}
   * @return the JSON object: {@code {"levels": [...], "schedules": {name: {"levels": [...], "truth": {...}, "designs":
   *     {design: {...}}}}}}
   */
  public static Map<String, Object> toJson(CoupledStudy.Result result, Map<String, Object> run) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("run", run);
    List<CoupledStudy.ArmResult> arms = result.arms();
    List<Object> levels = new ArrayList<>();
    List<DoseLevel> first = arms.get(0).arm().levels();
    for (int j = 0; j < first.size(); j++) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("level", j + 1);
      l.put("dose_ug", first.get(j).doseUg());
      levels.add(l);
    }
    root.put("levels", levels);
    Map<String, Object> schedules = new LinkedHashMap<>();
    for (CoupledStudy.ArmResult a : arms) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<String> labels = new ArrayList<>();
      for (DoseLevel l : a.arm().levels()) {
        labels.add(l.label());
      }
      m.put("levels", labels);
      m.put("truth", truth(a.truth()));
      Map<String, Object> ds = new LinkedHashMap<>();
      for (Map.Entry<String, CoupledOc> e : a.designs().entrySet()) {
        ds.put(e.getKey(), oc(e.getValue()));
      }
      m.put("designs", ds);
      schedules.put(a.arm().name(), m);
    }
    root.put("schedules", schedules);
    root.put("seconds", result.seconds());
    return root;
  }

  static Map<String, Object> truth(ModelTruth t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("patients", t.patients());
    m.put("dlt_prob", t.dltProb());
    m.put("dlt_prob_se", t.dltSe());
    m.put("orr", t.orr());
    m.put("orr_se", t.orrSe());
    m.put("neutropenia_g3plus", t.neutropeniaG3plus());
    m.put("auc_cycle1_ng_h_per_ml", t.aucCycle1());
    m.put("cmax_cycle1_ng_per_ml", t.cmaxCycle1());
    m.put("utility", t.utility());
    m.put("true_mtd", t.trueMtd());
    m.put("true_optimal", t.trueOptimal());
    return m;
  }

  static Map<String, Object> oc(CoupledOc o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trials", o.trials());
    pair(m, "mtd_selection_pct", o.mtd().values(LevelOc::mtdSelectionPct),
        o.mtd().ses(LevelOc::mtdSelectionPct));
    pair(m, "no_mtd_pct", o.mtd().noMtdPct().value(), o.mtd().noMtdPct().se());
    pair(m, "rp2d_selection_pct", Estimate.values(o.rp2d().rp2dSelectionPct()),
        Estimate.ses(o.rp2d().rp2dSelectionPct()));
    pair(m, "no_rp2d_pct", o.rp2d().noRp2dPct().value(), o.rp2d().noRp2dPct().se());
    pair(m, "mean_n", o.mtd().values(LevelOc::meanN), o.mtd().ses(LevelOc::meanN));
    pair(m, "mean_dlt", o.mtd().values(LevelOc::meanDlt), o.mtd().ses(LevelOc::meanDlt));
    pair(m, "mean_total_n", o.mtd().meanTotalN().value(), o.mtd().meanTotalN().se());
    pair(m, "mean_total_dlt", o.mtd().meanTotalDlt().value(), o.mtd().meanTotalDlt().se());
    pair(m, "pct_above_true_mtd", o.mtd().pctAboveTrueMtd().value(), o.mtd().pctAboveTrueMtd().se());
    pair(m, "mean_duration_days", o.meanDurationDays().value(), o.meanDurationDays().se());
    pair(m, "orr_at_rp2d", o.rp2d().orrAtRp2d().value(), o.rp2d().orrAtRp2d().se());
    pair(m, "dlt_rate_at_rp2d", o.rp2d().dltRateAtRp2d().value(), o.rp2d().dltRateAtRp2d().se());
    pair(m, "pcs_mtd", o.pcsMtd().value(), o.pcsMtd().se());
    pair(m, "pcs_rp2d", o.rp2d().pcsRp2d().value(), o.rp2d().pcsRp2d().se());
    pair(m, "mean_stage_n", o.meanStageN().value(), o.meanStageN().se());
    if (backfills(o)) { // designs that backfill or turn candidates away (BF-BOIN); absent means none
      pair(m, "mean_backfilled", Estimate.values(o.meanBackfilled()), Estimate.ses(o.meanBackfilled()));
      pair(m, "mean_turned_away", o.meanTurnedAway().value(), o.meanTurnedAway().se());
    }
    return m;
  }

  /**
   * Whether a design backfilled or turned away anyone (only such designs get those fields and rows).
   *
   * @param o whether a design backfilled or turned away anyone (only such designs get those fields and rows)
   * @return whether a design backfilled or turned away anyone (only such designs get those fields and rows)
   */
  public static boolean backfills(CoupledOc o) {
    if (o.meanTurnedAway().value() > 0) {
      return true;
    }
    for (Estimate e : o.meanBackfilled()) {
      if (e.value() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Mean backfilled patients per level, e.g. {@code 0.7 1.2 0.3 0.0}; {@code -} for a design that backfills none.
   *
   * @param o mean backfilled patients per level, e.g
   * @return mean backfilled patients per level, e.g
   */
  public static String perLevel(CoupledOc o) {
    if (!backfills(o)) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    for (Estimate e : o.meanBackfilled()) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", e.value()));
    }
    return sb.toString();
  }

  private static void pair(Map<String, Object> m, String key, Object value, Object se) {
    m.put(key, nanToNull(value));
    m.put(key + "_se", nanToNull(se));
  }

  private static Object nanToNull(Object v) {
    if (v instanceof Double d && !Double.isFinite(d)) {
      return null;
    }
    if (v instanceof double[] a) {
      List<Double> l = new ArrayList<>();
      for (double x : a) {
        l.add(Double.isFinite(x) ? x : null);
      }
      return l;
    }
    return v;
  }

  /**
   * A readable side-by-side table for a design meeting.
   *
   * @param result a readable side-by-side table for a design meeting
   * @return a readable side-by-side table for a design meeting
   */
  public static String table(CoupledStudy.Result result) {
    StringBuilder sb = new StringBuilder();
    for (CoupledStudy.ArmResult a : result.arms()) {
      ModelTruth t = a.truth();
      List<DoseLevel> lv = a.arm().levels();
      List<String> names = new ArrayList<>(a.designs().keySet());
      sb.append(String.format(Locale.ROOT, "%n== %s ==  (model truth from %d virtual patients; true MTD = %s, "
          + "true optimal = %s)%n", a.arm().name(), t.patients(), lvl(t.trueMtd()), lvl(t.trueOptimal())));
      sb.append(String.format(Locale.ROOT, "%-5s %-28s %6s %6s %6s %8s", "level", "dose", "P(DLT)", "ORR", "N>=G3",
          "AUC1"));
      for (String d : names) {
        sb.append(String.format(Locale.ROOT, " | %-19s", d + " MTD% RP2D% n"));
      }
      sb.append('\n');
      for (int j = 0; j < lv.size(); j++) {
        String mark = (j + 1 == t.trueMtd() ? "*" : " ") + (j + 1 == t.trueOptimal() ? "+" : " ");
        sb.append(String.format(Locale.ROOT, "%-3d%s %-28s %6.3f %6.3f %6.3f %8.1f", j + 1, mark, label(lv.get(j)),
            t.dltProb()[j], t.orr()[j], t.neutropeniaG3plus()[j], t.aucCycle1()[j]));
        for (String d : names) {
          CoupledOc o = a.designs().get(d);
          sb.append(String.format(Locale.ROOT, " | %5.1f %5.1f %5.1f  ", o.mtd().level(j + 1).mtdSelectionPct().value(),
              o.rp2d().rp2dSelectionPct().get(j).value(), o.mtd().level(j + 1).meanN().value()));
        }
        sb.append('\n');
      }
      row(sb, "no MTD (%)", a, o -> fmt(o.mtd().noMtdPct().value(), o.mtd().noMtdPct().se(), 1));
      row(sb, "correct MTD (%)", a, o -> fmt(o.pcsMtd().value(), o.pcsMtd().se(), 1));
      row(sb, "correct RP2D (%)", a, o -> fmt(o.rp2d().pcsRp2d().value(), o.rp2d().pcsRp2d().se(), 1));
      row(sb, "mean N", a, o -> fmt(o.mtd().meanTotalN().value(), o.mtd().meanTotalN().se(), 1));
      row(sb, "mean DLTs", a, o -> fmt(o.mtd().meanTotalDlt().value(), o.mtd().meanTotalDlt().se(), 2));
      row(sb, "% patients above true MTD", a, o -> fmt(o.mtd().pctAboveTrueMtd().value(), o.mtd().pctAboveTrueMtd().se(), 1));
      row(sb, "patients above true MTD", a, o -> String.format(Locale.ROOT, "%.1f", o.meanNAboveTrueMtd()));
      row(sb, "duration (days)", a, o -> fmt(o.meanDurationDays().value(), o.meanDurationDays().se(), 0));
      row(sb, "duration SD (days)", a, o -> String.format(Locale.ROOT, "%.0f", o.sdDurationDays()));
      if (a.designs().values().stream().anyMatch(CompareReport::backfills)) {
        row(sb, "backfilled (mean N)", a, o -> String.format(Locale.ROOT, "%.1f",
            Arrays.stream(Estimate.values(o.meanBackfilled())).sum()));
        row(sb, "turned away (mean)", a, o -> fmt(o.meanTurnedAway().value(), o.meanTurnedAway().se(), 1));
        row(sb, "backfilled per level", a, CompareReport::perLevel);
      }
      row(sb, "ORR at RP2D", a, o -> fmt(o.rp2d().orrAtRp2d().value(), o.rp2d().orrAtRp2d().se(), 3));
      row(sb, "DLT rate at RP2D", a, o -> fmt(o.rp2d().dltRateAtRp2d().value(), o.rp2d().dltRateAtRp2d().se(), 3));
    }
    sb.append(String.format(Locale.ROOT,
        "%n* true MTD (highest level with P(DLT) <= target), + true optimal (utility ORR - w*P(DLT)).%n"
            + "MTD%%/RP2D%%: selection percentages; n: mean patients treated; (SE) Monte Carlo standard errors.%n"));
    return sb.toString();
  }

  /**
   * A level's label for people, with µg where the regimen text (which parses back as input, and stays so in CSV
   * and JSON) has {@code ug}: e.g. {@code 37.5 µg QD d1-14 + dex 40 mg}.
   *
   * @param l a level's label for people, with µg where the regimen text (which parses back as input, and stays so in
   *     CSV and JSON) has {@code ug}: e.g
   * @return a level's label for people, with µg where the regimen text (which parses back as input, and stays so in CSV
   *     and JSON) has {@code ug}: e.g
   */
  public static String label(DoseLevel l) {
    return l.label().replace(" ug ", " µg ");
  }

  /**
   * The dose alone, for tables whose heading names the schedule: e.g. {@code 37.5 µg}.
   *
   * @param l the dose alone, for tables whose heading names the schedule: e.g
   * @return the dose alone, for tables whose heading names the schedule: e.g
   */
  public static String dose(DoseLevel l) {
    double d = l.doseUg();
    return (d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d)) + " µg";
  }

  private interface Cell {
    String of(CoupledOc o);
  }

  private static void row(StringBuilder sb, String name, CoupledStudy.ArmResult a, Cell cell) {
    sb.append(String.format(Locale.ROOT, "%-26s", name));
    for (Map.Entry<String, CoupledOc> e : a.designs().entrySet()) {
      sb.append(String.format(Locale.ROOT, " | %-8s %-18s", e.getKey(), cell.of(e.getValue())));
    }
    sb.append('\n');
  }

  private static String fmt(double v, double se, int digits) {
    if (!Double.isFinite(v)) {
      return "NA";
    }
    String f = "%." + digits + "f";
    return String.format(Locale.ROOT, f + " (" + f + ")", v, Double.isFinite(se) ? se : 0.0);
  }

  private static String lvl(int l) {
    return l == 0 ? "none" : Integer.toString(l);
  }
}
