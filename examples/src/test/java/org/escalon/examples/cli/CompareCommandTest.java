package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code escalon compare} on tiny runs (a PK/PD patient costs ~1-2 ms for 6 cycles): JSON shape, thread
 * independence, schedule-list parsing and one-line usage errors.
 */
class CompareCommandTest {

  /**
   * 2 levels, BOIN of 4 cohorts and 3+3 A, 8 trials, truth from 200 people; {@code overrides} are option/value
   * pairs replacing these defaults or adding options.
   */
  private static String[] tiny(String... overrides) {
    java.util.Map<String, String> o = new java.util.LinkedHashMap<>();
    String[] base = {"--doses-ug", "50,100", "--dex-mg", "40", "--designs", "3+3A,boin", "--target", "0.3",
        "--cohorts", "4", "--trials", "8", "--truth-patients", "200", "--seed", "3", "--format", "json"};
    for (int i = 0; i < base.length; i += 2) {
      o.put(base[i], base[i + 1]);
    }
    for (int i = 0; i < overrides.length; i += 2) {
      o.put(overrides[i], overrides[i + 1]);
    }
    if (!o.get("--designs").matches(".*(boin|i3\\+3|mtpi2|keyboard).*")) {
      o.remove("--cohorts"); // 3+3 alone has no cohorts option (refused, not ignored)
    }
    List<String> a = new ArrayList<>(List.of("compare"));
    o.forEach((k, v) -> {
      a.add(k);
      a.add(v);
    });
    return a.toArray(new String[0]);
  }

  private static final String[] DESIGN_KEYS = {"mtd_selection_pct", "no_mtd_pct", "rp2d_selection_pct", "mean_n",
      "mean_dlt", "mean_total_n", "pct_above_true_mtd", "mean_duration_days", "orr_at_rp2d", "pcs_mtd",
      "pcs_rp2d"};

  /**
   * The paired schedule differences: for metrics defined in every trial the mean of the per-trial differences is
   * the difference of the two arms' means, which the JSON reports independently per arm ({@code
   * mean_duration_days}, {@code mean_total_n}, {@code mean_total_dlt}, {@code pcs_mtd}); the console prints the
   * same table.
   */
  @Test
  void pairedDifferencesAreTheDifferencesOfTheArmMeansForMetricsDefinedInEveryTrial() throws Exception {
    Run r = run(tiny("--schedules", "QD d1-14,QD d1-21", "--trials", "12"));
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    JsonNode pairs = j.get("paired_differences");
    assertThat(pairs).hasSize(2);
    String[][] metrics = {{"duration_days", "mean_duration_days"}, {"patients", "mean_total_n"},
        {"dlts", "mean_total_dlt"}, {"correct_mtd_pct", "pcs_mtd"}};
    for (JsonNode p : pairs) {
      String d = p.get("design").asText();
      assertThat(p.get("arm_a").asText()).isEqualTo("QD d1-14");
      JsonNode a = j.get("schedules").get("QD d1-14").get("designs").get(d);
      JsonNode b = j.get("schedules").get("QD d1-21").get("designs").get(d);
      for (String[] m : metrics) {
        JsonNode got = p.get("metrics").get(m[0]);
        assertThat(got.get("pairs").asInt()).isEqualTo(12);
        assertThat(got.get("difference").asDouble()).as(d + " " + m[0])
            .isCloseTo(b.get(m[1]).asDouble() - a.get(m[1]).asDouble(), within(1e-9));
      }
    }
    Run text = run(tiny("--schedules", "QD d1-14,QD d1-21", "--trials", "12", "--format", "table"));
    assertThat(text.out()).contains("== paired differences QD d1-21 - QD d1-14").contains("duration (days)");
  }

