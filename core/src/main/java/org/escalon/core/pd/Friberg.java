package org.escalon.core.pd;

import org.escalon.core.model.ModelOptions.MyelosuppressionEffect;

/**
 * Semi-mechanistic myelosuppression model of Friberg et al. (2002), J Clin Oncol 20:4713–4721, doi:10.1200/
 * JCO.2002.02.140: a proliferating pool, three transit compartments and circulating cells, with feedback.
 *
 * <pre>
 *   ktr = 4/MTT
 *   dProl/dt = ktr·Prol·(1 − E)·(Circ0/Circ)^γ − ktr·Prol
 *   dT1/dt = ktr·(Prol − T1);  dT2/dt = ktr·(T1 − T2);  dT3/dt = ktr·(T2 − T3);  dCirc/dt = ktr·(T3 − Circ)
 * </pre>
 *
 * Maturation-arrest variant (Abbiati et al. 2021, AAPS J; IKZF1 loss arrests myeloid maturation, Blood Adv
 * 2018;2:492): E acts as slowed transit {@code ktr_eff = ktr·(1 − E)} through T1–T3 and the proliferating pool
 * feels only the feedback:
 *
 * <pre>
 *   dProl/dt = ktr·Prol·(Circ0/Circ)^γ − ktr·Prol
 *   dT1/dt = ktr·Prol − ktr_eff·T1;  dT2/dt = ktr_eff·(T1 − T2);  dT3/dt = ktr_eff·(T2 − T3)
 *   dCirc/dt = ktr_eff·T3 − ktr·Circ
 * </pre>
 *
 * All compartments start at Circ0. Stateless; thread-safe.
 */
public final class Friberg {
  private Friberg() {}

  /** Number of states: Prol, T1, T2, T3, Circ. */
  public static final int STATES = 5;

  /** Sets the five states at {@code off} to the baseline. */
  public static void baseline(double[] y, int off, double circ0) {
    for (int i = 0; i < STATES; i++) {
      y[off + i] = circ0;
    }
  }

  /**
   * Writes the derivatives of the five states at {@code off}.
   *
   * @param effect drug effect E in [0, 1)
   */
  public static void derivatives(double[] y, int off, double ktr, double circ0, double gamma, double effect,
      MyelosuppressionEffect variant, double[] dydt) {
    derivativesLogBaseline(y, off, ktr, Math.log(circ0), gamma, effect,
        variant == MyelosuppressionEffect.MATURATION_ARREST, dydt);
  }

  /**
   * As {@link #derivatives} with {@code ln Circ0} precomputed, for the hot path: the feedback (Circ0/Circ)^γ is
   * computed as {@code exp(γ·(ln Circ0 − ln Circ))} (no division, two intrinsics in place of {@code Math.pow}).
   *
   * @param logCirc0 ln Circ0
   * @param maturationArrest true for the maturation-arrest variant
   */
  public static void derivativesLogBaseline(double[] y, int off, double ktr, double logCirc0, double gamma,
      double effect, boolean maturationArrest, double[] dydt) {
    double prol = y[off];
    double t1 = y[off + 1];
    double t2 = y[off + 2];
    double t3 = y[off + 3];
    double circ = y[off + 4];
    double feedback = gamma == 0.0 ? 1.0 : Math.exp(gamma * (logCirc0 - Math.log(circ)));
    if (!maturationArrest) {
      dydt[off] = ktr * prol * (1.0 - effect) * feedback - ktr * prol;
      dydt[off + 1] = ktr * (prol - t1);
      dydt[off + 2] = ktr * (t1 - t2);
      dydt[off + 3] = ktr * (t2 - t3);
      dydt[off + 4] = ktr * (t3 - circ);
    } else {
      double kEff = ktr * (1.0 - effect);
      dydt[off] = ktr * prol * feedback - ktr * prol;
      dydt[off + 1] = ktr * prol - kEff * t1;
      dydt[off + 2] = kEff * (t1 - t2);
      dydt[off + 3] = kEff * (t2 - t3);
      dydt[off + 4] = kEff * t3 - ktr * circ;
    }
  }
}
