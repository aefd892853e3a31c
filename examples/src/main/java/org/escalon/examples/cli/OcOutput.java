package org.escalon.examples.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.simulation.oc.LevelOc;
import org.escalon.simulation.oc.OperatingCharacteristics;

/**
 * The outputs of {@code escalon oc}: the text table, the JSON object and the CSV. The CSV is the JSON object's
 * numbers in tidy form, one row per number, like the sweep's CSVs ({@code quantity, value, se}):
 *
 * <pre>
 *   design,quantity,dose,value,se
 *   "BOIN(target=0.3, K=5, cohort=3, N=30)",selection_pct,1,0.52,0.07
 *   ...
 *   "BOIN(target=0.3, K=5, cohort=3, N=30)",stop_pct,,1.1,0.1
 * </pre>
 *
 * A list in the JSON gives one row per dose ({@code dose} 1, 2, …), a number one row with an empty {@code dose};
 * {@code NAME_se} fills the {@code se} of {@code NAME} (empty for exact results and settings); a null value is an
 * empty cell. Text settings (the accrual model, the estimator) are in the JSON only. So the names, the units and
 * the true-MTD convention (a dose level) are the JSON's, and outputs of several runs can be stacked row-wise.
 */
final class OcOutput {

  private OcOutput() {}

  /**
   * The JSON object of {@code oc}: per-dose lists (dose 1 first) and whole-trial numbers, each Monte Carlo value
   * with its standard error under the same name + {@code _se}; {@code true_mtd} is a dose level (null: none).
   *
   * @param phi the target (NaN: none given, for 3+3)
   * @param seed the master seed, shown for Monte Carlo runs
   */
  static Map<String, Object> json(OperatingCharacteristics oc, double phi, long seed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", oc.design());
    m.put("exact", oc.exact());
    if (!oc.exact()) {
      m.put("trials", oc.trials());
      m.put("seed", seed); // threads left out on purpose: the output is identical for any --threads
    }
    m.put("target", Double.isNaN(phi) ? null : phi);
    m.put("p_true", list(oc.trueProbabilities()));
    m.put("true_mtd", oc.trueMtd() == 0 ? null : oc.trueMtd());
    m.put("selection_pct", list(oc.values(LevelOc::mtdSelectionPct)));
    m.put("stop_pct", oc.noMtdPct().value());
    m.put("mean_n", list(oc.values(LevelOc::meanN)));
    m.put("mean_dlt", list(oc.values(LevelOc::meanDlt)));
    m.put("mean_total_n", oc.meanTotalN().value());
    m.put("mean_total_dlt", oc.meanTotalDlt().value());
    m.put("pct_above_mtd", Double.isNaN(oc.pctAboveTrueMtd().value()) ? null : oc.pctAboveTrueMtd().value());
    if (!oc.exact()) {
      m.put("selection_pct_se", list(oc.ses(LevelOc::mtdSelectionPct)));
      m.put("stop_pct_se", oc.noMtdPct().se());
      m.put("mean_n_se", list(oc.ses(LevelOc::meanN)));
      m.put("mean_dlt_se", list(oc.ses(LevelOc::meanDlt)));
      m.put("mean_total_n_se", oc.meanTotalN().se());
      m.put("mean_total_dlt_se", oc.meanTotalDlt().se());
      m.put("pct_above_mtd_se", Double.isNaN(oc.pctAboveTrueMtd().se()) ? null : oc.pctAboveTrueMtd().se());
    }
    return m;
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }

  /** The text table: one row per dose, then the whole-trial numbers, with Monte Carlo SEs in parentheses. */
  static String table(OperatingCharacteristics oc) {
    StringBuilder sb = new StringBuilder(oc.design()).append(oc.exact() ? " (exact)" : " (" + oc.trials()
        + " trials, Monte Carlo SE in parentheses)").append('\n');
    sb.append(String.format(Locale.ROOT, "%5s %8s %18s %18s %18s%n", "dose", "p_true", "selected %",
        "mean patients", "mean DLTs"));
    double[] p = oc.trueProbabilities();
    for (int j = 0; j < p.length; j++) {
      sb.append(String.format(Locale.ROOT, "%5d %8.3f %18s %18s %18s%n", j + 1, p[j],
          cell(oc.level(j + 1).mtdSelectionPct().value(), oc.level(j + 1).mtdSelectionPct().se(), oc.exact()),
          cell(oc.level(j + 1).meanN().value(), oc.level(j + 1).meanN().se(), oc.exact()), cell(oc.level(j + 1).meanDlt().value(), oc.level(j + 1).meanDlt().se(), oc.exact())));
    }
    sb.append(String.format(Locale.ROOT, "no MTD (stopped): %s %%%n", cell(oc.noMtdPct().value(), oc.noMtdPct().se(), oc.exact())));
    sb.append(String.format(Locale.ROOT, "mean sample size: %s%n", cell(oc.meanTotalN().value(), oc.meanTotalN().se(), oc.exact())));
    sb.append(String.format(Locale.ROOT, "mean DLTs:        %s%n",
        cell(oc.meanTotalDlt().value(), oc.meanTotalDlt().se(), oc.exact())));
    if (oc.trueMtd() > 0) {
      sb.append(String.format(Locale.ROOT, "%% of patients above the true MTD (dose %d): %s%n", oc.trueMtd(),
          cell(oc.pctAboveTrueMtd().value(), oc.pctAboveTrueMtd().se(), oc.exact())));
    }
    return sb.toString();
  }

  private static String cell(double v, double se, boolean exact) {
    return exact ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.2f (%.2f)", v, se);
  }

  /** The numbers of {@code json} as tidy CSV rows (see the class comment). */
  static String csv(Map<String, Object> json) {
    StringWriter w = new StringWriter();
    try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
        .setHeader("design", "quantity", "dose", "value", "se").get())) {
      Object design = json.get("design");
      for (Map.Entry<String, Object> e : json.entrySet()) {
        String key = e.getKey();
        Object v = e.getValue();
        if (key.endsWith("_se") && json.containsKey(key.substring(0, key.length() - 3))) {
          continue; // written beside its value
        }
        Object se = json.get(key + "_se");
        if (v instanceof List<?> l) {
          for (int i = 0; i < l.size(); i++) {
            out.printRecord(design, key, i + 1, cell(l.get(i)), se instanceof List<?> s ? cell(s.get(i)) : "");
          }
        } else if (v == null || v instanceof Number) {
          out.printRecord(design, key, "", cell(v), cell(se));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** A number as Java prints it (shortest round-trip form, as in the JSON), null as an empty cell. */
  private static String cell(Object v) {
    return v == null ? "" : v.toString();
  }
}
