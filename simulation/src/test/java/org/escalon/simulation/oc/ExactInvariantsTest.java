package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/** Identities that hold exactly, and 3+3 variant A against its closed form (docs/designs.md). */
class ExactInvariantsTest {

  @Test
  void expectedDltsEqualProbabilityTimesExpectedPatientsAndPercentagesSumTo100() {
    for (EscalationDesign d : Scenarios.designs()) {
      for (FixedToxicity t : List.of(Scenarios.CLASSIC, Scenarios.TOXIC, Scenarios.SAFE)) {
        OperatingCharacteristics oc = ExactOc.compute(d, t, 0.3);
        double sum = oc.noMtdPct().value();
        double totalN = 0;
        double totalY = 0;
        for (int j = 0; j < t.doseCount(); j++) {
          assertThat(oc.values(LevelOc::meanDlt)[j]).as("%s E[DLT_%d]", d, j + 1)
              .isCloseTo(t.probability(j + 1) * oc.values(LevelOc::meanN)[j], within(1e-12));
          sum += oc.values(LevelOc::mtdSelectionPct)[j];
          totalN += oc.values(LevelOc::meanN)[j];
          totalY += oc.values(LevelOc::meanDlt)[j];
        }
        assertThat(sum).as("%s selection + stop", d).isCloseTo(100, within(1e-9));
        assertThat(oc.meanTotalN().value()).isCloseTo(totalN, within(1e-9));
        assertThat(oc.meanTotalDlt().value()).isCloseTo(totalY, within(1e-9));
        assertThat(oc.meanTotalN().value()).isLessThanOrEqualTo(d.maxSampleSize() + 1e-9);
      }
    }
  }

  @Test
  void threePlusThreeVariantAMatchesClosedForm() {
    double[][] scenarios = {
      {0.05, 0.15, 0.3, 0.45, 0.6}, {0.1, 0.2, 0.25, 0.35, 0.5}, {0.4, 0.5, 0.6, 0.7, 0.8}, {0, 0, 0, 0, 0},
      {0.01, 0.02, 0.03}
    };
    for (double[] p : scenarios) {
      int k = p.length;
      OperatingCharacteristics oc = ExactOc.compute(Designs.threePlusThree(k), FixedToxicity.of(p), Double.NaN);
      double[] e = new double[k];
      for (int j = 0; j < k; j++) {
        double q = 1 - p[j];
        e[j] = q * q * q + 3 * p[j] * Math.pow(q, 5);
      }
      assertThat(oc.noMtdPct().value()).isCloseTo(100 * (1 - e[0]), within(1e-10));
      double reach = 1; // product of e_i for i < j
      for (int j = 0; j < k; j++) {
        double q = 1 - p[j];
        assertThat(oc.values(LevelOc::meanN)[j]).as("E[n_%d]", j + 1).isCloseTo(reach * 3 * (1 + 3 * p[j] * q * q), within(1e-10));
        double passJ = reach * e[j];
        double selected = j + 1 < k ? passJ * (1 - e[j + 1]) : passJ;
        assertThat(oc.values(LevelOc::mtdSelectionPct)[j]).as("P(MTD=%d)", j + 1).isCloseTo(100 * selected, within(1e-10));
        reach = passJ;
      }
    }
  }

  @Test
  void refusesDesignsWithTooManyStates() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ExactOc.compute(Designs.boin(0.3, 5, 3, 10), Scenarios.CLASSIC, 0.3, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 100 trial states");
  }

  @Test
  void exactIsFastEnoughForTheIssueSize() {
    // not a speed assertion, only that 5 doses x 10 cohorts of 3 runs (timings are in the JMH benchmark)
    OperatingCharacteristics oc = ExactOc.compute(Designs.boin(0.3, 5, 3, 10), Scenarios.CLASSIC, 0.3);
    assertThat(oc.exact()).isTrue();
    assertThat(oc.trueMtd()).isEqualTo(3);
  }
}
