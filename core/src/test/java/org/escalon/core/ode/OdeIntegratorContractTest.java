package org.escalon.core.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract of {@link OdeIntegrator}, run against every implementation (style rule 10). */
class OdeIntegratorContractTest {

  /** Creates an integrator for a dimension and tolerances. */
  @FunctionalInterface
  interface Factory {
    OdeIntegrator create(int dimension, OdeTolerances tolerances);
  }

  static Stream<Named<Factory>> integrators() {
    return Stream.of(
        Named.of("Escalon DormandPrince54", DormandPrince54Integrator::new),
        Named.of("Escalon Tsitouras54", Tsitouras54Integrator::new),
        Named.of("Hipparchus DormandPrince54", HipparchusIntegrator::dormandPrince54),
        Named.of("Hipparchus DormandPrince853", HipparchusIntegrator::dormandPrince853));
  }

  private static final OdeTolerances TIGHT = OdeTolerances.of(1e-10, 1e-12);

  /** Every implementation counts its work. */
  private static IntegrationCounters counters(OdeIntegrator integrator) {
    assertThat(integrator).isInstanceOf(IntegrationCounters.class);
    return (IntegrationCounters) integrator;
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void exponentialDecayMatchesExp(Factory factory) {
    final TestSystems.Decay decay = new TestSystems.Decay(0.173);
    final OdeIntegrator integrator = factory.create(1, TIGHT);
    final double[] y = {100.0};
    integrator.integrate(decay, 0.0, y, 48.0);
    final double expected = decay.exact(100.0, 48.0);
    assertThat(y[0]).isCloseTo(expected, within(1e-8 * expected));
    assertThat(counters(integrator).evaluations()).isPositive();
    assertThat(counters(integrator).acceptedSteps()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void linearTwoByTwoMatchesClosedForm(Factory factory) {
    final TestSystems.DampedRotation system = new TestSystems.DampedRotation(0.1, 1.0);
    final OdeIntegrator integrator = factory.create(2, TIGHT);
    final double[] y0 = {1.0, 0.5};
    final double[] y = y0.clone();
    integrator.integrate(system, 0.0, y, 20.0);
    final double[] expected = system.exact(y0, 20.0);
    assertThat(y[0]).isCloseTo(expected[0], within(1e-8));
    assertThat(y[1]).isCloseTo(expected[1], within(1e-8));
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void logisticMatchesClosedForm(Factory factory) {
    final TestSystems.Logistic system = new TestSystems.Logistic(0.5, 10.0);
    final OdeIntegrator integrator = factory.create(1, TIGHT);
    final double[] y = {0.1};
    for (double t = 0.0; t < 30.0; t += 5.0) {
      integrator.integrate(system, t, y, t + 5.0);
      final double expected = system.exact(0.1, t + 5.0);
      assertThat(y[0]).as("y(%s)", t + 5.0).isCloseTo(expected, within(1e-8 * expected));
    }
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void manySegmentsAgreeWithOneSegment(Factory factory) {
    final TestSystems.Logistic system = new TestSystems.Logistic(0.5, 10.0);
    final OdeTolerances tolerances = OdeTolerances.of(1e-8, 1e-10);
    final double[] one = {0.1};
    factory.create(1, tolerances).integrate(system, 0.0, one, 30.0);

    final OdeIntegrator integrator = factory.create(1, tolerances);
    final double[] many = {0.1};
    double t = 0.0;
    // Irregular segments, some much shorter than the natural step: 0.37, 0.74, ..., then a final remainder.
    for (int i = 1; t < 30.0; i++) {
      final double next = Math.min(30.0, t + 0.37 * (1 + i % 5) * (i % 7 == 0 ? 0.01 : 1.0));
      integrator.integrate(system, t, many, next);
      t = next;
    }
    assertThat(many[0]).isCloseTo(one[0], within(1e-6 * one[0]));
    assertThat(many[0]).isCloseTo(system.exact(0.1, 30.0), within(1e-6 * one[0]));
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void landsOnT1WithoutEvaluatingBeyondIt(Factory factory) {
    final TestSystems.Polynomial system = new TestSystems.Polynomial();
    final OdeIntegrator integrator = factory.create(2, new OdeTolerances(1e-6, 1e-9, 0.013, 100_000));
    final double[] y = {0.0, 0.0};
    final double t1 = 1.2345;
    integrator.integrate(system, 0.0, y, t1);
    assertThat(y[0]).isCloseTo(t1, within(1e-12));
    assertThat(y[1]).isCloseTo(0.5 * t1 * t1, within(1e-12));
    assertThat(system.maxTimeSeen).isLessThanOrEqualTo(t1);
    assertThat(counters(integrator).acceptedSteps()).isGreaterThanOrEqualTo((long) Math.ceil(t1 / 0.013));

    // Unbounded maximum step: one segment still ends on t1.
    final TestSystems.Polynomial free = new TestSystems.Polynomial();
    final double[] z = {0.0, 0.0};
    factory.create(2, new OdeTolerances(1e-6, 1e-9, Double.POSITIVE_INFINITY, 1000))
        .integrate(free, 3.0, z, 1000.25);
    assertThat(z[0]).isCloseTo(997.25, within(1e-9));
    assertThat(z[1]).isCloseTo(0.5 * (1000.25 * 1000.25 - 9.0), within(1e-6));
    assertThat(free.maxTimeSeen).isLessThanOrEqualTo(1000.25);
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void equalTimesAreANoOp(Factory factory) {
    final TestSystems.Polynomial system = new TestSystems.Polynomial();
    final OdeIntegrator integrator = factory.create(2, OdeTolerances.DEFAULT);
    final double[] y = {1.5, -2.5};
    integrator.integrate(system, 7.0, y, 7.0);
    assertThat(y).containsExactly(1.5, -2.5);
    assertThat(counters(integrator).evaluations()).isZero();
    assertThat(counters(integrator).acceptedSteps()).isZero();
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void tinySegmentIsIntegrated(Factory factory) {
    final TestSystems.Decay decay = new TestSystems.Decay(1.0);
    final OdeIntegrator integrator = factory.create(1, OdeTolerances.DEFAULT);
    final double[] y = {1.0};
    final double t0 = 1000.0;
    final double t1 = Math.nextUp(Math.nextUp(t0));
    integrator.integrate(decay, t0, y, t1);
    assertThat(y[0]).isCloseTo(decay.exact(1.0, t1 - t0), within(1e-15));
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void badArgumentsAreRejectedWithTheParameterNamed(Factory factory) {
    final TestSystems.Decay decay = new TestSystems.Decay(1.0);
    final OdeIntegrator integrator = factory.create(1, OdeTolerances.DEFAULT);
    final double[] y = {1.0};
    assertThatThrownBy(() -> integrator.integrate(decay, 2.0, y, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1").hasMessageContaining("1.0")
        .hasMessageContaining(">= t0");
    assertThatThrownBy(() -> integrator.integrate(decay, Double.NaN, y, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t0").hasMessageContaining("NaN");
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, y, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1").hasMessageContaining("finite");
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, new double[2], 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y.length").hasMessageContaining("2");
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.Polynomial(), 0.0, y, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("system.dimension()");
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, new double[] {Double.NaN}, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[0]");
    assertThatThrownBy(() -> integrator.integrate(null, 0.0, y, 1.0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("system");
    assertThatThrownBy(() -> factory.create(0, OdeTolerances.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension").hasMessageContaining("0");
    assertThat(y).containsExactly(1.0);
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void exhaustedStepBudgetIsAnIllegalStateWithTimeAndStep(Factory factory) {
    final OdeIntegrator integrator = factory.create(1, new OdeTolerances(1e-6, 1e-9, 0.01, 10));
    final double[] y = {1.0};
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.Decay(1.0), 0.0, y, 1.0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("t = ").hasMessageContaining("h = ");
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void blowUpAndNanAreIllegalStates(Factory factory) {
    final OdeIntegrator integrator = factory.create(1, OdeTolerances.DEFAULT);
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.BlowUp(), 0.0, new double[] {1.0}, 2.0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("t = ");
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.NanAfterHalf(), 0.0, new double[] {1.0}, 1.0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("t = ");
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void toleranceIsHonoured(Factory factory) {
    final TestSystems.Logistic system = new TestSystems.Logistic(0.5, 10.0);
    final double exact = system.exact(0.1, 20.0);
    final double[] rtols = {1e-3, 1e-6, 1e-9};
    final double[] errors = new double[rtols.length];
    for (int i = 0; i < rtols.length; i++) {
      final double[] y = {0.1};
      factory.create(1, OdeTolerances.of(rtols[i], 1e-2 * rtols[i])).integrate(system, 0.0, y, 20.0);
      errors[i] = Math.abs(y[0] - exact) / exact;
      // Global error within a modest multiple of the local tolerance.
      assertThat(errors[i]).as("relative error at rtol %s", rtols[i]).isLessThan(100.0 * rtols[i]);
    }
    assertThat(errors[1]).isLessThan(errors[0]);
    assertThat(errors[2]).isLessThan(errors[1]);
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void countersAndResetMakeResultsIndependentOfHistory(Factory factory) {
    final TestSystems.Friberg friberg = new TestSystems.Friberg();
    final double[][] fresh = new double[TestSystems.Friberg.DAYS][5];
    final OdeIntegrator a = factory.create(5, OdeTolerances.DEFAULT);
    friberg.run28Days(a, TestSystems.Friberg.baseline(), fresh);
    final long freshEvaluations = counters(a).evaluations();
    assertThat(freshEvaluations).isPositive();

    final OdeIntegrator b = factory.create(5, OdeTolerances.DEFAULT);
    friberg.drugEffect = 0.9;
    b.integrate(friberg, 0.0, new double[] {1.0, 2.0, 3.0, 4.0, 5.0}, 100.0);
    b.reset();
    counters(b).resetCounters();
    assertThat(counters(b).evaluations()).isZero();
    assertThat(counters(b).acceptedSteps()).isZero();
    final double[][] afterReset = new double[TestSystems.Friberg.DAYS][5];
    friberg.run28Days(b, TestSystems.Friberg.baseline(), afterReset);
    assertThat(afterReset).isDeepEqualTo(fresh);
    assertThat(counters(b).evaluations()).isEqualTo(freshEvaluations);
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void denseOutputMatchesTheClosedFormAndDoesNotChangeTheSteps(Factory factory) {
    // damped rotation over 20 h with outputs at 1.3, 2, 7.77, 19.999 and t1 itself (tolerances 1e-8 / 1e-10:
    // the interpolant is of order 4 in DP54, so its error is of the order of the local tolerance)
    final TestSystems.DampedRotation system = new TestSystems.DampedRotation(0.1, 1.0);
    final OdeTolerances tol = OdeTolerances.of(1e-8, 1e-10);
    final double[] y0 = {1.0, 0.5};
    final double[] times = {1.3, 2.0, 7.77, 19.999, 20.0, -1.0};
    final double[] rows = new double[5 * 2];
    final OdeIntegrator dense = factory.create(2, tol);
    final double[] y = y0.clone();
    dense.integrate(system, 0.0, y, 20.0, times, 5, rows);
    for (int k = 0; k < 5; k++) {
      final double[] expected = system.exact(y0, times[k]);
      assertThat(rows[2 * k]).as("y1 at %s", times[k]).isCloseTo(expected[0], within(1e-6));
      assertThat(rows[2 * k + 1]).as("y2 at %s", times[k]).isCloseTo(expected[1], within(1e-6));
    }
    assertThat(rows[8]).isEqualTo(y[0]);
    assertThat(rows[9]).isEqualTo(y[1]);

    final OdeIntegrator plain = factory.create(2, tol);
    final double[] yPlain = y0.clone();
    plain.integrate(system, 0.0, yPlain, 20.0);
    assertThat(y).containsExactly(yPlain);
    assertThat(counters(dense).evaluations()).isEqualTo(counters(plain).evaluations());
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void denseOutputTimesAreValidated(Factory factory) {
    final OdeIntegrator integrator = factory.create(1, TIGHT);
    final TestSystems.Decay decay = new TestSystems.Decay(0.1);
    final double[] rows = new double[2];
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, new double[] {1.0}, 5.0, new double[] {2.0, 1.0},
        2, rows)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outTimes");
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, new double[] {1.0}, 5.0, new double[] {6.0}, 1,
        rows)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outTimes");
    assertThatThrownBy(() -> integrator.integrate(decay, 0.0, new double[] {1.0}, 5.0, new double[] {1.0, 2.0},
        2, new double[1])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outStates");
  }

  @ParameterizedTest
  @MethodSource("integrators")
  void onlyTheIntegratedPrefixChangesAndTheTailIsSeenByTheSystem(Factory factory) {
    // y0' = −k·y0 with k = y1 (a constant state past the integrated prefix), y2 constant too
    final OdeSystem system = new OdeSystem() {
      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public int integratedDimension() {
        return 1;
      }

      @Override
      public void computeDerivatives(double t, double[] y, double[] dydtOut) {
        dydtOut[0] = -y[1] * y[0];
        dydtOut[1] = 0.0;
        dydtOut[2] = 0.0;
      }
    };
    final OdeIntegrator integrator = factory.create(3, TIGHT);
    final double[] y = {100.0, 0.173, 42.0};
    final double[] rows = new double[3];
    integrator.integrate(system, 0.0, y, 48.0, new double[] {24.0}, 1, rows);
    assertThat(y[0]).isCloseTo(100.0 * Math.exp(-0.173 * 48.0), within(1e-8 * y[0]));
    assertThat(y[1]).isEqualTo(0.173);
    assertThat(y[2]).isEqualTo(42.0);
    assertThat(rows[0]).isCloseTo(100.0 * Math.exp(-0.173 * 24.0), within(1e-7 * rows[0]));
    assertThat(rows[1]).isEqualTo(0.173);
    assertThat(rows[2]).isEqualTo(42.0);
  }
}
