package org.escalon.core.model;

import java.util.Arrays;
import org.escalon.core.ode.ScalarLinearOde;
import org.escalon.core.pk.ClosedFormExposure;

/**
 * The blood IKZF3 biomarker of the current patient as a scalar linear ODE (docs/model.md §2B):
 *
 * <pre>
 *   dR_PB/dt = KDEG − KDEG·(1 + S_PB(C(t)))·R_PB          C(t) from the closed-form PK of the current segment
 * </pre>
 *
 * <p>One per simulator, re-pointed at each patient's {@link PkPdSystem} ({@link #of}), so that the hot path
 * allocates nothing for it. Mutable, not thread-safe; internal to {@link PatientSimulator}.
 */
final class BloodIkzf3Turnover implements ScalarLinearOde {

  private PkPdSystem sys;
  private double kdeg;
  /** The exposure's memory of the previous step (shared exponentials), per simulator; cleared per patient. */
  private final double[] stepCache = new double[ClosedFormExposure.STEP_CACHE_LENGTH];

  /** Points at {@code system} (closed-form PK) and returns this. */
  BloodIkzf3Turnover of(PkPdSystem system) {
    this.sys = system;
    this.kdeg = system.ikzfKdegPerH();
    Arrays.fill(stepCache, Double.NaN);
    return this;
  }

  @Override
  public double rate(double t) {
    return sys.bloodIkzf3DecayRate(t);
  }

  @Override
  public void stepRates(double t, double h, double[] out) {
    sys.bloodIkzf3DecayRates(t, h, NODE_3 - 0.5, out, stepCache);
  }

  @Override
  public double source(double t) {
    return kdeg;
  }
}
