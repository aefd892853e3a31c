package org.escalon.examples.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.oc.CoupledOc;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.DoseLevel;

/**
 * The headline operating characteristics of every grid point, arm and design in one tidy table ({@code
 * points.csv}): a column per grid axis, then {@code arm, design, quantity, value, se}. The quantities are {@link
 * #QUANTITIES}; {@code se} is the Monte Carlo standard error, NA where there is none (the model truth's MTD comes
 * from its own population and is reported without one). Stateless.
 */
final class PointTable {

  /** The quantities of each row, in order. */
  static final List<String> QUANTITIES = List.of("true_mtd_level", "true_mtd_dose_ug", "pcs_mtd", "no_mtd_pct",
      "mean_selected_mtd_dose_ug", "mean_total_n", "mean_total_dlt", "mean_duration_days");

  private PointTable() {}

  /**
   * One grid point, arm and design.
   *
   * @param point the grid point
   * @param arm the arm's name
   * @param design the design's name
   * @param values by quantity name, in {@link #QUANTITIES} order
   */
  record Row(GridPoint point, String arm, String design, Map<String, Estimate> values) {
    Row {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** The rows of a sweep: points in order, then arms, then designs. */
  static List<Row> rows(List<PointResult> results) {
    List<Row> rows = new ArrayList<>();
    for (PointResult pr : results) {
      for (CoupledStudy.ArmResult ar : pr.result().arms()) {
        List<DoseLevel> lv = ar.arm().levels();
        double[] doses = new double[lv.size()];
        for (int j = 0; j < doses.length; j++) {
          doses[j] = lv.get(j).doseUg();
        }
        int mtd = ar.truth().trueMtd();
        for (Map.Entry<String, CoupledOc> e : ar.designs().entrySet()) {
          CoupledOc o = e.getValue();
          Map<String, Estimate> v = new LinkedHashMap<>();
          v.put("true_mtd_level", new Estimate(mtd, Double.NaN));
          v.put("true_mtd_dose_ug", new Estimate(mtd == 0 ? Double.NaN : doses[mtd - 1], Double.NaN));
          v.put("pcs_mtd", o.pcsMtd());
          v.put("no_mtd_pct", o.mtd().noMtdPct());
          v.put("mean_selected_mtd_dose_ug", meanSelectedDose(o.mtd().values(LevelOc::mtdSelectionPct), doses,
              o.trials()));
          v.put("mean_total_n", o.mtd().meanTotalN());
          v.put("mean_total_dlt", o.mtd().meanTotalDlt());
          v.put("mean_duration_days", o.meanDurationDays());
          rows.add(new Row(pr.point(), ar.arm().name(), e.getKey(), v));
        }
      }
    }
    return rows;
  }

  /**
   * The mean dose selected as MTD over the trials that selected one, with the standard error of that sample mean:
   * with p<sub>j</sub> the fraction of the {@code trials} selecting level j, q = Σ p<sub>j</sub> and m = q ×
   * trials the trials selecting a level,
   * <pre>
   *   mean = Σ p_j d_j / q,   M2 = Σ p_j · trials · (d_j − mean)²,   SE = sqrt(M2 / (m − 1) / m)
   * </pre>
   * ({@link Estimate#mean}: the sample standard deviation of the selected doses over √m). NaN when no trial
   * selected a level; the SE is NaN when fewer than two did.
   *
   * @param selectionPct percentage of trials selecting each level (0–100)
   * @param dosesUg the level doses
   * @param trials number of trials
   */
  static Estimate meanSelectedDose(double[] selectionPct, double[] dosesUg, long trials) {
    double q = 0;
    double sum = 0;
    for (int j = 0; j < dosesUg.length; j++) {
      q += selectionPct[j] / 100;
      sum += selectionPct[j] / 100 * dosesUg[j];
    }
    long m = Math.round(q * trials);
    if (m < 1) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double mean = sum / q;
    double m2 = 0;
    for (int j = 0; j < dosesUg.length; j++) {
      m2 += selectionPct[j] / 100 * trials * (dosesUg[j] - mean) * (dosesUg[j] - mean);
    }
    return Estimate.mean(m, mean, m2);
  }

  /** The grid axes of a sweep, in the order of the first point that has each. */
  static List<String> axes(List<PointResult> results) {
    Set<String> axes = new LinkedHashSet<>();
    for (PointResult pr : results) {
      axes.addAll(pr.point().values().keySet());
    }
    return new ArrayList<>(axes);
  }

  /** A grid value as text: numbers as in the other CSVs, lists joined by "/", design mappings by name. */
  static String show(Object v) {
    if (v instanceof Number n) {
      return SweepOutputs.num(n.doubleValue());
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(show(x)));
      return String.join("/", parts);
    }
    if (v instanceof Map<?, ?> m && m.get("name") != null) {
      return String.valueOf(m.containsKey("label") ? m.get("label") : m.get("name"));
    }
    return v == null ? "NA" : String.valueOf(v);
  }

  /** Writes {@code points.csv} into {@code dir}. */
  static void write(List<PointResult> results, Path dir) throws IOException {
    List<String> axes = axes(results);
    List<String> header = new ArrayList<>(List.of("point", "point_label"));
    header.addAll(axes);
    header.addAll(List.of("arm", "design", "quantity", "value", "se"));
    Writer w = Files.newBufferedWriter(dir.resolve("points.csv"), StandardCharsets.UTF_8);
    try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
        .setHeader(header.toArray(new String[0])).get())) {
      for (Row r : rows(results)) {
        for (Map.Entry<String, Estimate> e : r.values().entrySet()) {
          List<Object> rec = new ArrayList<>(List.of(r.point().index(), r.point().label()));
          for (String a : axes) {
            rec.add(r.point().values().containsKey(a) ? show(r.point().values().get(a)) : "NA");
          }
          rec.addAll(List.of(r.arm(), r.design(), e.getKey(), num(e.getValue().value()), num(e.getValue().se())));
          out.printRecord(rec);
        }
      }
    }
  }

  private static String num(double v) {
    return SweepOutputs.num(v);
  }
}
