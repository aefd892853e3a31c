package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.junit.jupiter.api.Test;

class TrialRunnerTest {

  private final EscalationDesign boin = Designs.boin(0.3, 5, 3, 10);
  private final FixedToxicity tox = FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6);

  @Test
  void readableAndHotPathAgree() {
    TrialRunner a = new TrialRunner(boin, tox);
    TrialRunner b = new TrialRunner(boin, tox);
    for (int i = 0; i < 200; i++) {
      TrialResult r = a.run(i, RandomStreams.trial(7, i));
      int mtd = b.runInPlace(i, RandomStreams.trial(7, i));
      assertThat(mtd).isEqualTo(r.mtd());
      assertThat(b.stopReason()).isEqualTo(r.stopReason());
      assertThat(b.state().nArray()).containsExactly(r.n());
      assertThat(b.state().yArray()).containsExactly(r.y());
      assertThat(b.patientCount()).isEqualTo(r.sampleSize());
      int[] n = new int[5];
      int[] y = new int[5];
      for (TrialResult.Patient p : r.patients()) {
        assertThat(b.patientDose(p.index())).isEqualTo(p.doseLevel());
        assertThat(b.patientDlt(p.index())).isEqualTo(p.dlt());
        n[p.doseLevel() - 1]++;
        y[p.doseLevel() - 1] += p.dlt() ? 1 : 0;
      }
      assertThat(n).containsExactly(r.n());
      assertThat(y).containsExactly(r.y());
    }
  }

  @Test
  void latentUniformsGiveCommonRandomNumbersAcrossDesigns() {
    // with the same probability at every dose, patient k's DLT is u_k < p whatever the dose or design
    FixedToxicity flat = FixedToxicity.of(0.3, 0.3, 0.3, 0.3, 0.3);
    TrialResult boinTrial = new TrialRunner(boin, flat).run(4, RandomStreams.trial(1, 4));
    TrialResult threeTrial = new TrialRunner(Designs.threePlusThree(5), flat).run(4, RandomStreams.trial(1, 4));
    int common = Math.min(boinTrial.sampleSize(), threeTrial.sampleSize());
    for (int k = 0; k < common; k++) {
      assertThat(threeTrial.patientDlts()[k]).isEqualTo(boinTrial.patientDlts()[k]);
    }
  }

  @Test
  void validation() {
    assertThatThrownBy(() -> FixedToxicity.of(0.1, Double.NaN)).hasMessageContaining("probabilities[1] (dose 2) = NaN");
    assertThatThrownBy(() -> FixedToxicity.of(1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new TrialRunner(boin, FixedToxicity.of(0.1, 0.2)))
        .hasMessageContaining("5 doses").hasMessageContaining("2");
    assertThat(tox.trueMtd(0.3)).isEqualTo(3);
    assertThat(tox.trueMtd(0.25)).isZero();
  }
}
