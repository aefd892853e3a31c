package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.sweep.ScenarioFileTest.fails;
import static org.escalon.examples.sweep.ScenarioFileTest.yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.escalon.examples.compare.CompareReport;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.FixedOutcomeSource;
import org.escalon.simulation.trial.PatientOutcomeSource;
import org.junit.jupiter.api.Test;

/** bf-boin in scenario files, and what the reports show for it. */
class BfBoinScenarioTest {

  private static final String BASE = "doses_ug: [50, 100, 150]\ntarget: 0.25\n";

  @Test
  void bfBoinWithItsNCap() {
    ScenarioFile f = yaml(BASE + "designs: [boin, {name: bf-boin, n_cap: 6, cohorts: 12}, "
        + "{name: bf-boin, label: bf0, n_cap: 0}]\n");
    List<NamedDesign> d = f.points().get(0).settings().designs();
    assertThat(d).extracting(NamedDesign::name).containsExactly("boin", "bf-boin", "bf0");
    assertThat(d.get(1).countBased()).isFalse();
    assertThat(d.get(1).conduct(3, org.escalon.simulation.trial.Accrual.DEFAULT, Rp2dRule.DEFAULT,
        org.escalon.simulation.selection.OptimisationStage.NONE).name())
        .isEqualTo("BF-BOIN(target=0.25, K=3, cohort=3, cohorts=12, nCap=6)");
    assertThat(yaml(BASE + "designs: [bf-boin]\n").points().get(0).settings().designs().get(0).countBased()).isFalse();
  }

  @Test
  void badBfBoinFieldsNameThePathAndWhatIsAllowed() {
    fails(BASE + "designs: [{name: boin, n_cap: 6}]\n", "designs[0].n_cap", "only with bf-boin");
    fails(BASE + "designs: [{name: bf-boin, n_cap: -1}]\n", "designs[0].n_cap", "[0, 1000]");
    fails(BASE + "designs: [{name: bf-boin, stop_at_n: 24}]\n", "designs[0].stop_at_n", "not with bf-boin");
    fails(BASE + "designs: [{name: bf-boin, no_dose_skipping: true}]\n", "designs[0].no_dose_skipping");
    fails(BASE + "designs: [{name: bf-boin, cohort_size: 2}]\n", "cohortSize = 2: must be in 3..100");
  }

  @Test
  void shippedBackfillScenarioIsValid() {
    ScenarioFile f = ScenarioFile.read(Path.of("scenarios", "backfill-comparison.yaml"));
    assertThat(f.points()).hasSize(1);
    assertThat(f.points().get(0).settings().designs()).extracting(NamedDesign::name).containsExactly("boin",
        "bf-boin");
    assertThat(ScenarioFile.resource("/scenarios/backfill-comparison.yaml").points()).hasSize(1);
  }

  @Test
  void reportsShowBackfilledAndTurnedAwayForBfBoinOnly() {
    double[] p = {0.05, 0.15, 0.3};
    double[] orr = {0.3, 0.4, 0.5};
    ScenarioFile f = yaml(BASE + "designs: [boin, bf-boin]\naccrual: {patients_per_month: 3}\n");
    CoupledStudy.Settings s = f.points().get(0).settings();
    s = new CoupledStudy.Settings(s.arms(), s.designs(), s.model(), s.accrual(), s.rp2dRule(), s.stage(),
        s.target(), s.truthPatients(), MonteCarloSettings.of(30, 4, 1));
    List<PatientOutcomeSource> src = List.of(new FixedOutcomeSource(p, orr));
    CoupledStudy.Result r = CoupledStudy.run(s, List.of(ModelTruth.of(p, orr, 0.25, Rp2dRule.DEFAULT)), src,
        done -> { });
    String table = CompareReport.table(r);
    assertThat(table).contains("backfilled (mean N)").contains("turned away (mean)").contains("backfilled per level");
    @SuppressWarnings("unchecked")
    Map<String, Object> designs = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) CompareReport
        .toJson(r, Map.of()).get("schedules")).values().iterator().next()).get("designs");
    assertThat((Map<String, Object>) designs.get("bf-boin")).containsKeys("mean_backfilled", "mean_backfilled_se",
        "mean_turned_away", "mean_turned_away_se");
    assertThat((Map<String, Object>) designs.get("boin")).doesNotContainKeys("mean_backfilled", "mean_turned_away");
  }
}
