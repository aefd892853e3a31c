package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code next-dose} for the rule-based designs against the outcome strings published with R {@code escalation}
 * (docs/designs.md, "Rule-based designs": 3+3 checks and the BOIN sequence of Han et al. 2019).
 */
class RuleNextDoseTest {

  private static JsonNode run(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "next-dose";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--format";
    all[args.length + 2] = "json";
    Cli.Run r = Cli.run(all);
    assertThat(r.status()).as(r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  @Test
  void threePlusThreeAsREscalationPublishesIt() throws Exception {
    JsonNode a = run("--design", "3+3", "--doses", "5", "1NNN");
    assertThat(a.get("next_dose").asInt()).isEqualTo(2);
    assertThat(a.get("continue").asBoolean()).isTrue();
    JsonNode b = run("--design", "3+3", "--doses", "5", "1NNN 2NNN 3NNT");
    assertThat(b.get("next_dose").asInt()).isEqualTo(3);
    assertThat(b.get("continue").asBoolean()).isTrue();
    JsonNode c = run("--design", "3+3", "--doses", "5", "1NNN 2NNN 3NNT 3NTN");
    assertThat(c.get("next_dose").asInt()).isEqualTo(2);
    assertThat(c.get("continue").asBoolean()).isFalse();
    assertThat(c.get("recommended").asInt()).isEqualTo(2);
  }

  @Test
  void boinFollowsTheHanEtAlSequence() throws Exception {
    // φ = 0.3, 5 doses; each step continues with the dose shown
    String[] cohorts = {"1NNN", "2NNN", "3NTT", "2NTN", "3NNN", "3NNN", "4TTT", "3NTN", "3NNT", "3TNN"};
    int[] next = {2, 3, 2, 3, 3, 4, 3, 3, 3, 3};
    StringBuilder outcomes = new StringBuilder();
    for (int i = 0; i < cohorts.length; i++) {
      outcomes.append(i == 0 ? "" : " ").append(cohorts[i]);
      JsonNode j = run("--design", "boin", "--target", "0.3", "--doses", "5", outcomes.toString());
      assertThat(j.get("next_dose").asInt()).as("after %s", outcomes).isEqualTo(next[i]);
      assertThat(j.get("continue").asBoolean()).as("after %s", outcomes).isTrue();
    }
  }

  @Test
  void anEmptyTrialStartsAtDose1AndBadInputIsOneLine() throws Exception {
    assertThat(run("--design", "boin", "--target", "0.25", "--doses", "4", "").get("next_dose").asInt())
        .isEqualTo(1);
    assertThat(Cli.run("next-dose", "--design", "boin", "--doses", "5", "1NNN").err()).contains("--target");
    assertThat(Cli.run("next-dose", "--design", "boin", "--target", "0.3", "1NNN").err()).contains("--doses");
    assertThat(Cli.run("next-dose", "--design", "boin", "--target", "0.3", "--doses", "3", "4NNN").err())
        .contains("OUTCOMES");
    assertThat(Cli.run("next-dose", "--design", "3+3", "--target", "0.3", "--doses", "3", "1NNN").err())
        .contains("--target");
    assertThat(Cli.run("next-dose", "--design", "bf-boin", "--doses", "3", "1NNN").status()).isEqualTo(2);
    // a sample size already reached: the trial stops with its MTD
    JsonNode stop = run("--design", "boin", "--target", "0.3", "--doses", "3", "--sample-size", "6", "1NNN 2NNN");
    assertThat(stop.get("continue").asBoolean()).isFalse();
    assertThat(stop.get("next_dose").asInt()).isEqualTo(stop.get("recommended").asInt());
  }
}
