package org.escalon.core.pd;

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
 * All compartments start at Circ0.
 *
 * <p>An instance holds one cell line's parameters ({@link #of}: MTT, baseline, γ, Emax per unit marrow IKZF1
 * degradation D_M, variant) and gives the hot-path derivatives for a degradation D_M; the static functions take
 * the parameters one by one (tests, reference equations). The drug effect E(D_M) and the feedback exponent
 * γ(D_M) are each one method ({@link #drugEffect}, {@link #feedbackExponent}): a variant that makes either a
 * different function of D_M (for example a feedback blunted by marrow IKZF1 loss, γ_eff = γ·(1 − φ·H(D_M))) is a
 * new {@link MyelosuppressionEffect} constant, its extra parameters here, and one case in each method. An
 * instance is a parameter record in all but name: it is a class only to keep ln Circ0 precomputed for the hot path.
 * Immutable; thread-safe.
 */
public final class Friberg {

  /** Number of states: Prol, T1, T2, T3, Circ. */
  public static final int STATES = 5;

  private final double mttH;
  private final double ktrPerH;
  private final double baseline;
  private final double logBaseline;
  private final double gamma;
  private final double emax;
  private final MyelosuppressionEffect effect;
  private final boolean maturationArrest;
  private final FeedbackBlunting.Shape blunting;
  private final double logD50e; // ln D50E and ln D50F of the blunted-feedback variant (NaN without it)
  private final double logD50f;

  private Friberg(double mttH, double baseline, double gamma, double emax, MyelosuppressionEffect effect,
      FeedbackBlunting.Shape blunting) {
    this.blunting = blunting;
    this.logD50e = blunting == null ? Double.NaN : Math.log(blunting.d50e());
    this.logD50f = blunting == null ? Double.NaN : Math.log(blunting.d50f());
    this.mttH = mttH;
    this.ktrPerH = 4.0 / mttH;
    this.baseline = baseline;
    this.logBaseline = Math.log(baseline);
    this.gamma = gamma;
    this.emax = emax;
    this.effect = effect;
    this.maturationArrest = effect == MyelosuppressionEffect.MATURATION_ARREST;
  }

  /**
   * One cell line's parameters.
   *
   * @param mttH mean transit time (h), finite and &gt; 0; ktr = 4/MTT
   * @param baseline baseline count Circ0 (×10⁹/L), finite and &gt; 0
   * @param gamma feedback exponent γ, finite and &ge; 0
   * @param emax drug effect per unit marrow IKZF1 degradation, in [0, 1)
   * @param effect where the effect acts, not null
   * @return one cell line's parameters
   * @throws IllegalArgumentException naming the bad value and what is allowed
   */
  public static Friberg of(double mttH, double baseline, double gamma, double emax,
      MyelosuppressionEffect effect) {
    check(mttH, baseline, gamma, emax);
    if (effect == null || effect == MyelosuppressionEffect.BLUNTED_FEEDBACK) {
      throw new IllegalArgumentException("effect = " + effect
          + ": must be PROLIFERATION or MATURATION_ARREST (BLUNTED_FEEDBACK: use bluntedFeedback(...))");
    }
    return new Friberg(mttH, baseline, gamma, emax, effect, null);
  }

  /**
   * One cell line with the {@link MyelosuppressionEffect#BLUNTED_FEEDBACK} variant: {@code E = Emax·H(D_M; D50E,
   * nE)} on proliferation and {@code γ_eff = γ·(1 − φ·H(D_M; D50F, nF))} ({@link FeedbackBlunting}).
   *
   * @param mttH mean transit time (h), finite and &gt; 0; ktr = 4/MTT
   * @param baseline baseline count Circ0 (×10⁹/L), finite and &gt; 0
   * @param gamma feedback exponent γ, finite and &ge; 0
   * @param emax drug effect per unit marrow IKZF1 degradation, in [0, 1)
   * @param shape the blunting's Hill parameters, not null
   * @return one cell line with the {@link MyelosuppressionEffect#BLUNTED_FEEDBACK} variant: {@code E = Emax·H(D_M;
   *     D50E, nE)} on proliferation and {@code γ_eff = γ·(1 − φ·H(D_M; D50F, nF))} ({@link FeedbackBlunting})
   * @throws IllegalArgumentException naming the bad value and what is allowed
   */
  public static Friberg bluntedFeedback(double mttH, double baseline, double gamma, double emax,
      FeedbackBlunting.Shape shape) {
    check(mttH, baseline, gamma, emax);
    if (shape == null) {
      throw new IllegalArgumentException("shape = null: must be the blunting's Hill parameters");
    }
    return new Friberg(mttH, baseline, gamma, emax, MyelosuppressionEffect.BLUNTED_FEEDBACK, shape);
  }

  /** The checks shared by both factories (no object is made for them: the patient's set-up stays under 1 KB). */
  private static void check(double mttH, double baseline, double gamma, double emax) {
    Checks.positive("mttH", mttH);
    Checks.positive("baseline", baseline);
    Checks.nonNegative("gamma", gamma);
    if (!(emax >= 0 && emax < 1)) {
      throw new IllegalArgumentException("emax = " + emax + ": must be in [0, 1)");
    }
  }

  /**
   * Mean transit time (h).
   *
   * @return mean transit time (h)
   */
  public double mttH() {
    return mttH;
  }

  /**
   * Baseline count Circ0 (×10⁹/L).
   *
   * @return baseline count Circ0 (×10⁹/L)
   */
  public double baseline() {
    return baseline;
  }

  /**
   * Where the effect acts.
   *
   * @return where the effect acts
   */
  public MyelosuppressionEffect effect() {
    return effect;
  }

  /**
   * The drug effect E for a marrow IKZF1 degradation D_M: {@code Emax·D_M}, or {@code Emax·H(D_M; D50E, nE)} with
   * the blunted-feedback variant.
   *
   * @param degradedMarrow the fraction of marrow IKZF1 degraded, in [0, 1]
   * @return the drug effect E for a marrow IKZF1 degradation D_M: {@code Emax·D_M}, or {@code Emax·H(D_M; D50E, nE)}
   *     with the blunted-feedback variant
   */
  public double drugEffect(double degradedMarrow) {
    return blunting == null ? emax * degradedMarrow : blunting.effect(degradedMarrow, emax);
  }

  /**
   * The feedback exponent for a marrow IKZF1 degradation D_M: γ, or {@code γ·(1 − φ·H(D_M; D50F, nF))} with the
   * blunted-feedback variant.
   *
   * @param degradedMarrow the fraction of marrow IKZF1 degraded, in [0, 1]
   * @return the feedback exponent for a marrow IKZF1 degradation D_M: γ, or {@code γ·(1 − φ·H(D_M; D50F, nF))} with the
   *     blunted-feedback variant
   */
  public double feedbackExponent(double degradedMarrow) {
    return blunting == null ? gamma : blunting.gamma(degradedMarrow, gamma);
  }

  /**
   * Sets the five states at {@code off} to the baseline.
   *
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   */
  public void baseline(double[] y, int off) {
    baseline(y, off, baseline);
  }

  /**
   * Hot path: the derivatives of the five states at {@code off} for a marrow degradation D_M.
   *
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   * @param degradedMarrow the fraction of marrow IKZF1 degraded, D_M in [0, 1]
   * @param dydt receives the five derivatives at the same index
   */
  public void derivatives(double[] y, int off, double degradedMarrow, double[] dydt) {
    double feedbackExponent;
    double drugEffect;
    if (blunting == null) {
      feedbackExponent = gamma;
      drugEffect = emax * degradedMarrow;
    } else if (!(degradedMarrow > 0.0)) {
      feedbackExponent = gamma; // H = 0 at D_M ≤ 0, as FeedbackBlunting.hill
      drugEffect = 0.0;
    } else {
      // both Hill functions of D_M from one logarithm: (D/D50)^n = exp(n·(ln D − ln D50)), two exp in place of
      // two Math.pow (equal to the reference's pow to a few ulps; FribergTest compares the two)
      double logD = Math.log(degradedMarrow);
      drugEffect = emax * FeedbackBlunting.hillOfLog(logD - logD50e, blunting.nE());
      feedbackExponent = gamma * (1.0 - blunting.phi() * FeedbackBlunting.hillOfLog(logD - logD50f, blunting.nF()));
    }
    derivativesLogBaseline(y, off, ktrPerH, logBaseline, feedbackExponent, drugEffect, maturationArrest, dydt);
  }

  /**
   * The same equations with the feedback as (Circ0/Circ)^γ ({@link #derivatives(double[], int, double, double,
   * double, double, MyelosuppressionEffect, double[])}): the reference the hot path is tested against.
   *
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   * @param degradedMarrow the fraction of marrow IKZF1 degraded, D_M in [0, 1]
   * @param dydt receives the five derivatives at the same index
   */
  public void referenceDerivatives(double[] y, int off, double degradedMarrow, double[] dydt) {
    derivatives(y, off, ktrPerH, baseline, feedbackExponent(degradedMarrow), drugEffect(degradedMarrow), effect,
        dydt);
  }

  /**
   * Sets the five states at {@code off} to the baseline.
   *
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   * @param circ0 the baseline count Circ0, ×10⁹/L
   */
  public static void baseline(double[] y, int off, double circ0) {
    for (int i = 0; i < STATES; i++) {
      y[off + i] = circ0;
    }
  }

  /**
   * Writes the derivatives of the five states at {@code off}.
   *
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   * @param ktr the transit rate constant k_tr = 4 / MTT, 1/h
   * @param circ0 the baseline count Circ0, ×10⁹/L
   * @param gamma feedback exponent γ, finite and &ge; 0
   * @param effect drug effect E in [0, 1)
   * @param variant where the drug effect acts
   * @param dydt receives the five derivatives at the same index
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
   * @param y the state array (proliferating, three transit compartments, circulating; ×10⁹/L)
   * @param off the index of the proliferating compartment in {@code y}
   * @param ktr the transit rate constant k_tr = 4 / MTT, 1/h
   * @param logCirc0 ln Circ0
   * @param gamma feedback exponent γ, finite and &ge; 0
   * @param effect drug effect E in [0, 1)
   * @param maturationArrest true for the maturation-arrest variant
   * @param dydt receives the five derivatives at the same index
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
