package org.escalon.simulation.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder option rejects a bad value at once, never defaults or ignores it, with one message form
 * {@code name = value: must be …} (issue 10).
 */
class BuilderValidationTest {

  /** The four interval designs' builders for target φ and K doses. */
  static List<Function<Double, IntervalDesign.Builder<?>>> builders(int k) {
    return List.of(t -> Boin.builder(t, k), t -> I3Plus3.builder(t, k), t -> Mtpi2.builder(t, k),
        t -> Keyboard.builder(t, k));
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of("phi1 NaN", (Runnable) () -> Boin.builder(0.3, 5).phi1(Double.NaN), "phi1 = NaN: must be"),
        Arguments.of("phi2 NaN", (Runnable) () -> Boin.builder(0.3, 5).phi2(Double.NaN), "phi2 = NaN: must be"),
        Arguments.of("phi1 0", (Runnable) () -> Boin.builder(0.3, 5).phi1(0), "phi1 = 0.0: must be"),
        Arguments.of("phi1 too close", (Runnable) () -> Boin.builder(0.3, 5).phi1(0.28), "phi1 = 0.28: must be"),
        Arguments.of("phi2 1", (Runnable) () -> Boin.builder(0.3, 5).phi2(1), "phi2 = 1.0: must be"),
        Arguments.of("phi2 too close", (Runnable) () -> Boin.builder(0.3, 5).phi2(0.31), "phi2 = 0.31: must be"),
        Arguments.of("maxSampleSize -3", (Runnable) () -> Boin.builder(0.3, 5).maxSampleSize(-3),
            "maxSampleSize = -3: must be in 1..1000"),
        Arguments.of("maxSampleSize 1001", (Runnable) () -> I3Plus3.builder(0.3, 5).maxSampleSize(1001),
            "maxSampleSize = 1001: must be in 1..1000"),
        Arguments.of("target 5", (Runnable) () -> Boin.builder(5, 5), "target = 5.0: must be in [0.05, 0.6]"),
        Arguments.of("target NaN", (Runnable) () -> Keyboard.builder(Double.NaN, 5),
            "target = NaN: must be in [0.05, 0.6]"),
        Arguments.of("target 0.04", (Runnable) () -> Mtpi2.builder(0.04, 5), "target = 0.04: must be in"),
        Arguments.of("doseCount 0", (Runnable) () -> Boin.builder(0.3, 0), "doseCount = 0: must be in 1..100"),
        Arguments.of("cohortSize 0", (Runnable) () -> Boin.builder(0.3, 5).cohortSize(0),
            "cohortSize = 0: must be in 1..100"),
        Arguments.of("cohorts 0", (Runnable) () -> Boin.builder(0.3, 5).cohorts(0), "cohorts = 0: must be in 1..1000"),
        Arguments.of("cohorts x size", (Runnable) () -> Boin.builder(0.3, 5).cohortSize(10).cohorts(101).build(),
            "maxSampleSize = 1010 (cohorts × cohortSize): must be in 1..1000"),
        Arguments.of("startDose 6", (Runnable) () -> Boin.builder(0.3, 5).startDose(6), "startDose = 6: must be in 1..5"),
        Arguments.of("cutoffEli NaN", (Runnable) () -> Boin.builder(0.3, 5).cutoffEli(Double.NaN),
            "cutoffEli = NaN: must be in (0.0, 1.0)"),
        Arguments.of("cutoffEli 1", (Runnable) () -> Boin.builder(0.3, 5).cutoffEli(1), "cutoffEli = 1.0: must be"),
        Arguments.of("offset -0.1", (Runnable) () -> Boin.builder(0.3, 5).offset(-0.1), "offset = -0.1: must be"),
        Arguments.of("offset NaN", (Runnable) () -> Boin.builder(0.3, 5).offset(Double.NaN), "offset = NaN: must be"),
        Arguments.of("offset above cutoffEli", (Runnable) () -> Boin.builder(0.3, 5).cutoffEli(0.04).build(),
            "offset = 0.05: must be in [0, 0.5) and below cutoffEli (0.04)"),
        Arguments.of("nEarlyStop 0", (Runnable) () -> Boin.builder(0.3, 5).nEarlyStop(0),
            "nEarlyStop = 0: must be in 1..1000"),
        Arguments.of("eps1 NaN", (Runnable) () -> I3Plus3.builder(0.3, 5).eps1(Double.NaN), "eps1 = NaN: must be"),
        Arguments.of("eps1 = target", (Runnable) () -> Mtpi2.builder(0.3, 5).eps1(0.3), "eps1 = 0.3: must be"),
        Arguments.of("eps2 NaN", (Runnable) () -> Keyboard.builder(0.3, 5).eps2(Double.NaN), "eps2 = NaN: must be"),
        Arguments.of("eps2 = 1 - target", (Runnable) () -> Keyboard.builder(0.3, 5).eps2(0.7), "eps2 = 0.7: must be"),
        Arguments.of("titration with cohorts of 1",
            (Runnable) () -> Boin.builder(0.3, 5).cohortSize(1).titration(true).build(),
            "titration = true with cohortSize = 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void rejectsWithNameValueAndRule(String what, Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
  }

  @Test
  void eps2AloneIsCheckedAloneAtTheLowestTarget() {
    // the default eps1 (0.05) is not below target 0.05, but setting eps2 must blame eps2 only if eps2 is bad
    assertThat(I3Plus3.builder(0.05, 3).eps1(0.01).eps2(0.2).build().eps2()).isEqualTo(0.2);
    assertThatThrownBy(() -> I3Plus3.builder(0.05, 3).eps2(0.2).build()).hasMessageStartingWith("eps1 = 0.05");
  }

  @Test
  void everyBuilderBuildsWithoutACast() {
    for (Function<Double, IntervalDesign.Builder<?>> b : builders(4)) {
      IntervalDesign d = b.apply(0.25).cohorts(4).build();
      assertThat(d.maxSampleSize()).isEqualTo(12);
      assertThat(d.target()).isEqualTo(0.25);
    }
  }

  /** Any double, NaN and the infinities included, with small values in (0, 1) common. */
  @Provide
  Arbitrary<Double> anyDouble() {
    return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-0.1, 1.1))
        .edgeCases(c -> c.add(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.0,
            Double.MIN_VALUE, Double.MAX_VALUE));
  }

  /** Arbitrary doubles for the real-valued options: a valid design, or the one-line error naming the option. */
  @Property(tries = 1000)
  void arbitraryDoublesGiveADesignOrNameTheParameter(@ForAll("anyDouble") double target,
      @ForAll("anyDouble") double phi1, @ForAll("anyDouble") double phi2, @ForAll("anyDouble") double cutoffEli,
      @ForAll("anyDouble") double offset) {
    String[] names = {"target", "phi1", "phi2", "cutoffEli", "offset"};
    int step = 0;
    try {
      Boin.Builder b = Boin.builder(target, 4);
      step = 1;
      b.phi1(phi1);
      step = 2;
      b.phi2(phi2);
      step = 3;
      b.cutoffEli(cutoffEli);
      step = 4;
      b.offset(offset);
      Boin d = b.build();
      assertThat(d.phi1()).isEqualTo(phi1);
      assertThat(d.target()).isBetween(0.05, 0.6);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith(names[step] + " = ").contains(": must be").doesNotContain("\n");
    }
  }

  /** The same for the equivalence-interval margins, with plausible targets so that most cases are valid. */
  @Property(tries = 300)
  void arbitraryMarginsGiveADesignOrNameTheParameter(@ForAll @DoubleRange(min = 0.05, max = 0.6) double target,
      @ForAll("anyDouble") double eps1, @ForAll("anyDouble") double eps2) {
    List<Function<Double, EquivalenceIntervalDesign.MarginBuilder<?>>> margins =
        List.of(t -> I3Plus3.builder(t, 3), t -> Mtpi2.builder(t, 3), t -> Keyboard.builder(t, 3));
    for (Function<Double, EquivalenceIntervalDesign.MarginBuilder<?>> f : margins) {
      EquivalenceIntervalDesign.MarginBuilder<?> b = f.apply(target);
      String expected = "eps1";
      try {
        b.eps1(eps1);
        expected = "eps2";
        b.eps2(eps2);
        expected = "none";
        EquivalenceIntervalDesign d = b.build();
        assertThat(d.eps1()).isEqualTo(eps1);
        assertThat(d.eps2()).isEqualTo(eps2);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).startsWith(expected + " = ").contains(": must be");
      }
    }
  }
}
