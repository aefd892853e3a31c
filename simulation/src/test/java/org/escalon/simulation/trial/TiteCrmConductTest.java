package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.junit.jupiter.api.Test;

/**
 * The coupled TITE-CRM conduct: patients enter at their arrivals, and each level is the design's choice on the data
 * as they stand that day — recomputed here from the result's start days and the patients' own onset days.
 */
class TiteCrmConductTest {

  @Test
  void eachLevelIsTheDesignsChoiceOnTheDataOfItsEntryDay() {
    double[] p = {0.1, 0.2, 0.3, 0.45, 0.6};
    TiteCrm tite = Designs.titeCrm(0.25, CrmModel.EMPIRIC, new double[] {0.08, 0.16, 0.25, 0.35, 0.46}, 15, 28);
    FixedOutcomeSource source = new FixedOutcomeSource(p, new double[] {0.1, 0.2, 0.3, 0.4, 0.5});
    Accrual accrual = new Accrual(6, 28, false);
    TiteCrmConduct conduct = new TiteCrmConduct(tite, accrual, Rp2dRule.DEFAULT, OptimisationStage.NONE);
    for (int trial = 0; trial < 40; trial++) {
      PatientOutcomeSource.TrialPatients patients = source.forTrial(trial, RandomStreams.trial(11, trial));
      Accrual.Arrivals arrivals = accrual.arrivals(RandomStreams.trial(12, trial));
      CoupledTrialResult r = conduct.run(patients, arrivals);
      int[] level = r.patientLevels();
      double[] start = r.patientStartDays();
      assertThat(level).hasSize(15);
      int[] n = new int[5];
      int[] y = new int[5];
      boolean[] dltEver = new boolean[15];
      double[] onset = new double[15];
      for (int i = 0; i < 15; i++) {
        assertThat(start[i]).isEqualTo(arrivals.time(i));
        PatientOutcome o = patients.outcome(i, level[i]);
        dltEver[i] = o.dlt();
        onset[i] = o.dlt() ? start[i] + o.dltDay() : Double.POSITIVE_INFINITY;
        n[level[i] - 1]++;
        y[level[i] - 1] += o.dlt() ? 1 : 0;
      }
      assertThat(level[0]).isEqualTo(1);
      for (int i = 1; i < 15; i++) {
        boolean[] seen = new boolean[i];
        double[] fu = new double[i];
        for (int j = 0; j < i; j++) {
          seen[j] = onset[j] <= start[i];
          fu[j] = seen[j] ? onset[j] - start[j] : Math.min(start[i] - start[j], 28);
        }
        assertThat(level[i]).as("trial %d patient %d", trial, i).isEqualTo(tite.nextDose(i, level, seen, fu));
      }
      assertThat(r.n()).containsExactly(n);
      assertThat(r.y()).containsExactly(y);
      assertThat(r.mtd()).isEqualTo(tite.selectMtd(15, level, dltEver));
      assertThat(r.durationDays()).isEqualTo(start[14] + 28);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TiteCrmConduct(tite, accrual, Rp2dRule.DEFAULT,
        OptimisationStage.of(10))).hasMessageContaining("not offered after a TITE-CRM");
  }
}
