package org.escalon.core.pk;

import java.util.Arrays;
import java.util.Objects;

/**
 * Closed-form {@link DrugExposure}: the linear PK of cemsidomide and dexamethasone, the dexamethasone effect site
 * and biophase propagated exactly from an anchor (the start of the current integration segment):
 *
 * <pre>
 *   x_cem(τ) = exact propagation of the cemsidomide amounts (one compartment: C(τ) = α·e^{−k·τ} + β·e^{−ka·τ})
 *   A_b(τ)   = A_b·e^{−kp·τ}
 *   Ce(τ)    = Ce·e^{−ke0·τ} + ke0·(scale/V)·[A_c·E1(−k, −ke0, τ) + ka·A_d·E2(−k, −ka, −ke0, τ)]   (dexamethasone)
 *   AUC     += (Σ x_cem(0) − Σ x_cem(τ)) · scale / CL      (what was eliminated, over CL: exact, mass balance)
 * </pre>
 *
 * with E1, E2 the divided differences of e^{λτ} ({@link LinearPkModel#expDiff1}, {@link LinearPkModel#expDiff2}).
 * The concentration and biophase are cached for the last time asked, so the two last Dormand–Prince stages, which
 * share their time, compute them once. Not thread-safe.
 */
public final class ClosedFormExposure implements DrugExposure {

  private final LinearPkModel cemPk;
  private final OneCompartmentOral dexPk;
  private final double ke0PerH;
  private final double kpPerH;
  /** ng·h/mL of AUC per µg eliminated: scale / CL. */
  private final double aucPerEliminated;
  private final int ceIndex;
  private final int aucIndex;
  private final DailyCmax cmax;

  private double anchorH;
  private final double[] cemX = new double[3];
  private final double[] dexX = new double[3]; // depot, central, effect site (ng/mL)
  private double biophaseAtAnchorMg;
  private final double[] scratch = new double[3];
  // C(τ) = coefK·e^{−k·τ} + coefKa·e^{−ka·τ} when the two-exponential form applies
  private double coefK;
  private double coefKa;
  // forcing cached for the last t
  private double cacheT = Double.NaN;
  private double cacheC;
  private double cacheBiophaseMg;
  private double lastBiophaseMg;

  /**
   * @param cemPk cemsidomide PK (amounts in µg)
   * @param dexPk dexamethasone PK (amounts in mg, concentration scale 1000)
   * @param ke0PerH effect-site rate constant of dexamethasone demargination (1/h)
   * @param kpPerH decay rate of the dexamethasone biophase (1/h)
   * @param clLPerH cemsidomide clearance (L/h), for the exact AUC
   * @param ceIndex index of Ce in the state vector
   * @param aucIndex index of the AUC in the state vector
   */
  public ClosedFormExposure(LinearPkModel cemPk, OneCompartmentOral dexPk, double ke0PerH, double kpPerH,
      double clLPerH, int ceIndex, int aucIndex) {
    this.cemPk = Objects.requireNonNull(cemPk, "cemPk");
    this.dexPk = Objects.requireNonNull(dexPk, "dexPk");
    Checks.positive("ke0PerH", ke0PerH);
    Checks.positive("kpPerH", kpPerH);
    Checks.positive("clLPerH", clLPerH);
    this.ke0PerH = ke0PerH;
    this.kpPerH = kpPerH;
    this.aucPerEliminated = cemPk.concentrationScale() / clLPerH;
    this.ceIndex = ceIndex;
    this.aucIndex = aucIndex;
    this.cmax = new DailyCmax(cemPk);
  }

  @Override
  public int odeStates() {
    return 0;
  }

  @Override
  public boolean exactAtAnchors() {
    return true;
  }

  @Override
  public void initialise(double[] y) {
    anchorH = 0.0;
    Arrays.fill(cemX, 0.0);
    Arrays.fill(dexX, 0.0);
    biophaseAtAnchorMg = 0.0;
    cemAnchorChanged();
  }

  /** Recomputes the coefficients of the two-exponential concentration and forgets the cached forcing. */
  private void cemAnchorChanged() {
    cacheT = Double.NaN;
    if (cmax.twoExponential()) {
      double s = cemPk.concentrationScale() / cemPk.centralVolumeL();
      double g = cmax.ka() * cemX[0] / (cmax.ka() - cmax.k());
      coefK = (cemX[1] + g) * s;
      coefKa = -g * s;
    }
  }

