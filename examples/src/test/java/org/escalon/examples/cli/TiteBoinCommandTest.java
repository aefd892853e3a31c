package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/** {@code escalon oc --design tite-boin} and the time-to-event options of {@code oc}. */
class TiteBoinCommandTest {

  private static final String[] BASE = {"oc", "--design", "tite-boin", "--target", "0.3", "--p-true",
      "0.05,0.12,0.3,0.45,0.6", "--cohort-size", "3", "--cohorts", "12", "--window-days", "28",
      "--accrual-per-window", "2", "--trials", "300", "--seed", "3", "--format", "json"};

  private static String[] with(String[] a, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }

  @Test
  void jsonHasTheUsualFieldsAndTheDurationAndIgnoresThreads() throws Exception {
    Run one = run(with(BASE, "--threads", "1"));
    Run three = run(with(BASE, "--threads", "3"));
    assertThat(one.status()).as(one.err()).isZero();
    JsonNode a = Json.mapper().readTree(one.out());
    JsonNode b = Json.mapper().readTree(three.out());
    for (String k : new String[] {"selection_pct", "stop_pct", "mean_n", "mean_dlt", "mean_total_n",
        "selection_pct_se", "stop_pct_se", "mean_n_se", "mean_dlt_se", "mean_total_n_se", "mean_duration_days",
        "mean_duration_days_se", "sd_duration_days"}) {
      assertThat(a.has(k)).as(k).isTrue();
      assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
    }
    assertThat(a.get("design").asText()).startsWith("TITE-BOIN(target=0.3");
    assertThat(a.get("max_pending").asDouble()).isEqualTo(0.5);
    assertThat(a.get("estimator").asText()).isEqualTo("ess");
    // 36 patients: at least 35 Poisson gaps at 2 per 28 days (mean 490 days) plus the last window
    assertThat(a.get("mean_duration_days").asDouble()).isGreaterThan(400);
    assertThat(a.get("mean_total_n").asDouble()).isLessThanOrEqualTo(36);
  }

  @Test
  void optionsChangeTheRun() throws Exception {
    JsonNode ess = Json.mapper().readTree(run(BASE).out());
    JsonNode imp = Json.mapper().readTree(run(with(BASE, "--estimator", "imputation", "--max-pending", "0.65",
        "--onset-alpha1", "0.7", "--onset-alpha2", "0.3")).out());
    assertThat(imp.get("estimator").asText()).isEqualTo("imputation");
    assertThat(imp.get("max_pending").asDouble()).isEqualTo(0.65);
    assertThat(imp.get("onset_alpha1").asDouble()).isEqualTo(0.7);
    assertThat(imp.get("mean_duration_days")).isNotEqualTo(ess.get("mean_duration_days"));
  }

  @Test
  void boinWithAWindowReportsTheDurationOfWaitingCohorts() throws Exception {
    Run r = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.05,0.12,0.3,0.45,0.6", "--cohorts", "12",
        "--window-days", "28", "--accrual-per-window", "2", "--trials", "300", "--seed", "3", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    // the same trials as the plain Monte Carlo run (same seed): the accrual changes only the clock
    JsonNode plain = Json.mapper().readTree(run("oc", "--design", "boin", "--target", "0.3", "--p-true",
        "0.05,0.12,0.3,0.45,0.6", "--cohorts", "12", "--trials", "300", "--seed", "3", "--format", "json").out());
    assertThat(j.get("selection_pct")).isEqualTo(plain.get("selection_pct"));
    assertThat(j.get("mean_n")).isEqualTo(plain.get("mean_n"));
    assertThat(j.get("mean_duration_days").asDouble()).isGreaterThan(12 * 28);
    assertThat(j.has("max_pending")).isFalse();
  }

  @Test
  void badValuesExitTwoNamingTheOptionValueAndWhatIsAllowed() {
    String[][] bad = {
      with(BASE, "--max-pending", "0.7"),
      with(BASE, "--max-pending", "NaN"),
      with(BASE, "--estimator", "mle"),
      with(BASE, "--onset-alpha1", "1"),
      with(BASE, "--onset-alpha2", "0"),
      {"oc", "--design", "tite-boin", "--target", "0.3", "--p-true", "0.1,0.2", "--window-days", "0"},
      {"oc", "--design", "tite-boin", "--target", "0.3", "--p-true", "0.1,0.2", "--accrual-per-window", "0"},
      with(BASE, "--exact"),
      with(BASE, "--titration"),
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--max-pending", "0.5"},
      {"oc", "--design", "tite-boin", "--p-true", "0.1,0.2"},
      {"boundaries", "--design", "tite-boin", "--target", "0.3"},
    };
    String[] named = {"--max-pending", "--max-pending", "--estimator", "--onset-alpha1", "--onset-alpha2",
        "--window-days", "--accrual-per-window", "--exact", "--titration", "--max-pending", "--target", "--design"};
    String[] allowed = {"[0, 0.65]", "must be a number", "ess or imputation", "(0, 1)", "(0, 1)", "[1, 365]",
        "[0.01, 1000]", "not an option of tite-boin", "not an option of tite-boin", "only with --design tite-boin", "[0.05, 0.6]",
        "use --design boin"};
    for (int i = 0; i < bad.length; i++) {
      Run r = run(bad[i]);
      String at = String.join(" ", bad[i]);
      assertThat(r.status()).as(at).isEqualTo(2);
      assertThat(r.err().trim()).as(at).startsWith("escalon:").doesNotContain("\n").contains(named[i])
          .contains(allowed[i]);
      assertThat(r.out()).as(at).isEmpty();
    }
  }
}
