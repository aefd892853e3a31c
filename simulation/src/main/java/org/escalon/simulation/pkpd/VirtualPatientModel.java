package org.escalon.simulation.pkpd;

import java.util.List;
import java.util.Objects;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.VirtualPatient;
import org.escalon.simulation.trial.DoseLevel;

/**
 * Everything needed to turn (seed, trial, patient, dose level) into a simulated course: the population, the model
 * structure and solver, the course rules and the planned number of cycles. Immutable and thread-safe.
 *
 * <p>Person k of trial i is drawn from {@code RandomStreams.stream(seed, TRIAL_PATIENTS, i, k)}: the same person in
 * every design and every schedule compared. Dose reductions step down the ladder made of the settings' ladder
 * (25, 37.5, 50, 62.5, 75, 100, 125, 150, 200 µg by default) and the cemsidomide doses of the levels, so that the
 * truth at a level does not depend on which other levels are compared.
 *
 * @param population virtual-patient population
 * @param options model structure
 * @param settings course and judging rules (its dose-reduction ladder is replaced by the levels' doses)
 * @param solver ODE solver
 * @param tolerances solver tolerances
 * @param cycles planned cycles per patient (default 6)
 */
public record VirtualPatientModel(PopulationModel population, ModelOptions options, SimulationSettings settings,
    PatientSimulator.Solver solver, OdeTolerances tolerances, int cycles) {

  /** Stream tag of trial patients. */
  public static final long TRIAL_PATIENTS = 0x7A11_0001L;
  /** Stream tag of the truth population. */
  public static final long TRUTH_PATIENTS = 0x7A11_0002L;

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param population virtual-patient population
   * @param options model structure
   * @param settings course and judging rules (its dose-reduction ladder is replaced by the levels' doses)
   * @param solver ODE solver
   * @param tolerances solver tolerances
   * @param cycles planned cycles per patient (default 6)
   */
  public VirtualPatientModel {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(tolerances, "tolerances");
    if (cycles < 1 || cycles > 100) {
      throw new IllegalArgumentException("cycles = " + cycles + ": must be in 1..100");
    }
  }

  /**
   * docs/model.md defaults, fast solver, 6 cycles.
   *
   * @return docs/model.md defaults, fast solver, 6 cycles
   */
  public static VirtualPatientModel defaults() {
    return new VirtualPatientModel(PopulationModel.defaults(), ModelOptions.DEFAULT, SimulationSettings.DEFAULT,
        PatientSimulator.Solver.FAST, OdeTolerances.DEFAULT, 6);
  }

  /**
   * A copy with another number of cycles.
   *
   * @param newCycles treatment cycles (28 days each) per patient, ≥ 1
   * @return a copy with that number of cycles
   */
  public VirtualPatientModel withCycles(int newCycles) {
    return new VirtualPatientModel(population, options, settings, solver, tolerances, newCycles);
  }

  /**
   * A copy with other settings.
   *
   * @param newSettings the simulation settings (output grid, dose modifications)
   * @return a copy with those settings
   */
  public VirtualPatientModel withSettings(SimulationSettings newSettings) {
    return new VirtualPatientModel(population, options, newSettings, solver, tolerances, cycles);
  }

  /**
   * A copy with other structural options (e.g. the maturation-arrest neutrophil effect).
   *
   * @param newOptions the structural options (PK form, where the marrow IKZF1 effect acts, ...)
   * @return a copy with those options
   */
  public VirtualPatientModel withOptions(ModelOptions newOptions) {
    return new VirtualPatientModel(population, newOptions, settings, solver, tolerances, cycles);
  }

  /**
   * A copy with another population.
   *
   * @param newPopulation the virtual population (typical values, omega, covariates)
   * @return a copy with that population
   */
  public VirtualPatientModel withPopulation(PopulationModel newPopulation) {
    return new VirtualPatientModel(newPopulation, options, settings, solver, tolerances, cycles);
  }

  /**
   * Person {@code k} of trial {@code trialIndex}.
   *
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param trialIndex the trial index i (0-based)
   * @param k the person's index within the trial, 0-based (in arrival order)
   * @return person {@code k} of trial {@code trialIndex}
   */
  public VirtualPatient trialPatient(long seed, long trialIndex, int k) {
    return population.sample(k, RandomStreams.stream(seed, TRIAL_PATIENTS, trialIndex, k));
  }

  /**
   * Person {@code k} of the truth population.
   *
   * @param seed master seed (the truth uses its own stream tag, independent of the trials)
   * @param k the person's index within the truth population, 0-based
   * @return person {@code k} of the truth population
   */
  public VirtualPatient truthPatient(long seed, long k) {
    return population.sample(k, RandomStreams.stream(seed, TRUTH_PATIENTS, k));
  }

  /**
   * A simulator for one thread; the doses of {@code levels} are added to the dose-reduction ladder.
   *
   * @param levels the dose levels, lowest first
   * @return a simulator for one thread; the doses of {@code levels} are added to the dose-reduction ladder
   */
  public PatientSimulator newSimulator(List<DoseLevel> levels) {
    double[] ladder = java.util.stream.DoubleStream.concat(
            levels.stream().mapToDouble(DoseLevel::doseUg),
            java.util.Arrays.stream(settings.doseModification().doseLadderUg()))
        .filter(d -> d > 0).distinct().sorted().toArray();
    SimulationSettings s = settings.withDoseModification(settings.doseModification().withDoseLadderUg(ladder));
    return new PatientSimulator(options, s, solver, tolerances);
  }

  /**
   * Simulates {@code patient} at {@code level}.
   *
   * @param sim this thread's simulator ({@link #newSimulator(List)})
   * @param patient the virtual patient
   * @param level the dose level (dose, schedule, dexamethasone)
   * @return the patient's simulated course at that level
   * @throws SimulationFailedException naming the patient ({@link PopulationModel#describe}) and the level
   */
  public PatientResult simulate(PatientSimulator sim, VirtualPatient patient, DoseLevel level) {
    try {
      return sim.simulate(population.individualParameters(patient), patient.covariates(),
          patient.latentUniforms(), level.regimen(cycles));
    } catch (SimulationFailedException e) {
      throw e.of(population.describe(patient) + " at level " + level.label());
    }
  }

  /**
   * Simulates {@code patient} at {@code level} only as far as its cycle-1 DLT, objective response and their days
   * need ({@link PatientSimulator#simulateDltAndResponse}): {@code out.dlt()}, {@code out.dltOnsetDay()}, whether
   * {@code out.bestResponse()} is objective and {@code out.responseDay()} are those of {@link #simulate}; the rest of
   * {@code out} covers only the days simulated.
   *
   * @param sim this thread's simulator ({@link #newSimulator(List)})
   * @param patient the virtual patient
   * @param level the dose level (dose, schedule, dexamethasone)
   * @param out receives the (possibly shortened) course
   * @throws SimulationFailedException naming the patient ({@link PopulationModel#describe}) and the level
   */
  public void simulateDltAndResponse(PatientSimulator sim, VirtualPatient patient, DoseLevel level,
      PatientResultBuffer out) {
    try {
      sim.simulateDltAndResponse(population.individualParameters(patient), patient.covariates(),
          patient.latentUniforms(), level.regimen(cycles), out);
    } catch (SimulationFailedException e) {
      throw e.of(population.describe(patient) + " at level " + level.label());
    }
  }
}
