package org.escalon.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CTCAE v5 thresholds (docs/model.md §4): a count below a threshold is that grade; the threshold itself is not. */
class ToxicityCriteriaTest {

  private final ToxicityCriteria ctcae = ToxicityCriteria.CTCAE;

  @Test
  void neutropeniaGrades() {
    assertThat(ctcae.neutropeniaGrade(3.5)).isZero();
    assertThat(ctcae.neutropeniaGrade(2.0)).isZero();
    assertThat(ctcae.neutropeniaGrade(1.99)).isEqualTo(1);
    assertThat(ctcae.neutropeniaGrade(1.5)).isEqualTo(1);
    assertThat(ctcae.neutropeniaGrade(1.49)).isEqualTo(2);
    assertThat(ctcae.neutropeniaGrade(1.0)).isEqualTo(2);
    assertThat(ctcae.neutropeniaGrade(0.99)).isEqualTo(3);
    assertThat(ctcae.neutropeniaGrade(0.5)).isEqualTo(3);
    assertThat(ctcae.neutropeniaGrade(0.49)).isEqualTo(4);
    assertThat(ctcae.neutropeniaGrade(0.0)).isEqualTo(4);
  }

  @Test
  void thrombocytopeniaGrades() {
    assertThat(ctcae.thrombocytopeniaGrade(180)).isZero();
    assertThat(ctcae.thrombocytopeniaGrade(149)).isEqualTo(1);
    assertThat(ctcae.thrombocytopeniaGrade(74)).isEqualTo(2);
    assertThat(ctcae.thrombocytopeniaGrade(49)).isEqualTo(3);
    assertThat(ctcae.thrombocytopeniaGrade(25)).isEqualTo(3);
    assertThat(ctcae.thrombocytopeniaGrade(24.9)).isEqualTo(4);
  }
}
