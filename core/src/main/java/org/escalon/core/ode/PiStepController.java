package org.escalon.core.ode;

/**
 * Hairer's PI (Lund-stabilised) step-size controller of DOPRI5 (Hairer, Nørsett &amp; Wanner, <i>Solving Ordinary
 * Differential Equations II</i>, §IV.2, eq. (2.43c); the defaults of {@code DOPRI5}):
 *
 * <pre>
 *   fac   = err^(0.2 − 0.75·β) / errOld^β / 0.9   (as exp(α·ln err − β·ln errOld) / 0.9),    β = 0.04,
 *           errOld = max(err of the last accepted step, 1e−4)
 *   h_new = h / clamp(fac, 1/10, 5)                 (growth ≤ 10, shrink ≥ 1/5)
 *   after a rejection:  h_new = h / min(5, err^(0.2 − 0.75·β) / 0.9),  and the next accepted step may not grow
 * </pre>
 *
 * <p>It works with logarithms: one log and one exp per accepted step instead of two {@code pow}. State: the last
 * accepted error and whether the last attempt was rejected, forgotten by {@link #start()} at each integration
 * call. Mutable, allocation-free, not thread-safe (internal to {@link DormandPrince54Integrator}).
 */
final class PiStepController {

  private static final double SAFETY = 0.9;
  private static final double BETA = 0.04;
  private static final double EXPO1 = 0.2 - BETA * 0.75;
  /** 1 / (smallest shrink factor 0.2). */
  private static final double FAC_SHRINK_INV = 5.0;
  /** 1 / (largest growth factor 10). */
  private static final double FAC_GROW_INV = 0.1;
  private static final double ERR_OLD_MIN = 1e-4;
  private static final double LOG_ERR_OLD_MIN = Math.log(ERR_OLD_MIN);

  private double logErrOld = LOG_ERR_OLD_MIN;
  private boolean lastRejected;

  /** Forgets the history (start of an integration call). */
  void start() {
    logErrOld = LOG_ERR_OLD_MIN;
    lastRejected = false;
  }

  /**
   * The next step size after an accepted step of size {@code h} with error norm {@code err <= 1}, capped by
   * {@code maxStepH}.
   */
  double accepted(double err, double h, double maxStepH) {
    final double logErr = Math.log(err);
    double fac = Math.exp(EXPO1 * logErr - BETA * logErrOld) / SAFETY;
    fac = Math.max(FAC_GROW_INV, Math.min(FAC_SHRINK_INV, fac));
    double hNew = h / fac;
    if (lastRejected) {
      hNew = Math.min(hNew, h);
    }
    hNew = Math.min(hNew, maxStepH);
    logErrOld = Math.max(logErr, LOG_ERR_OLD_MIN);
    lastRejected = false;
    return hNew;
  }

  /**
   * The divisor of the step size after a rejected step with error norm {@code err > 1} (or not finite: then
   * the largest shrink).
   */
  double rejectedShrink(double err) {
    lastRejected = true;
    return err < Double.POSITIVE_INFINITY ? Math.min(FAC_SHRINK_INV, Math.pow(err, EXPO1) / SAFETY)
        : FAC_SHRINK_INV;
  }
}
