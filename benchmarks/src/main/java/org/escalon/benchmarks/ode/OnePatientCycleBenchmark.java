package org.escalon.benchmarks.ode;

import java.util.concurrent.TimeUnit;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.Omega;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.Regimen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One virtual patient (typical individual), one 28-day cycle of the full default model: cemsidomide 100 µg QD
 * days 1–14 with dexamethasone 40 mg weekly, rtol 1e-6, atol 1e-9, default dose holds. {@code hotPath} is the
 * allocation-free API (caller's {@link PatientResultBuffer}); {@code readable} returns a {@link PatientResult}.
 * The setup prints the RHS evaluations and accepted steps per patient-cycle (for the floor).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OnePatientCycleBenchmark {

  /**
   * The integrator: {@code fast} (the allocation-free Dormand–Prince hot path), {@code tsitouras}
   * (Tsitouras 5(4)), {@code hipparchus} (Hipparchus Dormand–Prince 5(4)) or {@code hipparchus853}
   * (Dormand–Prince 8(5,3)).
   */
  @Param({"fast", "tsitouras", "hipparchus", "hipparchus853"})
  public String solver;

  /**
   * How the PK is computed: {@code closed} (Bateman superposition) or {@code ode} (integrated).
   */
  @Param({"closed", "ode"})
  public String pk;

  /**
   * Whether the blood IKZF3 biomarker is tracked ({@code on}, as {@code simulate-individuals} does because its
   * minimum is an output) or not ({@code off}, as trials do).
   */
  @Param({"off", "on"})
  public String biomarker;

  /** Cycles simulated (1 here; {@link OnePatientCoursesBenchmark} uses 6). */
  int cycles() {
    return 1;
  }

  private PatientSimulator simulator;
  private IndividualParameters params;
  private VirtualPatient patient;
  private double[] latent;
  private Regimen regimen;
  private PatientResultBuffer buffer;

  /**
   * Builds the simulator, a typical patient and the regimen once per trial of the benchmark.
   */
  @Setup
  public void setup() {
    simulator = new PatientSimulator(Patients.options(pk), SimulationSettings.DEFAULT, Patients.solver(solver),
        OdeTolerances.of(1e-6, 1e-9));
    simulator.setTrackBiomarker(biomarker.equals("on"));
    params = IndividualParameters.typical(ModelParameters.defaults());
    patient = VirtualPatient.typical(Omega.defaults());
    latent = patient.latentUniforms();
    regimen = Regimen.of(100, "QD d1-14", 40, cycles());
    buffer = new PatientResultBuffer();
    simulator.counters().resetCounters();
    simulator.simulate(params, patient.covariates(), latent, regimen, buffer);
    System.out.printf("%n[%s, pk %s, biomarker %s, %d cycle(s)] RHS evaluations %d, accepted steps %d%n", solver,
        pk, biomarker, cycles(), simulator.counters().evaluations(), simulator.counters().acceptedSteps());
  }

  /**
   * One patient through the allocation-free API into a reused buffer (what Monte Carlo trials use).
   * 
   * @return the ANC nadir plus the last M-protein, so that nothing is eliminated as dead code
   */
  @Benchmark
  public double hotPath() {
    simulator.simulate(params, patient.covariates(), latent, regimen, buffer);
    return buffer.ancNadir() + buffer.lastMProtein();
  }

  /**
   * The same patient through the readable API, which allocates its result.
   * 
   * @return the patient's result
   */
  @Benchmark
  public PatientResult readable() {
    return simulator.simulate(params, patient.covariates(), latent, regimen);
  }
}
