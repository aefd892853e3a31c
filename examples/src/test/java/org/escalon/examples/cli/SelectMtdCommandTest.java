package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code escalon select-mtd}: R BOIN's select.mtd on its help example, and clear errors. */
class SelectMtdCommandTest {

  @Test
  void thePackageExampleSelectsDose3WithTheEstimates() throws Exception {
    Cli.Run r = Cli.run("select-mtd", "--target", "0.3", "--n", "3,3,15,9,0", "--y", "0,0,4,4,0", "--format",
        "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    assertThat(j.get("mtd").asInt()).isEqualTo(3);
    assertThat(j.get("estimate").get(2).asDouble()).isEqualTo(4.05 / 15.1);
    assertThat(j.get("estimate").get(4).isNull()).isTrue();
    assertThat(j.get("ci_lower").size()).isEqualTo(5);
    assertThat(j.get("ci_upper").get(3).asDouble()).isBetween(4.05 / 9.1, 1.0);
    Cli.Run t = Cli.run("select-mtd", "--target", "0.3", "--n", "3,3,15,9,0", "--y", "0,0,4,4,0");
    assertThat(t.out()).startsWith("The MTD is dose level 3.").contains("0.27").contains("----");
  }

  @Test
  void eliminationAtDose1GivesNoMtd() throws Exception {
    // Pr(p > 0.3 | 3 of 3) = 1 − 0.3^4 = 0.9919 > 0.95: dose 1 and above eliminated
    Cli.Run r = Cli.run("select-mtd", "--target", "0.3", "--n", "3,0", "--y", "3,0", "--format", "json");
    assertThat(r.status()).isZero();
    assertThat(Json.mapper().readTree(r.out()).get("mtd").isNull()).isTrue();
  }

  @Test
  void badInputIsOneClearLine() {
    assertThat(Cli.run("select-mtd", "--target", "0.3", "--n", "3,3", "--y", "0,4").err())
        .contains("--y").contains("dose 2").contains("y = 4 > n = 3");
    assertThat(Cli.run("select-mtd", "--target", "0.3", "--n", "3,3", "--y", "0").err())
        .contains("--y").contains("--n has 2 doses");
    assertThat(Cli.run("select-mtd", "--target", "0.3", "--n", "3,x", "--y", "0,0").status()).isEqualTo(2);
    assertThat(Cli.run("select-mtd", "--target", "0.3", "--n", "3,1.5", "--y", "0,0").err()).contains("--n");
    assertThat(Cli.run("select-mtd", "--target", "0.3", "--n", "3", "--y", "0", "--p-tox", "0.31").err())
        .contains("--p-tox");
    assertThat(Cli.run("select-mtd", "--target", "0.9", "--n", "3", "--y", "0").status()).isEqualTo(2);
  }
}
