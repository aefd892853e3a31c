package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.examples.cli.Cli.Run;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.design.blrm.BlrmPrior;
import org.junit.jupiter.api.Test;

/** {@code oc --design blrm}, {@code dose-paths} and {@code oc --design 3+3B --top-dose}. */
class BlrmCommandsTest {

  @Test
  void ocPrintsTheUsualFieldsAndAgreesWithTheLibrary() throws Exception {
    Run r = run("oc", "--design", "blrm", "--p-true", "0.05,0.1,0.25,0.4,0.55", "--target", "0.25",
        "--ref-dose", "3", "--prior-median-dlt", "0.25", "--cohorts", "3", "--trials", "40", "--seed", "3",
        "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    assertThat(j.get("design").asText()).startsWith("BLRM");
    assertThat(j.has("stop_pct")).isTrue();
    assertThat(j.get("mean_total_n").asDouble()).isLessThanOrEqualTo(9.0);
  }

  @Test
  void dosePathsListEveryOutcomeOfTwoCohortsWithTheDesignsDecision() throws Exception {
    Run r = run("dose-paths", "--design", "blrm", "--doses", "37.5,50,62.5,75,100,125,150", "--ref-dose", "100",
        "--prior-median-dlt", "0.25", "--counts-n", "3,3,3,0,0,0,0", "--counts-y", "0,0,1,0,0,0,0",
        "--cohorts", "2", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode paths = Json.mapper().readTree(r.out()).get("paths");
    assertThat(paths.size()).isLessThanOrEqualTo(1 + 4 + 16);
    // the first row is the decision now; it equals the library's
    Blrm d = Blrm.builder(new double[] {37.5, 50, 62.5, 75, 100, 125, 150}, 100, BlrmPrior.weaklyInformative(0.25))
        .maxSampleSize(30).build();
    TrialState s = new TrialState(7);
    s.set(new int[] {3, 3, 3, 0, 0, 0, 0}, new int[] {0, 0, 1, 0, 0, 0, 0}, 3);
    assertThat(paths.get(0).get("next_dose").asInt()).isEqualTo(d.decide(s).nextDose());
    int next = d.decide(s).nextDose();
    s.treat(next, 3, 3);
    JsonNode toxic = null;
    for (JsonNode p : paths) {
      if (p.get("path").asText().equals(next + "TTT")) {
        toxic = p;
      }
    }
    assertThat(toxic).as("a row for 3 DLTs in the next cohort").isNotNull();
    assertThat(toxic.get("next_dose").asInt()).isEqualTo(d.decide(s).nextDose());
    assertThat(toxic.get("stop").asBoolean()).isEqualTo(!d.decide(s).proceeds());
    Run t = run("dose-paths", "--design", "blrm", "--doses", "1,2,3", "--ref-dose", "2", "--prior-median-dlt", "0.3",
        "--cohorts", "1");
    assertThat(t.status()).as(t.err()).isZero();
    assertThat(t.out()).contains("(now)").contains("1NNN").contains("1TTT");
  }

  @Test
  void badValuesNameTheOptionTheValueAndTheRangeAndExitTwo() {
    String[][] bad = {
      {"oc", "--design", "blrm", "--p-true", "0.1,0.2", "--ref-dose", "2", "--prior-median-dlt", "1.5"},
      {"oc", "--design", "blrm", "--p-true", "0.1,0.2", "--ref-dose", "2"},
      {"oc", "--design", "blrm", "--p-true", "0.1,0.2", "--ref-dose", "2", "--prior-median-dlt", "0.2",
          "--ewoc-cutoff", "0"},
      {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--ref-dose", "2"},
      {"oc", "--design", "blrm", "--p-true", "0.1,0.2", "--ref-dose", "2", "--prior-median-dlt", "0.2",
          "--doses", "2,1"},
      {"dose-paths", "--design", "blrm", "--doses", "1,2", "--ref-dose", "2", "--prior-median-dlt", "0.2",
          "--counts-n", "3,0", "--counts-y", "4,0"},
      {"dose-paths", "--design", "blrm", "--doses", "1,2", "--ref-dose", "2", "--prior-median-dlt", "0.2",
          "--cohorts", "9"},
      {"oc", "--design", "3+3", "--p-true", "0.1,0.2", "--top-dose", "confirm-with-6", "--exact"},
      {"oc", "--design", "3+3B", "--p-true", "0.1,0.2", "--top-dose", "never", "--exact"},
    };
    String[] expected = {"--prior-median-dlt", "--prior-median-dlt", "--ewoc-cutoff", "--ref-dose", "--doses",
        "--counts-y", "--cohorts", "--top-dose", "--top-dose"};
    for (int i = 0; i < bad.length; i++) {
      Run r = run(bad[i]);
      assertThat(r.status()).as(String.join(" ", bad[i]) + " -> " + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", bad[i])).contains(expected[i]).doesNotContain("Exception");
      assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void threePlusThreeBTopDoseOption() throws Exception {
    Run bcrm = run("oc", "--design", "3+3B", "--p-true", "0.05,0.1", "--exact", "--format", "json");
    Run six = run("oc", "--design", "3+3B", "--p-true", "0.05,0.1", "--exact", "--top-dose", "confirm-with-6",
        "--format", "json");
    assertThat(bcrm.status()).as(bcrm.err()).isZero();
    assertThat(six.status()).as(six.err()).isZero();
    double nBcrm = Json.mapper().readTree(bcrm.out()).get("mean_total_n").asDouble();
    double nSix = Json.mapper().readTree(six.out()).get("mean_total_n").asDouble();
    // the confirmation cohort: 3 · P(dose 1 passed) · P(0/3 at dose 2) more patients (and what follows it)
    double q1 = 0.95;
    double e1 = Math.pow(q1, 3) + 3 * 0.05 * Math.pow(q1, 5);
    assertThat(nSix - nBcrm).isGreaterThanOrEqualTo(3 * e1 * Math.pow(0.9, 3) - 1e-9);
  }
}