  @Override
  public void moveAnchor(double timeH, double[] y) {
    double tau = timeH - anchorH;
    if (tau == 0.0) {
      return;
    }
    int n = cemPk.compartments();
    cemPk.propagate(cemX, 0, tau, scratch, 0);
    double before = 0.0;
    double after = 0.0;
    for (int i = 0; i < n; i++) {
      before += cemX[i];
      after += scratch[i];
    }
    if (before != 0.0) {
      y[aucIndex] += aucPerEliminated * (before - after);
    }
    System.arraycopy(scratch, 0, cemX, 0, n);
    // a depot below 1e-30 µg is numerically nothing; drop it so that the RHS can skip its exponential
    if (Math.abs(cemX[0]) < 1e-30) {
      cemX[0] = 0.0;
    }
    if (dexX[0] != 0.0 || dexX[1] != 0.0 || dexX[2] != 0.0) {
      double ce = effectSiteAfter(tau);
      dexPk.propagate(dexX, 0, tau, scratch, 0);
      dexX[0] = scratch[0];
      dexX[1] = scratch[1];
      dexX[2] = ce;
      // amounts below 1e-30 are numerically nothing; drop them so the RHS can skip the exponentials
      if (Math.abs(dexX[0]) < 1e-30 && Math.abs(dexX[1]) < 1e-30 && Math.abs(dexX[2]) < 1e-30) {
        dexX[0] = 0.0;
        dexX[1] = 0.0;
        dexX[2] = 0.0;
      }
    }
    biophaseAtAnchorMg *= Math.exp(-kpPerH * tau);
    y[ceIndex] = dexX[2];
    anchorH = timeH;
    cemAnchorChanged();
  }

  /** Ce after {@code tau} hours from the anchor (class Javadoc). */
  private double effectSiteAfter(double tau) {
    double ad = dexX[0];
    double ac = dexX[1];
    double ce = dexX[2];
    double k = dexPk.k();
    double ka = dexPk.ka();
    double v = ce == 0.0 ? 0.0 : ce * Math.exp(-ke0PerH * tau);
    double input = 0.0;
    if (ac != 0.0) {
      input += ac * LinearPkModel.expDiff1(-k, -ke0PerH, tau);
    }
    if (ad != 0.0) {
      input += ka * ad * LinearPkModel.expDiff2(-k, -ka, -ke0PerH, tau);
    }
    return v + ke0PerH * dexPk.concentrationScale() / dexPk.centralVolumeL() * input;
  }

  @Override
  public void doseCemsidomide(double[] y, double amountUg) {
    cemPk.addDose(cemX, 0, amountUg);
    cemAnchorChanged();
  }

  @Override
  public void doseDexamethasone(double[] y, double amountMg) {
    dexPk.addDose(dexX, 0, amountMg);
    biophaseAtAnchorMg += amountMg;
    cacheT = Double.NaN;
  }

  /**
   * Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment, by the same formula as {@link
   * #evaluate} (the two-exponential form where it applies) and without touching its cache: for quantities
   * integrated beside the ODE, such as an exactly stepped turnover state.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @return cemsidomide concentration (ng/mL) at {@code timeH} in the current segment, by the same formula as {@link
   *     #evaluate} (the two-exponential form where it applies) and without touching its cache: for quantities
   *     integrated beside the ODE, such as an exactly stepped turnover state
   */
  public double concentration(double timeH) {
    double tau = timeH - anchorH;
    if (cmax.twoExponential()) {
      double c = coefK == 0.0 ? 0.0 : coefK * Math.exp(-cmax.k() * tau);
      if (coefKa != 0.0) {
        c += coefKa * Math.exp(-cmax.ka() * tau);
      }
      return c;
    }
    return cemPk.concentrationAfter(cemX, 0, tau);
  }

  /** Length of the caller's memory for {@link #concentrationsOverStep}. */
  public static final int STEP_CACHE_LENGTH = 9;

