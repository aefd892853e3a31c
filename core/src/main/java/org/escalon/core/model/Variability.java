package org.escalon.core.model;

/** How between-subject variability enters a parameter. */
public enum Variability {
  /** No between-subject variability: every individual has the typical value. */
  NONE,
  /** {@code P_i = θ·exp(η_i)}, η ~ N(0, ω²); ω is the SD of log P. */
  LOG_NORMAL,
  /**
   * {@code P_i = expit(logit(θ) + η_i)}, η ~ N(0, ω²); for fractions in (0, 1) such as EmaxN. ω is the SD on the
   * logit scale.
   */
  LOGIT_NORMAL;

  /**
   * Applies an η to a typical value; η = 0 gives the typical value exactly (no logit round trip).
   *
   * @param typical the typical value θ
   * @param eta the η values (same order)
   * @return the individual value
   */
  public double apply(double typical, double eta) {
    if (eta == 0.0) {
      return typical;
    }
    switch (this) {
      case LOG_NORMAL:
        return typical * Math.exp(eta);
      case LOGIT_NORMAL:
        double logit = Math.log(typical / (1.0 - typical)) + eta;
        return 1.0 / (1.0 + Math.exp(-logit));
      default:
        return typical;
    }
  }
}
