package org.escalon.benchmarks.trial;

import java.util.concurrent.TimeUnit;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
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
 * Time of one exact operating-characteristics computation (dynamic programming over trial states): 5 doses,
 * p = (0.05, 0.15, 0.3, 0.45, 0.6), interval designs with 10 cohorts of 3 (φ = 0.3), 3+3 variants A and B.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar ExactOc -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExactOcBenchmark {

  @Param({"boin", "3+3A", "3+3B", "i3+3", "mtpi2", "keyboard"})
  String design;

  EscalationDesign escalationDesign;
  FixedToxicity toxicity;
  double target;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    escalationDesign = switch (design) {
      case "boin" -> Designs.boin(0.3, 5, 3, 10);
      case "3+3A" -> Designs.threePlusThree(5);
      case "3+3B" -> Designs.threePlusThree(5, ThreePlusThree.Variant.B);
      case "i3+3" -> Designs.i3Plus3(0.3, 5, 3, 10);
      case "mtpi2" -> Designs.mtpi2(0.3, 5, 3, 10);
      case "keyboard" -> Designs.keyboard(0.3, 5, 3, 10);
      default -> throw new IllegalArgumentException("design = " + design);
    };
    toxicity = FixedToxicity.of(0.05, 0.15, 0.3, 0.45, 0.6);
    target = 0.3;
  }

  /**
   * One exact computation.
   *
   * @return the exact operating characteristics
   */
  @Benchmark
  public OperatingCharacteristics exact() {
    return ExactOc.compute(escalationDesign, toxicity, target);
  }
}
