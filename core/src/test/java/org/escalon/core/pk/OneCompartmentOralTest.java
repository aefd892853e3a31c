package org.escalon.core.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * One-compartment oral model against the Bateman function written out by hand,
 *
 * <pre>
 *   C(t) = scale·F·D·ka / (V·(ka − k)) · (e^{−k·t} − e^{−ka·t}),   k = CL/V
 * </pre>
 *
 * its ka = k limit {@code scale·F·D·k·t·e^{−k·t}/V}, the ODE form, and textbook steady-state results
 * (Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., ch. 3: C_ss,avg = F·D/(CL·τ), accumulation 1/(1 − e^{−kτ})).
 */
class OneCompartmentOralTest {

  // docs/model.md §3 cemsidomide typical values
  private static final double KA = 0.7;
  private static final double CL = 4.0;
  private static final double V = 280.0;
  private static final double K = CL / V;
  private static final double TLAG = 0.5;

  private static final OneCompartmentOral CEM = OneCompartmentOral.of(KA, CL, V, 1.0, 1.0);

  /** The Bateman function, by hand. */
  private static double bateman(double f, double dose, double ka, double k, double v, double scale, double t) {
    if (t <= 0) {
      return 0.0;
    }
    return scale * f * dose * ka / (v * (ka - k)) * (Math.exp(-k * t) - Math.exp(-ka * t));
  }

  private static double[] singleDose(LinearPkModel pk, double amount) {
    double[] x = new double[pk.compartments()];
    pk.addDose(x, 0, amount);
    return x;
  }

  @Test
  void exposesRateConstants() {
    assertThat(CEM.k()).isCloseTo(4.0 / 280.0, within(1e-17));
    assertThat(CEM.ka()).isEqualTo(0.7);
    assertThat(CEM.compartments()).isEqualTo(2);
    assertThat(CEM.centralVolumeL()).isEqualTo(280.0);
  }

  @Test
  void singleDoseConcentrationAfterIsTheBatemanFunction() {
    double[] x = singleDose(CEM, 100.0);
    for (double t : new double[] {0.0, 0.25, 1, 3, 5.6756, 12, 24, 72, 240, 672}) {
      double expected = bateman(1.0, 100.0, KA, K, V, 1.0, t);
      assertThat(CEM.concentrationAfter(x, 0, t)).as("t = %s h", t)
          .isCloseTo(expected, within(1e-13 * Math.max(expected, 1e-300) + 1e-300));
    }
  }

  @Test
  void dexamethasoneUnitsAndBioavailability() {
    // dexamethasone: ka 1/h, F 0.8, CL 14.7 L/h, V 53 L, dose in mg, concentration in ng/mL (1 mg/L = 1000 ng/mL)
    OneCompartmentOral dex = OneCompartmentOral.of(1.0, 14.7, 53, 0.8, 1000);
    double[] x = singleDose(dex, 40.0);
    assertThat(x[0]).isCloseTo(32.0, within(1e-12)); // F·D enters the depot
    for (double t : new double[] {0.5, 2, 6, 24}) {
      double expected = bateman(0.8, 40.0, 1.0, 14.7 / 53, 53, 1000, t);
      assertThat(dex.concentrationAfter(x, 0, t)).isCloseTo(expected, within(1e-12 * expected));
    }
  }

  @Test
  void propagateGivesDepotAndCentralAmounts() {
    double[] x = {100.0, 30.0};
    double[] out = new double[2];
    double t = 7.5;
    CEM.propagate(x, 0, t, out, 0);
    double depot = 100.0 * Math.exp(-KA * t);
    // central: decay of what was there plus the Bateman amount of the depot content
    double central = 30.0 * Math.exp(-K * t) + V * bateman(1.0, 100.0, KA, K, V, 1.0, t);
    assertThat(out[0]).isCloseTo(depot, within(1e-12 * depot));
    assertThat(out[1]).isCloseTo(central, within(1e-12 * central));
    assertThat(CEM.concentrationAfter(x, 0, t)).isCloseTo(central / V, within(1e-12 * central / V));
  }

  @Test
  void propagationIsAFlow() {
    // exact solution of a linear autonomous ODE: propagating by s then by t equals propagating by s + t
    double[] x = {100.0, 40.0};
    double[] a = new double[2];
    double[] b = new double[2];
    double[] direct = new double[2];
    CEM.propagate(x, 0, 3.3, a, 0);
    CEM.propagate(a, 0, 20.7, b, 0);
    CEM.propagate(x, 0, 24.0, direct, 0);
    assertThat(b[0]).isCloseTo(direct[0], within(1e-12 * direct[0]));
    assertThat(b[1]).isCloseTo(direct[1], within(1e-12 * direct[1]));
  }

