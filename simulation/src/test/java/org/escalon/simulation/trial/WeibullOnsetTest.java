package org.escalon.simulation.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The Weibull time to DLT against its two defining conditions (TITEgBOIN's): P(T ≤ W) = p and
 * P(T ≤ (1 − α2)·W) = (1 − α1)·p; the conditional onset against the CDF; the design-only source's onsets.
 */
class WeibullOnsetTest {

  @Test
  void theDistributionMeetsBothDefiningConditions() {
    for (double p : new double[] {0.01, 0.05, 0.3, 0.6, 0.95, 0.999}) {
      for (double[] a : new double[][] {{0.5, 0.5}, {0.7, 0.3}, {0.2, 0.6}}) {
        WeibullOnset w = new WeibullOnset(p, 28, a[0], a[1]);
        assertThat(w.cdf(28)).as("p %s", p).isCloseTo(p, within(1e-12));
        assertThat(w.cdf((1 - a[1]) * 28)).as("p %s α %s", p, a[0]).isCloseTo((1 - a[0]) * p, within(1e-12));
        assertThat(w.shape()).isPositive();
      }
    }
  }

  @Test
  void theOnsetGivenADltIsTheConditionalQuantile() {
    WeibullOnset w = WeibullOnset.of(0.3, 28);
    for (double u : new double[] {0, 1e-9, 0.1, 0.5, 0.9, 0.999999}) {
      double t = w.dayGivenDlt(u);
      assertThat(t).isBetween(0.0, 28.0);
      assertThat(w.cdf(t) / 0.3).as("u %s", u).isCloseTo(u, within(1e-12));
    }
    // half the DLTs in each half of the window: u = 0.5 is the middle of the window
    assertThat(w.dayGivenDlt(0.5)).isCloseTo(14.0, within(1e-9));
    // p = 1: the limit is a point mass at (1 − α2)·W
    assertThat(new WeibullOnset(1, 28, 0.5, 0.25).dayGivenDlt(0.3)).isEqualTo(21.0);
    assertThatThrownBy(() -> WeibullOnset.of(0, 28).dayGivenDlt(0.5)).hasMessageContaining("p = 0");
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> WeibullOnset.of(1.5, 28)).hasMessageContaining("p = 1.5");
    assertThatThrownBy(() -> WeibullOnset.of(0.3, 0)).hasMessageContaining("windowDays = 0");
    assertThatThrownBy(() -> new WeibullOnset(0.3, 28, 0, 0.5)).hasMessageContaining("alpha1 = 0");
    assertThatThrownBy(() -> new WeibullOnset(0.3, 28, 0.5, 1)).hasMessageContaining("alpha2 = 1");
    assertThatThrownBy(() -> new FixedOutcomeSource(new double[] {0.1}, new double[] {0.1}, 28, 0.5, Double.NaN))
        .hasMessageContaining("alpha2 = NaN");
  }

  @Test
  void theDesignOnlySourceDatesItsDltsByTheWeibullAndItsResponsesAtTheWindowEnd() {
    double p = 0.4;
    FixedOutcomeSource src = new FixedOutcomeSource(new double[] {p}, new double[] {0.5}, 21, 0.5, 0.5);
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11L);
    PatientOutcomeSource.TrialPatients pts = src.forTrial(0, rng);
    int n = 40_000;
    int dlts = 0;
    int early = 0;
    for (int k = 0; k < n; k++) {
      PatientOutcome o = pts.outcome(k, 1);
      if (o.dlt()) {
        dlts++;
        assertThat(o.dltDay()).isBetween(0.0, 21.0);
        if (o.dltDay() <= 10.5) {
          early++;
        }
      } else {
        assertThat(o.dltDay()).isNaN();
      }
      if (o.response()) {
        assertThat(o.responseDay()).isEqualTo(21.0);
      }
    }
    double se = Math.sqrt(p * (1 - p) / n);
    assertThat((double) dlts / n).isCloseTo(p, within(4 * se));
    assertThat((double) early / dlts).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / dlts)));
  }
}
