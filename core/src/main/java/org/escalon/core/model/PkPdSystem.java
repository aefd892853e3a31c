package org.escalon.core.model;

import java.util.Arrays;
import java.util.Objects;
import org.escalon.core.model.ModelOptions.PkForm;
import org.escalon.core.model.ModelOptions.PkStructure;
import org.escalon.core.ode.OdeSystem;
import org.escalon.core.pd.Demargination;
import org.escalon.core.pd.FeedbackBlunting;
import org.escalon.core.pd.Friberg;
import org.escalon.core.pd.IkzfDegradation;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.pd.TumourKill;
import org.escalon.core.pk.ClosedFormExposure;
import org.escalon.core.pk.DrugExposure;
import org.escalon.core.pk.LinearPkModel;
import org.escalon.core.pk.OdeExposure;
import org.escalon.core.pk.OneCompartmentOral;
import org.escalon.core.pk.TwoCompartmentOral;
import org.escalon.core.regimen.DosingEvent.Drug;

/**
 * The composed cemsidomide + dexamethasone PK/PD model of one individual as an {@link OdeSystem} (docs/model.md §2).
 * Time in hours since cycle 1 day 1; every rate per hour (rates the parameter table gives per day are converted by
 * {@link IndividualParameters#inModelUnit}). The whole equation set, with the state index of each equation:
 *
 * <pre>
 *   // PK (core.pk): closed form between anchors, or the same as ODE states (ModelOptions.PkForm)
 *   C        = cemsidomide concentration (ng/mL): oral, lag TLAG (h), KA (1/h), CL (L/h), V (L)[, Q, V2]
 *   C_dex    = dexamethasone concentration (ng/mL) = 1000·A_c,dex/V_DEX, with F_DEX, KA_DEX, CL_DEX
 *   dA_b/dt  = −KP·A_b;  a dexamethasone dose (mg) adds to A_b                   biophase (mg)
 *   dCe/dt   = KE0N·(C_dex − Ce)                                                 (ng/mL)        [CE_DEX]
 *   dAUC/dt  = C                                                                 (ng·h/mL)      [AUC]
 *
 *   // IKZF1/3 turnover with stimulated degradation (core.pd.IkzfDegradation), X ∈ {PB, M, T}
 *   S_X      = SMAX·C^HILL / (DC50_X^HILL + C^HILL)
 *   dR_X/dt  = KDEG·(1 − R_X) − KDEG·S_X·R_X                           (fraction) [R_PB, R_M, R_T]
 *
 *   // tumour and M-protein (core.pd.TumourKill)
 *   D_T      = 1 − R_T
 *   k_cem    = KMAX_CEM·D_T^NK / (D50K^NK + D_T^NK)
 *   k_dex    = KDEXMAX·A_b / (AB50 + A_b)
 *   k_tot    = max(0, k_cem + k_dex + PSI·sqrt(k_cem·k_dex))·exp(−LAMBDA·t)
 *   dTum/dt  = (KG − k_tot)·Tum                                                  (relative)     [TUM]
 *   dM/dt    = KM·(M0·Tum − M)                                                   (g/dL)         [MPROT]
 *
 *   // marrow (core.pd.Friberg), Z = N (MTT, CIRC0, GAMMA, EMAXN) or P (MTT_P, PLT0, GAMMA_P, EMAXP)
 *   D_M      = 1 − R_M,   E_Z = EMAX_Z·D_M,   ktr_Z = 4/MTT_Z
 *   dProl/dt = ktr·Prol·(1 − E)·(Circ0/Circ)^γ − ktr·Prol                                      [N_PROL, P_PROL]
 *   dT1/dt   = ktr·(Prol − T1);  dT2/dt = ktr·(T1 − T2);  dT3/dt = ktr·(T2 − T3)
 *   dCirc/dt = ktr·(T3 − Circ)                                                   (×10⁹/L)       [N_CIRC, P_CIRC]
 *   (MATURATION_ARREST: E slows the transit ktr·(1 − E) through T1–T3 instead; see Friberg)
 *   (BLUNTED_FEEDBACK, neutrophils only: E_N = EMAXN·H(D_M; D50E, NE), γ → GAMMA·(1 − PHI_F·H(D_M; D50F, NF)),
 *    H(D; D50, n) = Dⁿ/(D50ⁿ + Dⁿ); see FeedbackBlunting)
 *
 *   // observed
 *   ANC      = Circ_N·(1 + EMAX_DEX_N·Ce/(EC50_DEX_N + Ce))                      (×10⁹/L)
 * </pre>
 *
 * <p>The PK part is a {@link DrugExposure}: with {@link PkForm#CLOSED_FORM} (the default, the hot path) it is
 * propagated exactly from an <em>anchor</em>, so that fast absorption does not limit the step size; the caller
 * moves the anchor with {@link #moveAnchor(double, double[])} at every segment boundary and gives doses with
 * {@link #dose(double[], Drug, double)} at the anchor time. With {@link PkForm#ODE} the PK compartments are ODE
 * states after {@link #PD_STATES} and a dose is a state reset; the same calls work.
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

  private final ModelOptions options;
  private final LinearPkModel cemPk;
  private final DrugExposure exposure;
  private final int dimension;
  private final IkzfDegradation bloodIkzf3;
  private final IkzfDegradation marrowIkzf1;
  private final IkzfDegradation tumourIkzf;
  private final TumourKill tumour;
  private final Friberg neutrophils;
  private final Friberg platelets;
  private final double emaxDexN;
  private final double ec50DexN;
  private final double tlagH;
  private boolean trackBiomarker = true;
  // resistance factor exp(−λ·t) cached for the last t (the two last Dormand–Prince stages share their t)
  private double resistanceT = Double.NaN;
  private double resistance;

  /**
   * Builds the system of one individual.
   *
   * @param p the patient's individual parameters
   * @param options model structure
   */
  public PkPdSystem(IndividualParameters p, ModelOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(p, "individual parameters");
    if (options.pkStructure() == PkStructure.ONE_COMPARTMENT) {
      cemPk = OneCompartmentOral.of(p.get(Param.KA), p.get(Param.CL), p.get(Param.V), 1.0, 1.0);
    } else {
      cemPk = TwoCompartmentOral.of(p.get(Param.KA), p.get(Param.CL), p.get(Param.V), p.get(Param.Q),
          p.get(Param.V2), 1.0, 1.0);
    }
    OneCompartmentOral dexPk = OneCompartmentOral.of(p.get(Param.KA_DEX), p.get(Param.CL_DEX),
        p.get(Param.V_DEX), p.get(Param.F_DEX), 1000.0);
    double ke0 = p.inModelUnit(Param.KE0N);
    double kp = p.inModelUnit(Param.KP);
    exposure = options.pkForm() == PkForm.ODE
        ? new OdeExposure(cemPk, dexPk, ke0, kp, CE_DEX, AUC, PD_STATES)
        : new ClosedFormExposure(cemPk, dexPk, ke0, kp, p.get(Param.CL), CE_DEX, AUC);
    dimension = PD_STATES + exposure.odeStates();
    double kdeg = p.inModelUnit(Param.KDEG);
    double smax = p.get(Param.SMAX);
    double hill = p.get(Param.HILL);
    bloodIkzf3 = new IkzfDegradation(kdeg, smax, p.get(Param.DC50_PB), hill);
    marrowIkzf1 = new IkzfDegradation(kdeg, smax, p.get(Param.DC50_M), hill);
    tumourIkzf = new IkzfDegradation(kdeg, smax, p.get(Param.DC50_T), hill);
    tumour = new TumourKill(p.inModelUnit(Param.KMAX_CEM), p.get(Param.D50K), p.get(Param.NK),
        p.inModelUnit(Param.KDEXMAX), p.get(Param.AB50), p.get(Param.PSI), p.inModelUnit(Param.LAMBDA),
        p.inModelUnit(Param.KG), p.get(Param.M0), p.inModelUnit(Param.KM));
    MyelosuppressionEffect variant = options.neutrophilEffect();
    if (variant == MyelosuppressionEffect.BLUNTED_FEEDBACK) {
      neutrophils = Friberg.bluntedFeedback(p.get(Param.MTT), p.get(Param.CIRC0), p.get(Param.GAMMA),
          p.get(Param.EMAXN), new FeedbackBlunting.Shape(p.get(Param.D50E), p.get(Param.NE), p.get(Param.D50F),
              p.get(Param.NF), p.get(Param.PHI_F)));
      variant = MyelosuppressionEffect.PROLIFERATION; // the platelets keep the intact feedback
    } else {
      neutrophils = Friberg.of(p.get(Param.MTT), p.get(Param.CIRC0), p.get(Param.GAMMA), p.get(Param.EMAXN),
          variant);
    }
    platelets = Friberg.of(p.get(Param.MTT_P), p.get(Param.PLT0), p.get(Param.GAMMA_P), p.get(Param.EMAXP),
        variant);
    emaxDexN = p.get(Param.EMAX_DEX_N);
    ec50DexN = p.get(Param.EC50_DEX_N);
    tlagH = p.get(Param.TLAG);
  }

  /**
   * The decay rate of the blood IKZF3 biomarker, KDEG·(1 + S_PB(C(t))) (1/h), with C from the closed form of the
   * current segment: dR_PB/dt = KDEG − rate·R_PB is linear in R_PB and nothing else depends on R_PB, so it can be
   * stepped exactly beside the ODE ({@link org.escalon.core.ode.ExponentialScalarIntegrator}) instead of limiting
   * the ODE's steps (docs/model.md §2B). Closed-form PK only; valid between anchor moves, like the concentration.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @return the decay rate of the blood IKZF3 biomarker, KDEG·(1 + S_PB(C(t))) (1/h), with C from the closed form of
   *     the current segment: dR_PB/dt = KDEG − rate·R_PB is linear in R_PB and nothing else depends on R_PB, so it can
   *     be stepped exactly beside the ODE ({@link org.escalon.core.ode.ExponentialScalarIntegrator}) instead of
   *     limiting the ODE's steps (docs/model.md §2B)
   * @throws IllegalStateException with ODE-form PK
   */
  public double bloodIkzf3DecayRate(double timeH) {
    if (!(exposure instanceof ClosedFormExposure)) {
      throw new IllegalStateException("the blood IKZF3 decay rate needs closed-form PK");
    }
    return bloodIkzf3.kdegPerH() * (1.0 + bloodIkzf3.stimulation(((ClosedFormExposure) exposure).concentration(timeH)));
  }

  /**
   * The decay rates of the blood IKZF3 biomarker at the four nodes of an exponential-integrator step from {@code
   * timeH} of size {@code h} ({@link org.escalon.core.ode.ScalarLinearOde#stepRates}), with the concentrations from
   * {@link ClosedFormExposure#concentrationsOverStep} (shared exponentials; {@code cache} as there). Closed-form PK
   * only.
   *
   * @param timeH the step's start (h)
   * @param h the step size (h)
   * @param delta the distance of the outer interior nodes from the step's middle, as a fraction of h
   * @param out receives the four decay rates (1/h)
   * @param cache the caller's memory of the previous call ({@link ClosedFormExposure#concentrationsOverStep})
   */
  public void bloodIkzf3DecayRates(double timeH, double h, double delta, double[] out, double[] cache) {
    if (!(exposure instanceof ClosedFormExposure)) {
      throw new IllegalStateException("the blood IKZF3 decay rate needs closed-form PK");
    }
    ((ClosedFormExposure) exposure).concentrationsOverStep(timeH, h, delta, out, cache);
    final double kdeg = bloodIkzf3.kdegPerH();
    for (int i = 0; i < 4; i++) {
      out[i] = kdeg * (1.0 + bloodIkzf3.stimulation(out[i]));
    }
  }

  /**
   * KDEG (1/h), the source term of every IKZF turnover (dR/dt = KDEG − rate·R).
   *
   * @return KDEG (1/h), the source term of every IKZF turnover (dR/dt = KDEG − rate·R)
   */
  public double ikzfKdegPerH() {
    return bloodIkzf3.kdegPerH();
  }

  /**
   * The structural options.
   *
   * @return the structural options
   */
  public ModelOptions options() {
    return options;
  }

  /**
   * Cemsidomide absorption lag (h): a dose taken at t enters the depot at t + tlag.
   *
   * @return cemsidomide absorption lag (h): a dose taken at t enters the depot at t + tlag
   */
  public double tlagH() {
    return tlagH;
  }

  /**
   * Baseline ANC (×10⁹/L).
   *
   * @return baseline ANC (×10⁹/L)
   */
  public double circ0() {
    return neutrophils.baseline();
  }

  /**
   * Baseline M-protein (g/dL).
   *
   * @return baseline M-protein (g/dL)
   */
  public double m0() {
    return tumour.m0GPerDl();
  }

  /**
   * Baseline platelets (×10⁹/L).
   *
   * @return baseline platelets (×10⁹/L)
   */
  public double plt0() {
    return platelets.baseline();
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
    if (!exposure.exactAtAnchors()) {
      return dimension;
    }
    return trackBiomarker ? R_PB + 1 : R_PB;
  }

  /**
   * Writes the pre-treatment state (everything at baseline, no drug) and puts the anchor at time 0.
   *
   * @param y writes the pre-treatment state (everything at baseline, no drug) and puts the anchor at time 0
   */
  public void initialState(double[] y) {
    Arrays.fill(y, 0, dimension, 0.0);
    y[R_PB] = 1.0;
    y[R_M] = 1.0;
    y[R_T] = 1.0;
    y[TUM] = 1.0;
    y[MPROT] = tumour.m0GPerDl();
    neutrophils.baseline(y, N_PROL);
    platelets.baseline(y, P_PROL);
    exposure.initialise(y);
  }

  /**
   * Moves the closed-form PK anchor to {@code timeH} (the end of the segment just integrated).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector (the layout of {@link #dimension()}); changed in place
   */
  public void moveAnchor(double timeH, double[] y) {
    exposure.moveAnchor(timeH, y);
  }

  /**
   * Whether the blood IKZF3 biomarker state R_PB is integrated (default true). Nothing depends on it, and its fast
   * kinetics (kdeg·(1 + S) near 1/h) cost integration steps, so trial simulations switch it off; R_PB then stays
   * at 1.
   *
   * @param track {@code true} for whether the blood IKZF3 biomarker state R_PB is integrated (default true)
   */
  public void setTrackBiomarker(boolean track) {
    this.trackBiomarker = track;
  }

  /**
   * Doses {@code amount} (µg cemsidomide or mg dexamethasone) into the depot at the anchor time.
   *
   * @param y the state vector (the layout of {@link #dimension()}); the dose is added in place
   * @param drug which drug
   * @param amount the dose: µg of cemsidomide or mg of dexamethasone
   */
  public void dose(double[] y, Drug drug, double amount) {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount must be finite and >= 0, got " + amount);
    }
    if (drug == Drug.CEMSIDOMIDE) {
      exposure.doseCemsidomide(y, amount);
    } else {
      exposure.doseDexamethasone(y, amount);
    }
  }

  /**
   * Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector (the layout of {@link #dimension()})
   * @return cemsidomide concentration (ng/mL) at {@code timeH} in the current segment
   */
  public double cemsidomideConcentration(double timeH, double[] y) {
    return exposure.cemsidomideConcentration(timeH, y, 0);
  }

  /**
   * Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment for a state stored at {@code
   * state[offset..]} at that time (for example a dense-output row; the closed form needs only the time).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param state an array holding the state (e.g. a row of dense output)
   * @param offset the index of the state's first entry in {@code state}
   * @return cemsidomide concentration (ng/mL) at {@code timeH} in the current segment for a state stored at {@code
   *     state[offset..]} at that time (for example a dense-output row; the closed form needs only the time)
   */
  public double cemsidomideConcentration(double timeH, double[] state, int offset) {
    return exposure.cemsidomideConcentration(timeH, state, offset);
  }

  /**
   * Dexamethasone plasma concentration (ng/mL) at {@code timeH} in the current segment.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector (the layout of {@link #dimension()})
   * @return dexamethasone plasma concentration (ng/mL) at {@code timeH} in the current segment
   */
  public double dexamethasoneConcentration(double timeH, double[] y) {
    return exposure.dexamethasoneConcentration(timeH, y);
  }

  /**
   * Dexamethasone biophase amount (mg) at {@code timeH} in the current segment.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector (the layout of {@link #dimension()})
   * @return dexamethasone biophase amount (mg) at {@code timeH} in the current segment
   */
  public double biophaseMg(double timeH, double[] y) {
    return exposure.biophaseMg(timeH, y);
  }

  /**
   * Observed ANC (×10⁹/L), demargination included, for a state {@code y} at the anchor time (the closed form
   * keeps the effect site in {@code y[CE_DEX]} up to date at every anchor move).
   *
   * @param y the state vector at the anchor time
   * @return observed ANC (×10⁹/L), demargination included, for a state {@code y} at the anchor time (the closed form
   *     keeps the effect site in {@code y[CE_DEX]} up to date at every anchor move)
   */
  public double observedAnc(double[] y) {
    return Demargination.observed(y[N_CIRC], y[CE_DEX], emaxDexN, ec50DexN);
  }

  /**
   * Observed ANC (×10⁹/L) at {@code timeH} in the current segment for a state stored at {@code state[offset..]}
   * (for example a dense-output row at that time).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param state an array holding the state (e.g. a row of dense output)
   * @param offset the index of the state's first entry in {@code state}
   * @return observed ANC (×10⁹/L) at {@code timeH} in the current segment for a state stored at {@code state[offset..]}
   *     (for example a dense-output row at that time)
   */
  public double observedAnc(double timeH, double[] state, int offset) {
    return Demargination.observed(state[offset + N_CIRC], exposure.effectSiteNgPerMl(timeH, state, offset),
        emaxDexN, ec50DexN);
  }

  /**
   * Largest cemsidomide concentration over {@code [anchor, anchor + durationH]} until the next dose, exact in both
   * PK forms ({@link org.escalon.core.pk.DailyCmax}).
   *
   * @param durationH the length of the interval in hours, from the anchor (the last dose)
   * @param y the state vector (the layout of {@link #dimension()})
   * @return largest cemsidomide concentration over {@code [anchor, anchor + durationH]} until the next dose, exact in
   *     both PK forms ({@link org.escalon.core.pk.DailyCmax})
   */
  public double maxCemsidomideConcentration(double durationH, double[] y) {
    if (!(durationH >= 0)) {
      throw new IllegalArgumentException("durationH must be >= 0, got " + durationH);
    }
    return exposure.maxCemsidomideConcentration(durationH, y);
  }

  /**
   * The cemsidomide PK model of this individual.
   *
   * @return the cemsidomide PK model of this individual
   */
  public LinearPkModel cemsidomidePk() {
    return cemPk;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Hot path, allocation-free: the PK inputs come from the {@link DrugExposure} (closed form: cached for the
   * last {@code t}, so the two last Dormand–Prince stages, which share their time, compute them once), the
   * resistance factor is cached likewise, and each PD block writes its own derivatives.
   */
  @Override
  public void computeDerivatives(double t, double[] y, double[] dydt) {
    double c = exposure.evaluate(t, y, dydt);
    double biophase = exposure.lastBiophaseMg();
    if (t != resistanceT) {
      resistance = tumour.resistance(t);
      resistanceT = t;
    }
    double rM = y[R_M];
    double rT = y[R_T];
    if (c > 0.0) {
      dydt[R_M] = marrowIkzf1.derivative(rM, marrowIkzf1.stimulation(c));
      dydt[R_T] = tumourIkzf.derivative(rT, tumourIkzf.stimulation(c));
      dydt[R_PB] = trackBiomarker ? bloodIkzf3.derivative(y[R_PB], bloodIkzf3.stimulation(c)) : 0.0;
    } else {
      dydt[R_M] = marrowIkzf1.recovery(rM);
      dydt[R_T] = tumourIkzf.recovery(rT);
      dydt[R_PB] = trackBiomarker ? bloodIkzf3.recovery(y[R_PB]) : 0.0;
    }
    tumour.derivatives(y, TUM, MPROT, tumour.totalKill(1.0 - rT, biophase, resistance), dydt);
    double dM = 1.0 - rM;
    neutrophils.derivatives(y, N_PROL, dM, dydt);
    platelets.derivatives(y, P_PROL, dM, dydt);
  }

  /**
   * The equations written plainly with the {@code core.pd} static building blocks (no caching, no two-exponential
   * PK, the Friberg feedback as a power): the reference that {@link #computeDerivatives} is tested against. Same
   * contract.
   */
  void referenceDerivatives(double t, double[] y, double[] dydt) {
    double c = exposure.evaluateReference(t, y, dydt);
    double ab = exposure.lastBiophaseMg();
    double sPb = trackBiomarker ? bloodIkzf3.stimulation(c) : 0.0;
    dydt[R_PB] = trackBiomarker ? IkzfDegradation.derivative(y[R_PB], bloodIkzf3.kdegPerH(), sPb) : 0.0;
    dydt[R_M] = IkzfDegradation.derivative(y[R_M], marrowIkzf1.kdegPerH(), marrowIkzf1.stimulation(c));
    dydt[R_T] = IkzfDegradation.derivative(y[R_T], tumourIkzf.kdegPerH(), tumourIkzf.stimulation(c));

    TumourKill k = tumour;
    double kCem = TumourKill.cemsidomideKill(1.0 - y[R_T], k.kmaxCemPerH(), k.d50k(), k.nK());
    double kDex = TumourKill.dexamethasoneKill(ab, k.kdexMaxPerH(), k.ab50Mg());
    double kTot = 0.0;
    if (kCem != 0.0 || kDex != 0.0) {
      kTot = TumourKill.totalKill(kCem, kDex, k.psi(), k.resistance(t));
    }
    double tum = y[TUM];
    dydt[TUM] = (k.kgPerH() - kTot) * tum;
    dydt[MPROT] = k.kmPerH() * (k.m0GPerDl() * tum - y[MPROT]);

    double dM = 1.0 - y[R_M];
    neutrophils.referenceDerivatives(y, N_PROL, dM, dydt);
    platelets.referenceDerivatives(y, P_PROL, dM, dydt);
  }
}
