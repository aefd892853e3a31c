package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code next-dose --design blrm} with the issue's interface: per dose the interval probabilities, which must add up
 * to 1, and a next dose that follows EWOC and the 100 % increment rule as read from the printed numbers.
 */
class BlrmNextDoseCommandTest {

  @Test
  void theIssueExamplePrintsIntervalProbabilitiesAndAnEwocDecision() throws Exception {
    Cli.Run r = Cli.run("next-dose", "--design", "blrm", "--doses", "37.5,50,62.5,75,100,125,150", "--ref-dose",
        "100", "--prior-median-dlt", "0.25", "--sd-log-alpha", "2", "--sd-log-beta", "1", "--correlation", "0",
        "--counts-n", "3,3,3,0,0,0,0", "--counts-y", "0,0,1,0,0,0,0", "--current-dose", "3", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    double[] doses = {37.5, 50, 62.5, 75, 100, 125, 150};
    int best = 0;
    double bestTarget = -1;
    for (int d = 0; d < 7; d++) {
      double under = j.get("p_under").get(d).asDouble();
      double target = j.get("p_target").get(d).asDouble();
      double over = j.get("p_over").get(d).asDouble();
      assertThat(under + target + over).as("dose %s", d + 1).isCloseTo(1.0, within(1e-9));
      assertThat(j.get("q025").get(d).asDouble()).isLessThanOrEqualTo(j.get("q50").get(d).asDouble());
      assertThat(j.get("q50").get(d).asDouble()).isLessThanOrEqualTo(j.get("q975").get(d).asDouble());
      assertThat(j.get("admissible").get(d).asBoolean()).isEqualTo(over < 0.25);
      // candidates: admissible and at most 100 % above the highest dose tried (62.5 µg → up to 125 µg)
      if (over < 0.25 && doses[d] <= 2 * 62.5 && target > bestTarget) {
        bestTarget = target;
        best = d + 1;
      }
    }
    assertThat(j.get("stop").asBoolean()).isFalse();
    assertThat(j.get("next_dose").asInt()).isEqualTo(best);
  }

  @Test
  void optionsOfOtherDesignsAreRefused() {
    Cli.Run r = Cli.run("next-dose", "--design", "blrm", "--doses", "1,2,3", "--ref-dose", "2", "--prior-median-dlt",
        "0.25", "--skeleton", "0.1,0.2,0.3", "--counts-n", "3,0,0", "--counts-y", "0,0,0");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--skeleton");
  }
}
