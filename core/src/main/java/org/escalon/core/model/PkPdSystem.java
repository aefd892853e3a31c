package org.escalon.core.model;

import org.escalon.core.model.ModelOptions.MyelosuppressionEffect;
import org.escalon.core.model.ModelOptions.PkForm;
import org.escalon.core.model.ModelOptions.PkStructure;
import org.escalon.core.ode.OdeSystem;
import org.escalon.core.pd.Demargination;
import org.escalon.core.pd.Friberg;
import org.escalon.core.pd.IkzfDegradation;
import org.escalon.core.pd.TumourKill;
import org.escalon.core.pk.LinearPkModel;
import org.escalon.core.pk.OneCompartmentOral;
import org.escalon.core.pk.TwoCompartmentOral;

/**
 * The composed cemsidomide + dexamethasone PK/PD model of one individual as an {@link OdeSystem} (MODEL.md §2).
 * Time in hours since cycle 1 day 1.
 *
 * <p>With {@link PkForm#CLOSED_FORM} (the default and the hot path) the linear PK of cemsidomide, dexamethasone
 * and the dexamethasone biophase is propagated exactly from an <em>anchor</em> (the start of the current
 * integration segment) and fed into the PD equations, so that fast absorption does not limit the step size. The
 * caller moves the anchor with {@link #moveAnchor(double, double[])} at every segment boundary and gives doses
 * with {@link #dose(double[], Drug, double)} at the anchor time. With {@link PkForm#ODE} the PK compartments are
 * ODE states and a dose is a state reset; the same calls work, so a simulator does not need to know the form.
 *
 * <p>Named states (indices into {@code y}) are the constants of this class. Mutable (anchor state): not
 * thread-safe; one instance per individual and thread. {@link #computeDerivatives} does not allocate.
 */
public final class PkPdSystem implements OdeSystem {

  // State order: the states every configuration integrates come first, then R_PB (integrated only while the
  // biomarker is tracked), then the two states that the closed form keeps exactly at anchor moves (CE_DEX, AUC),
  // so that integrators integrate only the active prefix (see integratedDimension()).

  /** IKZF1 remaining fraction in marrow myeloid progenitors. */
  public static final int R_M = 0;
  /** IKZF1/3 remaining fraction in the tumour. */
  public static final int R_T = 1;
  /** Tumour burden relative to baseline. */
  public static final int TUM = 2;
  /** Serum M-protein (g/dL). */
  public static final int MPROT = 3;
  /** Neutrophil proliferating pool (first of five Friberg states). */
  public static final int N_PROL = 4;
  /** Circulating neutrophils (×10⁹/L), before demargination. */
  public static final int N_CIRC = 8;
  /** Platelet proliferating pool (first of five Friberg states). */
  public static final int P_PROL = 9;
  /** Circulating platelets (×10⁹/L). */
  public static final int P_CIRC = 13;
  /** IKZF3 remaining fraction in blood T cells (biomarker). */
  public static final int R_PB = 14;
  /** Dexamethasone effect-site concentration for demargination (ng/mL). */
  public static final int CE_DEX = 15;
  /** Cumulative cemsidomide AUC (ng·h/mL). */
  public static final int AUC = 16;
  /** Number of PD states (closed-form PK). */
  public static final int PD_STATES = 17;

  /** Drugs that can be dosed. */
  public enum Drug {
    CEMSIDOMIDE,
    DEXAMETHASONE
  }

  private final ModelOptions options;
  private final LinearPkModel cemPk;
  private final OneCompartmentOral dexPk;
  private final int dimension;
  private final int cemOff; // offset of cemsidomide PK states in y (ODE form) or -1
  private final int dexOff;
  private final int bioOff;

