package org.escalon.simulation.pkpd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
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
 *
 * <p>What no trial output reads is not simulated: a patient's course is integrated only until the cycle-1 DLT, the
 * objective response and their days are final ({@link VirtualPatientModel#simulateDltAndResponse}) — e.g. a
 * responder confirmed after cycle 3 is not followed through cycles 4–6, a non-responder not through a last cycle
 * that can no longer confirm a response — and the whole course is simulated only if a listener reads it ({@link
 * PatientOutcome#deferred}). The outcomes are bit for bit those of the whole simulation; one difference remains: a
 * course whose numerics would fail only after its DLT and response are final no longer fails the trial (it fails
 * when its whole course is read).
 */
public final class PkPdOutcomeSource implements PatientOutcomeSource {

  private final VirtualPatientModel model;
  private final List<DoseLevel> levels;
  private final long seed;
  private final ThreadLocal<PatientSimulator> simulators;
  private final ThreadLocal<PatientResultBuffer> buffers = ThreadLocal.withInitial(PatientResultBuffer::new);

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

  /** The whole course, on the calling thread's simulator (a deferred outcome may be read on another thread). */
  private PatientResult wholeCourse(long trialIndex, VirtualPatient p, DoseLevel level) {
    try {
      return model.simulate(simulators.get(), p, level);
    } catch (SimulationFailedException e) {
      throw e.of("trial " + trialIndex);
    }
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
          DoseLevel dl = levels.get(level - 1);
          PatientResultBuffer b = buffers.get();
          try {
            model.simulateDltAndResponse(sim, p, dl, b);
          } catch (SimulationFailedException e) {
            throw e.of("trial " + trialIndex);
          }
          o = PatientOutcome.deferred(b.dlt(), b.bestResponse().isObjectiveResponse(), b.dltOnsetDay(),
              b.responseDay(), () -> wholeCourse(trialIndex, p, dl));
          cache.put(key, o);
        }
        return o;
      }
    };
  }
}
