package org.escalon.benchmarks.ode;

import java.util.concurrent.TimeUnit;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.PkPdSystem;
import org.escalon.core.regimen.DosingEvent.Drug;
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
 * One right-hand-side evaluation of the full default model (typical individual, 2 h after a 100 µg cemsidomide
 * dose taken with 40 mg dexamethasone, PD states away from baseline). Each call uses a new time (as successive
 * Runge–Kutta stages do), so the per-time cache of the closed form does not hide the exponentials.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RhsBenchmark {

  /**
   * How the PK is computed: {@code closed} (Bateman superposition feeding the PD ODE, the default) or
   * {@code ode} (PK compartments integrated as ODE states).
   */
  @Param({"closed", "ode"})
  public String pk;

  private PkPdSystem system;
  private double[] y;
  private double[] dydt;
  private double t;

  /**
   * Builds the typical patient's PK/PD system and a state vector a few hours after the first dose.
   */
  @Setup
  public void setup() {
    ModelOptions options = pk.equals("ode") ? ModelOptions.DEFAULT.withPkForm(ModelOptions.PkForm.ODE)
        : ModelOptions.DEFAULT;
    system = new PkPdSystem(IndividualParameters.typical(ModelParameters.defaults()), options);
    system.setTrackBiomarker(false);
    y = new double[system.dimension()];
    dydt = new double[system.dimension()];
    system.initialState(y);
    system.dose(y, Drug.DEXAMETHASONE, 40);
    system.dose(y, Drug.CEMSIDOMIDE, 100);
    y[PkPdSystem.R_M] = 0.9;
    y[PkPdSystem.R_T] = 0.95;
    y[PkPdSystem.N_CIRC] = 3.0;
    y[PkPdSystem.P_CIRC] = 170;
    t = 2.0;
  }

  /**
   * One evaluation of the right-hand side dy/dt at a time that moves through 2–20 h, so that the
   * absorption phase is exercised.
   * 
   * @return the first derivative, for the Blackhole
   */
  @Benchmark
  public double rhs() {
    t += 1e-3;
    if (t > 20.0) {
      t = 2.0;
    }
    system.computeDerivatives(t, y, dydt);
    return dydt[PkPdSystem.TUM] + dydt[PkPdSystem.R_M];
  }
}