  @Test
  void jsonShapeAndIdenticalWithOneAndTwoThreads() throws Exception {
    // as typed in a shell: --schedules "QD d1-14","QD d1-21" reaches the program as one argument
    Run one = run(tiny("--schedules", "QD d1-14,QD d1-21", "--threads", "1"));
    Run two = run(tiny("--schedules", "QD d1-14,QD d1-21", "--threads", "2"));
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(two.status()).as(two.err()).isZero();
    JsonNode j = Json.mapper().readTree(one.out());

    JsonNode levels = j.get("levels");
    assertThat(levels).hasSize(2);
    assertThat(levels.get(0).get("level").asInt()).isEqualTo(1);
    assertThat(levels.get(1).get("dose_ug").asDouble()).isEqualTo(100);

    JsonNode schedules = j.get("schedules");
    List<String> names = new ArrayList<>();
    schedules.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("QD d1-14", "QD d1-21");
    for (String s : names) {
      JsonNode truth = schedules.get(s).get("truth");
      for (String key : new String[] {"dlt_prob", "orr", "neutropenia_g3plus", "auc_cycle1_ng_h_per_ml",
          "cmax_cycle1_ng_per_ml"}) {
        assertThat(truth.get(key)).as(s + " truth." + key).hasSize(2);
        for (JsonNode v : truth.get(key)) {
          assertThat(v.isNumber()).as(s + " truth." + key).isTrue();
        }
      }
      int trueMtd = truth.get("true_mtd").asInt();
      assertThat(trueMtd).isBetween(0, 2);
      // true_mtd by hand from dlt_prob: the highest level with P(DLT) <= 0.3 (1-based, 0 = none)
      int mtd = 0;
      for (int k = 0; k < 2; k++) {
        if (truth.get("dlt_prob").get(k).asDouble() <= 0.3) {
          mtd = k + 1;
        }
      }
      assertThat(trueMtd).isEqualTo(mtd);
      assertThat(truth.get("true_optimal").asInt()).isBetween(0, trueMtd);

      JsonNode designs = schedules.get(s).get("designs");
      List<String> dn = new ArrayList<>();
      designs.fieldNames().forEachRemaining(dn::add);
      assertThat(dn).containsExactly("3+3A", "boin");
      for (String d : dn) {
        JsonNode o = designs.get(d);
        for (String key : DESIGN_KEYS) {
          assertThat(o.has(key)).as(s + "/" + d + " " + key).isTrue();
          assertThat(o.has(key + "_se")).as(s + "/" + d + " " + key + "_se").isTrue();
        }
        assertThat(o.get("mtd_selection_pct")).hasSize(2);
        assertThat(o.get("rp2d_selection_pct")).hasSize(2);
        assertThat(o.get("mean_n")).hasSize(2);
        assertThat(o.get("mean_dlt")).hasSize(2);
        double sum = o.get("no_mtd_pct").asDouble();
        for (JsonNode v : o.get("mtd_selection_pct")) {
          sum += v.asDouble();
        }
        assertThat(sum).as(s + "/" + d + " MTD% + no MTD%").isCloseTo(100, within(1e-9));
        // 8 trials: every percentage is a multiple of 12.5
        assertThat(o.get("no_mtd_pct").asDouble() % 12.5).isZero();
        double n = o.get("mean_n").get(0).asDouble() + o.get("mean_n").get(1).asDouble();
        assertThat(o.get("mean_total_n").asDouble()).isCloseTo(n, within(1e-9));
      }
    }

    JsonNode k = Json.mapper().readTree(two.out());
    assertThat(j.has("seconds")).isTrue();
    ((ObjectNode) j).remove("seconds");
    ((ObjectNode) k).remove("seconds");
    assertThat(k).isEqualTo(j);
  }

  @Test
  void scheduleListsSplitOnlyBeforeAScheduleName() throws Exception {
    // "QD d1-7,15-21" is one schedule (the comma is followed by a day), not two
    Run r = run(tiny("--schedules", "QD d1-7,15-21", "--designs", "3+3A", "--trials", "1", "--truth-patients",
        "100", "--cycles", "1"));
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode s = Json.mapper().readTree(r.out()).get("schedules");
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.fieldNames().next()).contains("d1-7").contains("15-21");
    // --schedule (one) is accepted too and replaces the default pair
    Run one = run(tiny("--schedule", "QD d1-21", "--designs", "3+3A", "--trials", "1", "--truth-patients", "100",
        "--cycles", "1"));
    assertThat(one.status()).as(one.err()).isZero();
    JsonNode s1 = Json.mapper().readTree(one.out()).get("schedules");
    assertThat(s1.size()).isEqualTo(1);
    assertThat(s1.has("QD d1-21")).isTrue();
  }

  @Test
  void badInputExitsTwoWithOneLineNamingOptionAndValue() {
    check(new String[] {"--target", "0.7"}, "--target", "0.7");
    check(new String[] {"--doses-ug", "-50,75"}, "--doses-ug", "-50");
    check(new String[] {"--doses-ug", "75,50"}, "--doses-ug", "75,50");
    check(new String[] {"--doses-ug", "50,50"}, "--doses-ug", "50,50");
    check(new String[] {"--designs", "3+3A,crm2"}, "--designs", "crm2");
    check(new String[] {"--schedules", "QD d1-40"}, "--schedules", "QD d1-40");
    check(new String[] {"--schedules", "QD d1-14,weekly"}, "--schedules", "weekly");
    check(new String[] {"--cohort-size", "0"}, "--cohort-size", "0");
    check(new String[] {"--trials", "0"}, "--trials", "0");
    check(new String[] {"--dex-mg", "-40"}, "--dex-mg", "-40");
    check(new String[] {"--format", "xml"}, "--format", "xml");
  }

  private static void check(String[] bad, String option, String value) {
    List<String> a = new ArrayList<>(List.of(tiny(bad)));
    Run r = run(a.toArray(new String[0]));
    assertThat(r.status()).as(String.join(" ", bad) + ": " + r.err()).isEqualTo(2);
    assertThat(r.out()).as(String.join(" ", bad)).isEmpty();
    String[] lines = r.err().split("\\R");
    assertThat(lines).as(r.err()).hasSize(1);
    assertThat(lines[0]).as(String.join(" ", bad)).contains(option).contains(value);
  }
}
