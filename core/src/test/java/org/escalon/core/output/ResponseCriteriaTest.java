package org.escalon.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IMWG on serum M-protein (Kumar et al. 2016, Lancet Oncol 17:e328; docs/model.md §4), baseline 3.0 g/dL. */
class ResponseCriteriaTest {

  private final ResponseCriteria imwg = ResponseCriteria.IMWG;

  @Test
  void categoriesByReductionFromBaseline() {
    assertThat(imwg.categorise(0.3, 3.0)).isEqualTo(ImwgResponse.VGPR); // −90 %
    assertThat(imwg.categorise(0.31, 3.0)).isEqualTo(ImwgResponse.PR); // −89.7 %
    assertThat(imwg.categorise(1.5, 3.0)).isEqualTo(ImwgResponse.PR); // −50 %
    assertThat(imwg.categorise(1.51, 3.0)).isEqualTo(ImwgResponse.MR);
    assertThat(imwg.categorise(2.25, 3.0)).isEqualTo(ImwgResponse.MR); // −25 %
    assertThat(imwg.categorise(2.26, 3.0)).isEqualTo(ImwgResponse.SD);
    assertThat(imwg.categorise(3.6, 3.0)).isEqualTo(ImwgResponse.SD); // a rise is not PD by itself
  }

  @Test
  void progressionNeedsBothTheRelativeAndTheAbsoluteRiseAboveNadir() {
    assertThat(imwg.isProgression(1.5, 1.0)).isTrue(); // +50 %, +0.5 g/dL
    assertThat(imwg.isProgression(1.49, 1.0)).isFalse(); // +0.49 g/dL only
    assertThat(imwg.isProgression(3.74, 3.0)).isFalse(); // +24.7 %
    assertThat(imwg.isProgression(3.75, 3.0)).isTrue(); // +25 %, +0.75 g/dL
    assertThat(imwg.isProgression(0.5, 0.2)).isFalse(); // +150 % but +0.3 g/dL
  }

  @Test
  void responseOrderingAndRates() {
    assertThat(ImwgResponse.worse(ImwgResponse.PR, ImwgResponse.VGPR)).isEqualTo(ImwgResponse.PR);
    assertThat(ImwgResponse.worse(ImwgResponse.SD, ImwgResponse.PR)).isEqualTo(ImwgResponse.SD);
    assertThat(ImwgResponse.PR.isObjectiveResponse()).isTrue();
    assertThat(ImwgResponse.MR.isObjectiveResponse()).isFalse();
    assertThat(ImwgResponse.MR.isClinicalBenefit()).isTrue();
    assertThat(ImwgResponse.SD.isClinicalBenefit()).isFalse();
    assertThat(ImwgResponse.NE.isClinicalBenefit()).isFalse();
  }

  @Test
  void bestResponseNeedsTwoConsecutiveAssessments() {
    ImwgResponse[] c = {ImwgResponse.PR, ImwgResponse.VGPR, ImwgResponse.VGPR, ImwgResponse.MR};
    assertThat(ImwgResponse.bestConfirmed(c, 4, false)).isEqualTo(ImwgResponse.VGPR);
    assertThat(ImwgResponse.bestConfirmed(c, 2, false)).isEqualTo(ImwgResponse.PR);
    assertThat(ImwgResponse.bestConfirmed(c, 1, false)).isEqualTo(ImwgResponse.NE);
    ImwgResponse[] progressing = {ImwgResponse.PR, ImwgResponse.PD};
    assertThat(ImwgResponse.bestConfirmed(progressing, 2, true)).isEqualTo(ImwgResponse.PD);
    ImwgResponse[] afterResponse = {ImwgResponse.PR, ImwgResponse.PR, ImwgResponse.PD};
    assertThat(ImwgResponse.bestConfirmed(afterResponse, 3, true)).isEqualTo(ImwgResponse.PR);
  }
}
