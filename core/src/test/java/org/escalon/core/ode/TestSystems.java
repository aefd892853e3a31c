package org.escalon.core.ode;

/** ODE systems with known solutions or published structure, shared by the tests of this package. */
final class TestSystems {

  private TestSystems() {}

  /** First-order decay y' = −k·y; y(t) = y0·exp(−k·(t − t0)). */
  static final class Decay implements OdeSystem {
    final double k;

    Decay(double k) {
      this.k = k;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      dydtOut[0] = -k * y[0];
    }

    double exact(double y0, double dt) {
      return y0 * Math.exp(-k * dt);
    }
  }

  /**
   * Damped linear oscillator y' = A·y with A = [[−a, ω], [−ω, −a]]; closed form
   *
   * <pre>
   *   y1(t) = e^(−a t) ( y1(0) cos ωt + y2(0) sin ωt)
   *   y2(t) = e^(−a t) (−y1(0) sin ωt + y2(0) cos ωt)
   * </pre>
   */
  static final class DampedRotation implements OdeSystem {
    final double a;
    final double omega;

    DampedRotation(double a, double omega) {
      this.a = a;
      this.omega = omega;
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      dydtOut[0] = -a * y[0] + omega * y[1];
      dydtOut[1] = -omega * y[0] - a * y[1];
    }

    double[] exact(double[] y0, double t) {
      final double damp = Math.exp(-a * t);
      final double c = Math.cos(omega * t);
      final double s = Math.sin(omega * t);
      return new double[] {damp * (y0[0] * c + y0[1] * s), damp * (-y0[0] * s + y0[1] * c)};
    }
  }

  /** Logistic growth y' = r·y·(1 − y/K); y(t) = K·y0·e^(rt) / (K + y0·(e^(rt) − 1)). */
  static final class Logistic implements OdeSystem {
    final double r;
    final double capacity;

    Logistic(double r, double capacity) {
      this.r = r;
      this.capacity = capacity;
    }

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      dydtOut[0] = r * y[0] * (1.0 - y[0] / capacity);
    }

    double exact(double y0, double t) {
      final double e = Math.exp(r * t);
      return capacity * y0 * e / (capacity + y0 * (e - 1.0));
    }
  }

  /** y' = (1, t): every Runge–Kutta method of order ≥ 2 is exact, y(t) = y(0) + (t, t²/2). Records the times. */
  static final class Polynomial implements OdeSystem {
    double maxTimeSeen = Double.NEGATIVE_INFINITY;
    double lastTimeSeen = Double.NaN;

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      maxTimeSeen = Math.max(maxTimeSeen, t);
      lastTimeSeen = t;
      dydtOut[0] = 1.0;
      dydtOut[1] = t;
    }
  }

  /** y' = y², y(0) = 1: y = 1/(1 − t) blows up at t = 1. */
  static final class BlowUp implements OdeSystem {
    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      dydtOut[0] = y[0] * y[0];
    }
  }

  /** Returns NaN for t &gt; 0.5. */
  static final class NanAfterHalf implements OdeSystem {
    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      dydtOut[0] = t > 0.5 ? Double.NaN : -y[0];
    }
  }

  /**
   * Friberg semi-mechanistic myelosuppression model (Friberg et al. 2002, J Clin Oncol 20(24):4713–4721,
   * doi:10.1200/JCO.2002.02.140) with a piecewise-constant drug effect set by the caller between segments:
   *
   * <pre>
   *   Prol' = ktr·Prol·(1 − E)·(Circ0/Circ)^γ − ktr·Prol
   *   T1'   = ktr·(Prol − T1),  T2' = ktr·(T1 − T2),  T3' = ktr·(T2 − T3)
   *   Circ' = ktr·(T3 − Circ)
   * </pre>
   */
  static final class Friberg implements OdeSystem {
    static final double KTR_PER_H = 4.0 / 120.0;
    static final double GAMMA = 0.17;
    static final double CIRC0 = 5.0;
    static final int DAYS = 28;
    static final int DRUG_DAYS = 14;
    static final double EFFECT = 0.3;

    double drugEffect;

    @Override
    public int dimension() {
      return 5;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] dydtOut) {
      final double feedback = Math.pow(CIRC0 / y[4], GAMMA);
      dydtOut[0] = KTR_PER_H * y[0] * (1.0 - drugEffect) * feedback - KTR_PER_H * y[0];
      dydtOut[1] = KTR_PER_H * (y[0] - y[1]);
      dydtOut[2] = KTR_PER_H * (y[1] - y[2]);
      dydtOut[3] = KTR_PER_H * (y[2] - y[3]);
      dydtOut[4] = KTR_PER_H * (y[3] - y[4]);
    }

    static double[] baseline() {
      return new double[] {CIRC0, CIRC0, CIRC0, CIRC0, CIRC0};
    }

    /**
     * Integrates 28 days day by day (drug effect 0.3 on days 1–14, then 0) from {@code y}, writing the state at
     * the end of day d into {@code dailyOut[d]}. Allocates nothing.
     */
    void run28Days(OdeIntegrator integrator, double[] y, double[][] dailyOut) {
      for (int day = 0; day < DAYS; day++) {
        drugEffect = day < DRUG_DAYS ? EFFECT : 0.0;
        integrator.integrate(this, 24.0 * day, y, 24.0 * (day + 1));
        System.arraycopy(y, 0, dailyOut[day], 0, y.length);
      }
    }
  }
}