  // individual parameters, rates per hour
  private final double kdeg;
  private final double smax;
  private final double hill;
  private final double dc50Pb;
  private final double dc50M;
  private final double dc50T;
  private final double kmaxCem;
  private final double d50k;
  private final double nK;
  private final double kg;
  private final double lambda;
  private final double psi;
  private final double m0;
  private final double kM;
  private final double kp;
  private final double kdexMax;
  private final double ab50;
  private final double ke0N;
  private final double emaxDexN;
  private final double ec50DexN;
  private final double circ0;
  private final double ktrN;
  private final double gammaN;
  private final double emaxN;
  private final double plt0;
  private final double ktrP;
  private final double gammaP;
  private final double emaxP;
  private final double tlagH;
  private final boolean maturationArrest;

  // closed-form anchor
  private double anchorH;
  private final double[] cemX = new double[3];
  private final double[] dexX = new double[3]; // depot, central, effect site (ng/mL)
  private boolean trackBiomarker = true;
  private double biophaseMg;
  private final double[] scratch = new double[3];

  // hot path of the closed form (see computeDerivatives): C(τ) = cemCoefK·e^{−k·τ} + cemCoefKa·e^{−ka·τ}
  private final boolean cemExpForm; // one compartment with ka not close to k
  private final double cemK;
  private final double cemKa;
  private double cemCoefK;
  private double cemCoefKa;
  /** ng·h/mL of AUC per µg eliminated: scale / CL (the AUC is the eliminated amount over CL, exactly). */
  private final double aucPerEliminated;
  private final double d50kPowNk;
  private final double logCirc0;
  private final double logPlt0;
  // time-dependent forcing cached for the last t (the two last Dormand–Prince stages share their t)
  private double cacheT = Double.NaN;
  private double cacheC;
  private double cacheKdex;
  private double cacheRes;

  /** Builds the system of one individual. */
  public PkPdSystem(IndividualParameters p, ModelOptions options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
    java.util.Objects.requireNonNull(p, "individual parameters");
    if (options.pkStructure() == PkStructure.ONE_COMPARTMENT) {
      cemPk = OneCompartmentOral.of(p.get(Param.KA), p.get(Param.CL), p.get(Param.V), 1.0, 1.0);
    } else {
      cemPk = TwoCompartmentOral.of(p.get(Param.KA), p.get(Param.CL), p.get(Param.V), p.get(Param.Q),
          p.get(Param.V2), 1.0, 1.0);
    }
    dexPk = OneCompartmentOral.of(p.get(Param.KA_DEX), p.get(Param.CL_DEX), p.get(Param.V_DEX),
        p.get(Param.F_DEX), 1000.0);
    if (options.pkForm() == PkForm.ODE) {
      cemOff = PD_STATES;
      dexOff = cemOff + cemPk.compartments();
      bioOff = dexOff + 2;
      dimension = bioOff + 1;
    } else {
      cemOff = -1;
      dexOff = -1;
      bioOff = -1;
      dimension = PD_STATES;
    }
    kdeg = p.get(Param.KDEG);
    smax = p.get(Param.SMAX);
    hill = p.get(Param.HILL);
    dc50Pb = p.get(Param.DC50_PB);
    dc50M = p.get(Param.DC50_M);
    dc50T = p.get(Param.DC50_T);
    kmaxCem = p.get(Param.KMAX_CEM) / 24.0;
    d50k = p.get(Param.D50K);
    nK = p.get(Param.NK);
    kg = p.get(Param.KG) / 24.0;
    lambda = p.get(Param.LAMBDA) / 24.0;
    psi = p.get(Param.PSI);
    m0 = p.get(Param.M0);
    kM = p.get(Param.KM) / 24.0;
    kp = p.get(Param.KP);
    kdexMax = p.get(Param.KDEXMAX) / 24.0;
    ab50 = p.get(Param.AB50);
    ke0N = p.get(Param.KE0N);
    emaxDexN = p.get(Param.EMAX_DEX_N);
    ec50DexN = p.get(Param.EC50_DEX_N);
    circ0 = p.get(Param.CIRC0);
    ktrN = 4.0 / p.get(Param.MTT);
    gammaN = p.get(Param.GAMMA);
    emaxN = p.get(Param.EMAXN);
    plt0 = p.get(Param.PLT0);
    ktrP = 4.0 / p.get(Param.MTT_P);
    gammaP = p.get(Param.GAMMA_P);
    emaxP = p.get(Param.EMAXP);
    tlagH = p.get(Param.TLAG);
    maturationArrest = options.neutrophilEffect() == MyelosuppressionEffect.MATURATION_ARREST;
    if (cemPk instanceof OneCompartmentOral) {
      OneCompartmentOral one = (OneCompartmentOral) cemPk;
      cemK = one.k();
      cemKa = one.ka();
      // the two-exponential form loses |ka|/|ka − k| of its relative accuracy to cancellation: keep it ≤ 100
      cemExpForm = Math.abs(cemKa - cemK) >= 0.01 * Math.max(cemKa, cemK);
    } else {
      cemK = Double.NaN;
      cemKa = Double.NaN;
      cemExpForm = false;
    }
    aucPerEliminated = cemPk.concentrationScale() / p.get(Param.CL);
    d50kPowNk = nK == 3.0 ? d50k * d50k * d50k : Math.pow(d50k, nK);
    logCirc0 = Math.log(circ0);
    logPlt0 = Math.log(plt0);
  }

