package org.escalon.simulation.pkpd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.VirtualPatient;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.PatientOutcome;
import org.escalon.simulation.trial.PatientOutcomeSource;

/**
 * Trial patients who are virtual patients of the PK/PD model: patient k of trial i is person k of trial i of the
 * {@link VirtualPatientModel} (η, age, latent uniforms), simulated for the planned cycles at the dose level the
 * design gives, with holds and reductions. Cycle-1 DLT feeds the design; response and adverse events are
 * recorded. An outcome depends only on (seed, trial, patient, level) and is cached for the trial, so designs run on
 * the same trial share simulations. Thread-safe (one simulator per thread).
 */
public final class PkPdOutcomeSource implements PatientOutcomeSource {

  private final VirtualPatientModel model;
  private final List<DoseLevel> levels;
  private final long seed;
  private final ThreadLocal<PatientSimulator> simulators;

  /**
   * @param model the virtual patients
   * @param levels the dose levels (level 1 first)
   * @param seed master seed of the people
   */
  public PkPdOutcomeSource(VirtualPatientModel model, List<DoseLevel> levels, long seed) {
    this.model = Objects.requireNonNull(model, "model");
    this.levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (this.levels.isEmpty()) {
      throw new IllegalArgumentException("levels must not be empty");
    }
    this.seed = seed;
    this.simulators = ThreadLocal.withInitial(() -> model.newSimulator(this.levels));
  }

  /**
   * The levels.
   *
   * @return the levels
   */
  public List<DoseLevel> levels() {
    return levels;
  }

  /**
   * The model.
   *
   * @return the model
   */
  public VirtualPatientModel model() {
    return model;
  }

  @Override
  public int levelCount() {
    return levels.size();
  }

  @Override
  public TrialPatients forTrial(long trialIndex, UniformRandomProvider trialRng) {
    PatientSimulator sim = simulators.get();
    return new TrialPatients() {
      private final Map<Long, PatientOutcome> cache = new HashMap<>();
      private final Map<Integer, VirtualPatient> people = new HashMap<>();

      @Override
      public PatientOutcome outcome(int k, int level) {
        if (level < 1 || level > levels.size()) {
          throw new IllegalArgumentException("level = " + level + ": must be in 1.." + levels.size());
        }
        long key = ((long) k << 16) | level;
        PatientOutcome o = cache.get(key);
        if (o == null) {
          VirtualPatient p = people.computeIfAbsent(k, kk -> model.trialPatient(seed, trialIndex, kk));
          PatientResult r;
          try {
            r = model.simulate(sim, p, levels.get(level - 1));
          } catch (SimulationFailedException e) {
            throw e.of("trial " + trialIndex);
          }
          o = PatientOutcome.of(r);
          cache.put(key, o);
        }
        return o;
      }
    };
  }
}
