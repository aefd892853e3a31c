package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The exact engine refuses state spaces it cannot hold, promptly and with the numbers (issue 10). */
class ExactOcGuardTest {

  /** The case the old guard missed: 30 doses, cohorts of 10, 100 cohorts (1000 patients). */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void refusesThirtyDosesTimesAHundredCohortsOfTenWithTheNumbers() {
    EscalationDesign d = Boin.builder(0.3, 30).cohortSize(10).cohorts(100).build();
    double[] p = new double[30];
    Arrays.fill(p, 0.3);
    // the growth after the first 200,000 states projects far beyond the limit: refused at once, with the estimate
    assertThatThrownBy(() -> ExactOc.compute(d, FixedToxicity.of(p), 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need an estimated")
        .hasMessageContaining("projected after 200000 created by patient")
        .hasMessageContaining("of 1000;") // by which patient, out of the maximum
        .hasMessageContaining("by the count bound")
        .hasMessageContaining("limit = ")
        .hasMessageContaining("use Monte Carlo instead");
    // a limit below the pilot: refused when it is passed
    assertThatThrownBy(() -> ExactOc.compute(d, FixedToxicity.of(p), 0.3, 50_000))
        .hasMessageContaining("need more than 50000 trial states (50001 created by patient")
        .hasMessageContaining("limit = 50000 (maxStates = 50000");
  }

  @Test
  void theLimitIsWhatHalfTheHeapHolds() {
    StateLayout layout = new StateLayout(30, 1000);
    // 30 doses: the current dose in 5 bits and 60 counts of 10 bits, no field straddling a word: 5 counts in the
    // first word, 6 in each further one -> 1 + ceil(55 / 6) = 11 words
    assertThat(layout.words()).isEqualTo(11);
    assertThat(layout.bytesPerState()).isEqualTo(3 * (8 * 11 + 9));
    assertThat(ExactOc.stateLimit(layout, 10_000_000, 1L << 30)).isEqualTo((1L << 29) / 291);
    assertThat(ExactOc.stateLimit(layout, 100, 1L << 30)).isEqualTo(100);
  }

  @Test
  void countBoundByHand() {
    // K = 2, cohorts of 1, N = 2: after 0 cohorts 1 state; after 1 (dose 1 only) y in {0, 1}: 2;
    // after 2 (doses 1..2, current dose 1 or 2): n = (2,0) 3 y-pairs, (1,1) 4, (0,2) 3 -> 10 x 2 = 20; total 23
    assertThat(StateLayout.countBound(2, 1, 1, 2)).isEqualTo(23);
    // the bound holds for a real design: 3+3 on 3 doses reaches fewer states than it counts
    assertThat(StateLayout.countBound(3, 1, 3, 9)).isGreaterThan(1);
  }

  @Test
  void stillComputesTheUsualSizes() {
    OperatingCharacteristics oc = ExactOc.compute(Designs.boin(0.3, 5, 3, 10), Scenarios.CLASSIC, 0.3);
    assertThat(oc.exact()).isTrue();
  }

  @Test
  void targetsOutsideTheUnitIntervalAreRejected() {
    EscalationDesign d = Designs.threePlusThree(4);
    FixedToxicity t = FixedToxicity.of(0.05, 0.1, 0.2, 0.3);
    assertThatThrownBy(() -> ExactOc.compute(d, t, 5)).hasMessageStartingWith("target = 5.0: must be in (0, 1)");
    assertThatThrownBy(() -> MonteCarloOc.run(d, t, 5, new MonteCarloSettings(10, 1, 1)))
        .hasMessageStartingWith("target = 5.0: must be in (0, 1)");
    assertThat(ExactOc.compute(d, t, Double.NaN).pctAboveTrueMtd().value()).isNaN();
  }

  @Test
  void accrualRatesOutsideTheDocumentedRangeAreRejected() {
    for (double bad : new double[] {1e-300, 0.0099, 1000.5, Double.POSITIVE_INFINITY, Double.NaN, 0, -2}) {
      assertThatThrownBy(() -> new Accrual(bad, 28, false))
          .hasMessageStartingWith("patientsPerMonth = " + bad + ": must be in [0.01, 1000.0]");
    }
    assertThat(new Accrual(Accrual.MIN_PATIENTS_PER_MONTH, 28, false).ratePerDay()).isPositive();
    assertThat(new Accrual(Accrual.MAX_PATIENTS_PER_MONTH, 28, false).ratePerDay()).isPositive();
  }
}
