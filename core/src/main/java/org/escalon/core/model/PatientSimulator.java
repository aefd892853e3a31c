package org.escalon.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.escalon.core.regimen.DosingEvent.Drug;
import org.escalon.core.ode.DormandPrince54Integrator;
import org.escalon.core.ode.HipparchusIntegrator;
import org.escalon.core.ode.IntegrationCounters;
import org.escalon.core.ode.OdeIntegrator;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.ode.StepObserver;
import org.escalon.core.ode.StepSizeHints;
import org.escalon.core.output.DltCriteria;
import org.escalon.core.output.ImwgResponse;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.output.Profile;
import org.escalon.core.output.ResponseCriteria;
import org.escalon.core.output.ToxicityCriteria;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.pd.IncidenceModel;
import org.escalon.core.population.Covariates;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Regimen;

/**
 * Simulates one virtual patient's course: doses day by day (holds and reductions judged on the previous day's
 * pre-dose counts), the PK/PD ODE integrated segment by segment, then grades, cycle-1 DLT, adverse events and
 * IMWG response.
 *
 * <p>Segments end only where the right-hand side may jump or the course may stop: the start of every planned
 * dexamethasone day, the cemsidomide absorption start {@code t_dose + tlag} of every planned cemsidomide day
 * (whether or not the dose is then held), cycle ends (AUC, M-protein assessment) and, from the last planned day
 * on or after progression, every day end. The day-end values inside a segment (ANC, platelets, cemsidomide
 * concentration) come from the integrator's dense output, and a hold decision only changes the dose at the next
 * segment boundary, never the state, so smooth stretches are integrated in one call.
 *
 * <p>Doses are taken at the start of each day; the end-of-day value is the next day's pre-dose (trough) value,
 * which is what toxicity grading and dose holds use (the transient dexamethasone demargination spike is over by
 * then). A grade 4 neutropenia episode that starts in the DLT window is followed past the end of treatment (no
 * further doses) until it ends, for at most {@link SimulationSettings#maxFollowUpDays()} days. After
 * progression the patient leaves the study.
 *
 * <p>A simulator owns an integrator and reusable work arrays: not thread-safe, use one per thread. Results depend
 * only on the inputs (the integrator's step history is reset for each patient).
 *
 * <p>Two API levels that agree bit for bit: {@link #simulate(IndividualParameters, VirtualPatient, Regimen)}
 * returns an immutable {@link PatientResult}; the hot path {@link #simulate(IndividualParameters, Covariates,
 * double[], Regimen, PatientResultBuffer)} writes into a caller's reusable buffer and allocates only the
 * patient's {@link PkPdSystem} (a few hundred bytes).
 *
 * <p>Step-size carry-over: each post-dose segment starts with the first accepted step of the previous day's
 * post-dose segment (their dynamics are alike), which avoids most step rejections at dose times.
 */
public final class PatientSimulator {

  /** Which ODE solver. */
  public enum Solver {
    /** our allocation-free Dormand–Prince 5(4): the hot path */
    FAST,
    /** Hipparchus DormandPrince54 (reference) */
    HIPPARCHUS,
    /** Hipparchus DormandPrince853 (reference) */
    HIPPARCHUS_853
  }

  private final ModelOptions options;
  private final SimulationSettings settings;
  private final OdeIntegrator integrator;
  /** The integrator's step-size hints, or null when it has none. */
  private final StepSizeHints hints;
  private final int dimension;
  private boolean trackBiomarker;

  // work arrays reused across patients (grown on demand)
  private final PatientResultBuffer buffer = new PatientResultBuffer();
  private double[] y;
  private double[] lastPreDose = new double[0];
  private int[] dosesInCycle = new int[0];
  private ImwgResponse[] cats = new ImwgResponse[0];
  private double minBiomarker;
  // segment integration: y is integrated up to tCur (the PK anchor); day-end values of days ending in the last
  // segment are kept per day (grown on demand)
  private double tCur;
  private double[] outTimes = new double[0];
  private double[] outStates = new double[0];
  private double[] dayEndAnc = new double[0];
  private double[] dayEndPlt = new double[0];
  private double[] dayEndConc = new double[0];
  private final Segments segments = new Segments();
  private final StepObserver biomarkerObserver = (t, state) -> {
    double r = state[PkPdSystem.R_PB];
    if (r < minBiomarker) {
      minBiomarker = r;
    }
  };

