package org.escalon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.escalon.core.model.ModelOptions.PkForm;
import org.escalon.core.model.ModelOptions.PkStructure;
import org.escalon.core.regimen.DosingEvent.Drug;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The composed system: baseline equilibrium and PK bookkeeping in all four structural variants. */
class PkPdSystemTest {

  static ModelOptions[] variants() {
    ModelOptions d = ModelOptions.DEFAULT;
    return new ModelOptions[] {d, d.withPkForm(PkForm.ODE), d.withPkStructure(PkStructure.TWO_COMPARTMENT),
        d.withPkStructure(PkStructure.TWO_COMPARTMENT).withPkForm(PkForm.ODE)};
  }

  private static final IndividualParameters TYPICAL = IndividualParameters.typical(ModelParameters.defaults());

  @ParameterizedTest
  @MethodSource("variants")
  void baselineIsAnEquilibriumExceptTumourGrowth(ModelOptions options) {
    PkPdSystem sys = new PkPdSystem(TYPICAL, options);
    double[] y = new double[sys.dimension()];
    sys.initialState(y);
    assertThat(y[PkPdSystem.R_PB]).isEqualTo(1.0);
    assertThat(y[PkPdSystem.MPROT]).isEqualTo(3.0);
    assertThat(y[PkPdSystem.N_CIRC]).isEqualTo(3.5);
    assertThat(y[PkPdSystem.P_CIRC]).isEqualTo(180.0);
    assertThat(sys.observedAnc(y)).isEqualTo(3.5);
    double[] dydt = new double[sys.dimension()];
    sys.computeDerivatives(0.0, y, dydt);
    for (int i = 0; i < dydt.length; i++) {
      if (i == PkPdSystem.TUM) {
        assertThat(dydt[i]).isCloseTo(0.020 / 24, within(1e-18)); // kg per hour
      } else {
        assertThat(dydt[i]).as("state %s", i).isZero();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("variants")
  void aDoseGoesToTheDepotAndDoesNotJumpTheConcentration(ModelOptions options) {
    PkPdSystem sys = new PkPdSystem(TYPICAL, options);
    double[] y = new double[sys.dimension()];
    sys.initialState(y);
    sys.dose(y, Drug.CEMSIDOMIDE, 100);
    sys.dose(y, Drug.DEXAMETHASONE, 40);
    assertThat(sys.cemsidomideConcentration(0, y)).isZero();
    assertThat(sys.dexamethasoneConcentration(0, y)).isZero();
    assertThat(sys.biophaseMg(0, y)).isEqualTo(40.0);
    assertThat(sys.maxCemsidomideConcentration(24, y)).isPositive();
    assertThatThrownBy(() -> sys.dose(y, Drug.CEMSIDOMIDE, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> sys.dose(y, Drug.DEXAMETHASONE, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }
}
