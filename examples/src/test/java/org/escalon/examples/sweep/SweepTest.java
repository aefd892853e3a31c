package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.junit.jupiter.api.Test;

/** {@link Sweep}: per-trial values are the study's own, and results keep no caller arrays. */
class SweepTest {

  @Test
  void pointResultCopiesTheCallersArrays() {
    ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [50, 100]\ndesigns: [boin]\ncycles: 1\n"
        + "population: {size: 100}\ntrials: 3\nseed: 2\n");
    List<Sweep.PointResult> rs = Sweep.run(f, null, 1, new Sweep.Monitor() { });
    Sweep.PointResult pr = rs.get(0);
    CoupledStudy.Result r = pr.result();
    int[][][] size = {{{pr.sampleSize(0, 0, 0), pr.sampleSize(0, 0, 1), pr.sampleSize(0, 0, 2)}}};
    double[][][] dur = {{{1, 2, 3}}};
    Sweep.PointResult copy = new Sweep.PointResult(pr.point(), r, size, dur);
    int before = copy.sampleSize(0, 0, 1);
    size[0][0][1] = -99;
    dur[0][0][1] = -99;
    assertThat(copy.sampleSize(0, 0, 1)).isEqualTo(before);
    assertThat(copy.durationDays(0, 0, 1)).isEqualTo(2.0);
    assertThat(copy.trials(0, 0)).isEqualTo(3);
    // BOIN with 10 cohorts of 3 and no optimisation stage treats at most 30 patients, at least one cohort
    for (int i = 0; i < 3; i++) {
      assertThat(pr.sampleSize(0, 0, i)).isBetween(3, 30);
      assertThat(pr.durationDays(0, 0, i)).isPositive();
    }
  }

  @Test
  void theModelTruthReportsItsProgressUpToEveryVirtualPatientOfEveryArm() {
    ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [50, 100]\nschedules: [QD d1-14, QD d1-21]\n"
        + "designs: [boin]\ncycles: 1\ntrials: 4\npopulation: {size: 120}\n");
    java.util.concurrent.atomic.AtomicLong most = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
    List<Sweep.PointResult> rs = Sweep.run(f, null, 2, new Sweep.Monitor() {
      @Override
      public void truthDone(long done, long all) {
        most.accumulateAndGet(done, Math::max);
        total.set(all);
      }
    });
    // 2 arms × 120 virtual patients, each counted once
    org.assertj.core.api.Assertions.assertThat(total.get()).isEqualTo(240);
    org.assertj.core.api.Assertions.assertThat(most.get()).isEqualTo(240);
    org.assertj.core.api.Assertions.assertThat(rs.get(0).result().arms()).hasSize(2);
  }

  @Test
  void stopWhenNAtDoseIsTheDocumentedNameAndTheOldOneStillWorks() {
    for (String field : List.of("stop_when_n_at_dose", "stop_when_nat_dose")) {
      ScenarioFile f = ScenarioFile.parse("s.yaml", "doses_ug: [50, 100]\ndesigns: [{name: boin, " + field
          + ": 9}]\n");
      assertThat(f.points().get(0).settings().designs()).hasSize(1);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioFile.parse("s.yaml",
        "doses_ug: [50]\ndesigns: [{name: boin, stop_when_n_at_dose: 0}]\n"))
        .hasMessageContaining("designs[0].stop_when_n_at_dose");
  }
}