  /**
   * @param options model structure
   * @param settings course and judging rules
   * @param solver which integrator
   * @param tolerances integrator tolerances
   */
  public PatientSimulator(ModelOptions options, SimulationSettings settings, Solver solver,
      OdeTolerances tolerances) {
    this.options = Objects.requireNonNull(options, "options");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(tolerances, "tolerances");
    this.dimension = new PkPdSystem(IndividualParameters.typical(ModelParameters.defaults()), options)
        .dimension();
    switch (solver) {
      case HIPPARCHUS:
        integrator = HipparchusIntegrator.dormandPrince54(dimension, tolerances);
        break;
      case HIPPARCHUS_853:
        integrator = HipparchusIntegrator.dormandPrince853(dimension, tolerances);
        break;
      default:
        integrator = new DormandPrince54Integrator(dimension, tolerances);
    }
    hints = integrator instanceof StepSizeHints ? (StepSizeHints) integrator : null;
    y = new double[dimension];
  }

  /** Default model, default settings, fast solver, default tolerances. */
  public static PatientSimulator defaults() {
    return new PatientSimulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.FAST,
        OdeTolerances.DEFAULT);
  }

  /**
   * Whether {@link #simulate} integrates the blood IKZF3 biomarker (off by default: nothing depends on it and its
   * fast kinetics cost steps; {@link #profile} always tracks it).
   */
  public void setTrackBiomarker(boolean track) {
    this.trackBiomarker = track;
  }

  /** The settings. */
  public SimulationSettings settings() {
    return settings;
  }

  /** The integrator. */
  public OdeIntegrator integrator() {
    return integrator;
  }

  /** The integrator's evaluation and step counters (every {@link Solver} has them). */
  public IntegrationCounters counters() {
    return (IntegrationCounters) integrator;
  }

  /** Simulates the course of {@code patient} on {@code regimen}. */
  public PatientResult simulate(IndividualParameters params, VirtualPatient patient, Regimen regimen) {
    Objects.requireNonNull(patient, "patient");
    run(params, patient.covariates(), patient.latentUniforms(), regimen, 0, null, buffer);
    return buffer.toResult();
  }

  /**
   * The allocation-free hot path: simulates and writes the outcome into {@code out} (reused; {@code
   * out.toResult()} equals what {@link #simulate(IndividualParameters, Covariates, double[], Regimen)} returns,
   * bit for bit). With biomarker tracking on, {@code out.minBiomarker()} is the lowest blood IKZF3 fraction over
   * the accepted integration steps.
   *
   * @param latentUniforms length {@link VirtualPatient#LATENT_COUNT} (read, not kept)
   */
  public void simulate(IndividualParameters params, Covariates covariates, double[] latentUniforms,
      Regimen regimen, PatientResultBuffer out) {
    Objects.requireNonNull(out, "out");
    checkLatent(latentUniforms);
    run(params, covariates, latentUniforms, regimen, 0, null, out);
  }

  private static void checkLatent(double[] latentUniforms) {
    Objects.requireNonNull(latentUniforms, "latentUniforms");
    if (latentUniforms.length != VirtualPatient.LATENT_COUNT) {
      throw new IllegalArgumentException("latentUniforms must have " + VirtualPatient.LATENT_COUNT
          + " entries, got " + latentUniforms.length);
    }
  }

  /** Simulates with explicit covariates and latent uniforms (length {@link VirtualPatient#LATENT_COUNT}). */
  public PatientResult simulate(IndividualParameters params, Covariates covariates, double[] latentUniforms,
      Regimen regimen) {
    checkLatent(latentUniforms);
    run(params, covariates, latentUniforms, regimen, 0, null, buffer);
    return buffer.toResult();
  }

  /**
   * The model outputs on a grid of {@code stepH} hours from 0 to the end of the regimen (pre-dose values at
   * dose times), columns {@link Profile#STANDARD_COLUMNS}.
   */
  public Profile profile(IndividualParameters params, Covariates covariates, Regimen regimen, double stepH) {
    if (!(stepH > 0) || Double.isInfinite(stepH)) {
      throw new IllegalArgumentException("stepH must be finite and > 0, got " + stepH);
    }
    double[] u = new double[VirtualPatient.LATENT_COUNT];
    Arrays.fill(u, 0.5);
    List<double[]> rows = new ArrayList<>();
    run(params, covariates, u, regimen, stepH, rows, buffer);
    return new Profile(Profile.STANDARD_COLUMNS, rows);
  }

  private void run(IndividualParameters params, Covariates cov, double[] latent, Regimen regimen,
      double stepH, List<double[]> rows, PatientResultBuffer out) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(cov, "covariates");
    Objects.requireNonNull(regimen, "regimen");
    PkPdSystem sys = new PkPdSystem(params, options);
    boolean biomarker = trackBiomarker || rows != null;
    sys.setTrackBiomarker(biomarker);
    double[] y = this.y;
    sys.initialState(y);
    integrator.reset();
    minBiomarker = 1.0;
    integrator.setStepObserver(biomarker ? biomarkerObserver : null);

    DoseModificationRule rule = settings.doseModification();
    ToxicityCriteria tox = settings.toxicity();
    DltCriteria dltCrit = settings.dlt();
    ResponseCriteria resp = settings.response();

    int cycleDays = regimen.cycleLengthDays();
    int cycles = regimen.cycles();
    int plannedDays = regimen.treatmentDays();
    int maxDays = Math.max(plannedDays, dltCrit.windowDays()) + settings.maxFollowUpDays();
    double dexMg = regimen.dexDoseMg();
    if (settings.dexAgeRule() && cov.ageYears() > 75 && dexMg > 20) {
      dexMg = 20;
    }
    double dose = regimen.doseUg();
    double tlag = sys.tlagH();

    out.clear(maxDays, cycles);
    double[] anc = out.ancDailyArray();
    double[] plt = out.plateletsDailyArray();
    double[] cemGiven = out.cemsidomideDailyUgArray();
    double[] dexGiven = out.dexamethasoneDailyMgArray();
    double[] auc = out.aucPerCycleArray();
    double[] cmax = out.cmaxPerCycleArray();
    double[] ctrough = out.ctroughPerCycleArray();
    double[] mAssess = out.mProteinAssessmentArray();
    if (lastPreDose.length < cycles) {
      lastPreDose = new double[cycles];
      dosesInCycle = new int[cycles];
      cats = new ImwgResponse[cycles];
    }
    double[] lastPreDose = this.lastPreDose;
    int[] dosesInCycle = this.dosesInCycle;
    ImwgResponse[] cats = this.cats;
    Arrays.fill(lastPreDose, 0, cycles, 0.0);
    Arrays.fill(dosesInCycle, 0, cycles, 0);
    int assessments = 0;
    double postDoseStepH = Double.NaN;

    boolean onHold = false;
    boolean discontinued = false;
    boolean progressed = false;
    int progressionDay = 0;
    int holds = 0;
    int reductions = 0;
    int dosesGiven = 0;
    int cyclesStarted = 0;
    double aucAtCycleStart = 0;
    double nadirM = sys.m0();
    double m0 = sys.m0();

    Grid grid = stepH > 0 ? new Grid(stepH, rows) : null;
    if (grid != null) {
      grid.record(sys, 0.0, y);
    }
    if (dayEndAnc.length < maxDays) {
      dayEndAnc = new double[maxDays];
      dayEndPlt = new double[maxDays];
      dayEndConc = new double[maxDays];
    }
    tCur = 0.0;
    boolean hintPending = false;
    Segments seg = segments;
    seg.set(regimen, cycleDays, plannedDays, maxDays, tlag, dexMg > 0);

    int day = 0;
    for (; day < maxDays; day++) {
      double t0 = 24.0 * day;
      boolean inTreatment = day < plannedDays && !progressed;
      int cycle = day / cycleDays;
      if (inTreatment && day % cycleDays == 0) {
        cyclesStarted = cycle + 1;
      }
      if (rule.enabled() && day > 0 && !discontinued && inTreatment) {
        double a = anc[day - 1];
        double pl = plt[day - 1];
        if (!onHold) {
          if (a < rule.holdAncBelow() || pl < rule.holdPlateletsBelow()) {
            onHold = true;
            holds++;
          }
        } else if (a >= rule.resumeAncAtLeast() && pl >= rule.resumePlateletsAtLeast()) {
          onHold = false;
          if (holds >= rule.reduceFromHold()) {
            double next = rule.reducedDoseUg(dose);
            reductions++;
            if (next > 0) {
              dose = next;
            } else {
              discontinued = true;
            }
          }
        }
      }
      boolean cemToday = inTreatment && regimen.isCemsidomideDay(day) && !onHold && !discontinued && dose > 0;
      boolean dexToday = inTreatment && regimen.isDexamethasoneDay(day) && dexMg > 0;
      // the concentration at the day start: the end of the previous day (0 before the first dose)
      double cDayStart = day == 0 ? sys.cemsidomideConcentration(0.0, y) : dayEndConc[day - 1];
      double dayMax = cDayStart;
      if (dexToday) {
        advanceTo(sys, y, t0, seg, progressed, grid, false);
        sys.dose(y, Drug.DEXAMETHASONE, dexMg);
        dexGiven[day] = dexMg;
      }
      if (cemToday) {
        double tIn = t0 + tlag;
        advanceTo(sys, y, tIn, seg, progressed, grid, false);
        sys.dose(y, Drug.CEMSIDOMIDE, dose);
        cemGiven[day] = dose;
        dosesGiven++;
        if (cycle < cycles) {
          lastPreDose[cycle] = cDayStart;
          dosesInCycle[cycle]++;
        }
        dayMax = Math.max(dayMax, sys.maxCemsidomideConcentration(t0 + 24.0 - tIn, y));
        if (postDoseStepH > 0) {
          hints.suggestNextStepH(postDoseStepH);
        }
        hintPending = true;
      }
      if (tCur < t0 + 24.0) {
        boolean postDose = hintPending;
        advanceTo(sys, y, t0 + 24.0, seg, progressed, grid, true);
        if (postDose) {
          postDoseStepH = hints == null ? Double.NaN : hints.firstStepH();
          hintPending = false;
        }
      }
      if (cycle < cycles && cycle < cyclesStarted) {
        cmax[cycle] = Math.max(cmax[cycle], dayMax);
      }
      anc[day] = dayEndAnc[day];
      plt[day] = dayEndPlt[day];

      if ((day + 1) % cycleDays == 0 && cycle < cycles && cycle < cyclesStarted) {
        // a cycle end is a segment end: y is the state at the end of this day
        auc[cycle] = y[PkPdSystem.AUC] - aucAtCycleStart;
        aucAtCycleStart = y[PkPdSystem.AUC];
        if (!progressed) {
          double m = y[PkPdSystem.MPROT];
          mAssess[assessments] = m;
          if (resp.isProgression(m, nadirM)) {
            progressed = true;
            progressionDay = day + 1;
            cats[assessments] = ImwgResponse.PD;
          } else {
            cats[assessments] = resp.categorise(m, m0);
          }
          assessments++;
          nadirM = Math.min(nadirM, m);
        }
      }
      boolean treatmentOver = day + 1 >= plannedDays || progressed;
      if (treatmentOver && day + 1 >= dltCrit.windowDays() && !g4EpisodeNeedsFollowUp(anc, day, tox, dltCrit)) {
        day++;
        break;
      }
    }
    int days = Math.min(day, maxDays);

    integrator.setStepObserver(null);
    if (biomarker) {
      minBiomarker = Math.min(minBiomarker, y[PkPdSystem.R_PB]);
    }

    // ---- judging ----
    double[] ancD = anc;
    double[] pltD = plt;
    int[] ae = out.aeGradeArray();
    int baseN = tox.neutropeniaGrade(sys.circ0());
    int baseP = tox.thrombocytopeniaGrade(sys.plt0());
    int worstN = 0;
    int worstP = 0;
    int g3Days = 0;
    int g4Days = 0;
    int longest = 0;
    int run = 0;
    int runStart = -1;
    boolean dltNeut = false;
    boolean dltPlt = false;
    double hazard = params.get(Param.HFN);
    double fnThreshold = -Math.log1p(-latent[VirtualPatient.U_FEBRILE_NEUTROPENIA]);
    double cumHazard = 0;
    int fnDay = -1;
    for (int d = 0; d < days; d++) {
      int gN = tox.neutropeniaGrade(ancD[d]);
      int gP = tox.thrombocytopeniaGrade(pltD[d]);
      worstN = Math.max(worstN, gN);
      worstP = Math.max(worstP, gP);
      if (gN >= 3) {
        g3Days++;
      }
      if (gN == 4) {
        g4Days++;
        if (run == 0) {
          runStart = d;
        }
        run++;
        longest = Math.max(longest, run);
        if (runStart < dltCrit.windowDays() && run >= dltCrit.g4NeutropeniaMinDays()) {
          dltNeut = true;
        }
        cumHazard += hazard;
        if (fnDay < 0 && cumHazard >= fnThreshold && hazard > 0) {
          fnDay = d;
        }
      } else {
        run = 0;
      }
      if (gP == 4 && d < dltCrit.windowDays()) {
        dltPlt = true;
      }
    }
    ae[AdverseEvent.NEUTROPENIA.ordinal()] = worstN > baseN ? worstN : 0;
    ae[AdverseEvent.THROMBOCYTOPENIA.ordinal()] = worstP > baseP ? worstP : 0;
    boolean fn = fnDay >= 0;
    ae[AdverseEvent.FEBRILE_NEUTROPENIA.ordinal()] = fn ? 3 : 0;
    boolean dltFn = fn && fnDay < dltCrit.windowDays();

    double cavg1 = cyclesStarted > 0 ? auc[0] / (24.0 * cycleDays) : 0.0;
    boolean dltNonHaem = false;
    List<IncidenceModel> inc = settings.incidenceModels();
    for (int k = 0; k < inc.size(); k++) {
      IncidenceModel m = inc.get(k);
      int base = VirtualPatient.U_ADVERSE_EVENTS + 3 * k;
      int g = m.grade(cavg1, latent[base], latent[base + 1]);
      int onset = m.onsetCycle(latent[base + 2], cycles);
      if (g > 0 && onset <= Math.max(1, cyclesStarted)) {
        int idx = m.event().ordinal();
        ae[idx] = Math.max(ae[idx], g);
        if (g >= 3 && onset == 1 && !m.event().haematological()) {
          dltNonHaem = true;
        }
      }
    }

    int reasons = 0;
    if (dltNeut) {
      reasons |= 1 << DltReason.NEUTROPENIA_G4_PROLONGED.ordinal();
    }
    if (dltFn && dltCrit.febrileNeutropenia()) {
      reasons |= 1 << DltReason.FEBRILE_NEUTROPENIA.ordinal();
    }
    if (dltPlt && dltCrit.g4Thrombocytopenia()) {
      reasons |= 1 << DltReason.THROMBOCYTOPENIA_G4.ordinal();
    }
    if (dltNonHaem && dltCrit.nonHaematologicalG3()) {
      reasons |= 1 << DltReason.NON_HAEMATOLOGICAL_G3.ordinal();
    }

    ImwgResponse best = ImwgResponse.NE;
    for (int i = 0; i + 1 < assessments; i++) {
      if (cats[i] == ImwgResponse.PD || cats[i + 1] == ImwgResponse.PD) {
        break;
      }
      ImwgResponse confirmed = ImwgResponse.worse(cats[i], cats[i + 1]);
      if (confirmed.ordinal() > best.ordinal()) {
        best = confirmed;
      }
    }
    if (progressed && best == ImwgResponse.NE) {
      best = ImwgResponse.PD;
    }

    int nCycles = Math.max(0, Math.min(cycles, cyclesStarted));
    for (int c = 0; c < nCycles; c++) {
      ctrough[c] = dosesInCycle[c] >= 2 ? lastPreDose[c] : Double.NaN;
    }
    out.setCounts(days, assessments, nCycles);
    out.setOutcome(g3Days, g4Days, longest, reasons, best, progressionDay, dosesGiven, holds, reductions,
        discontinued || progressed, regimen.dexDoseMg() > 0 ? dexMg : 0);
    out.setMinBiomarker(biomarker ? minBiomarker : Double.NaN);
  }

  /** Whether a grade 4 episode that started in the window is still running and too short to judge. */
  private static boolean g4EpisodeNeedsFollowUp(double[] anc, int day, ToxicityCriteria tox, DltCriteria dlt) {
    if (tox.neutropeniaGrade(anc[day]) < 4) {
      return false;
    }
    int start = day;
    while (start > 0 && tox.neutropeniaGrade(anc[start - 1]) == 4) {
      start--;
    }
    int length = day - start + 1;
    return start < dlt.windowDays() && length < dlt.g4NeutropeniaMinDays();
  }

  /**
   * Integrates segment by segment from {@code tCur} until {@code tCur >= target} ({@code target} is a segment
   * boundary unless {@code dayEnd}: a dose time). A segment runs from {@code tCur} to the next time at which
   * the right-hand side may jump ({@link Segments#next}) or the next grid time; the values at the day ends inside
   * it (observed ANC, platelets, cemsidomide concentration) are read from the integrator's dense output, so that
   * smooth stretches are not split at day ends. Moves the PK anchor to each segment end.
   */
  private void advanceTo(PkPdSystem sys, double[] y, double target, Segments seg, boolean progressed, Grid grid,
      boolean dayEnd) {
    while (tCur < target) {
      double ta = tCur;
      double tb = seg.next(ta, progressed);
      if (grid != null) {
        double g = grid.next();
        if (g < tb - 1e-9) {
          tb = g;
        }
      }
      if (!dayEnd && tb > target) {
        throw new IllegalStateException("dose time " + target + " h is not a segment boundary (next " + tb + ")");
      }
      // day ends in (ta, tb]
      int firstDay = (int) Math.floor(ta / 24.0) + 1;
      int lastDay = (int) Math.floor(tb / 24.0);
      int nOut = Math.max(0, lastDay - firstDay + 1);
      int dim = y.length;
      if (outTimes.length < nOut) {
        outTimes = new double[nOut];
      }
      if (outStates.length < nOut * dim) {
        outStates = new double[nOut * dim];
      }
      int k = 0;
      for (int e = firstDay; e <= lastDay; e++) {
        double te = 24.0 * e;
        if (te > ta) {
          outTimes[k++] = te;
        }
      }
      nOut = k;
      integrator.integrate(sys, ta, y, tb, outTimes, nOut, outStates);
      // with the anchor still at ta: day-end values
      for (int j = 0; j < nOut; j++) {
        double te = outTimes[j];
        int d = (int) Math.round(te / 24.0) - 1;
        if (d < dayEndAnc.length) {
          int row = j * dim;
          dayEndAnc[d] = sys.observedAnc(te, outStates, row);
          dayEndPlt[d] = outStates[row + PkPdSystem.P_CIRC];
          dayEndConc[d] = sys.cemsidomideConcentration(te, outStates, row);
        }
      }
      sys.moveAnchor(tb, y);
      tCur = tb;
      if (grid != null) {
        double tg;
        while ((tg = grid.next()) <= tb + 1e-9) {
          grid.record(sys, tg, y);
        }
      }
    }
  }

  /**
   * Segment boundaries: the times at which the right-hand side may jump whatever the dose decisions (the start of
   * every planned dexamethasone day, the absorption start {@code t + tlag} of every planned cemsidomide day),
   * cycle ends (for the AUC and M-protein assessments) and, from the last planned day on or after progression,
   * every day end (the course may stop there).
   */
  private static final class Segments {
    private Regimen regimen;
    private int cycleDays;
    private int plannedDays;
    private int maxDays;
    private double tlag;
    private boolean dex;

    void set(Regimen regimen, int cycleDays, int plannedDays, int maxDays, double tlag, boolean dex) {
      this.regimen = regimen;
      this.cycleDays = cycleDays;
      this.plannedDays = plannedDays;
      this.maxDays = maxDays;
      this.tlag = tlag;
      this.dex = dex;
    }

    /** The first boundary after {@code t}. */
    double next(double t, boolean dayByDay) {
      int e = (int) Math.floor(t / 24.0);
      for (; e < maxDays; e++) {
        double start = 24.0 * e;
        double end = start + 24.0;
        if (e < plannedDays) {
          if (dex && start > t && regimen.isDexamethasoneDay(e)) {
            return start;
          }
          double tIn = start + tlag;
          if (tIn > t && tIn < end && regimen.isCemsidomideDay(e)) {
            return tIn;
          }
        }
        if (dayByDay || e + 1 >= plannedDays || (e + 1) % cycleDays == 0) {
          return end;
        }
      }
      return 24.0 * maxDays;
    }
  }

  /** Output grid and recorder. */
  private static final class Grid {
    private final double stepH;
    private final List<double[]> rows;
    private long k;

    Grid(double stepH, List<double[]> rows) {
      this.stepH = stepH;
      this.rows = rows;
    }

    double next() {
      return k * stepH;
    }

    void record(PkPdSystem sys, double t, double[] y) {
      rows.add(new double[] {t, sys.cemsidomideConcentration(t, y), sys.dexamethasoneConcentration(t, y),
          y[PkPdSystem.R_PB], y[PkPdSystem.R_M], y[PkPdSystem.R_T], sys.observedAnc(y), y[PkPdSystem.P_CIRC],
          y[PkPdSystem.MPROT], y[PkPdSystem.TUM], sys.biophaseMg(t, y), y[PkPdSystem.AUC]});
      k++;
    }
  }
}
