package org.escalon.core.model;

import static org.escalon.core.regimen.Regimen.HOURS_PER_DAY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.escalon.core.model.ModelOptions.PkForm;
import org.escalon.core.ode.DormandPrince54Integrator;
import org.escalon.core.ode.ExponentialScalarIntegrator;
import org.escalon.core.ode.HipparchusIntegrator;
import org.escalon.core.ode.IntegrationCounters;
import org.escalon.core.ode.OdeIntegrator;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.ode.StepObserver;
import org.escalon.core.ode.Tsitouras54Integrator;
import org.escalon.core.output.CourseJudge;
import org.escalon.core.output.ImwgResponse;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.output.Profile;
import org.escalon.core.regimen.DoseModificationTracker;
import org.escalon.core.regimen.DosingEvent.Drug;
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
 * <p>Two API levels that agree bit for bit: {@link #simulate(IndividualParameters, Covariates, double[], Regimen)}
 * returns an immutable {@link PatientResult}; the hot path {@link #simulate(IndividualParameters, Covariates,
 * double[], Regimen, PatientResultBuffer)} writes into a caller's reusable buffer and allocates only the
 * patient's {@link PkPdSystem} with its PK exposure and PD parameter records (under 1 KB).
 *
 * <p>Step-size carry-over: each post-dose segment starts with the first accepted step of the previous day's
 * post-dose segment (their dynamics are alike), which avoids most step rejections at dose times.
 */
public final class PatientSimulator {

  /**
   * Which ODE solver. With {@code FAST} and {@code TSITOURAS} and closed-form PK, a tracked blood IKZF3 biomarker is
   * stepped exactly beside the ODE ({@link ExponentialScalarIntegrator}); with the Hipparchus reference solvers it
   * is an ordinary ODE state.
   */
  public enum Solver {
    /** our allocation-free Dormand–Prince 5(4): the hot path */
    FAST,
    /**
     * our allocation-free Tsitouras 5(4): fewer evaluations than {@code FAST} at the same tolerance but less
     * accurate outputs; slower than {@code FAST} at equal accuracy on this model (README, Performance)
     */
    TSITOURAS,
    /** Hipparchus DormandPrince54 (reference; R_PB integrated as an ODE state) */
    HIPPARCHUS,
    /** Hipparchus DormandPrince853 (reference) */
    HIPPARCHUS_853
  }

  private final ModelOptions options;
  private final SimulationSettings settings;
  private final OdeIntegrator integrator;
  private final int dimension;
  private final CourseJudge judge;
  private final DoseModificationTracker tracker;
  private final SegmentIntegration segments;
  /** Steps the biomarker exactly beside the ODE (fast solver, closed-form PK); null for the reference solvers. */
  private final ExponentialScalarIntegrator biomarkerIntegrator;
  private boolean trackBiomarker;
  /** Set only during {@link #simulateDltAndResponse}: end the course once the DLT and the response are final. */
  private boolean stopWhenDecided;

