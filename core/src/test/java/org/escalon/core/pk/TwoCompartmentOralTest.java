package org.escalon.core.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Two-compartment oral model: closed form against its own ODE form (independent: {@link
 * TwoCompartmentOral#derivatives} is the textbook system, integrated numerically), the disposition eigenvalues
 * against the characteristic equation, the Q → 0 limit against the one-compartment Bateman function, and the
 * degenerate cases ka = α and ka = β where the divided differences must not divide by zero.
 */
class TwoCompartmentOralTest {

  private static final double TLAG = 0.5;

  /** Two 28-day cycles of 100 µg QD d1-14: doses on study days 0-13 and 28-41. */
  private static double[] qdTwoCycles() {
    double[] times = new double[28];
    for (int i = 0; i < 14; i++) {
      times[i] = 24.0 * i;
      times[14 + i] = 24.0 * (28 + i);
    }
    return times;
  }

  /** Closed form of a dose list, by propagating the state with doses as resets (the simulator's hot path). */
  private static double[] closedForm(LinearPkModel pk, double[] doseTimes, double[] amounts, double lag,
      double[] grid) {
    int n = pk.compartments();
    double[] x = new double[n];
    double[] tmp = new double[n];
    double tState = 0;
    int next = 0;
    double[] out = new double[grid.length];
    for (int k = 0; k < grid.length; k++) {
      while (next < doseTimes.length && doseTimes[next] + lag <= grid[k]) {
        double tIn = doseTimes[next] + lag;
        pk.propagate(x, 0, tIn - tState, tmp, 0);
        System.arraycopy(tmp, 0, x, 0, n);
        tState = tIn;
        pk.addDose(x, 0, amounts[next]);
        next++;
      }
      out[k] = pk.concentrationAfter(x, 0, grid[k] - tState);
    }
    return out;
  }

  private static void assertMatchesOde(TwoCompartmentOral pk, double relTol) {
    double[] times = qdTwoCycles();
    double[] amounts = new double[times.length];
    Arrays.fill(amounts, 100.0);
    double[] grid = PkOdeReference.grid(56 * 24, 1.0);
    double[] ode = PkOdeReference.concentrations(pk, times, amounts, TLAG, grid);
    double[] closed = closedForm(pk, times, amounts, TLAG, grid);
    double cmax = Arrays.stream(ode).max().orElseThrow();
    for (int i = 0; i < grid.length; i++) {
      assertThat(closed[i]).as("t = %s h", grid[i]).isFinite()
          .isCloseTo(ode[i], within(relTol * Math.abs(ode[i]) + 1e-12 * cmax));
    }
  }

  @Test
  void eigenvaluesSolveTheCharacteristicEquation() {
    // s² + (k10 + k12 + k21)·s + k10·k21 = 0 has roots −α, −β: α + β = k10 + k12 + k21, α·β = k10·k21
    double k10 = 4.0 / 280;
    double k12 = 8.0 / 280;
    double k21 = 8.0 / 200;
    TwoCompartmentOral pk = TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 1, 1);
    assertThat(pk.alpha() + pk.beta()).isCloseTo(k10 + k12 + k21, within(1e-15));
    assertThat(pk.alpha() * pk.beta()).isCloseTo(k10 * k21, within(1e-17));
    assertThat(pk.alpha()).isGreaterThan(pk.beta());
    assertThat(pk.compartments()).isEqualTo(3);
  }

  @Test
  void closedFormEqualsOdeFormOverMultipleDoses() {
    assertMatchesOde(TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 1, 1), 1e-8);
    // fast distribution, large peripheral volume
    assertMatchesOde(TwoCompartmentOral.of(1.3, 10, 50, 40, 500, 0.6, 1), 1e-8);
  }

  @Test
  void absorptionEqualToADispositionRateStaysExact() {
    TwoCompartmentOral ref = TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 1, 1);
    // ka == β and ka == α exactly: E2(c, a, b) has two equal arguments
    assertMatchesOde(TwoCompartmentOral.of(ref.beta(), 4, 280, 8, 200, 1, 1), 1e-7);
    assertMatchesOde(TwoCompartmentOral.of(ref.alpha(), 4, 280, 8, 200, 1, 1), 1e-7);
    // and 1e-9 apart
    assertMatchesOde(TwoCompartmentOral.of(ref.beta() + 1e-9, 4, 280, 8, 200, 1, 1), 1e-7);
  }

  @Test
  void vanishingInterCompartmentalClearanceIsTheOneCompartmentModel() {
    OneCompartmentOral one = OneCompartmentOral.of(0.7, 4, 280, 1, 1);
    TwoCompartmentOral two = TwoCompartmentOral.of(0.7, 4, 280, 1e-9, 200, 1, 1);
    double[] times = qdTwoCycles();
    double[] amounts = new double[times.length];
    Arrays.fill(amounts, 100.0);
    double[] grid = PkOdeReference.grid(56 * 24, 2.0);
    double[] c2 = closedForm(two, times, amounts, TLAG, grid);
    for (int i = 0; i < grid.length; i++) {
      // the peripheral compartment takes at most Q·t/V ≈ 1e-9·1344/280 of the amount
      double c1 = one.superposition(times, amounts, TLAG, grid[i]);
      assertThat(c2[i]).as("t = %s h", grid[i]).isCloseTo(c1, within(1e-7 * c1 + 1e-15));
    }
  }

  @Test
  void doublingTheDoseDoublesTheConcentration() {
    TwoCompartmentOral pk = TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 1, 1);
    double[] times = qdTwoCycles();
    double[] a = new double[times.length];
    double[] b = new double[times.length];
    Arrays.fill(a, 100.0);
    Arrays.fill(b, 200.0);
    double[] grid = PkOdeReference.grid(56 * 24, 5.0);
    double[] ca = closedForm(pk, times, a, TLAG, grid);
    double[] cb = closedForm(pk, times, b, TLAG, grid);
    for (int i = 0; i < grid.length; i++) {
      assertThat(cb[i]).isCloseTo(2 * ca[i], within(1e-13 * cb[i] + 1e-300));
    }
  }

  @Test
  void propagationConservesMassWithoutElimination() {
    // with CL → tiny, the total amount in depot + central + peripheral is the dose
    TwoCompartmentOral pk = TwoCompartmentOral.of(0.7, 1e-12, 280, 8, 200, 1, 1);
    double[] x = {100, 0, 0};
    double[] out = new double[3];
    for (double t : new double[] {1, 10, 100, 1000}) {
      pk.propagate(x, 0, t, out, 0);
      assertThat(out[0] + out[1] + out[2]).isCloseTo(100.0, within(1e-9));
    }
    // and at distribution equilibrium the amounts split as V1 : V2 (equal concentrations)
    pk.propagate(x, 0, 5000, out, 0);
    assertThat(out[1] / 280).isCloseTo(out[2] / 200, within(1e-9));
  }

  @Test
  void maxConcentrationIsWhereTheCentralRateVanishes() {
    TwoCompartmentOral pk = TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 1, 1);
    double[] x = {100, 0, 0};
    double[] m = pk.maxConcentration(x, 0, 24);
    assertThat(m[1]).isBetween(0.0, 24.0);
    assertThat(pk.centralRateAfter(x, 0, m[1])).isCloseTo(0.0, within(1e-8));
    for (double t = 0; t <= 24; t += 0.05) {
      assertThat(pk.concentrationAfter(x, 0, t)).isLessThanOrEqualTo(m[0] * (1 + 1e-12));
    }
  }
}
