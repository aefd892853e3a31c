package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/** {@code oc --phi1/--phi2} (R BOIN's p.saf/p.tox) reach the design; bad values are named. */
class OcPhiOptionsTest {

  @Test
  void phi1AndPhi2ChangeTheBoundariesAsTheLibraryDoes() throws Exception {
    Cli.Run r = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2,0.3,0.45,0.6", "--phi1",
        "0.15", "--phi2", "0.45", "--exact", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    OperatingCharacteristics expected = ExactOc.compute(Boin.builder(0.3, 5).phi1(0.15).phi2(0.45).build(),
        FixedToxicity.of(0.1, 0.2, 0.3, 0.45, 0.6), 0.3);
    assertThat(j.get("selection_pct").get(2).asDouble())
        .isEqualTo(expected.level(3).mtdSelectionPct().value());
    // and they differ from the default boundaries' result
    Cli.Run d = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2,0.3,0.45,0.6", "--exact",
        "--format", "json");
    assertThat(Json.mapper().readTree(d.out()).get("selection_pct").get(2).asDouble())
        .isNotEqualTo(j.get("selection_pct").get(2).asDouble());
  }

  @Test
  void badValuesAreOneLine() {
    Cli.Run r = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.3", "--phi2", "0.31");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--phi2").contains("0.31");
    assertThat(Cli.run("oc", "--design", "i3+3", "--target", "0.3", "--p-true", "0.1,0.3", "--phi1", "0.1").err())
        .contains("--phi1 = '0.1': must be only with --design boin, bf-boin or tite-boin (not an option of i3+3)");
    assertThat(Cli.run("oc", "--design", "3+3", "--p-true", "0.1,0.3", "--phi2", "0.4").err()).contains("--phi2");
    // TITE-BOIN and BF-BOIN take p.saf/p.tox as R TITEgBOIN and bfboin do, with BOIN's limits
    assertThat(Cli.run("oc", "--design", "tite-boin", "--target", "0.3", "--p-true", "0.1,0.3", "--phi2", "0.32")
        .err()).contains("--phi2 = '0.32': must be < 1 and at least 1.1 x target").hasLineCount(1);
    assertThat(Cli.run("oc", "--design", "bf-boin", "--target", "0.3", "--p-true", "0.1,0.3", "--phi1", "0.28")
        .err()).contains("--phi1 = '0.28': must be > 0 and at most 0.9 x target").hasLineCount(1);
  }
}
