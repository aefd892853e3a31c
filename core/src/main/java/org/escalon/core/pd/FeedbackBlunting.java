package org.escalon.core.pd;

/**
 * Schedule-sensitive myelosuppression: the homeostatic feedback of the Friberg chain is blunted while marrow IKZF1
 * is deeply degraded (docs/model.md §2E, "feedback blunted by deep marrow IKZF1 loss"; docs/model.md).
 *
 * <pre>
 *   H(D; D50, n) = Dⁿ / (D50ⁿ + Dⁿ)                          (0 for D ≤ 0)
 *   E_N      = EmaxN · H(D_M; D50E, nE)                       threshold-like effect on proliferation
 *   γ_eff    = γ · (1 − φ · H(D_M; D50F, nF))                 feedback exponent, blunted at deep degradation
 *   dProl/dt = ktr·Prol·(1 − E_N)·(Circ0/Circ)^γ_eff − ktr·Prol          (rest of the Friberg chain unchanged)
 * </pre>
 *
 * <p>Biology: IKZF1 (Ikaros) is needed for myeloid differentiation and for the response of granulocyte
 * progenitors to G-CSF signalling (PU.1/C/EBP network; Ikaros-deficient mice are neutropenic with a block at the
 * granulocyte–monocyte progenitor). While the drug keeps marrow IKZF1 deeply degraded, progenitors respond less to
 * the G-CSF-driven feedback, so the chain cannot compensate and the count keeps falling with every further dosing
 * day; off drug, IKZF1 returns within days (t½ 12 h), the feedback is restored and the count rebounds quickly, as
 * seen with the IMiD/CELMoD class. In the plain Friberg model (feedback always intact) the chain settles within about
 * three mean transit times, so dosing beyond two weeks adds little; with blunting, it does not settle while the
 * drug is on. The steep Hill exponents are a modelling device for a switch-like biology; the calibration
 * (docs/model.md) reports how well the targets identify them.
 *
 * <p>Stateless; thread-safe.
 */
public final class FeedbackBlunting {
  private FeedbackBlunting() {}

  /**
   * The Hill function {@code Dⁿ / (D50ⁿ + Dⁿ)}, 0 for {@code d ≤ 0}.
   *
   * @param d fraction degraded (usually in [0, 1))
   * @param d50 value of {@code d} giving one half, &gt; 0
   * @param n Hill exponent, &gt; 0
   * @return the Hill function {@code Dⁿ / (D50ⁿ + Dⁿ)}, 0 for {@code d ≤ 0}
   */
  public static double hill(double d, double d50, double n) {
    if (!(d > 0.0)) {
      return 0.0;
    }
    // (D/D50)^n / (1 + (D/D50)^n) is exact to rounding for any D, D50 > 0 and does not overflow for large n
    return ratio(Math.pow(d / d50, n));
  }

  /**
   * The same Hill function from {@code ln(D/D50)}: {@code exp(n·ln(D/D50))} in place of {@code Math.pow} (equal to
   * a few ulps), for a hot path that shares one {@code ln D} between several Hill functions.
   *
   * @param logRatio {@code ln D − ln D50}, for D &gt; 0
   * @param n Hill exponent, &gt; 0
   * @return {@code Dⁿ / (D50ⁿ + Dⁿ)}
   */
  public static double hillOfLog(double logRatio, double n) {
    return ratio(Math.exp(n * logRatio));
  }

  /** r/(1 + r), 1 for r = +∞: exact to rounding for any r = (D/D50)^n and no overflow for large n. */
  private static double ratio(double r) {
    return r == Double.POSITIVE_INFINITY ? 1.0 : r / (1.0 + r);
  }

  /**
   * The Hill parameters of the blunted-feedback variant, validated.
   *
   * @param d50e marrow IKZF1 degradation giving half the effect on proliferation, in (0, 1)
   * @param nE its Hill exponent, finite and &gt; 0
   * @param d50f marrow IKZF1 degradation giving half the feedback blunting, in (0, 1)
   * @param nF its Hill exponent, finite and &gt; 0
   * @param phi maximal fractional blunting of the feedback exponent, in [0, 1]
   */
  public record Shape(double d50e, double nE, double d50f, double nF, double phi) {

    /**
     * Validates the components (a bad value is named with what is allowed).
     *
     * @param d50e marrow IKZF1 degradation giving half the effect on proliferation, in (0, 1)
     * @param nE its Hill exponent, finite and &gt; 0
     * @param d50f marrow IKZF1 degradation giving half the feedback blunting, in (0, 1)
     * @param nF its Hill exponent, finite and &gt; 0
     * @param phi maximal fractional blunting of the feedback exponent, in [0, 1]
     */
    public Shape {
      Checks.openFraction("d50e", d50e);
      Checks.positive("nE", nE);
      Checks.openFraction("d50f", d50f);
      Checks.positive("nF", nF);
      if (!(phi >= 0 && phi <= 1)) {
        throw new IllegalArgumentException("phi = " + phi + ": must be in [0, 1]");
      }
    }

    /**
     * {@code Emax·H(D_M; D50E, nE)}.
     *
     * @param dM the fraction of marrow IKZF1 degraded, D_M in [0, 1]
     * @param emax drug effect per unit marrow IKZF1 degradation, in [0, 1)
     * @return {@code Emax·H(D_M; D50E, nE)}
     */
    public double effect(double dM, double emax) {
      return FeedbackBlunting.effect(dM, emax, d50e, nE);
    }

    /**
     * {@code γ·(1 − φ·H(D_M; D50F, nF))}.
     *
     * @param dM the fraction of marrow IKZF1 degraded, D_M in [0, 1]
     * @param gamma feedback exponent γ, finite and &ge; 0
     * @return {@code γ·(1 − φ·H(D_M; D50F, nF))}
     */
    public double gamma(double dM, double gamma) {
      return FeedbackBlunting.gamma(dM, gamma, phi, d50f, nF);
    }
  }

  /**
   * The drug effect on proliferation {@code E_N = EmaxN · H(D_M; D50E, nE)}.
   *
   * @param dM the fraction of marrow IKZF1 degraded, D_M in [0, 1]
   * @param emaxN the maximal neutrophil drug effect EmaxN, in [0, 1]
   * @param d50e marrow IKZF1 degradation giving half the effect on proliferation, in (0, 1)
   * @param nE its Hill exponent, finite and &gt; 0
   * @return the drug effect on proliferation {@code E_N = EmaxN · H(D_M; D50E, nE)}
   */
  public static double effect(double dM, double emaxN, double d50e, double nE) {
    return emaxN * hill(dM, d50e, nE);
  }

  /**
   * The blunted feedback exponent {@code γ_eff = γ · (1 − φ · H(D_M; D50F, nF))}.
   *
   * @param dM the fraction of marrow IKZF1 degraded, D_M in [0, 1]
   * @param gamma feedback exponent γ, finite and &ge; 0
   * @param phi maximal fractional blunting of the feedback exponent, in [0, 1]
   * @param d50f marrow IKZF1 degradation giving half the feedback blunting, in (0, 1)
   * @param nF its Hill exponent, finite and &gt; 0
   * @return the blunted feedback exponent {@code γ_eff = γ · (1 − φ · H(D_M; D50F, nF))}
   */
  public static double gamma(double dM, double gamma, double phi, double d50f, double nF) {
    return gamma * (1.0 - phi * hill(dM, d50f, nF));
  }
}
