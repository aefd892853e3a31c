package org.escalon.core.pd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.escalon.core.ode.DormandPrince54Integrator;
import org.escalon.core.ode.OdeSystem;
import org.escalon.core.ode.OdeTolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IKZF turnover with stimulated degradation (docs/model.md §2B). At a constant concentration the equation is linear,
 * {@code dR/dt = kdeg·(1 − (1 + S)·R)}, with the solution {@code R(t) = R_ss + (1 − R_ss)·e^{−kdeg(1+S)t}} and
 * {@code R_ss = 1/(1 + S)}; Dmax = Smax/(1 + Smax).
 */
class IkzfDegradationTest {

  private static final double KDEG = Math.log(2) / 12;
  private static final double SMAX = 19;

  @Test
  void stimulationIsTheHillFunction() {
    // S(DC50) = Smax/2 for any Hill coefficient; S(0) = 0; S(∞) → Smax
    assertThat(IkzfDegradation.stimulation(6.0, SMAX, 6.0, 1)).isCloseTo(9.5, within(1e-14));
    assertThat(IkzfDegradation.stimulation(6.0, SMAX, 6.0, 2.5)).isCloseTo(9.5, within(1e-13));
    assertThat(IkzfDegradation.stimulation(0.0, SMAX, 6.0, 1)).isZero();
    assertThat(IkzfDegradation.stimulation(-1.0, SMAX, 6.0, 1)).isZero();
    // C = 3·DC50, h = 1: 19·3/4 = 14.25; h = 2: 19·9/10 = 17.1
    assertThat(IkzfDegradation.stimulation(18.0, SMAX, 6.0, 1)).isCloseTo(14.25, within(1e-13));
    assertThat(IkzfDegradation.stimulation(18.0, SMAX, 6.0, 2)).isCloseTo(17.1, within(1e-13));
    assertThat(IkzfDegradation.stimulation(1e15, SMAX, 6.0, 1)).isCloseTo(SMAX, within(1e-12));
  }

  @Test
  void dmaxIsSmaxOverOnePlusSmax() {
    // docs/model.md §3: Smax = 19 gives Dmax 95 %
    double rMin = IkzfDegradation.steadyState(IkzfDegradation.stimulation(1e15, SMAX, 0.1, 1));
    assertThat(1 - rMin).isCloseTo(SMAX / (1 + SMAX), within(1e-12)).isCloseTo(0.95, within(1e-12));
  }

  @Test
  void derivativeVanishesAtBaselineWithoutDrugAndAtSteadyState() {
    assertThat(IkzfDegradation.derivative(1.0, KDEG, 0.0)).isZero();
    double s = 7.3;
    assertThat(IkzfDegradation.derivative(1 / (1 + s), KDEG, s)).isCloseTo(0.0, within(1e-17));
    assertThat(IkzfDegradation.steadyState(s)).isCloseTo(1 / 8.3, within(1e-16));
  }

  @ParameterizedTest(name = "C = {0} ng/mL, DC50 = {1}")
  @CsvSource({"0.5, 6.0", "6.0, 6.0", "30, 6.0", "1.04, 0.10", "1.04, 22"})
  void integratingTheTurnoverOdeReachesOneOverOnePlusS(double c, double dc50) {
    double s = IkzfDegradation.stimulation(c, SMAX, dc50, 1);
    OdeSystem turnover = new OdeSystem() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public void computeDerivatives(double t, double[] y, double[] dydt) {
        dydt[0] = IkzfDegradation.derivative(y[0], KDEG, IkzfDegradation.stimulation(c, SMAX, dc50, 1));
      }
    };
    DormandPrince54Integrator integrator = new DormandPrince54Integrator(1, OdeTolerances.of(1e-11, 1e-14));
    double[] y = {1.0};
    // after 10 h: the closed-form transient
    integrator.integrate(turnover, 0, y, 10);
    double rss = 1 / (1 + s);
    double transientR = rss + (1 - rss) * Math.exp(-KDEG * (1 + s) * 10);
    assertThat(y[0]).isCloseTo(transientR, within(1e-9));
    // after 40 half-lives of the slowest case (kdeg·(1 + S) ≥ kdeg): steady state 1/(1 + S)
    integrator.integrate(turnover, 10, y, 12 * 40);
    assertThat(y[0]).isCloseTo(rss, within(1e-9));
  }
}
