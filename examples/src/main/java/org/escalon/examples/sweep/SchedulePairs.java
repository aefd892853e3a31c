package org.escalon.examples.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.examples.sweep.Sweep.PointResult;
import org.escalon.simulation.oc.Moments;
import org.escalon.simulation.oc.PairedDifferences;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * The side-by-side schedule comparison of one grid point: for every design and every pair of arms A (earlier in the
 * scenario) and B, each {@link TrialMetric} in A and in B (mean over the trials where it is defined, with its
 * standard error) and the paired difference B − A over the same trials ({@link PairedDifferences}: mean of the
 * per-trial differences, SE s_d/√N). Every arm sees the same virtual patients arriving at the same times (common
 * random numbers), so the paired SE is far smaller than the SE of a difference of two independent means. Needs
 * the per-trial results ({@link PointResult#hasTrialResults}). Stateless.
 */
final class SchedulePairs {

  private SchedulePairs() {}

  /**
   * One design, pair of arms and metric.
   *
   * @param design the design's name
   * @param armA index of arm A (0-based)
   * @param armB index of arm B (0-based), after A
   * @param nameA arm A's name
   * @param nameB arm B's name
   * @param metric the quantity
   * @param a its mean in arm A with SE
   * @param b its mean in arm B with SE
   * @param difference the paired mean difference B − A with SE
   * @param pairs the trials behind the difference (fewer than the trials for ORR at the RP2D)
   */
  record Row(String design, int armA, int armB, String nameA, String nameB, TrialMetric metric, Estimate a,
      Estimate b, Estimate difference, long pairs) { }

  /** The name of a metric in CSV and JSON: its constant in lower case, e.g. {@code correct_mtd_pct}. */
  static String key(TrialMetric m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  /** Decimal places to show a metric with. */
  static int digits(TrialMetric m) {
    return switch (m) {
      case ORR_AT_RP2D -> 3;
      case DURATION_DAYS -> 0;
      case DLTS -> 2;
      default -> 1;
    };
  }

  /** The rows of one grid point: designs in order, then pairs (A, B) with A before B, then metrics. */
  static List<Row> rows(PointResult pr) {
    List<Row> rows = new ArrayList<>();
    List<CoupledStudy.ArmResult> arms = pr.result().arms();
    if (arms.size() < 2 || !pr.hasTrialResults()) {
      return rows;
    }
    List<String> designs = new ArrayList<>(arms.get(0).designs().keySet());
    for (int d = 0; d < designs.size(); d++) {
      for (int a = 0; a < arms.size(); a++) {
        for (int b = a + 1; b < arms.size(); b++) {
          rows.addAll(pair(pr, d, designs.get(d), a, b));
        }
      }
    }
    return rows;
  }

  private static List<Row> pair(PointResult pr, int d, String design, int a, int b) {
    List<CoupledStudy.ArmResult> arms = pr.result().arms();
    int mtdA = arms.get(a).truth().trueMtd();
    int mtdB = arms.get(b).truth().trueMtd();
    PairedDifferences paired = new PairedDifferences();
    Map<TrialMetric, Moments> inA = new LinkedHashMap<>();
    Map<TrialMetric, Moments> inB = new LinkedHashMap<>();
    for (TrialMetric m : TrialMetric.values()) {
      inA.put(m, new Moments());
      inB.put(m, new Moments());
    }
    int n = Math.min(pr.trials(a, d), pr.trials(b, d));
    for (int i = 0; i < n; i++) {
      CoupledTrialResult ta = pr.trialResult(a, d, i);
      CoupledTrialResult tb = pr.trialResult(b, d, i);
      paired.add(ta, mtdA, tb, mtdB);
      for (TrialMetric m : TrialMetric.values()) {
        addDefined(inA.get(m), m.of(ta, mtdA));
        addDefined(inB.get(m), m.of(tb, mtdB));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (TrialMetric m : TrialMetric.values()) {
      rows.add(new Row(design, a, b, arms.get(a).arm().name(), arms.get(b).arm().name(), m, estimate(inA.get(m)),
          estimate(inB.get(m)), paired.difference(m), paired.pairs(m)));
    }
    return rows;
  }

  private static void addDefined(Moments m, double v) {
    if (!Double.isNaN(v)) {
      m.add(v);
    }
  }

  private static Estimate estimate(Moments m) {
    return m.count() == 0 ? new Estimate(Double.NaN, Double.NaN) : m.estimate();
  }

  /**
   * The rows as a console table: per pair of arms, a row per design and a column per metric, each the paired
   * difference B − A with its SE in parentheses.
   */
  static String text(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    String pair = null;
    String design = null;
    for (Row r : rows) {
      String p = r.nameB() + " - " + r.nameA();
      if (!p.equals(pair)) {
        sb.append(String.format(Locale.ROOT, "%n== paired differences %s (same trials; SE in parentheses) ==%n%-10s",
            p, "design"));
        for (TrialMetric m : TrialMetric.values()) {
          sb.append(' ').append(pad(m.label(), m));
        }
        pair = p;
        design = null;
      }
      if (!r.design().equals(design)) {
        sb.append(String.format(Locale.ROOT, "%n%-10s", r.design()));
        design = r.design();
      }
      int dg = digits(r.metric());
      String v = Double.isFinite(r.difference().value()) ? signed(r.difference().value(), dg) + " ("
          + String.format(Locale.ROOT, "%." + dg + "f", Double.isFinite(r.difference().se()) ? r.difference().se()
          : 0) + ")" : "NA";
      sb.append(' ').append(pad(v, r.metric()));
    }
    return sb.length() == 0 ? "" : sb.append(String.format(Locale.ROOT, "%n")).toString();
  }

  /** Right-aligned in the metric's column (as wide as its label, at least 14). */
  private static String pad(String s, TrialMetric m) {
    return String.format(Locale.ROOT, "%" + Math.max(14, m.label().length()) + "s", s);
  }

  /** {@code v} with {@code digits} decimals and its sign ("+1.5", "-0.3"); a value that rounds to 0 is "0.0". */
  static String signed(double v, int digits) {
    String s = String.format(Locale.ROOT, "%." + digits + "f", v);
    return Double.parseDouble(s) == 0 ? s.replace("-", "") : v > 0 ? "+" + s : s;
  }

  /** The rows as the {@code paired_differences} JSON array of a grid point. */
  static List<Object> toJson(List<Row> rows) {
    List<Object> out = new ArrayList<>();
    Map<String, Object> current = null;
    Map<String, Object> metrics = null;
    for (Row r : rows) {
      if (current == null || !current.get("design").equals(r.design()) || !current.get("arm_a").equals(r.nameA())
          || !current.get("arm_b").equals(r.nameB())) {
        current = new LinkedHashMap<>();
        current.put("design", r.design());
        current.put("arm_a", r.nameA());
        current.put("arm_b", r.nameB());
        metrics = new LinkedHashMap<>();
        current.put("metrics", metrics);
        out.add(current);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", finite(r.a().value()));
      m.put("a_se", finite(r.a().se()));
      m.put("b", finite(r.b().value()));
      m.put("b_se", finite(r.b().se()));
      m.put("difference", finite(r.difference().value()));
      m.put("difference_se", finite(r.difference().se()));
      m.put("pairs", r.pairs());
      metrics.put(key(r.metric()), m);
    }
    return out;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
