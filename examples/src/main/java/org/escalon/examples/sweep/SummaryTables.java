package org.escalon.examples.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.core.output.Estimate;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.DoseLevel;

/**
 * The two wide, tidy per-design tables beside the long ones (columns documented in {@code docs/outputs.md}):
 * {@code design_summary.csv}, one row per grid point, arm and design with the headline operating characteristics
 * and their Monte Carlo standard errors (the numbers of the report's summary table); and {@code
 * paired_differences.csv}, one row per grid point, design, pair of arms and metric ({@link SchedulePairs}).
 * Stateless.
 */
final class SummaryTables {

  /** The value columns of {@code design_summary.csv} after the key columns; an {@code _se} column follows each. */
  static final List<String> SUMMARY_VALUES = List.of("pcs_mtd_pct", "no_mtd_pct", "pcs_rp2d_pct", "no_rp2d_pct",
      "mean_patients", "mean_dlts", "pct_patients_above_true_mtd", "mean_duration_days", "orr_at_rp2d",
      "dlt_rate_at_rp2d", "mean_selected_mtd_dose_ug");

  private SummaryTables() {}

  private static CSVPrinter csv(Path file, List<String> header) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
        .setHeader(header.toArray(new String[0])).get());
  }

  /** The header of {@code design_summary.csv}. */
  static List<String> summaryHeader() {
    List<String> h = new ArrayList<>(List.of("point", "point_label", "arm", "schedule", "dex_mg", "design",
        "trials", "true_mtd_level", "true_mtd_dose_ug", "true_optimal_level"));
    for (String v : SUMMARY_VALUES) {
      h.add(v);
      h.add(v + "_se");
    }
    h.addAll(List.of("patients_above_true_mtd", "sd_duration_days"));
    return h;
  }

  /** Writes {@code design_summary.csv} into {@code dir}. */
  static void writeSummary(List<PointResult> results, Path dir) throws IOException {
    try (CSVPrinter out = csv(dir.resolve("design_summary.csv"), summaryHeader())) {
      for (PointResult pr : results) {
        GridPoint gp = pr.point();
        for (CoupledStudy.ArmResult ar : pr.result().arms()) {
          List<DoseLevel> lv = ar.arm().levels();
          double[] doses = new double[lv.size()];
          for (int j = 0; j < doses.length; j++) {
            doses[j] = lv.get(j).doseUg();
          }
          int mtd = ar.truth().trueMtd();
          for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
            CoupledOc o = e.getValue();
            List<Object> rec = new ArrayList<>(List.of(gp.index(), gp.label(), ar.arm().name(),
                lv.get(0).schedule().text(), num(lv.get(0).dexMg()), e.getKey(), o.trials(), mtd,
                mtd == 0 ? "NA" : num(doses[mtd - 1]), ar.truth().trueOptimal()));
            for (Estimate v : List.of(o.pcsMtd(), o.mtd().noMtdPct(), o.rp2d().pcsRp2d(), o.rp2d().noRp2dPct(),
                o.mtd().meanTotalN(), o.mtd().meanTotalDlt(), o.mtd().pctAboveTrueMtd(), o.meanDurationDays(),
                o.rp2d().orrAtRp2d(), o.rp2d().dltRateAtRp2d(),
                PointTable.meanSelectedDose(o.mtd().values(LevelOc::mtdSelectionPct), doses, o.trials()))) {
              rec.add(num(v.value()));
              rec.add(num(v.se()));
            }
            rec.add(num(o.meanNAboveTrueMtd()));
            rec.add(num(o.sdDurationDays()));
            out.printRecord(rec);
          }
        }
      }
    }
  }

  /** The header of {@code paired_differences.csv}. */
  static final List<String> PAIRED_HEADER = List.of("point", "point_label", "design", "arm_a", "arm_b", "metric",
      "a", "a_se", "b", "b_se", "difference", "difference_se", "pairs");

  /** Writes {@code paired_differences.csv} into {@code dir} (only the header when no point has two arms). */
  static void writePaired(List<PointResult> results, Path dir) throws IOException {
    try (CSVPrinter out = csv(dir.resolve("paired_differences.csv"), PAIRED_HEADER)) {
      for (PointResult pr : results) {
        GridPoint gp = pr.point();
        for (SchedulePairs.Row r : SchedulePairs.rows(pr)) {
          out.printRecord(gp.index(), gp.label(), r.design(), r.nameA(), r.nameB(), SchedulePairs.key(r.metric()),
              num(r.a().value()), num(r.a().se()), num(r.b().value()), num(r.b().se()),
              num(r.difference().value()), num(r.difference().se()), r.pairs());
        }
      }
    }
  }

  private static String num(double v) {
    return SweepOutputs.num(v);
  }
}
