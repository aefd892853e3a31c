package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** {@code escalon oc --design bf-boin}: its fields, its limiting case, its errors. */
class BfBoinCommandTest {

  private static final String[] BASE = {"oc", "--design", "bf-boin", "--target", "0.25", "--p-true",
      "0.05,0.10,0.25,0.40,0.55", "--cohort-size", "3", "--cohorts", "12", "--n-early-stop", "9",
      "--trials", "600", "--seed", "3", "--format", "json"};

  private static String[] with(String... more) {
    String[] a = java.util.Arrays.copyOf(BASE, BASE.length + more.length);
    System.arraycopy(more, 0, a, BASE.length, more.length);
    return a;
  }

  @Test
  void jsonHasTheUsualFieldsPlusDurationBackfillAndTurnedAwayWhateverTheThreads() throws Exception {
    Run one = run(with("--p-response-true", "0.1,0.2,0.3,0.4,0.5", "--n-cap", "12", "--accrual", "poisson",
        "--accrual-per-month", "1", "--window-months", "1", "--threads", "1"));
    Run three = run(with("--p-response-true", "0.1,0.2,0.3,0.4,0.5", "--n-cap", "12", "--accrual", "poisson",
        "--accrual-per-month", "1", "--window-months", "1", "--threads", "3"));
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(three.out()).isEqualTo(one.out());
    JsonNode j = Json.mapper().readTree(one.out());
    for (String k : new String[] {"selection_pct", "stop_pct", "mean_n", "mean_dlt", "mean_total_n",
        "mean_duration_months", "mean_backfilled", "mean_turned_away", "mean_backfill_excluded"}) {
      assertThat(j.has(k)).as(k).isTrue();
      assertThat(j.has(k + "_se")).as(k + "_se").isTrue();
    }
    assertThat(j.get("accrual").asText()).isEqualTo("poisson");
    assertThat(j.get("n_cap").asInt()).isEqualTo(12);
    double sel = j.get("stop_pct").asDouble();
    double n = 0;
    double bf = 0;
    for (int d = 0; d < 5; d++) {
      sel += j.get("selection_pct").get(d).asDouble();
      n += j.get("mean_n").get(d).asDouble();
      bf += j.get("mean_backfilled").get(d).asDouble();
      assertThat(j.get("mean_backfilled").get(d).asDouble()).isLessThanOrEqualTo(j.get("mean_n").get(d).asDouble());
    }
    assertThat(sel).isCloseTo(100, within(1e-9));
    assertThat(n).isCloseTo(j.get("mean_total_n").asDouble(), within(1e-9));
    assertThat(bf).isPositive();
    assertThat(j.get("mean_total_n").asDouble() - bf).isLessThanOrEqualTo(36); // escalation: 12 cohorts of 3
    assertThat(j.get("mean_duration_months").asDouble()).isGreaterThan(12); // 12 windows of a month at least
  }

  @Test
  void nCapZeroGivesBoinsSelectionOnTheSameSeed() throws Exception {
    Run bf = run(with("--n-cap", "0"));
    Run boin = run("oc", "--design", "boin", "--target", "0.25", "--p-true", "0.05,0.10,0.25,0.40,0.55",
        "--cohort-size", "3", "--cohorts", "12", "--n-early-stop", "9", "--trials", "600", "--seed", "3",
        "--format", "json");
    JsonNode a = Json.mapper().readTree(bf.out());
    JsonNode b = Json.mapper().readTree(boin.out());
    for (String k : new String[] {"selection_pct", "stop_pct", "mean_n", "mean_dlt", "mean_total_n",
        "selection_pct_se", "mean_n_se"}) {
      assertThat(a.get(k)).as(k).isEqualTo(b.get(k));
    }
  }

  @Test
  void tableOutput() {
    Run r = run("oc", "--design", "bf-boin", "--target", "0.25", "--p-true", "0.1,0.5", "--trials", "200");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("BF-BOIN(target=0.25, K=2, cohort=3, cohorts=10, nCap=12)")
        .contains("mean backfilled per dose").contains("mean duration (months)").contains("mean turned away");
  }

  @Test
  void badValuesExitTwoWithOneLineNamingTheOption() {
    String[][] cases = {
      {"--n-cap", "-1", "--n-cap = '-1': must be in 0..1000"},
      {"--accrual", "weekly", "--accrual"},
      {"--p-response-true", "0.1,0.2", "one probability per dose of --p-true (5)"},
      {"--p-response-true", "0.1,0.2,0.3,0.4,1.5", "--p-response-true"},
      {"--window-months", "0", "--window-months = '0': must be in (0, 24.0]"},
      {"--accrual-per-month", "0", "--accrual-per-month"},
      {"--backfill-dose", "middle", "highest or lowest"},
      {"--exact", null, "not with --design bf-boin"},
      {"--titration", null, "--titration = 'true': must be only with --design boin, i3+3, mtpi2 or keyboard (not an "
          + "option of bf-boin)"},
    };
    for (String[] c : cases) {
      Run r = c[1] == null ? run(with(c[0])) : run(with(c[0], c[1]));
      assertThat(r.status()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains(c[2]).hasLineCount(1);
    }
    Run other = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--n-cap", "5", "--exact");
    assertThat(other.status()).isEqualTo(2);
    assertThat(other.err()).contains("--n-cap").contains("only with --design bf-boin").hasLineCount(1);
    Run small = run("oc", "--design", "bf-boin", "--target", "0.25", "--p-true", "0.1,0.2", "--cohort-size", "2");
    assertThat(small.err()).contains("--cohort-size = '2': must be in 3..100").hasLineCount(1);
    Run noTarget = run("oc", "--design", "bf-boin", "--p-true", "0.1,0.2", "--trials", "10");
    assertThat(noTarget.err()).contains("--target").hasLineCount(1);
  }
}