  /**
   * The concentrations (ng/mL) at the four times t + (1/2 − δ)·h, t + h/2, t + (1/2 + δ)·h and t + h of the current
   * segment, into {@code out[0..4)} (the nodes of an exponential-integrator step, {@link
   * org.escalon.core.ode.ScalarLinearOde#stepRates}). Equal to {@link #concentration} at those times up to rounding
   * (a few ulps), but cheaper in the two-exponential form: e^{−k(τ + x·h)} = e^{−kτ}·e^{−k·x·h}, and the four
   * factors e^{−k·x·h} come from e^{−k·h/2} and e^{−k·δ·h} (x = 1/2 ∓ δ: their quotient and product; x = 1: the
   * square), so a rate constant costs two exponentials per step instead of four; e^{−kτ} at t is reused when t is
   * the start or the end of the previous call's step (a rejected step's retry, the next step) in the same segment
   * of the same patient, else computed. That memory is the caller's {@code cache} (so that this per-patient object
   * stays small): {@link #STEP_CACHE_LENGTH} doubles, all NaN before the first call for a patient.
   *
   * @param timeH the step's start t, inside the current segment
   * @param h the step size (h ≥ 0, t + h inside the segment)
   * @param delta δ ∈ [0, 1/2]
   * @param out receives the four concentrations
   * @param cache the caller's memory of the previous call, for this patient only
   */
  public void concentrationsOverStep(double timeH, double h, double delta, double[] out, double[] cache) {
    if (!cmax.twoExponential()) {
      out[0] = concentration(timeH + (0.5 - delta) * h);
      out[1] = concentration(timeH + 0.5 * h);
      out[2] = concentration(timeH + (0.5 + delta) * h);
      out[3] = concentration(timeH + h);
      return;
    }
    final double k = cmax.k();
    final double ka = cmax.ka();
    double ek;
    double eka;
    final boolean sameSegment = cache[0] == anchorH && cache[1] == coefK && cache[2] == coefKa;
    if (sameSegment && timeH == cache[3]) {
      ek = cache[4];
      eka = cache[5];
    } else if (sameSegment && timeH == cache[6]) {
      ek = cache[7];
      eka = cache[8];
    } else {
      final double tau = timeH - anchorH;
      ek = coefK == 0.0 ? 0.0 : Math.exp(-k * tau);
      eka = coefKa == 0.0 ? 0.0 : Math.exp(-ka * tau);
    }
    cache[0] = anchorH;
    cache[1] = coefK;
    cache[2] = coefKa;
    cache[3] = timeH;
    cache[4] = ek;
    cache[5] = eka;
    double c1 = 0.0;
    double c2 = 0.0;
    double c3 = 0.0;
    double c4 = 0.0;
    double ek4 = 0.0;
    double eka4 = 0.0;
    if (coefK != 0.0) {
      final double half = Math.exp(-0.5 * k * h);
      final double d = Math.exp(-delta * k * h);
      final double mid = coefK * ek * half;
      ek4 = ek * (half * half);
      c1 = mid / d;
      c2 = mid;
      c3 = mid * d;
      c4 = coefK * ek4;
    }
    if (coefKa != 0.0) {
      final double half = Math.exp(-0.5 * ka * h);
      final double d = Math.exp(-delta * ka * h);
      final double mid = coefKa * eka * half;
      eka4 = eka * (half * half);
      c1 += mid / d;
      c2 += mid;
      c3 += mid * d;
      c4 += coefKa * eka4;
    }
    cache[6] = timeH + h;
    cache[7] = ek4;
    cache[8] = eka4;
    out[0] = c1;
    out[1] = c2;
    out[2] = c3;
    out[3] = c4;
  }

  @Override
  public double evaluate(double timeH, double[] y, double[] dydt) {
    if (timeH != cacheT) {
      double tau = timeH - anchorH;
      double c;
      if (cmax.twoExponential()) {
        c = coefK == 0.0 ? 0.0 : coefK * Math.exp(-cmax.k() * tau);
        if (coefKa != 0.0) {
          c += coefKa * Math.exp(-cmax.ka() * tau);
        }
      } else {
        c = cemPk.concentrationAfter(cemX, 0, tau);
      }
      cacheBiophaseMg = biophaseAtAnchorMg > 0.0 ? biophaseAtAnchorMg * Math.exp(-kpPerH * tau) : 0.0;
      cacheT = timeH;
      cacheC = c;
    }
    dydt[ceIndex] = 0.0;
    dydt[aucIndex] = 0.0;
    lastBiophaseMg = cacheBiophaseMg;
    return cacheC;
  }

  @Override
  public double evaluateReference(double timeH, double[] y, double[] dydt) {
    double tau = timeH - anchorH;
    lastBiophaseMg = biophaseAtAnchorMg == 0.0 ? 0.0 : biophaseAtAnchorMg * Math.exp(-kpPerH * tau);
    dydt[ceIndex] = 0.0;
    dydt[aucIndex] = 0.0;
    return cemPk.concentrationAfter(cemX, 0, tau);
  }

  @Override
  public double lastBiophaseMg() {
    return lastBiophaseMg;
  }

  @Override
  public double cemsidomideConcentration(double timeH, double[] state, int offset) {
    return cemPk.concentrationAfter(cemX, 0, timeH - anchorH);
  }

  @Override
  public double dexamethasoneConcentration(double timeH, double[] y) {
    if (dexX[0] == 0.0 && dexX[1] == 0.0) {
      return 0.0;
    }
    return dexPk.concentrationAfter(dexX, 0, timeH - anchorH);
  }

  @Override
  public double biophaseMg(double timeH, double[] y) {
    return biophaseAtAnchorMg == 0.0 ? 0.0 : biophaseAtAnchorMg * Math.exp(-kpPerH * (timeH - anchorH));
  }

  @Override
  public double effectSiteNgPerMl(double timeH, double[] state, int offset) {
    double tau = timeH - anchorH;
    return tau == 0.0 || (dexX[0] == 0.0 && dexX[1] == 0.0 && dexX[2] == 0.0) ? dexX[2] : effectSiteAfter(tau);
  }

  @Override
  public double maxCemsidomideConcentration(double durationH, double[] y) {
    return cmax.maxConcentration(cemX, 0, durationH);
  }
}