  // one patient's course (reused across patients; arrays grown on demand)
  private final PatientResultBuffer buffer = new PatientResultBuffer();
  private final double[] y;
  private PatientResultBuffer out;
  private PkPdSystem sys;
  private Regimen regimen;
  private boolean biomarker;
  private boolean exactBiomarker;
  private double minBiomarker;
  private int cycles;
  private int cycleDays;
  private int plannedDays;
  private int maxDays;
  private double dexMg;
  private boolean progressed;
  private int progressionDay;
  private int dosesGiven;
  private int cyclesStarted;
  private double aucAtCycleStart;
  private double nadirM;
  private double[] lastPreDose = new double[0];
  private int[] dosesInCycle = new int[0];
  private ImwgResponse[] categories = new ImwgResponse[0];
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
      case TSITOURAS:
        integrator = new Tsitouras54Integrator(dimension, tolerances);
        break;
      default:
        integrator = new DormandPrince54Integrator(dimension, tolerances);
    }
    biomarkerIntegrator = solver == Solver.FAST || solver == Solver.TSITOURAS
        ? new ExponentialScalarIntegrator(tolerances) : null;
    y = new double[dimension];
    judge = new CourseJudge(settings.toxicity(), settings.dlt(), settings.incidenceModels());
    tracker = settings.doseModification().tracker();
    segments = new SegmentIntegration(integrator);
  }

  /**
   * Default model, default settings, fast solver, default tolerances.
   *
   * @return default model, default settings, fast solver, default tolerances
   */
  public static PatientSimulator defaults() {
    return new PatientSimulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.FAST,
        OdeTolerances.DEFAULT);
  }

  /**
   * Whether {@link #simulate} integrates the blood IKZF3 biomarker (off by default: nothing depends on it and its
   * fast kinetics cost steps; {@link #profile} always tracks it).
   *
   * @param track {@code true} for whether {@link #simulate} integrates the blood IKZF3 biomarker (off by default:
   *     nothing depends on it and its fast kinetics cost steps; {@link #profile} always tracks it)
   */
  public void setTrackBiomarker(boolean track) {
    this.trackBiomarker = track;
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public SimulationSettings settings() {
    return settings;
  }

  /**
   * The integrator.
   *
   * @return the integrator
   */
  public OdeIntegrator integrator() {
    return integrator;
  }

  /**
   * The integrator's evaluation and step counters (every {@link Solver} has them).
   *
   * @return the integrator's evaluation and step counters (every {@link Solver} has them)
   */
  public IntegrationCounters counters() {
    return (IntegrationCounters) integrator;
  }

  /**
   * The allocation-free hot path: simulates and writes the outcome into {@code out} (reused; {@code
   * out.toResult()} equals what {@link #simulate(IndividualParameters, Covariates, double[], Regimen)} returns,
   * bit for bit). With biomarker tracking on, {@code out.minBiomarker()} is the lowest blood IKZF3 fraction: with
   * the fast solvers and closed-form PK the true minimum over the course (R_PB stepped exactly beside the ODE, its
   * minimum located inside the step where it occurs; {@link ExponentialScalarIntegrator}), otherwise the lowest
   * value at the ends of the accepted integration steps (R_PB an ODE state).
   *
   * @param params the parameters that carry an η, in the order of {@code eta}
   * @param covariates the patient's covariates (age)
   * @param latentUniforms length {@link LatentUniforms#COUNT} (read, not kept)
   * @param regimen the cemsidomide and dexamethasone doses, times in hours since cycle 1 day 1
   * @param out receives the outcome (reused: nothing is allocated)
   */
  public void simulate(IndividualParameters params, Covariates covariates, double[] latentUniforms,
      Regimen regimen, PatientResultBuffer out) {
    Objects.requireNonNull(out, "out");
    checkLatent(latentUniforms);
    run(params, covariates, latentUniforms, regimen, 0, null, out);
  }

  /**
   * The hot path cut short for callers that read only the cycle-1 DLT and the objective response: like {@link
   * #simulate(IndividualParameters, Covariates, double[], Regimen, PatientResultBuffer)}, but the course ends on the
   * first day after which {@code out.dlt()} (with its reasons), {@code out.dltOnsetDay()}, whether {@code
   * out.bestResponse()} is an objective response, and {@code out.responseDay()} can no longer change: the DLT window
   * and cycle 1 are over with no grade 4 neutropenia episode of the window still to be followed, and the response is
   * confirmed, or the patient progressed, or too few assessments remain to confirm one (a confirmation needs two
   * consecutive PR-or-better assessments). Those values are then bit for bit those of the full course (the days
   * simulated are the same days, integrated the same way); every other value in {@code out} describes only the days
   * simulated.
   *
   * @param params the parameters that carry an η, in the order of {@code eta}
   * @param covariates the patient's covariates (age)
   * @param latentUniforms length {@link LatentUniforms#COUNT} (read, not kept)
   * @param regimen the cemsidomide and dexamethasone doses, times in hours since cycle 1 day 1
   * @param out receives the outcome (reused: nothing is allocated)
   */
  public void simulateDltAndResponse(IndividualParameters params, Covariates covariates, double[] latentUniforms,
      Regimen regimen, PatientResultBuffer out) {
    Objects.requireNonNull(out, "out");
    checkLatent(latentUniforms);
    stopWhenDecided = true;
    try {
      run(params, covariates, latentUniforms, regimen, 0, null, out);
    } finally {
      stopWhenDecided = false;
    }
  }

  /**
   * Whether, after {@code day}, the cycle-1 DLT (and its onset) and the objective response (and its day) are
   * final; see {@link #simulateDltAndResponse}.
   */
  private boolean dltAndResponseDecided(int day) {
    if (!progressed) {
      int k = out.assessments();
      if (ImwgResponse.firstConfirmedObjective(categories, k) < 0) {
        int remaining = cycles - k; // at most one assessment per cycle end still to come
        boolean noneLeft = remaining <= 0
            || remaining == 1 && (k == 0 || !categories[k - 1].isObjectiveResponse());
        if (!noneLeft) {
          return false;
        }
      }
    }
    return day + 1 >= cycleDays && dltWindowClosed(day);
  }

  /** Whether, after {@code day}, the DLT window is over and no grade 4 episode of it is still being followed. */
  private boolean dltWindowClosed(int day) {
    return day + 1 >= settings.dlt().windowDays() && !judge.episodeNeedsFollowUp(out, day);
  }

  private static void checkLatent(double[] latentUniforms) {
    Objects.requireNonNull(latentUniforms, "latentUniforms");
    if (latentUniforms.length != LatentUniforms.COUNT) {
      throw new IllegalArgumentException("latentUniforms must have " + LatentUniforms.COUNT
          + " entries, got " + latentUniforms.length);
    }
  }

  /**
   * Simulates with explicit covariates and latent uniforms (length {@link LatentUniforms#COUNT}).
   *
   * @param params the parameters that carry an η, in the order of {@code eta}
   * @param covariates the patient's covariates (age)
   * @param latentUniforms length {@link LatentUniforms#COUNT} (read, not kept)
   * @param regimen the cemsidomide and dexamethasone doses, times in hours since cycle 1 day 1
   * @return the patient's judged course
   */
  public PatientResult simulate(IndividualParameters params, Covariates covariates, double[] latentUniforms,
      Regimen regimen) {
    checkLatent(latentUniforms);
    run(params, covariates, latentUniforms, regimen, 0, null, buffer);
    return buffer.toResult();
  }

  /**
   * The model outputs on a grid of {@code stepH} hours from 0 to the end of the regimen (pre-dose values at
   * dose times), columns {@link Profile#STANDARD_COLUMNS}.
   *
   * @param params the parameters that carry an η, in the order of {@code eta}
   * @param covariates the patient's covariates (age)
   * @param regimen the cemsidomide and dexamethasone doses, times in hours since cycle 1 day 1
   * @param stepH the grid step in hours, &gt; 0
   * @return the model outputs on a grid of {@code stepH} hours from 0 to the end of the regimen (pre-dose values at
   *     dose times), columns {@link Profile#STANDARD_COLUMNS}
   */
  public Profile profile(IndividualParameters params, Covariates covariates, Regimen regimen, double stepH) {
    if (!(stepH > 0) || Double.isInfinite(stepH)) {
      throw new IllegalArgumentException("stepH must be finite and > 0, got " + stepH);
    }
    double[] u = new double[LatentUniforms.COUNT];
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
    int day = 0;
    try {
      begin(params, cov, regimen, stepH > 0 ? new ProfileGrid(stepH, rows) : null, rows != null, out);
      for (; day < maxDays; day++) {
        simulateDay(day);
        boolean treatmentOver = day + 1 >= plannedDays || progressed;
        if (treatmentOver && dltWindowClosed(day) || stopWhenDecided && dltAndResponseDecided(day)) {
          day++;
          break;
        }
      }
      finish(params, latent, Math.min(day, maxDays));
    } catch (SimulationFailedException | java.util.concurrent.CancellationException e) {
      throw e;
    } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
      // the inputs were validated before: what fails now is the numerics of this patient (step underflow, step
      // budget, non-finite derivatives or states, a model value pushed outside its domain by a sampled eta)
      throw SimulationFailedException.onDay(Math.min(day, Math.max(maxDays - 1, 0)), e);
    }
  }

  /** Sets up one patient's course: the system at baseline, the integrator, the dose tracker and the buffer. */
  private void begin(IndividualParameters params, Covariates cov, Regimen regimen, ProfileGrid grid,
      boolean profile, PatientResultBuffer out) {
    this.out = out;
    this.regimen = regimen;
    sys = new PkPdSystem(params, options);
    biomarker = trackBiomarker || profile;
    exactBiomarker = biomarker && biomarkerIntegrator != null && sys.options().pkForm() == PkForm.CLOSED_FORM;
    sys.setTrackBiomarker(biomarker && !exactBiomarker);
    sys.initialState(y);
    integrator.reset();
    minBiomarker = 1.0;
    integrator.setStepObserver(biomarker && !exactBiomarker ? biomarkerObserver : null);
    if (exactBiomarker) {
      biomarkerIntegrator.reset();
      biomarkerIntegrator.resetMinimum(y[PkPdSystem.R_PB]);
    }
    cycleDays = regimen.cycleLengthDays();
    cycles = regimen.cycles();
    plannedDays = regimen.treatmentDays();
    maxDays = Math.max(plannedDays, settings.dlt().windowDays()) + settings.maxFollowUpDays();
    dexMg = settings.dexAgeRule().doseMg(regimen.dexDoseMg(), cov.ageYears());
    tracker.start(regimen.doseUg());
    out.clear(maxDays, cycles);
    if (lastPreDose.length < cycles) {
      lastPreDose = new double[cycles];
      dosesInCycle = new int[cycles];
      categories = new ImwgResponse[cycles];
    }
    Arrays.fill(lastPreDose, 0, cycles, 0.0);
    Arrays.fill(dosesInCycle, 0, cycles, 0);
    progressed = false;
    progressionDay = 0;
    dosesGiven = 0;
    cyclesStarted = 0;
    aucAtCycleStart = 0;
    nadirM = sys.m0();
    if (grid != null) {
      grid.record(sys, 0.0, y);
    }
    segments.start(sys, y, regimen, maxDays, dexMg > 0, grid, exactBiomarker ? biomarkerIntegrator : null);
  }

  /**
   * One study day: the dose decision on the previous day's pre-dose counts, the doses at the day start, the
   * integration to the day end, the day's values and, at a cycle end, the cycle's exposure and assessment.
   */
  private void simulateDay(int day) {
    double t0 = HOURS_PER_DAY * day;
    boolean inTreatment = day < plannedDays && !progressed;
    int cycle = day / cycleDays;
    if (inTreatment && day % cycleDays == 0) {
      cyclesStarted = cycle + 1;
    }
    if (day > 0 && inTreatment) {
      tracker.judge(segments.dayEndAnc(day - 1), segments.dayEndPlatelets(day - 1));
    }
    boolean cemToday = inTreatment && regimen.isCemsidomideDay(day) && tracker.mayDose();
    boolean dexToday = inTreatment && regimen.isDexamethasoneDay(day) && dexMg > 0;
    // the concentration at the day start: the end of the previous day (0 before the first dose)
    double cDayStart = day == 0 ? sys.cemsidomideConcentration(0.0, y) : segments.dayEndConcentration(day - 1);
    double dayMax = cDayStart;
    if (dexToday) {
      segments.advanceTo(t0, progressed, false);
      sys.dose(y, Drug.DEXAMETHASONE, dexMg);
      out.setDexamethasoneDose(day, dexMg);
    }
    if (cemToday) {
      dayMax = Math.max(dayMax, giveCemsidomide(day, cycle, t0, cDayStart));
    }
    segments.finishDay(t0 + HOURS_PER_DAY, progressed);
    boolean cycleRecorded = cycle < cycles && cycle < cyclesStarted;
    if (cycleRecorded) {
      out.raiseCycleCmax(cycle, dayMax);
    }
    out.setDay(day, segments.dayEndAnc(day), segments.dayEndPlatelets(day));
    if ((day + 1) % cycleDays == 0 && cycleRecorded) {
      endCycle(day, cycle); // a cycle end is a segment end: y is the state at the end of this day
    }
  }

  /** Gives the day's cemsidomide dose at {@code t0 + tlag}; returns the day's Cmax from then on. */
  private double giveCemsidomide(int day, int cycle, double t0, double cDayStart) {
    double tIn = t0 + sys.tlagH();
    segments.advanceTo(tIn, progressed, false);
    double dose = tracker.doseUg();
    sys.dose(y, Drug.CEMSIDOMIDE, dose);
    out.setCemsidomideDose(day, dose);
    dosesGiven++;
    if (cycle < cycles) {
      lastPreDose[cycle] = cDayStart;
      dosesInCycle[cycle]++;
    }
    double cmax = sys.maxCemsidomideConcentration(t0 + HOURS_PER_DAY - tIn, y);
    segments.doseGiven();
    return cmax;
  }

  /** The cycle's AUC and, unless progressed, its M-protein assessment (IMWG category, progression). */
  private void endCycle(int day, int cycle) {
    out.setCycleAuc(cycle, y[PkPdSystem.AUC] - aucAtCycleStart);
    aucAtCycleStart = y[PkPdSystem.AUC];
    if (progressed) {
      return;
    }
    double m = y[PkPdSystem.MPROT];
    int k = out.assessments();
    out.addAssessment(m);
    if (settings.response().isProgression(m, nadirM)) {
      progressed = true;
      progressionDay = day + 1;
      categories[k] = ImwgResponse.PD;
    } else {
      categories[k] = settings.response().categorise(m, sys.m0());
    }
    nadirM = Math.min(nadirM, m);
  }

  /** Ctrough, best confirmed response, the course counts, then the judged toxicity and adverse events. */
  private void finish(IndividualParameters params, double[] latent, int days) {
    integrator.setStepObserver(null);
    if (biomarker) {
      minBiomarker = Math.min(exactBiomarker ? biomarkerIntegrator.minimum() : minBiomarker, y[PkPdSystem.R_PB]);
    }
    int nCycles = Math.max(0, Math.min(cycles, cyclesStarted));
    for (int c = 0; c < nCycles; c++) {
      out.setCycleCtrough(c, dosesInCycle[c] >= 2 ? lastPreDose[c] : Double.NaN);
    }
    ImwgResponse best = ImwgResponse.bestConfirmed(categories, out.assessments(), progressed);
    int confirming = ImwgResponse.firstConfirmedObjective(categories, out.assessments());
    double responseDay = confirming < 0 ? Double.NaN : (double) (confirming + 1) * cycleDays;
    out.setCourse(days, nCycles, dosesGiven, progressionDay, regimen.dexDoseMg() > 0 ? dexMg : 0, best,
        responseDay);
    out.setDoseModifications(tracker.holds(), tracker.reductions(), tracker.discontinued() || progressed);
    judge.judgeHaematology(out, sys.circ0(), sys.plt0(), params.get(Param.HFN),
        latent[LatentUniforms.FEBRILE_NEUTROPENIA]);
    double cavg1 = cyclesStarted > 0 ? out.aucCycle1() / (HOURS_PER_DAY * cycleDays) : 0.0;
    judge.judgeIncidence(out, cavg1, latent, LatentUniforms.ADVERSE_EVENTS, cycles, cyclesStarted);
    out.setMinBiomarker(biomarker ? minBiomarker : Double.NaN);
    sys = null;
    this.out = null;
  }
}