  /** The structural options. */
  public ModelOptions options() {
    return options;
  }

  /** Cemsidomide absorption lag (h): a dose taken at t enters the depot at t + tlag. */
  public double tlagH() {
    return tlagH;
  }

  /** Baseline ANC (×10⁹/L). */
  public double circ0() {
    return circ0;
  }

  /** Baseline M-protein (g/dL). */
  public double m0() {
    return m0;
  }

  /** Baseline platelets (×10⁹/L). */
  public double plt0() {
    return plt0;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Closed form: the states before {@link #R_PB} (14), plus R_PB while the biomarker is tracked; CE_DEX and
   * AUC are propagated exactly at anchor moves and an untracked R_PB stays at 1, so their derivatives are 0. ODE
   * form: every state.
   */
  @Override
  public int integratedDimension() {
    if (cemOff >= 0) {
      return dimension;
    }
    return trackBiomarker ? R_PB + 1 : R_PB;
  }

  /** Writes the pre-treatment state (everything at baseline, no drug) and puts the anchor at time 0. */
  public void initialState(double[] y) {
    java.util.Arrays.fill(y, 0, dimension, 0.0);
    y[R_PB] = 1.0;
    y[R_M] = 1.0;
    y[R_T] = 1.0;
    y[TUM] = 1.0;
    y[MPROT] = m0;
    Friberg.baseline(y, N_PROL, circ0);
    Friberg.baseline(y, P_PROL, plt0);
    anchorH = 0.0;
    java.util.Arrays.fill(cemX, 0.0);
    java.util.Arrays.fill(dexX, 0.0);
    biophaseMg = 0.0;
    cemAnchorChanged();
  }

  /** Recomputes the coefficients of the two-exponential concentration and forgets the cached forcing. */
  private void cemAnchorChanged() {
    cacheT = Double.NaN;
    if (cemExpForm) {
      double s = cemPk.concentrationScale() / cemPk.centralVolumeL();
      double g = cemKa * cemX[0] / (cemKa - cemK);
      cemCoefK = (cemX[1] + g) * s;
      cemCoefKa = -g * s;
    }
  }

  /**
   * Moves the closed-form PK anchor to {@code timeH} (the end of the segment just integrated). No effect on the
   * ODE form.
   */
  public void moveAnchor(double timeH, double[] y) {
    if (cemOff >= 0) {
      anchorH = timeH;
      return;
    }
    double tau = timeH - anchorH;
    if (tau != 0.0) {
      int n = cemPk.compartments();
      cemPk.propagate(cemX, 0, tau, scratch, 0);
      // exact AUC over the segment: what was eliminated, over CL (mass balance of the linear model)
      double before = 0.0;
      double after = 0.0;
      for (int i = 0; i < n; i++) {
        before += cemX[i];
        after += scratch[i];
      }
      if (before != 0.0) {
        y[AUC] += aucPerEliminated * (before - after);
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
      biophaseMg *= Math.exp(-kp * tau);
      y[CE_DEX] = dexX[2];
      anchorH = timeH;
      cemAnchorChanged();
    }
  }

  /**
   * Closed-form effect-site concentration after {@code tau} hours from the anchor: the dexamethasone chain depot
   * → central → effect site is linear, so
   *
   * <pre>
   *   Ce(τ) = Ce·e^{−ke0·τ} + ke0·(scale/V)·[A_c·E1(−k, −ke0, τ) + ka·A_d·E2(−k, −ka, −ke0, τ)]
   * </pre>
   *
   * with E1, E2 the divided differences of e^{λτ} ({@link LinearPkModel#expDiff1}, {@link
   * LinearPkModel#expDiff2}).
   */
  private double effectSiteAfter(double tau) {
    double ad = dexX[0];
    double ac = dexX[1];
    double ce = dexX[2];
    double k = dexPk.k();
    double ka = dexPk.ka();
    double v = ce == 0.0 ? 0.0 : ce * Math.exp(-ke0N * tau);
    double input = 0.0;
    if (ac != 0.0) {
      input += ac * LinearPkModel.expDiff1(-k, -ke0N, tau);
    }
    if (ad != 0.0) {
      input += ka * ad * LinearPkModel.expDiff2(-k, -ka, -ke0N, tau);
    }
    return v + ke0N * dexPk.concentrationScale() / dexPk.centralVolumeL() * input;
  }

  /**
   * Whether the blood IKZF3 biomarker state R_PB is integrated (default true). Nothing depends on it, and its fast
   * kinetics (kdeg·(1 + S) near 1/h) cost integration steps, so trial simulations switch it off; R_PB then stays
   * at 1.
   */
  public void setTrackBiomarker(boolean track) {
    this.trackBiomarker = track;
  }

  /** Doses {@code amount} (µg cemsidomide or mg dexamethasone) into the depot at the anchor time. */
  public void dose(double[] y, Drug drug, double amount) {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount must be finite and >= 0, got " + amount);
    }
    if (drug == Drug.CEMSIDOMIDE) {
      if (cemOff >= 0) {
        cemPk.addDose(y, cemOff, amount);
      } else {
        cemPk.addDose(cemX, 0, amount);
        cemAnchorChanged();
      }
    } else {
      if (dexOff >= 0) {
        dexPk.addDose(y, dexOff, amount);
        y[bioOff] += amount;
      } else {
        dexPk.addDose(dexX, 0, amount);
        biophaseMg += amount;
        cacheT = Double.NaN;
      }
    }
  }

  /** Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment. */
  public double cemsidomideConcentration(double timeH, double[] y) {
    if (cemOff >= 0) {
      return cemPk.concentration(y, cemOff);
    }
    return cemPk.concentrationAfter(cemX, 0, timeH - anchorH);
  }

  /**
   * Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment for a state stored at {@code
   * state[offset..]} at that time (for example a dense-output row; the closed form needs only the time).
   */
  public double cemsidomideConcentration(double timeH, double[] state, int offset) {
    if (cemOff >= 0) {
      return cemPk.concentration(state, offset + cemOff);
    }
    return cemPk.concentrationAfter(cemX, 0, timeH - anchorH);
  }

  /** Dexamethasone plasma concentration (ng/mL) at {@code timeH} in the current segment. */
  public double dexamethasoneConcentration(double timeH, double[] y) {
    if (dexOff >= 0) {
      return dexPk.concentration(y, dexOff);
    }
    if (dexX[0] == 0.0 && dexX[1] == 0.0) {
      return 0.0;
    }
    return dexPk.concentrationAfter(dexX, 0, timeH - anchorH);
  }

  /** Dexamethasone biophase amount (mg) at {@code timeH} in the current segment. */
  public double biophaseMg(double timeH, double[] y) {
    if (bioOff >= 0) {
      return y[bioOff];
    }
    return biophaseMg == 0.0 ? 0.0 : biophaseMg * Math.exp(-kp * (timeH - anchorH));
  }

  /**
   * Observed ANC (×10⁹/L), demargination included, for a state {@code y} at the anchor time (the closed form
   * keeps the effect site in {@code y[CE_DEX]} up to date at every anchor move).
   */
  public double observedAnc(double[] y) {
    return Demargination.observed(y[N_CIRC], y[CE_DEX], emaxDexN, ec50DexN);
  }

  /**
   * Observed ANC (×10⁹/L) at {@code timeH} in the current segment for a state stored at {@code state[offset..]}
   * (for example a dense-output row at that time): the closed form computes the effect site at {@code timeH}
   * from the anchor, the ODE form reads it from the state.
   */
  public double observedAnc(double timeH, double[] state, int offset) {
    double ce;
    if (cemOff >= 0) {
      ce = state[offset + CE_DEX];
    } else {
      double tau = timeH - anchorH;
      ce = tau == 0.0 || (dexX[0] == 0.0 && dexX[1] == 0.0 && dexX[2] == 0.0) ? dexX[2] : effectSiteAfter(tau);
    }
    return Demargination.observed(state[offset + N_CIRC], ce, emaxDexN, ec50DexN);
  }

  /**
   * Largest cemsidomide concentration over {@code [anchor, anchor + durationH]} until the next dose. PK is linear,
   * so the current PK amounts (in {@code y} for the ODE form, at the anchor for the closed form) determine it
   * exactly in both forms. Does not allocate: for one compartment the peak time is analytic,
   *
   * <pre>
   *   C(τ) = α·e^{−k·τ} + β·e^{−ka·τ},   dC/dτ = 0  ⇔  τ* = ln(−ka·β / (k·α)) / (ka − k)
   * </pre>
   *
   * and otherwise it is the root of the central rate found by {@link #peakTime}.
   */
  public double maxCemsidomideConcentration(double durationH, double[] y) {
    if (!(durationH >= 0)) {
      throw new IllegalArgumentException("durationH must be >= 0, got " + durationH);
    }
    double[] x = cemOff >= 0 ? y : cemX;
    int off = cemOff >= 0 ? cemOff : 0;
    double c0 = cemPk.concentrationAfter(x, off, 0.0);
    if (durationH == 0.0 || !(cemPk.centralRateAfter(x, off, 0.0) > 0)) {
      return c0;
    }
    if (cemPk.centralRateAfter(x, off, durationH) >= 0) {
      return Math.max(c0, cemPk.concentrationAfter(x, off, durationH));
    }
    double tmax = Double.NaN;
    if (cemExpForm) {
      double g = cemKa * x[off] / (cemKa - cemK);
      double alpha = x[off + 1] + g;
      double beta = -g;
      tmax = Math.log(-cemKa * beta / (cemK * alpha)) / (cemKa - cemK);
    }
    if (!(tmax >= 0 && tmax <= durationH)) {
      tmax = peakTime(x, off, durationH);
    }
    return Math.max(c0, cemPk.concentrationAfter(x, off, tmax));
  }

  /**
   * Root of the central rate on {@code [0, tauEnd]} (positive at 0, negative at tauEnd) by the Illinois
   * variant of regula falsi, to 1e-10 h or machine precision; allocation-free.
   */
  private double peakTime(double[] x, int off, double tauEnd) {
    double a = 0.0;
    double b = tauEnd;
    double fa = cemPk.centralRateAfter(x, off, a);
    double fb = cemPk.centralRateAfter(x, off, b);
    int side = 0;
    for (int i = 0; i < 200 && b - a > 1e-10 * Math.max(1.0, b); i++) {
      double m = (a * fb - b * fa) / (fb - fa);
      if (!(m > a && m < b)) {
        m = 0.5 * (a + b);
      }
      double fm = cemPk.centralRateAfter(x, off, m);
      if (fm == 0.0) {
        return m;
      }
      if (fm > 0) {
        a = m;
        fa = fm;
        if (side == 1) {
          fb *= 0.5;
        }
        side = 1;
      } else {
        b = m;
        fb = fm;
        if (side == -1) {
          fa *= 0.5;
        }
        side = -1;
      }
    }
    return 0.5 * (a + b);
  }

  /** The cemsidomide PK model of this individual. */
  public LinearPkModel cemsidomidePk() {
    return cemPk;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Hot path, allocation-free. In the closed form the time-dependent forcing (cemsidomide concentration from
   * its two-exponential form, dexamethasone kill, resistance factor) is cached for the last {@code t}, so the
   * two last Dormand–Prince stages, which share their time, compute it once; the cumulative AUC is exact (added
   * at anchor moves), so its derivative is 0. Integer Hill coefficients avoid {@code Math.pow}.
   */
  @Override
  public void computeDerivatives(double t, double[] y, double[] dydt) {
    double c;
    double kDex;
    double res;
    double cdex = 0.0;
    if (cemOff >= 0) {
      cemPk.derivatives(y, cemOff, dydt, cemOff);
      dexPk.derivatives(y, dexOff, dydt, dexOff);
      dydt[bioOff] = -kp * y[bioOff];
      c = cemPk.concentration(y, cemOff);
      cdex = dexPk.concentration(y, dexOff);
      double ab = y[bioOff];
      kDex = ab > 0 ? kdexMax * ab / (ab50 + ab) : 0.0;
      res = lambda == 0.0 ? 1.0 : Math.exp(-lambda * t);
    } else if (t == cacheT) {
      c = cacheC;
      kDex = cacheKdex;
      res = cacheRes;
    } else {
      double tau = t - anchorH;
      if (cemExpForm) {
        c = cemCoefK == 0.0 ? 0.0 : cemCoefK * Math.exp(-cemK * tau);
        if (cemCoefKa != 0.0) {
          c += cemCoefKa * Math.exp(-cemKa * tau);
        }
      } else {
        c = cemPk.concentrationAfter(cemX, 0, tau);
      }
      if (biophaseMg > 0.0) {
        double ab = biophaseMg * Math.exp(-kp * tau);
        kDex = kdexMax * ab / (ab50 + ab);
      } else {
        kDex = 0.0;
      }
      res = lambda == 0.0 ? 1.0 : Math.exp(-lambda * t);
      cacheT = t;
      cacheC = c;
      cacheKdex = kDex;
      cacheRes = res;
    }

    double rM = y[R_M];
    double rT = y[R_T];
    if (c > 0.0) {
      double sM;
      double sT;
      if (hill == 1.0) {
        sM = smax * c / (dc50M + c);
        sT = smax * c / (dc50T + c);
      } else {
        sM = IkzfDegradation.stimulation(c, smax, dc50M, hill);
        sT = IkzfDegradation.stimulation(c, smax, dc50T, hill);
      }
      dydt[R_M] = kdeg * (1.0 - rM) - kdeg * sM * rM;
      dydt[R_T] = kdeg * (1.0 - rT) - kdeg * sT * rT;
      if (trackBiomarker) {
        double sPb = hill == 1.0 ? smax * c / (dc50Pb + c) : IkzfDegradation.stimulation(c, smax, dc50Pb, hill);
        double rPb = y[R_PB];
        dydt[R_PB] = kdeg * (1.0 - rPb) - kdeg * sPb * rPb;
      } else {
        dydt[R_PB] = 0.0;
      }
    } else {
      dydt[R_M] = kdeg * (1.0 - rM);
      dydt[R_T] = kdeg * (1.0 - rT);
      dydt[R_PB] = trackBiomarker ? kdeg * (1.0 - y[R_PB]) : 0.0;
    }

    double dT = 1.0 - rT;
    double kCem = 0.0;
    if (dT > 0.0) {
      double dn = nK == 3.0 ? dT * dT * dT : Math.pow(dT, nK);
      kCem = kmaxCem * dn / (d50kPowNk + dn);
    }
    double kTot = 0.0;
    if (kCem != 0.0 || kDex != 0.0) {
      double k = kCem + kDex;
      if (psi != 0.0) {
        k += psi * Math.sqrt(kCem * kDex);
      }
      kTot = Math.max(0.0, k) * res;
    }
    double tum = y[TUM];
    dydt[TUM] = (kg - kTot) * tum;
    dydt[MPROT] = kM * (m0 * tum - y[MPROT]);

    double dM = 1.0 - rM;
    Friberg.derivativesLogBaseline(y, N_PROL, ktrN, logCirc0, gammaN, emaxN * dM, maturationArrest, dydt);
    Friberg.derivativesLogBaseline(y, P_PROL, ktrP, logPlt0, gammaP, emaxP * dM, maturationArrest, dydt);

    dydt[CE_DEX] = cemOff >= 0 ? ke0N * (cdex - y[CE_DEX]) : 0.0;
    dydt[AUC] = cemOff >= 0 ? c : 0.0;
  }

  /**
   * The equations written plainly with the {@code core.pd} building blocks (no caching, no two-exponential PK):
   * the reference that {@link #computeDerivatives} is tested against. Same contract.
   */
  void referenceDerivatives(double t, double[] y, double[] dydt) {
    double c;
    double cdex;
    double ab;
    if (cemOff >= 0) {
      cemPk.derivatives(y, cemOff, dydt, cemOff);
      dexPk.derivatives(y, dexOff, dydt, dexOff);
      dydt[bioOff] = -kp * y[bioOff];
      c = cemPk.concentration(y, cemOff);
      cdex = dexPk.concentration(y, dexOff);
      ab = y[bioOff];
    } else {
      double tau = t - anchorH;
      c = cemPk.concentrationAfter(cemX, 0, tau);
      cdex = 0.0; // only the effect site uses it, and that is closed form
      ab = biophaseMg == 0.0 ? 0.0 : biophaseMg * Math.exp(-kp * tau);
    }

    double sPb = trackBiomarker ? IkzfDegradation.stimulation(c, smax, dc50Pb, hill) : 0.0;
    double sM = IkzfDegradation.stimulation(c, smax, dc50M, hill);
    double sT = IkzfDegradation.stimulation(c, smax, dc50T, hill);
    double rPb = y[R_PB];
    double rM = y[R_M];
    double rT = y[R_T];
    dydt[R_PB] = trackBiomarker ? IkzfDegradation.derivative(rPb, kdeg, sPb) : 0.0;
    dydt[R_M] = IkzfDegradation.derivative(rM, kdeg, sM);
    dydt[R_T] = IkzfDegradation.derivative(rT, kdeg, sT);

    double kCem = TumourKill.cemsidomideKill(1.0 - rT, kmaxCem, d50k, nK);
    double kDex = TumourKill.dexamethasoneKill(ab, kdexMax, ab50);
    double kTot = 0.0;
    if (kCem != 0.0 || kDex != 0.0) {
      kTot = TumourKill.totalKill(kCem, kDex, psi, lambda == 0.0 ? 1.0 : Math.exp(-lambda * t));
    }
    double tum = y[TUM];
    dydt[TUM] = (kg - kTot) * tum;
    dydt[MPROT] = kM * (m0 * tum - y[MPROT]);

    double dM = 1.0 - rM;
    MyelosuppressionEffect variant =
        maturationArrest ? MyelosuppressionEffect.MATURATION_ARREST : MyelosuppressionEffect.PROLIFERATION;
    Friberg.derivatives(y, N_PROL, ktrN, circ0, gammaN, emaxN * dM, variant, dydt);
    Friberg.derivatives(y, P_PROL, ktrP, plt0, gammaP, emaxP * dM, variant, dydt);

    // closed form: the effect site is propagated exactly at anchor moves (see effectSiteAfter)
    dydt[CE_DEX] = cemOff >= 0 ? ke0N * (cdex - y[CE_DEX]) : 0.0;
    dydt[AUC] = cemOff >= 0 ? c : 0.0; // closed form: exact AUC at anchor moves
  }
}
