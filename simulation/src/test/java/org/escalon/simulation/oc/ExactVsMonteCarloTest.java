package org.escalon.simulation.oc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Monte Carlo against the exact engine: every reported quantity within 4 Monte Carlo standard errors.
 *
 * <p>With ~20 quantities per case and 27 cases the chance of a false failure for a correct engine is about
 * 540 × 6.3e−5 ≈ 3 % per fresh seed; the seed is fixed, so the test is deterministic. A slack of 3·max/N (the
 * rule of three) covers quantities whose Monte Carlo estimate has standard error 0.
 */
class ExactVsMonteCarloTest {

  private static final int TRIALS = 20_000;

  static Stream<Arguments> cases() {
    List<Arguments> list = new ArrayList<>();
    for (EscalationDesign d : Scenarios.designs()) {
      for (FixedToxicity t : List.of(Scenarios.CLASSIC, Scenarios.TOXIC, Scenarios.SAFE)) {
        list.add(Arguments.of(d, t));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void monteCarloAgreesWithExact(EscalationDesign design, FixedToxicity tox) {
    OperatingCharacteristics exact = ExactOc.compute(design, tox, 0.3);
    OperatingCharacteristics mc = MonteCarloOc.run(design, tox, 0.3, MonteCarloSettings.of(TRIALS, 20240607L, 2));
    int maxN = design.maxSampleSize();
    for (int j = 0; j < tox.doseCount(); j++) {
      close("selection% dose " + (j + 1), mc.values(LevelOc::mtdSelectionPct)[j], mc.ses(LevelOc::mtdSelectionPct)[j], exact.values(LevelOc::mtdSelectionPct)[j], 100);
      close("meanN dose " + (j + 1), mc.values(LevelOc::meanN)[j], mc.ses(LevelOc::meanN)[j], exact.values(LevelOc::meanN)[j], maxN);
      close("meanDLT dose " + (j + 1), mc.values(LevelOc::meanDlt)[j], mc.ses(LevelOc::meanDlt)[j], exact.values(LevelOc::meanDlt)[j], maxN);
    }
    close("stop%", mc.noMtdPct().value(), mc.noMtdPct().se(), exact.noMtdPct().value(), 100);
    close("meanTotalN", mc.meanTotalN().value(), mc.meanTotalN().se(), exact.meanTotalN().value(), maxN);
    close("meanTotalDLT", mc.meanTotalDlt().value(), mc.meanTotalDlt().se(), exact.meanTotalDlt().value(), maxN);
    if (exact.trueMtd() > 0) {
      close("%aboveMTD", mc.pctAboveTrueMtd().value(), mc.pctAboveTrueMtd().se(), exact.pctAboveTrueMtd().value(), 100);
    }
  }

  private static void close(String what, double mc, double se, double exact, double max) {
    double tol = 4 * se + 3.0 * max / TRIALS;
    assertThat(Math.abs(mc - exact)).as("%s: MC %s ± %s vs exact %s", what, mc, se, exact).isLessThanOrEqualTo(tol);
  }
}
