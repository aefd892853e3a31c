package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** The {@code boundaries} and {@code oc} sub-commands. */
class EscalationCommandsTest {

  @Test
  void boinBoundariesCsvMatchTheR22Table() throws Exception {
    Run r = run("boundaries", "--design", "boin", "--target", "0.3", "--cohort-size", "3", "--cohorts", "10",
        "--format", "csv");
    assertThat(r.status()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(31);
    assertThat(lines[0]).isEqualTo("n,escalate_if_le,deescalate_if_ge,eliminate_if_ge");
    assertThat(lines[1]).isEqualTo("1,0,1,NA");
    assertThat(lines[2]).isEqualTo("2,0,1,NA");
    assertThat(lines[3]).isEqualTo("3,0,2,3");
    assertThat(lines[6]).isEqualTo("6,1,3,4");
    assertThat(lines[12]).isEqualTo("12,2,5,7");
    assertThat(lines[30]).isEqualTo("30,7,11,14");
  }

  @Test
  void otherDesignsAndTableFormat() {
    for (String d : new String[] {"i3+3", "mtpi2", "keyboard"}) {
      Run r = run("boundaries", "--design", d, "--target", "0.3", "--format", "csv");
      assertThat(r.status()).as(d).isZero();
      assertThat(r.out().split("\n")[3]).as(d).isEqualTo("3,0,2,3");
    }
    Run t = run("boundaries", "--target", "0.3");
    assertThat(t.status()).isZero();
    assertThat(t.out()).contains("lambda_e = 0.2364907, lambda_d = 0.3585195").contains("escalate if y <=");
  }

  @Test
  void decisionMatrices() {
    Run b = run("boundaries", "--design", "boin", "--target", "0.3", "--format", "decisions");
    assertThat(b.status()).as(b.err()).isZero();
    assertThat(b.out()).contains("\n3: E S D DU\n").contains("\n6: E E S D DU DU DU\n");
    Run t = run("boundaries", "--design", "3+3", "--format", "decisions");
    assertThat(t.status()).as(t.err()).isZero();
    assertThat(t.out()).contains("\n3: E S D D\n").contains("\n6: E E D D D D D\n");
  }

  @Test
  void exactOcJson() throws Exception {
    Run r = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.05,0.15,0.3,0.45,0.6",
        "--cohort-size", "3", "--cohorts", "10", "--exact", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    assertThat(j.get("selection_pct")).hasSize(5);
    double sum = j.get("stop_pct").asDouble();
    for (JsonNode s : j.get("selection_pct")) {
      sum += s.asDouble();
    }
    assertThat(sum).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(j.get("mean_total_n").asDouble()).isBetween(29.0, 30.0);
    assertThat(j.has("mean_n")).isTrue();
    assertThat(j.has("mean_dlt")).isTrue();
    assertThat(j.has("mean_total_dlt")).isTrue();
    assertThat(j.has("selection_pct_se")).isFalse();
  }

  @Test
  void monteCarloOcJsonHasStandardErrorsAndIgnoresThreads() throws Exception {
    String[] base = {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.05,0.15,0.3,0.45,0.6",
        "--extrasafe", "--titration", "--trials", "2000", "--seed", "7", "--format", "json", "--threads"};
    Run one = run(concat(base, "1"));
    Run two = run(concat(base, "2"));
    assertThat(one.status()).as(one.err()).isZero();
    JsonNode a = Json.mapper().readTree(one.out());
    JsonNode b = Json.mapper().readTree(two.out());
    for (String k : new String[] {"selection_pct", "stop_pct", "mean_n", "mean_dlt", "mean_total_n",
        "mean_total_dlt", "selection_pct_se", "stop_pct_se", "mean_n_se", "mean_dlt_se", "mean_total_n_se",
        "mean_total_dlt_se"}) {
      assertThat(a.has(k)).as(k).isTrue();
      assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
    }
  }

  @Test
  void threePlusThreeNeedsNoTarget() throws Exception {
    Run r = run("oc", "--design", "3+3", "--p-true", "0.05,0.15,0.3,0.45,0.6", "--exact", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    // closed form: P(no MTD) = 1 - e1, e1 = q^3 + 3 p q^5 with p = 0.05
    double q = 0.95;
    assertThat(j.get("stop_pct").asDouble())
        .isCloseTo(100 * (1 - (q * q * q + 3 * 0.05 * Math.pow(q, 5))), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(j.get("design").asText()).isEqualTo("3+3 variant A");
    Run b = run("oc", "--design", "3+3", "--variant", "B", "--p-true", "0.05,0.15,0.3", "--exact",
        "--format", "table");
    assertThat(b.status()).isZero();
    assertThat(b.out()).contains("3+3 variant B (exact)");
  }

  @Test
  void badArgumentsExitTwoWithOneLine() {
    String[][] bad = {
      {"oc", "--design", "boin", "--target", "0.7", "--p-true", "0.1,0.2", "--exact"},
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,1.2", "--exact"},
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,abc", "--exact"},
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--cohort-size", "0", "--exact"},
      {"oc", "--design", "crm2", "--target", "0.3", "--p-true", "0.1,0.2", "--exact"},
      {"oc", "--design", "3+3", "--variant", "C", "--p-true", "0.1,0.2", "--exact"},
      {"oc", "--design", "3+3", "--p-true", "0.1,0.2", "--titration", "--exact"},
      {"oc", "--design", "boin", "--p-true", "0.1,0.2", "--exact"},
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--trials", "0"},
      {"oc", "--design", "boin", "--target", "abc", "--p-true", "0.1,0.2", "--exact"},
      {"boundaries", "--design", "3+3", "--target", "0.3"},
      {"boundaries", "--target", "0.01"},
      {"boundaries", "--target", "0.3", "--format", "xml"},
    };
    for (String[] args : bad) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().trim()).as(String.join(" ", args)).startsWith("escalon:").doesNotContain("\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(run(bad[0]).err()).contains("--target").contains("0.7").contains("[0.05, 0.6]");
    assertThat(run(bad[1]).err()).contains("--p-true").contains("1.2");
    assertThat(run(bad[3]).err()).contains("--cohort-size").contains("0");
  }

  private static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
