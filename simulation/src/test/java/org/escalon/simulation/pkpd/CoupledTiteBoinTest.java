package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.PatientOutcome;
import org.escalon.simulation.trial.TiteBoinConduct;
import org.junit.jupiter.api.Test;

/**
 * TITE-BOIN in a PK/PD-coupled study beside BOIN: bit-identical results with 1 and 3 threads (both arrival rules),
 * and every trial's record is consistent with the model's own DLT onset days: enrolment order is patient order,
 * nobody starts before arriving, and a TITE-BOIN trial is never longer than its last start plus the window.
 */
class CoupledTiteBoinTest {

  private static CoupledStudy.Settings settings(int threads, boolean turnAway) {
    List<Arm> arms = List.of(new Arm("QD d1-14", List.of(DoseLevel.of(50, "QD d1-14", 40),
        DoseLevel.of(100, "QD d1-14", 40), DoseLevel.of(150, "QD d1-14", 40))));
    List<NamedDesign> designs = List.of(
        new NamedDesign("boin", k -> Designs.boin(0.3, k, 3, 4)),
        NamedDesign.conducted("tite-boin",
            TiteBoinConduct.factory(k -> TiteBoin.builder(0.3, k).cohortSize(3).cohorts(4).build())));
    return new CoupledStudy.Settings(arms, designs, VirtualPatientModel.defaults().withCycles(1),
        new Accrual(6, 28, turnAway), Rp2dRule.DEFAULT, OptimisationStage.NONE, 0.3, 200,
        MonteCarloSettings.of(12, 42, threads));
  }

  @Test
  void oneAndThreeThreadsGiveIdenticalResults() {
    for (boolean turnAway : new boolean[] {false, true}) {
      CoupledStudy.Result one = CoupledStudy.run(settings(1, turnAway));
      CoupledStudy.Result three = CoupledStudy.run(settings(3, turnAway));
      RecordAssert.assertSameRecord("result", three, one);
      assertThat(one.arms().get(0).designs()).containsKeys("boin", "tite-boin");
    }
  }

  @Test
  void trialRecordsFollowTheModelsOnsetDays() {
    List<CoupledStudy.TrialRecord> records = new ArrayList<>();
    CoupledStudy.run(settings(2, false), null, null, t -> { }, records::add);
    assertThat(records).hasSize(24);
    for (CoupledStudy.TrialRecord r : records) {
      double[] starts = r.result().patientStartDays();
      int[] levels = r.result().patientLevels();
      int dlts = 0;
      for (int k = 0; k < levels.length; k++) {
        PatientOutcome o = r.patients().get(k);
        assertThat(o.detail()).isNotNull();
        // the model's onset day is the one the conduct used: a DLT exactly when the course has one
        assertThat(Double.isNaN(o.dltDay())).isEqualTo(!o.dlt());
        assertThat(o.dlt()).isEqualTo(o.detail().dlt());
        dlts += o.dlt() ? 1 : 0;
        if (k > 0) {
          assertThat(starts[k]).isGreaterThanOrEqualTo(starts[k - 1]);
        }
      }
      assertThat(java.util.Arrays.stream(r.result().y()).sum()).isEqualTo(dlts);
      if (r.designIndex() == 1) {
        assertThat(r.result().durationDays()).isEqualTo(starts[starts.length - 1] + 28);
      }
    }
  }
}
