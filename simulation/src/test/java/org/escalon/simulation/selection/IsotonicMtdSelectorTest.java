package org.escalon.simulation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IsotonicMtdSelectorTest {

  private final IsotonicMtdSelector boin = IsotonicMtdSelector.of(0.3, 0.95, false, 0.05, Double.NaN, 30);

  @Test
  void selectMtdPackageExample() {
    // R BOIN::select.mtd(target = 0.3, npts = c(3,3,15,9,0), ntox = c(0,0,4,4,0)) -> MTD 3 (Yan et al. 2019, p.15)
    int[] n = {3, 3, 15, 9, 0};
    int[] y = {0, 0, 4, 4, 0};
    assertThat(boin.select(n, y)).isEqualTo(3);
    double[] raw = IsotonicMtdSelector.posteriorMeans(n, y);
    assertThat(raw[0]).isCloseTo(0.016129, within(5e-7));
    assertThat(raw[1]).isCloseTo(0.016129, within(5e-7));
    assertThat(raw[2]).isCloseTo(0.268212, within(5e-7));
    assertThat(raw[3]).isCloseTo(0.445055, within(5e-7));
    assertThat(raw[4]).isNaN();
  }

  @Test
  void eliminationIsReappliedAndDoseOneEliminatedMeansNoMtd() {
    assertThat(boin.select(new int[] {3, 3, 0}, new int[] {0, 3, 0})).isEqualTo(1);
    assertThat(boin.select(new int[] {3, 0, 0}, new int[] {3, 0, 0})).isZero();
  }

  @Test
  void tiesAfterPoolingPickHigherDoseBelowTargetLowerAbove() {
    // doses 1 and 2 pooled (2/6 then 1/6): both estimates equal; below 0.3 -> the higher dose wins
    IsotonicMtdSelector s = IsotonicMtdSelector.of(0.5, 0.95, false, 0.05, Double.NaN, 30);
    assertThat(s.select(new int[] {6, 6}, new int[] {2, 1})).isEqualTo(2);
    // above the target the lower dose wins
    IsotonicMtdSelector low = IsotonicMtdSelector.of(0.2, 0.99, false, 0.05, Double.NaN, 30);
    assertThat(low.select(new int[] {6, 6}, new int[] {3, 2})).isEqualTo(1);
  }

  @Test
  void boundMtdExcludesEstimatesAboveLambdaD() {
    IsotonicMtdSelector bound = IsotonicMtdSelector.of(0.3, 0.95, false, 0.05, 0.3585195, 30);
    // dose 2: 4/9 = 0.445 is closest to ... dose 1 0/3 is 0.016; without bound dose 2 (|0.445-0.3| < 0.284)
    assertThat(boin.select(new int[] {3, 9}, new int[] {0, 4})).isEqualTo(2);
    assertThat(bound.select(new int[] {3, 9}, new int[] {0, 4})).isEqualTo(1);
    assertThat(bound.select(new int[] {9}, new int[] {4})).isZero();
  }

  @Test
  void extrasafeReappliedAtSelection() {
    IsotonicMtdSelector safe = IsotonicMtdSelector.of(0.3, 0.95, true, 0.05, Double.NaN, 30);
    assertThat(safe.select(new int[] {3, 0}, new int[] {2, 0})).isZero();
    assertThat(boin.select(new int[] {3, 0}, new int[] {2, 0})).isEqualTo(1);
  }

  @Test
  void isotonicRegressionPoolsViolators() {
    double[] fit = IsotonicRegression.fit(new double[] {0.1, 0.5, 0.3, 0.4}, new double[] {1, 1, 3, 1});
    // 0.5 (w1) and 0.3 (w3) pool to 0.35; then 0.4 is fine
    assertThat(fit).containsExactly(new double[] {0.1, 0.35, 0.35, 0.4}, within(1e-15));
    assertThat(IsotonicRegression.fit(new double[] {3, 2, 1}, new double[] {1, 1, 1}))
        .containsExactly(new double[] {2, 2, 2}, within(1e-15));
    assertThatThrownBy(() -> IsotonicRegression.fit(new double[] {1}, new double[] {0}))
        .hasMessageContaining("weights[0] = 0.0");
  }

  @Test
  void outcomesParse() {
    PhaseOneOutcomes o = PhaseOneOutcomes.parse(" 1NNN  2ntn ");
    assertThat(o.cohorts()).hasSize(2);
    assertThat(o.n(3)).containsExactly(3, 3, 0);
    assertThat(o.y(3)).containsExactly(0, 1, 0);
    assertThat(o.lastDose()).isEqualTo(2);
    assertThat(o.toString()).isEqualTo("1NNN 2NTN");
    assertThatThrownBy(() -> PhaseOneOutcomes.parse("1NNX")).hasMessageContaining("'1NNX'");
    assertThatThrownBy(() -> PhaseOneOutcomes.parse("0NNN")).hasMessageContaining("doseLevel = 0");
    assertThatThrownBy(() -> o.n(1)).hasMessageContaining("above the 1 doses");
  }

  @Test
  void threePlusThreeRules() {
    assertThat(ThreePlusThreeMtd.variantA(new int[] {3, 6, 3}, new int[] {0, 1, 2})).isEqualTo(2);
    assertThat(ThreePlusThreeMtd.variantB(new int[] {3, 6, 3}, new int[] {0, 1, 2})).isEqualTo(2);
    assertThat(ThreePlusThreeMtd.variantA(new int[] {3, 3, 0}, new int[] {0, 2, 0})).isEqualTo(1);
    assertThat(ThreePlusThreeMtd.variantB(new int[] {3, 3, 0}, new int[] {0, 2, 0})).isZero();
  }
}
