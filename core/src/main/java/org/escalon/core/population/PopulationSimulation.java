package org.escalon.core.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.internal.Workers;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PopulationSummary;
import org.escalon.core.regimen.Regimen;

/**
 * Simulates independent virtual patients of a {@link PopulationModel} on one regimen. Patient {@code i} is drawn
 * from its own stream {@link RandomStreams#stream(long, long...) stream(seed, i)} and results are handed on in
 * patient order, so the same seed gives bit-identical results whatever the number of threads.
 *
 * <p><b>Memory.</b> Patients are simulated in blocks of {@value #BLOCK_PER_THREAD} per thread; a block's results
 * are handed to a {@link PatientSink} in patient order and dropped before the next block starts, so {@link
 * #summarise} and {@link #forEach} hold at most one block whatever the number of patients (10 million patients
 * take the memory of a few thousand). Only {@link #run} keeps every result, for callers that want them all.
 *
 * <p><b>Numerical failures.</b> A patient whose integration fails (a {@link SimulationFailedException}) is named
 * by {@link PopulationModel#describe}: index, age and the sampled parameters that differ from the typical
 * values. With {@link OnFailure#STOP} the run stops with the failure of the lowest-index failed patient of the
 * block (the same patient whatever the number of threads); with {@link OnFailure#COUNT} the sink is told and the
 * run goes on.
 *
 * @param population the population
 * @param options model structure
 * @param settings course and judging rules
 * @param solver ODE solver
 * @param tolerances solver tolerances
 */
