package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.escalon.simulation.pkpd.NamedDesign;
import org.junit.jupiter.api.Test;

/** Scenario files with {@code tite-boin}: the shipped comparison, the design's options and their limits. */
class TimeToEventScenarioTest {

  private static final String BASE = "doses_ug: [50, 100]\n";

  @Test
  void shippedTimeToEventScenarioIsValid() {
    ScenarioFile f = ScenarioFile.read(Path.of("scenarios", "time-to-event.yaml"));
    List<NamedDesign> ds = f.points().get(0).settings().designs();
    assertThat(ds).extracting(NamedDesign::name)
        .containsExactly("3+3A", "boin", "tite-boin", "tite-boin imputation");
    assertThat(ds).extracting(NamedDesign::countBased).containsExactly(true, true, false, false);
    assertThat(ScenarioFile.resource("/scenarios/time-to-event.yaml").points()).hasSize(1);
  }

  @Test
  void titeBoinOptionsAndTheirLimits() {
    ScenarioFile ok = ScenarioFileTest.yaml(BASE + "designs: [boin, {name: tite-boin, max_pending: 0.65, "
        + "estimator: imputation}]\n");
    assertThat(ok.points().get(0).settings().designs().get(1).name()).isEqualTo("tite-boin");
    ScenarioFileTest.fails(BASE + "designs: [{name: tite-boin, max_pending: 0.7}]\n", "designs[0].max_pending",
        "0.7", "[0, 0.65]");
    ScenarioFileTest.fails(BASE + "designs: [{name: tite-boin, estimator: mle}]\n", "designs[0].estimator", "mle",
        "ess or imputation");
    ScenarioFileTest.fails(BASE + "designs: [{name: boin, max_pending: 0.5}]\n", "designs[0].max_pending",
        "only with name: tite-boin");
    ScenarioFileTest.fails(BASE + "designs: [{name: tite-boin, stop_at_n: 24}]\n", "designs[0].stop_at_n", "24",
        "not with tite-boin");
    ScenarioFileTest.fails(BASE + "designs: [tite-boin]\noptimisation_stage: {patients_per_arm: 10}\n",
        "optimisation_stage.patients_per_arm", "10", "tite-boin");
  }
}
