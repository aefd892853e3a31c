package org.escalon.core.population;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.internal.Workers;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.regimen.Regimen;

/**
 * Simulates independent virtual patients of a {@link PopulationModel} on one regimen. Patient {@code i} is drawn
 * from its own stream {@link RandomStreams#stream(long, long...) stream(seed, i)} and results are returned in
 * patient order, so the same seed gives bit-identical results whatever the number of threads.
 *
 * @param population the population
 * @param options model structure
 * @param settings course and judging rules
 * @param solver ODE solver
 * @param tolerances solver tolerances
 */
public record PopulationSimulation(PopulationModel population, ModelOptions options, SimulationSettings settings,
    PatientSimulator.Solver solver, OdeTolerances tolerances) {

  public PopulationSimulation {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(tolerances, "tolerances");
  }

  /** Default population, model and settings with the fast solver. */
  public static PopulationSimulation defaults() {
    return new PopulationSimulation(PopulationModel.defaults(), ModelOptions.DEFAULT, SimulationSettings.DEFAULT,
        PatientSimulator.Solver.FAST, OdeTolerances.DEFAULT);
  }

  /** A copy with other settings. */
  public PopulationSimulation withSettings(SimulationSettings s) {
    return new PopulationSimulation(population, options, s, solver, tolerances);
  }

  /** The virtual patient {@code i} of the population under {@code seed}. */
  public VirtualPatient patient(long seed, long i) {
    return population.sample(i, RandomStreams.stream(seed, i));
  }

  /**
   * Simulates {@code patients} patients.
   *
   * @param patients number of patients, &ge; 1
   * @param seed master seed
   * @param threads worker threads, &ge; 1
   */
  public List<PatientResult> run(Regimen regimen, int patients, long seed, int threads) {
    Objects.requireNonNull(regimen, "regimen");
    if (patients < 1) {
      throw new IllegalArgumentException("patients must be >= 1, got " + patients);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
    }
    PatientResult[] out = new PatientResult[patients];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      PatientSimulator sim = new PatientSimulator(options, settings, solver, tolerances);
      int i;
      while ((i = next.getAndIncrement()) < patients) {
        VirtualPatient vp = patient(seed, i);
        out[i] = sim.simulate(population.individualParameters(vp), vp.covariates(), vp.latentUniforms(),
            regimen);
      }
    };
    Workers.run(threads, "escalon-population", worker);
    return Arrays.asList(out);
  }
}
