package org.escalon.simulation.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.escalon.core.internal.RandomStreams;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import org.escalon.simulation.trial.TrialResult;
import org.escalon.simulation.trial.TrialRunner;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private final EscalationDesign boin = Designs.boin(0.3, 5, 3, 10);
  private final FixedToxicity tox = FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6);

  @Test
  void sameSeedSameResultsWithOneTwoAndThreeThreads() {
    MonteCarloSettings s = MonteCarloSettings.of(3_001, 42, 1);
    OperatingCharacteristics one = MonteCarloOc.run(boin, tox, 0.3, s);
    OperatingCharacteristics two = MonteCarloOc.run(boin, tox, 0.3, s.withThreads(2));
    OperatingCharacteristics three = MonteCarloOc.run(boin, tox, 0.3, s.withThreads(3));
    assertThat(two).isEqualTo(one);
    assertThat(three).isEqualTo(one);
    assertThat(Double.doubleToRawLongBits(two.pctAboveTrueMtd().value())).isEqualTo(Double.doubleToRawLongBits(one.pctAboveTrueMtd().value()));
    OperatingCharacteristics other = MonteCarloOc.run(boin, tox, 0.3, MonteCarloSettings.of(3_001, 43, 2));
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void trialStreamDependsOnSeedAndIndexOnly() {
    TrialRunner runner = new TrialRunner(boin, tox);
    TrialResult a = runner.run(17, RandomStreams.trial(5, 17));
    runner.run(3, RandomStreams.trial(5, 3));
    TrialResult b = new TrialRunner(boin, tox).run(17, RandomStreams.trial(5, 17));
    assertThat(b).isEqualTo(a);
    assertThat(RandomStreams.trial(5, 1).nextLong()).isNotEqualTo(RandomStreams.trial(5, 2).nextLong());
    assertThat(RandomStreams.trial(5, 1).nextLong()).isNotEqualTo(RandomStreams.trial(6, 1).nextLong());
  }

  @Test
  void settingsValidate() {
    assertThatThrownBy(() -> MonteCarloSettings.of(0, 1, 1)).hasMessageContaining("trials = 0");
    assertThatThrownBy(() -> MonteCarloSettings.of(10, 1, 0)).hasMessageContaining("threads = 0");
    assertThatThrownBy(() -> RandomStreams.trial(1, -1)).hasMessageContaining("trialIndex = -1");
  }
}
