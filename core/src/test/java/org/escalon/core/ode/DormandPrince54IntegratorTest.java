package org.escalon.core.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Properties of Escalon's own {@link DormandPrince54Integrator} beyond the shared contract. */
class DormandPrince54IntegratorTest {

  private static final int DAYS = TestSystems.Friberg.DAYS;

  @Test
  void agreesWithHipparchusDormandPrince54OnFribergDayByDay() {
    final OdeTolerances tolerances = OdeTolerances.of(1e-8, 1e-10);
    final TestSystems.Friberg friberg = new TestSystems.Friberg();

    final double[][] ours = new double[DAYS][5];
    friberg.run28Days(new DormandPrince54Integrator(5, tolerances), TestSystems.Friberg.baseline(), ours);
    final double[][] hipparchus = new double[DAYS][5];
    friberg.run28Days(HipparchusIntegrator.dormandPrince54(5, tolerances), TestSystems.Friberg.baseline(),
        hipparchus);
    final double[][] reference = new double[DAYS][5];
    friberg.run28Days(HipparchusIntegrator.dormandPrince853(5, OdeTolerances.of(1e-13, 1e-15)),
        TestSystems.Friberg.baseline(), reference);

    for (int day = 0; day < DAYS; day++) {
      for (int i = 0; i < 5; i++) {
        final double ref = reference[day][i];
        assertThat(ours[day][i]).as("day %d state %d vs Hipparchus DP54", day + 1, i)
            .isCloseTo(hipparchus[day][i], within(1e-6 * Math.abs(hipparchus[day][i])));
        assertThat(ours[day][i]).as("day %d state %d vs DP853 reference", day + 1, i)
            .isCloseTo(ref, within(1e-6 * Math.abs(ref)));
      }
    }
    // The model does something: a nadir well below baseline during the 14 drug days, then recovery.
    double nadir = Double.POSITIVE_INFINITY;
    for (double[] state : reference) {
      nadir = Math.min(nadir, state[4]);
    }
    assertThat(nadir).isLessThan(0.8 * TestSystems.Friberg.CIRC0);
  }

  @Test
  void stepSizeCarriesOverBetweenSegments() {
    final TestSystems.Friberg friberg = new TestSystems.Friberg();
    final double[][] daily = new double[DAYS][5];

    final DormandPrince54Integrator carried = new DormandPrince54Integrator(5, OdeTolerances.DEFAULT);
    friberg.run28Days(carried, TestSystems.Friberg.baseline(), daily);
    final double carriedDay28 = daily[DAYS - 1][4];

    final DormandPrince54Integrator restarted = new DormandPrince54Integrator(5, OdeTolerances.DEFAULT);
    final double[] y = TestSystems.Friberg.baseline();
    for (int day = 0; day < DAYS; day++) {
      friberg.drugEffect = day < TestSystems.Friberg.DRUG_DAYS ? TestSystems.Friberg.EFFECT : 0.0;
      restarted.reset();
      restarted.integrate(friberg, 24.0 * day, y, 24.0 * (day + 1));
    }
    assertThat(carried.evaluations()).isLessThan(restarted.evaluations());
    assertThat(y[4]).isCloseTo(carriedDay28, within(1e-5 * carriedDay28));
  }

  @Test
  void evaluationCountIsOnePerCallPlusSixPerStepPlusOneForTheFirstStepGuess() {
    final TestSystems.Decay decay = new TestSystems.Decay(0.2);
    final DormandPrince54Integrator integrator = new DormandPrince54Integrator(1, OdeTolerances.DEFAULT);
    final double[] y = {1.0};
    integrator.integrate(decay, 0.0, y, 10.0);
    final long firstSteps = integrator.acceptedSteps();
    // No rejections are expected on smooth decay, so every attempted step is accepted.
    assertThat(integrator.evaluations()).isEqualTo(1 + 1 + 6 * firstSteps);
    integrator.resetCounters();
    integrator.integrate(decay, 10.0, y, 20.0);
    assertThat(integrator.evaluations()).isEqualTo(1 + 6 * integrator.acceptedSteps());
  }

  @Test
  void lastEvaluationIsExactlyAtT1() {
    final TestSystems.Polynomial system = new TestSystems.Polynomial();
    final DormandPrince54Integrator integrator =
        new DormandPrince54Integrator(2, new OdeTolerances(1e-6, 1e-9, 0.1, 1000));
    final double[] y = {0.0, 0.0};
    double t = 0.0;
    for (int i = 0; i < 50; i++) {
      final double next = t + 0.1 + 0.03 * i; // 0.1 is not representable: accumulated times are inexact
      integrator.integrate(system, t, y, next);
      assertThat(system.lastTimeSeen).isEqualTo(next);
      assertThat(system.maxTimeSeen).isLessThanOrEqualTo(next);
      t = next;
    }
  }

  @Test
  void stepUnderflowMessageGivesTimeAndStep() {
    final DormandPrince54Integrator integrator = new DormandPrince54Integrator(1, OdeTolerances.DEFAULT);
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.BlowUp(), 0.0, new double[] {1.0}, 2.0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("step size underflow")
        .hasMessageMatching("(?s).*t = (0\\.99|1\\.0).*h = .*"); // near the pole at t = 1
    assertThatThrownBy(() -> integrator.integrate(new TestSystems.NanAfterHalf(), 0.0, new double[] {1.0}, 1.0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not finite");
  }

  @Test
  void integrateAllocatesNothingAfterWarmUp() {
    final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "HotSpot ThreadMXBean not available");
    final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation accounting not supported");
    threads.setThreadAllocatedMemoryEnabled(true);

    final TestSystems.Friberg friberg = new TestSystems.Friberg();
    final DormandPrince54Integrator integrator = new DormandPrince54Integrator(5, OdeTolerances.DEFAULT);
    final double[] y = TestSystems.Friberg.baseline();
    final double[][] daily = new double[DAYS][5];
    for (int i = 0; i < 2_000; i++) { // warm-up: let the JIT compile integrate and the system
      integrator.reset();
      System.arraycopy(TestSystems.Friberg.baseline(), 0, y, 0, 5);
      friberg.run28Days(integrator, y, daily);
    }
    final double[] start = TestSystems.Friberg.baseline();
    final long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 40; i++) { // 40 × 28 = 1120 integrate calls
      integrator.reset();
      System.arraycopy(start, 0, y, 0, 5);
      friberg.run28Days(integrator, y, daily);
    }
    final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // One allocation per call would be >= 16 B × 1120 ≈ 18 KB; allow the accounting's own noise.
    assertThat(allocated).as("bytes allocated by 1120 integrate calls").isLessThan(2_048L);
  }
}
