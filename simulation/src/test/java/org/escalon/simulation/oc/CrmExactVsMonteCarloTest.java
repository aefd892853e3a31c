package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CRM: design-only Monte Carlo against the exact dynamic programme (whose states keep the last cohort), every
 * reported quantity within 4 Monte Carlo standard errors (plus 3·max/N for quantities with standard error 0), and
 * the exact invariants E[DLTs_j] = p_j·E[n_j], Σ selection + no-MTD = 100 %. About 30 quantities per case and 3
 * cases: a false failure of a correct engine has probability about 90 × 6.3e−5 ≈ 0.6 % for a fresh seed; the seed
 * is fixed.
 */
class CrmExactVsMonteCarloTest {

  private static final int TRIALS = 20_000;

  static Stream<Arguments> cases() {
    double[] skel = {0.08, 0.16, 0.25, 0.35, 0.46};
    FixedToxicity issue = FixedToxicity.of(0.05, 0.10, 0.25, 0.40, 0.55);
    EscalationDesign empiric = Designs.crm(0.25, CrmModel.EMPIRIC, skel, 3, 21);
    EscalationDesign logisticSafe = Crm.builder(0.25, skel).model(CrmModel.LOGISTIC).cohortSize(3).sampleSize(15)
        .stopWhenLowestTooToxic(0.9).build();
    EscalationDesign cohortsOfTwo = Crm.builder(0.3, skel).cohortSize(2).sampleSize(12).startDose(2)
        .deescalateOneLevel(true).build();
    return Stream.of(
        Arguments.of(empiric, issue, 0.25),
        Arguments.of(logisticSafe, FixedToxicity.of(0.3, 0.45, 0.55, 0.65, 0.7), 0.25),
        Arguments.of(cohortsOfTwo, FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6), 0.3));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void monteCarloAgreesWithExact(EscalationDesign design, FixedToxicity tox, double target) {
    OperatingCharacteristics exact = ExactOc.compute(design, tox, target);
    OperatingCharacteristics mc = MonteCarloOc.run(design, tox, target, MonteCarloSettings.of(TRIALS, 20261129L, 2));
    int maxN = design.maxSampleSize();
    double total = exact.noMtdPct().value();
    for (int j = 0; j < tox.doseCount(); j++) {
      close("selection% dose " + (j + 1), mc.values(LevelOc::mtdSelectionPct)[j],
          mc.ses(LevelOc::mtdSelectionPct)[j], exact.values(LevelOc::mtdSelectionPct)[j], 100);
      close("meanN dose " + (j + 1), mc.values(LevelOc::meanN)[j], mc.ses(LevelOc::meanN)[j],
          exact.values(LevelOc::meanN)[j], maxN);
      close("meanDLT dose " + (j + 1), mc.values(LevelOc::meanDlt)[j], mc.ses(LevelOc::meanDlt)[j],
          exact.values(LevelOc::meanDlt)[j], maxN);
      assertThat(exact.values(LevelOc::meanDlt)[j])
          .isCloseTo(tox.probability(j + 1) * exact.values(LevelOc::meanN)[j], within(1e-9));
      total += exact.values(LevelOc::mtdSelectionPct)[j];
    }
    assertThat(total).isCloseTo(100, within(1e-7));
    close("stop%", mc.noMtdPct().value(), mc.noMtdPct().se(), exact.noMtdPct().value(), 100);
    close("meanTotalN", mc.meanTotalN().value(), mc.meanTotalN().se(), exact.meanTotalN().value(), maxN);
    close("meanTotalDLT", mc.meanTotalDlt().value(), mc.meanTotalDlt().se(), exact.meanTotalDlt().value(), maxN);
    if (exact.trueMtd() > 0) {
      close("%aboveMTD", mc.pctAboveTrueMtd().value(), mc.pctAboveTrueMtd().se(),
          exact.pctAboveTrueMtd().value(), 100);
    }
  }

  private static void close(String what, double mc, double se, double exact, double max) {
    double tol = 4 * se + 3.0 * max / TRIALS;
    assertThat(Math.abs(mc - exact)).as("%s: MC %s ± %s vs exact %s", what, mc, se, exact).isLessThanOrEqualTo(tol);
  }
}
