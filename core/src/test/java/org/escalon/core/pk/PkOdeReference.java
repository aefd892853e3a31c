package org.escalon.core.pk;

import java.util.Arrays;
import org.escalon.core.ode.DormandPrince54Integrator;
import org.escalon.core.ode.OdeSystem;
import org.escalon.core.ode.OdeTolerances;

/**
 * Reference solution of a {@link LinearPkModel} in its ODE form: {@link LinearPkModel#derivatives} integrated
 * with the Dormand–Prince 5(4) integrator at a tight tolerance, every dose a state reset of the depot at
 * {@code t_dose + lag}. Used to check the closed form independently of its own algebra.
 */
final class PkOdeReference {

  private PkOdeReference() {}

  static final OdeTolerances TIGHT = new OdeTolerances(1e-11, 1e-14, 1.0, 1_000_000);

  /**
   * Concentrations at {@code outputTimesH} (increasing) of doses {@code amounts} taken at {@code doseTimesH}
   * (increasing), each entering the depot after {@code lagH}.
   */
  static double[] concentrations(LinearPkModel pk, double[] doseTimesH, double[] amounts, double lagH,
      double[] outputTimesH) {
    int n = pk.compartments();
    OdeSystem sys = new OdeSystem() {
      @Override
      public int dimension() {
        return n;
      }

      @Override
      public void computeDerivatives(double t, double[] y, double[] dydtOut) {
        pk.derivatives(y, 0, dydtOut, 0);
      }
    };
    DormandPrince54Integrator integrator = new DormandPrince54Integrator(n, TIGHT);
    double[] y = new double[n];
    double[] out = new double[outputTimesH.length];
    double t = 0;
    int nextDose = 0;
    for (int k = 0; k < outputTimesH.length; k++) {
      double tOut = outputTimesH[k];
      // doses that enter the depot no later than tOut (the concentration does not jump at that instant)
      while (nextDose < doseTimesH.length && doseTimesH[nextDose] + lagH <= tOut) {
        double tIn = doseTimesH[nextDose] + lagH;
        integrator.integrate(sys, t, y, tIn);
        t = tIn;
        pk.addDose(y, 0, amounts[nextDose]);
        nextDose++;
      }
      integrator.integrate(sys, t, y, tOut);
      t = tOut;
      out[k] = pk.concentration(y, 0);
    }
    return out;
  }

  /** Evenly spaced times {@code 0, step, …, end}. */
  static double[] grid(double endH, double stepH) {
    int n = (int) Math.floor(endH / stepH + 1e-9) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i * stepH;
    }
    return t;
  }

  /** Dose times (h) of a once-daily regimen on the listed 0-based study days. */
  static double[] dailyDoseTimes(int... days) {
    return Arrays.stream(days).mapToDouble(d -> 24.0 * d).toArray();
  }
}
