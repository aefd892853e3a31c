package org.escalon.simulation.design.blrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The quadrature posterior against an independent brute-force integration and against its refined rule. */
class BlrmPosteriorTest {

  private static final double[] ISSUE_DOSES = {37.5, 50, 62.5, 75, 100, 125, 150};
  private static final double[] FIVE = {1, 2, 3, 4, 5};

  static Stream<Arguments> dataSets() {
    BlrmPrior wi25 = BlrmPrior.weaklyInformative(0.25);
    return Stream.of(
        Arguments.of("issue example", ISSUE_DOSES, 100.0, wi25, new int[] {3, 3, 3, 0, 0, 0, 0},
            new int[] {0, 0, 1, 0, 0, 0, 0}),
        Arguments.of("prior only", FIVE, 3.0, wi25, new int[5], new int[5]),
        Arguments.of("21 patients", FIVE, 3.0, wi25, new int[] {3, 6, 9, 3, 0}, new int[] {0, 1, 3, 2, 0}),
        Arguments.of("correlated prior", FIVE, 3.0, new BlrmPrior(-1, 0.3, 1.5, 0.8, 0.6),
            new int[] {3, 3, 6, 0, 0}, new int[] {0, 0, 2, 0, 0}),
        Arguments.of("negative correlation", FIVE, 2.0, new BlrmPrior(-0.5, -0.2, 2, 1, -0.7),
            new int[] {3, 3, 3, 3, 0}, new int[] {0, 1, 0, 2, 0}),
        Arguments.of("toxic first dose", FIVE, 3.0, wi25, new int[] {3, 0, 0, 0, 0}, new int[] {3, 0, 0, 0, 0}),
        Arguments.of("all safe", FIVE, 3.0, wi25, new int[] {3, 3, 3, 3, 12}, new int[] {0, 0, 0, 0, 0}),
        Arguments.of("big cohort at d*", FIVE, 3.0, BlrmPrior.weaklyInformative(0.3), new int[] {0, 0, 30, 0, 0},
            new int[] {0, 0, 8, 0, 0}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataSets")
  void intervalProbabilitiesMatchBruteForceTo1e5(
      String label, double[] doses, double ref, BlrmPrior prior, int[] n, int[] y) {
    BlrmModel model = BlrmModel.of(doses, ref, prior);
    BlrmPosterior post = BlrmPosterior.fit(model, n, y);
    BruteForcePosterior brute = new BruteForcePosterior(doses, ref, prior, n, y, 60);
    for (int j = 0; j < doses.length; j++) {
      for (double t : new double[] {0.16, 0.33}) {
        double expected = brute.probabilityBelow(j, t);
        assertThat(post.probabilityBelow(j + 1, t)).as("%s dose %d t %s", label, j + 1, t)
            .isCloseTo(expected, within(1e-5));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataSets")
  void refinedRuleAgreesTo1e6(String label, double[] doses, double ref, BlrmPrior prior, int[] n, int[] y) {
    BlrmPosterior post = BlrmPosterior.fit(BlrmModel.of(doses, ref, prior), n, y);
    assertThat(post.errorEstimate(ToxicityIntervals.DEFAULT)).as(label).isLessThan(1e-6);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataSets")
  void refinedUntilTheToleranceIsMet(String label, double[] doses, double ref, BlrmPrior prior, int[] n, int[] y) {
    BlrmModel model = BlrmModel.of(doses, ref, prior);
    BlrmPosterior tight = BlrmPosterior.fitToTolerance(model, n, y, 1e-9, ToxicityIntervals.DEFAULT);
    BlrmPosterior plain = BlrmPosterior.fit(model, n, y);
    for (int j = 1; j <= doses.length; j++) {
      assertThat(plain.probabilityBelow(j, 0.33)).as(label).isCloseTo(tight.probabilityBelow(j, 0.33), within(1e-6));
    }
  }
}
