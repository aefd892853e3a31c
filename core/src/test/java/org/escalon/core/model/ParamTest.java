package org.escalon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameter definitions against the docs/model.md §3 table (typed in from the document, not from the code). */
class ParamTest {

  @Test
  void defaultsAreTheDocsModelMdTable() {
    Map<Param, Double> table = Map.ofEntries(
        Map.entry(Param.KA, 0.7), Map.entry(Param.TLAG, 0.5), Map.entry(Param.CL, 4.0), Map.entry(Param.V, 280.0),
        Map.entry(Param.KDEG, Math.log(2) / 12), Map.entry(Param.SMAX, 19.0), Map.entry(Param.HILL, 1.0),
        Map.entry(Param.DC50_PB, 0.10), Map.entry(Param.DC50_M, 14.0), Map.entry(Param.DC50_T, 22.0),
        Map.entry(Param.KMAX_CEM, 0.28), Map.entry(Param.D50K, 0.60), Map.entry(Param.NK, 3.0),
        Map.entry(Param.KG, 0.020), Map.entry(Param.LAMBDA, 0.011), Map.entry(Param.PSI, 0.0),
        Map.entry(Param.M0, 3.0), Map.entry(Param.KM, Math.log(2) / 21), Map.entry(Param.KP, Math.log(2) / 48),
        Map.entry(Param.KDEXMAX, 0.022), Map.entry(Param.AB50, 20.0), Map.entry(Param.KA_DEX, 1.0),
        Map.entry(Param.F_DEX, 0.8), Map.entry(Param.CL_DEX, 14.7), Map.entry(Param.V_DEX, 53.0),
        Map.entry(Param.KE0N, 0.35), Map.entry(Param.EMAX_DEX_N, 1.0), Map.entry(Param.EC50_DEX_N, 20.0),
        Map.entry(Param.CIRC0, 3.5), Map.entry(Param.MTT, 123.0), Map.entry(Param.GAMMA, 0.15),
        Map.entry(Param.EMAXN, 0.29), Map.entry(Param.D50E, 0.52), Map.entry(Param.NE, 2.3),
        Map.entry(Param.D50F, 0.55), Map.entry(Param.NF, 9.4), Map.entry(Param.PHI_F, 0.99));
    table.forEach((p, v) -> assertThat(ModelParameters.defaults().get(p)).as(p.name()).isCloseTo(v, within(1e-15)));
    Map<Param, Double> omega = Map.of(Param.CL, 0.40, Param.V, 0.30, Param.DC50_M, 0.48, Param.DC50_T, 0.8,
        Param.KMAX_CEM, 0.5, Param.KG, 0.5, Param.LAMBDA, 1.0, Param.M0, 0.5, Param.KDEXMAX, 1.0,
        Param.CIRC0, 0.35);
    omega.forEach((p, w) -> {
      assertThat(p.definition().defaultOmega()).as(p.name()).isEqualTo(w);
      assertThat(p.definition().variability()).as(p.name()).isEqualTo(Variability.LOG_NORMAL);
    });
    assertThat(Param.MTT.definition().defaultOmega()).isEqualTo(0.2);
    assertThat(Param.EMAXN.definition().variability()).isEqualTo(Variability.LOGIT_NORMAL);
    assertThat(Param.EMAXN.definition().defaultOmega()).isEqualTo(0.80);
    assertThat(Param.KA.definition().variability()).isEqualTo(Variability.NONE);
  }

  @Test
  void everyDefinitionHasUnitDescriptionAndSourceLabel() {
    for (Param p : Param.all()) {
      assertThat(p.definition().name()).isEqualTo(p.name());
      assertThat(p.definition().unit()).isNotBlank();
      assertThat(p.definition().description()).isNotBlank();
      assertThat(p.definition().source()).isNotBlank();
      assertThat(p.domain().contains(p.defaultValue())).as(p.name()).isTrue();
    }
    assertThat(Param.DC50_M.definition().source()).startsWith("calibrated");
    assertThat(Param.CL.definition().source()).startsWith("assumed");
  }

  @Test
  void ratesPerDayAreConvertedToPerHourOnceByTheirDefinition() {
    // docs/model.md gives KG, KMAX_CEM, LAMBDA, KM and KDEXMAX per day; the model's time unit is the hour
    for (Param p : new Param[] {Param.KG, Param.KMAX_CEM, Param.LAMBDA, Param.KM, Param.KDEXMAX, Param.HFN}) {
      assertThat(p.definition().unit()).isEqualTo("1/day");
      assertThat(p.definition().modelUnit()).isEqualTo("1/h");
    }
    assertThat(Param.KG.definition().inModelUnit(0.48)).isCloseTo(0.02, within(1e-17));
    assertThat(Param.KMAX_CEM.definition().inModelUnit(2.4)).isCloseTo(0.1, within(1e-17));
    // every other unit is already the model's
    assertThat(Param.CL.definition().inModelUnit(4.0)).isEqualTo(4.0);
    assertThat(Param.KDEG.definition().modelUnit()).isEqualTo("1/h");
    IndividualParameters typical = IndividualParameters.typical(ModelParameters.defaults());
    assertThat(typical.inModelUnit(Param.KG)).isCloseTo(0.020 / 24, within(1e-18));
    assertThat(typical.inModelUnit(Param.MTT)).isEqualTo(123.0);
  }

  @Test
  void byNameIsCaseInsensitiveAndWithReturnsACopy() {
    assertThat(Param.byName(" dc50_m ")).isEqualTo(Param.DC50_M);
    ModelParameters base = ModelParameters.defaults();
    ModelParameters changed = base.with(Param.MTT, 90);
    assertThat(changed.get(Param.MTT)).isEqualTo(90.0);
    assertThat(base.get(Param.MTT)).isEqualTo(123.0);
    assertThat(ModelParameters.of(Map.of(Param.MTT, 90.0))).isEqualTo(changed);
    double[] arr = changed.toArray();
    arr[Param.MTT.ordinal()] = 1;
    assertThat(changed.get(Param.MTT)).isEqualTo(90.0);
  }

  @Test
  void variabilityTransformsAreLogNormalAndLogitNormal() {
    assertThat(Variability.LOG_NORMAL.apply(4.0, Math.log(2))).isCloseTo(8.0, within(1e-14));
    assertThat(Variability.NONE.apply(4.0, 3.0)).isEqualTo(4.0);
    // logit(0.2) = −ln 4; + ln 4 → logit 0 → 0.5
    assertThat(Variability.LOGIT_NORMAL.apply(0.2, Math.log(4))).isCloseTo(0.5, within(1e-15));
    assertThat(Variability.LOGIT_NORMAL.apply(0.2, 0.0)).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void anAbsorptionLagMustStayBelowADay() {
    assertThat(Param.TLAG.check(0.0)).isZero();
    assertThat(Param.TLAG.check(23.99)).isEqualTo(23.99);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Param.TLAG.check(24.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TLAG").hasMessageContaining("[0, 24)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelParameters.defaults().with(Param.TLAG, 1e5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000");
  }
}