  @Test
  void superpositionIsTheSumOfBatemanFunctionsAndMatchesPropagation() {
    double[] times = PkOdeReference.dailyDoseTimes(0, 1, 2, 3, 4, 7, 8);
    double[] amounts = {100, 100, 50, 100, 100, 75, 100};
    // hot path: propagate the state day by day with the dose as a state reset at t_dose + lag
    double[] x = new double[2];
    double[] tmp = new double[2];
    double tState = 0;
    int next = 0;
    for (double t = 0; t <= 240; t += 1.7) {
      while (next < times.length && times[next] + TLAG <= t) {
        double tIn = times[next] + TLAG;
        CEM.propagate(x, 0, tIn - tState, tmp, 0);
        System.arraycopy(tmp, 0, x, 0, 2);
        tState = tIn;
        CEM.addDose(x, 0, amounts[next]);
        next++;
      }
      double hand = 0;
      for (int i = 0; i < times.length; i++) {
        hand += bateman(1.0, amounts[i], KA, K, V, 1.0, t - times[i] - TLAG);
      }
      double tol = 1e-12 * hand + 1e-300;
      assertThat(CEM.superposition(times, amounts, TLAG, t)).as("t = %s", t).isCloseTo(hand, within(tol));
      assertThat(CEM.concentrationAfter(x, 0, t - tState)).as("t = %s", t).isCloseTo(hand, within(tol));
    }
  }

  @Test
  void kaEqualToKGivesTheLimitWithoutNaN() {
    // ka == k exactly: the Bateman formula is 0/0; its limit is F·D·k·t·e^{−k·t}/V
    OneCompartmentOral equal = OneCompartmentOral.of(0.7, 0.7 * 280, 280, 1.0, 1.0);
    assertThat(equal.k()).isEqualTo(equal.ka());
    OneCompartmentOral near = OneCompartmentOral.of(0.7 + 1e-9, 0.7 * 280, 280, 1.0, 1.0);
    double[] x = singleDose(equal, 100.0);
    for (double t : new double[] {0.1, 1, 1.0 / 0.7, 5, 24, 100}) {
      double limit = 100.0 * 0.7 * t * Math.exp(-0.7 * t) / 280;
      double cEqual = equal.concentrationAfter(x, 0, t);
      double cNear = near.concentrationAfter(x, 0, t);
      double cSup = equal.superposition(new double[] {0}, new double[] {100}, 0, t);
      assertThat(cEqual).as("ka == k, t = %s", t).isFinite().isCloseTo(limit, within(1e-13 * limit));
      assertThat(cSup).isFinite().isCloseTo(limit, within(1e-13 * limit));
      // 1e-9 apart: the exact value differs from the limit by a relative O(1e-9·t); the naive formula would lose
      // about seven digits to cancellation
      assertThat(cNear).as("ka ≈ k, t = %s", t).isFinite().isCloseTo(limit, within(1e-7 * limit));
      double[] out = new double[2];
      near.propagate(x, 0, t, out, 0);
      assertThat(out[1] / 280).isFinite().isCloseTo(limit, within(1e-7 * limit));
      assertThat(near.centralRateAfter(x, 0, t)).isFinite();
    }
  }

  @Test
  void longIntervalsNeitherOverflowNorGiveNaN() {
    // regression: e^{−ka·τ}·expm1((ka − k)·τ) overflowed to ∞ (τ ≳ 1035 h) and then 0·∞ = NaN (τ ≳ 1065 h)
    double[] x = singleDose(CEM, 100.0);
    for (double t : new double[] {1000, 1040, 1100, 2000, 1e5}) {
      double expected = bateman(1.0, 100.0, KA, K, V, 1.0, t);
      assertThat(CEM.concentrationAfter(x, 0, t)).as("t = %s h", t)
          .isCloseTo(expected, within(1e-12 * expected + 1e-300));
      assertThat(CEM.superposition(new double[] {0}, new double[] {100}, 0, t)).as("t = %s h", t)
          .isCloseTo(expected, within(1e-12 * expected + 1e-300));
    }
  }

  @Test
  void closedFormEqualsOdeFormOverMultipleDoses() {
    // two 28-day cycles of 100 µg QD d1-14 (doses on study days 0-13 and 28-41), lag 0.5 h
    double[] times = new double[28];
    double[] amounts = new double[28];
    for (int i = 0; i < 14; i++) {
      times[i] = 24.0 * i;
      times[14 + i] = 24.0 * (28 + i);
    }
    java.util.Arrays.fill(amounts, 100.0);
    double[] grid = PkOdeReference.grid(56 * 24, 1.0);
    double[] ode = PkOdeReference.concentrations(CEM, times, amounts, TLAG, grid);
    double cmax = 0;
    for (double c : ode) {
      cmax = Math.max(cmax, c);
    }
    for (int i = 0; i < grid.length; i++) {
      double closed = CEM.superposition(times, amounts, TLAG, grid[i]);
      assertThat(closed).as("t = %s h", grid[i]).isCloseTo(ode[i], within(1e-8 * Math.abs(ode[i]) + 1e-12 * cmax));
    }
  }

