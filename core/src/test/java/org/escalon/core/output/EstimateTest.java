package org.escalon.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void proportionHasTheBinomialStandardError() {
    // 30 of 120: p = 0.25, se = sqrt(0.25 · 0.75 / 120) = sqrt(0.0015625)
    Estimate e = Estimate.proportion(30, 120);
    assertThat(e.value()).isEqualTo(0.25);
    assertThat(e.se()).isCloseTo(0.03952847075210474, within(1e-15));
    assertThat(Estimate.proportion(0, 7).se()).isZero();
    assertThat(Estimate.proportion(7, 7).se()).isZero();
  }

  @Test
  void percentageIsTheProportionTimes100() {
    Estimate e = Estimate.percentage(1, 4);
    assertThat(e.value()).isEqualTo(25);
    assertThat(e.se()).isCloseTo(100 * Math.sqrt(3.0 / 64), within(1e-12));
  }

  @Test
  void meanUsesTheSampleVariance() {
    // 6, 15, 3, 9: mean 8.25, M2 = 5.0625 + 45.5625 + 27.5625 + 0.5625 = 78.75, s² = 26.25
    Estimate e = Estimate.mean(4, 8.25, 78.75);
    assertThat(e.value()).isEqualTo(8.25);
    assertThat(e.se()).isCloseTo(Math.sqrt(26.25 / 4), within(1e-12));
    assertThat(Estimate.mean(1, 3, 0).se()).isNaN();
    assertThat(Estimate.mean(5, 3, 0).se()).isZero();
    assertThat(Estimate.mean(5, 3, -1e-17).se()).isZero();
  }

  @Test
  void exactHasNoError() {
    assertThat(Estimate.exact(2.5)).isEqualTo(new Estimate(2.5, 0));
  }

  @Test
  void valuesAndSesOfAList() {
    List<Estimate> l = List.of(new Estimate(1, 0.1), new Estimate(2, 0.2));
    assertThat(Estimate.values(l)).containsExactly(1, 2);
    assertThat(Estimate.ses(l)).containsExactly(0.1, 0.2);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Estimate.proportion(5, 4)).hasMessage("count = 5: must be in [0, n = 4]");
    assertThatThrownBy(() -> Estimate.proportion(-1, 4)).hasMessageStartingWith("count = -1: must be");
    assertThatThrownBy(() -> Estimate.percentage(0, 0)).hasMessage("n = 0: must be >= 1");
    assertThatThrownBy(() -> Estimate.mean(0, 1, 0)).hasMessage("n = 0: must be >= 1");
    assertThatThrownBy(() -> Estimate.mean(3, 1, Double.NaN)).hasMessageStartingWith("sumSquaredDeviations = NaN");
    assertThatThrownBy(() -> new Estimate(1, -0.5)).hasMessageStartingWith("se = -0.5: must be");
    assertThatThrownBy(() -> new Estimate(1, Double.POSITIVE_INFINITY)).hasMessageStartingWith("se = Infinity");
    assertThat(new Estimate(Double.NaN, Double.NaN).se()).isNaN();
  }
}