public record PopulationSimulation(PopulationModel population, ModelOptions options, SimulationSettings settings,
    PatientSimulator.Solver solver, OdeTolerances tolerances) {

  /** Patients per thread in one block. */
  public static final int BLOCK_PER_THREAD = 512;

  /** What a numerical failure of one virtual patient does to a population run. */
  public enum OnFailure {
    /** stop the run with the failure, naming the patient (the default) */
    STOP,
    /** count the patient as failed (left out of the rates) and go on */
    COUNT;

    /**
     * {@code stop} or {@code count} (case-insensitive).
     *
     * @param label {@code stop} or {@code count}
     * @return {@code stop} or {@code count} (case-insensitive)
     */
    public static OnFailure byLabel(String label) {
      for (OnFailure f : values()) {
        if (f.name().equalsIgnoreCase(label == null ? "" : label.trim())) {
          return f;
        }
      }
      throw new IllegalArgumentException("onFailure = " + label + ": must be stop or count");
    }

    /**
     * {@code stop} or {@code count}.
     *
     * @return {@code stop} or {@code count}
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Receives every patient in patient order (on the calling thread). */
  public interface PatientSink {
    /**
     * Patient {@code index} was simulated.
     *
     * @param index the patient's index, 0-based
     * @param result the patient's simulated course
     */
    void accept(int index, PatientResult result);

    /**
     * Patient {@code index} failed numerically ({@link OnFailure#COUNT} only); the failure names it.
     *
     * @param index the patient's index, 0-based
     * @param failure why the simulation failed, naming the patient
     */
    default void failed(int index, SimulationFailedException failure) {}
  }

  /**
   * Requires every component.
   *
   * @param population the population
   * @param options model structure
   * @param settings course and judging rules
   * @param solver ODE solver
   * @param tolerances solver tolerances
   */
  public PopulationSimulation {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(tolerances, "tolerances");
  }

  /**
   * Default population, model and settings with the fast solver.
   *
   * @return default population, model and settings with the fast solver
   */
  public static PopulationSimulation defaults() {
    return new PopulationSimulation(PopulationModel.defaults(), ModelOptions.DEFAULT, SimulationSettings.DEFAULT,
        PatientSimulator.Solver.FAST, OdeTolerances.DEFAULT);
  }

  /**
   * A copy with other settings.
   *
   * @param s the simulation settings
   * @return a copy with other settings
   */
  public PopulationSimulation withSettings(SimulationSettings s) {
    return new PopulationSimulation(population, options, s, solver, tolerances);
  }

  /**
   * The virtual patient {@code i} of the population under {@code seed}.
   *
   * @param seed master seed
   * @param i the patient's index, 0-based
   * @return the virtual patient {@code i} of the population under {@code seed}
   */
  public VirtualPatient patient(long seed, long i) {
    return population.sample(i, RandomStreams.stream(seed, i));
  }

  /**
   * Simulates {@code patients} patients and keeps every result (memory grows with {@code patients}: prefer
   * {@link #summarise} or {@link #forEach} for large populations). Stops at the first numerical failure.
   *
   * @param regimen the regimen every patient receives
   * @param patients number of patients, &ge; 1
   * @param seed master seed
   * @param threads worker threads, &ge; 1
   * @return every patient's result, in patient order
   * @throws SimulationFailedException naming the patient
   */
  public List<PatientResult> run(Regimen regimen, int patients, long seed, int threads) {
    List<PatientResult> out = new ArrayList<>(Math.min(patients, 1 << 16));
    forEach(regimen, patients, seed, threads, OnFailure.STOP, (i, r) -> out.add(r));
    return out;
  }

  /**
   * The summary of {@code patients} patients, in constant memory. With {@link OnFailure#COUNT} a patient whose
   * simulation fails is counted in {@link PopulationSummary#failed()} and left out of the rates.
   *
   * @param regimen the regimen every patient receives
   * @param patients number of patients, &ge; 1
   * @param seed master seed
   * @param threads worker threads, &ge; 1
   * @param onFailure {@code stop} (the first failure ends the run) or {@code count} (failed patients are counted and
   *     left out)
   * @return the summary of {@code patients} patients, in constant memory
   * @throws SimulationFailedException naming the patient ({@link OnFailure#STOP}), or the first failed patient's
   * failure when every patient failed
   */
  public PopulationSummary summarise(Regimen regimen, int patients, long seed, int threads, OnFailure onFailure) {
    PopulationSummary.Accumulator acc = new PopulationSummary.Accumulator();
    SimulationFailedException[] first = new SimulationFailedException[1];
    forEach(regimen, patients, seed, threads, onFailure, new PatientSink() {
      @Override
      public void accept(int index, PatientResult result) {
        acc.add(result);
      }

      @Override
      public void failed(int index, SimulationFailedException failure) {
        acc.addFailed();
        if (first[0] == null) {
          first[0] = failure;
        }
      }
    });
    if (first[0] != null && acc.simulated() == 0) {
      throw first[0];
    }
    return acc.summary();
  }

  /**
   * Simulates {@code patients} patients block by block and hands each to {@code sink} in patient order.
   *
   * @param regimen the regimen every patient receives
   * @param patients number of patients, &ge; 1
   * @param seed master seed
   * @param threads worker threads, &ge; 1
   * @param onFailure {@code stop} (the first failure ends the run) or {@code count} (failed patients are counted and
   *     left out)
   * @param sink receives each patient's result (or failure), in patient order
   * @throws SimulationFailedException naming the patient, with {@link OnFailure#STOP}
   */
  public void forEach(Regimen regimen, int patients, long seed, int threads, OnFailure onFailure,
      PatientSink sink) {
    Objects.requireNonNull(regimen, "regimen");
    Objects.requireNonNull(onFailure, "onFailure");
    Objects.requireNonNull(sink, "sink");
    if (patients < 1) {
      throw new IllegalArgumentException("patients must be >= 1, got " + patients);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
    }
    int block = BLOCK_PER_THREAD * threads;
    PatientResult[] results = new PatientResult[Math.min(block, patients)];
    SimulationFailedException[] failures = new SimulationFailedException[results.length];
    PatientSimulator[] simulators = new PatientSimulator[threads];
    for (int start = 0; start < patients; start += block) {
      int from = start;
      int to = (int) Math.min((long) start + block, patients);
      AtomicInteger next = new AtomicInteger(from);
      AtomicInteger slot = new AtomicInteger();
      Runnable worker = () -> {
        int s = slot.getAndIncrement();
        if (simulators[s] == null) {
          simulators[s] = new PatientSimulator(options, settings, solver, tolerances);
        }
        PatientSimulator sim = simulators[s];
        int i;
        while ((i = next.getAndIncrement()) < to) {
          Workers.checkStop();
          VirtualPatient vp = patient(seed, i);
          try {
            results[i - from] = sim.simulate(population.individualParameters(vp), vp.covariates(),
                vp.latentUniforms(), regimen);
          } catch (SimulationFailedException e) {
            failures[i - from] = e.of(population.describe(vp));
          }
        }
      };
      Workers.run(Math.min(threads, to - from), "escalon-population", worker);
      for (int i = from; i < to; i++) {
        SimulationFailedException f = failures[i - from];
        if (f != null) {
          if (onFailure == OnFailure.STOP) {
            throw f;
          }
          sink.failed(i, f);
        } else {
          sink.accept(i, results[i - from]);
        }
        results[i - from] = null;
        failures[i - from] = null;
      }
    }
  }
}