  @Test
  void doublingTheDoseDoublesTheConcentration() {
    double[] times = PkOdeReference.dailyDoseTimes(0, 1, 2, 3, 4, 5, 6);
    double[] d100 = {100, 100, 100, 100, 100, 100, 100};
    double[] d200 = {200, 200, 200, 200, 200, 200, 200};
    for (double t = 0.6; t < 400; t += 3.1) {
      double c1 = CEM.superposition(times, d100, TLAG, t);
      double c2 = CEM.superposition(times, d200, TLAG, t);
      assertThat(c2).isCloseTo(2 * c1, within(1e-14 * c2));
    }
    double[] x1 = singleDose(CEM, 100);
    double[] x2 = singleDose(CEM, 200);
    assertThat(CEM.concentrationAfter(x2, 0, 10)).isCloseTo(2 * CEM.concentrationAfter(x1, 0, 10),
        within(1e-14));
  }

  @Test
  void steadyStateAverageConcentrationIsFDoseOverClTau() {
    // 60 daily doses: the remaining approach to steady state is e^{−k·24·59} ≈ 2e-9
    int n = 60;
    double[] times = new double[n];
    double[] amounts = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = 24.0 * i;
      amounts[i] = 100.0;
    }
    double t0 = 24.0 * (n - 1);
    // AUC over the last dosing interval by Simpson's rule, split at the absorption start (a kink in C)
    double auc = simpson(t -> CEM.superposition(times, amounts, TLAG, t), t0, t0 + TLAG, 50)
        + simpson(t -> CEM.superposition(times, amounts, TLAG, t), t0 + TLAG, t0 + 24, 4700);
    double cavg = auc / 24.0;
    double expected = 1.0 * 100.0 / (CL * 24.0); // F·Dose/(CL·τ) = 1.0417 ng/mL (docs/model.md: 1.04 at 100 µg)
    assertThat(expected).isCloseTo(1.04, within(0.005));
    assertThat(cavg).isCloseTo(expected, within(1e-7 * expected));
  }

  @Test
  void accumulationRatioIsOneOverOneMinusExpMinusKTau() {
    int n = 60;
    double[] times = new double[n];
    double[] amounts = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = 24.0 * i;
      amounts[i] = 100.0;
    }
    // trough (24 h after a dose): single dose vs steady state. The absorption term e^{−ka·23.5} ≈ 7e-8 is the
    // only deviation from the terminal-phase ratio.
    double single = CEM.superposition(new double[] {0}, new double[] {100}, TLAG, 24.0);
    double ss = CEM.superposition(times, amounts, TLAG, 24.0 * n);
    double expected = 1.0 / (1.0 - Math.exp(-K * 24.0)); // 3.445 (docs/model.md: about 3.4)
    assertThat(expected).isCloseTo(3.4, within(0.05));
    assertThat(ss / single).isCloseTo(expected, within(1e-6 * expected));
    // half-life ln2/k = 48.5 h (docs/model.md §3)
    assertThat(Math.log(2) / CEM.k()).isCloseTo(48.5, within(0.05));
  }

  @Test
  void maxConcentrationOfASingleDoseIsAtTheAnalyticTmax() {
    double[] x = singleDose(CEM, 100.0);
    double tmax = Math.log(KA / K) / (KA - K); // dC/dt = 0  ⇔  ka·e^{−ka·t} = k·e^{−k·t}
    double cmax = 100.0 / V * Math.exp(-K * tmax); // at tmax the Bateman function reduces to (F·D/V)·e^{−k·tmax}
    double[] m = CEM.maxConcentration(x, 0, 24.0);
    assertThat(m[1]).isCloseTo(tmax, within(1e-6));
    assertThat(m[0]).isCloseTo(cmax, within(1e-12 * cmax));
    // an interval that ends before tmax: the maximum is at its end
    double[] early = CEM.maxConcentration(x, 0, 2.0);
    assertThat(early[1]).isEqualTo(2.0);
    assertThat(early[0]).isCloseTo(bateman(1, 100, KA, K, V, 1, 2.0), within(1e-14));
    // nothing left to absorb: the concentration only falls, so the maximum is at the start
    double[] falling = CEM.maxConcentration(new double[] {0.0, 50.0}, 0, 24.0);
    assertThat(falling).containsExactly(50.0 / V, 0.0);
  }

  static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int halfIntervals) {
    int n = 2 * halfIntervals;
    double h = (b - a) / n;
    double s = f.applyAsDouble(a) + f.applyAsDouble(b);
    for (int i = 1; i < n; i++) {
      s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
    }
    return s * h / 3;
  }
}
