package org.escalon.core.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PopulationSummary;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * Population runs summarise in constant memory (block by block, in patient order) and contain the numerical
 * failure of one virtual patient: {@link PopulationSimulation.OnFailure#STOP} stops with one line naming the
 * patient, its sampled parameters, the study day and the reason; {@link PopulationSimulation.OnFailure#COUNT} counts
 * it as failed and leaves it out of the rates. The counts and rates are checked against a brute-force loop that
 * simulates every patient alone.
 */
class PopulationStreamingTest {

  private static final Regimen ONE_CYCLE = Regimen.of(100, "QD d1-14", 40, 1);

  @Test
  void theStreamingSummaryIsTheSummaryOfEveryResultForAnyThreadCount() {
    PopulationSimulation sim = PopulationSimulation.defaults();
    int n = 2 * PopulationSimulation.BLOCK_PER_THREAD + 7; // more than one block on 1 thread, a partial block
    PopulationSummary all = PopulationSummary.of(sim.run(ONE_CYCLE, n, 11, 1));
    for (int threads : new int[] {1, 2, 3}) {
      PopulationSummary s = sim.summarise(ONE_CYCLE, n, 11, threads, PopulationSimulation.OnFailure.STOP);
      assertThat(s).as("%d threads", threads).isEqualTo(all);
    }
    List<Integer> order = new ArrayList<>();
    sim.forEach(ONE_CYCLE, n, 11, 2, PopulationSimulation.OnFailure.STOP, (i, r) -> order.add(i));
    assertThat(order).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(order.get(i)).isEqualTo(i);
    }
  }

  /** A population where KG's omega of 5 sends a few sampled patients' tumour growth far past its range. */
  static PopulationSimulation wideKg() {
    Map<Param, Double> omegas = new LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      omegas.put(p, p.definition().defaultOmega());
    }
    omegas.put(Param.KG, Omega.MAX_SD);
    PopulationModel pop = new PopulationModel(ModelParameters.defaults().with(Param.KG, 0.03),
        Omega.diagonal(omegas), AgeDistribution.DEFAULT);
    PopulationSimulation d = PopulationSimulation.defaults();
    return new PopulationSimulation(pop, d.options(), d.settings(), d.solver(), d.tolerances());
  }

  @Test
  void aFailedPatientStopsTheRunWithOneLineOrIsCountedAsFailed() {
    PopulationSimulation sim = wideKg();
    int n = 120;
    long seed = 1;
    // brute force: every patient alone on a fresh simulator
    List<Integer> failed = new ArrayList<>();
    PopulationSummary.Accumulator survivors = new PopulationSummary.Accumulator();
    for (int i = 0; i < n; i++) {
      VirtualPatient vp = sim.patient(seed, i);
      try {
        PatientResult r = PatientSimulator.defaults().simulate(sim.population().individualParameters(vp),
            vp.covariates(), vp.latentUniforms(), ONE_CYCLE);
        survivors.add(r);
      } catch (SimulationFailedException e) {
        failed.add(i);
        survivors.addFailed();
      }
    }
    assertThat(failed).as("the omega of KG makes some patients fail").isNotEmpty().hasSizeLessThan(n / 4);
    VirtualPatient first = sim.patient(seed, failed.get(0));
    double kg = sim.population().individualParameters(first).get(Param.KG);
    assertThat(kg).as("the failing patient's KG lies outside KG's range").isGreaterThan(Param.KG.domain().hi());

    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> sim.summarise(ONE_CYCLE, n, seed, threads, PopulationSimulation.OnFailure.STOP))
          .isInstanceOf(SimulationFailedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
              .startsWith("virtual patient " + failed.get(0) + " (age ")
              .contains("KG = " + String.format(java.util.Locale.ROOT, "%.4g", kg))
              .contains(": simulation failed on study day ").contains("at t = "));
      PopulationSummary counted = sim.summarise(ONE_CYCLE, n, seed, threads, PopulationSimulation.OnFailure.COUNT);
      assertThat(counted.failed()).isEqualTo(failed.size());
      assertThat(counted.n()).isEqualTo(n - failed.size());
      assertThat(counted).isEqualTo(survivors.summary());
    }
  }
}
