package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * {@code population} with an ω that makes some sampled patients fail numerically (KG's ω at its limit 5, so a
 * few patients get tumour growth thousands of times the documented maximum): by default the run stops with one
 * line naming the first failing patient, its sampled parameters, the study day and the reason (exit 1);
 * {@code --on-failure count} counts them as failed, reports the count in the JSON and leaves them out of the
 * rates. The failing patients are found independently by simulating each patient alone through the library.
 */
class PopulationFailureTest {

  private static final String[] RUN = {"population", "--param", "KG=0.03", "--omega", "KG=5", "--patients", "120",
      "--cycles", "1", "--seed", "1"};

  private static String[] with(String... extra) {
    String[] all = new String[RUN.length + extra.length];
    System.arraycopy(RUN, 0, all, 0, RUN.length);
    System.arraycopy(extra, 0, all, RUN.length, extra.length);
    return all;
  }

  /** Indices of the patients whose simulation fails, each simulated alone. */
  private static List<Integer> failingPatients(PopulationSimulation sim, int n) {
    List<Integer> failed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      VirtualPatient vp = sim.patient(1, i);
      try {
        PatientSimulator.defaults().simulate(sim.population().individualParameters(vp), vp.covariates(),
            vp.latentUniforms(), Regimen.of(100, "QD d1-14", 40, 1));
      } catch (SimulationFailedException e) {
        failed.add(i);
      }
    }
    return failed;
  }

  private static PopulationSimulation library() {
    Map<Param, Double> omegas = new LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      omegas.put(p, p.definition().defaultOmega());
    }
    omegas.put(Param.KG, 5.0);
    PopulationSimulation d = PopulationSimulation.defaults();
    return new PopulationSimulation(new PopulationModel(ModelParameters.defaults().with(Param.KG, 0.03),
        Omega.diagonal(omegas), AgeDistribution.DEFAULT), d.options(), d.settings(), d.solver(), d.tolerances());
  }

  @Test
  void stopsWithOneLineNamingThePatientOrCountsItAsFailed() throws Exception {
    PopulationSimulation sim = library();
    List<Integer> failed = failingPatients(sim, 120);
    assertThat(failed).isNotEmpty();
    int first = failed.get(0);
    double kg = sim.population().individualParameters(sim.patient(1, first)).get(Param.KG);

    for (String threads : List.of("1", "2")) {
      Cli.Run stop = Cli.run(with("--threads", threads));
      assertThat(stop.status()).as(stop.err()).isEqualTo(EscalonCli.SIMULATION_FAILED);
      assertThat(stop.out()).isEmpty();
      assertThat(stop.err()).hasLineCount(1).doesNotContain("Exception")
          .startsWith("escalon: virtual patient " + first + " (age ")
          .contains("KG = " + String.format(Locale.ROOT, "%.4g", kg), ": simulation failed on study day ", "t = ");
    }

    Cli.Run count = Cli.run(with("--on-failure", "count", "--format", "json", "--threads", "2"));
    assertThat(count.status()).as(count.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(count.out());
    assertThat(j.get("patients").asInt()).isEqualTo(120);
    assertThat(j.get("on_failure").asText()).isEqualTo("count");
    assertThat(j.get("patients_failed").asInt()).isEqualTo(failed.size());
    assertThat(j.get("patients_in_rates").asInt()).isEqualTo(120 - failed.size());
    int named = Math.min(failed.size(), PopulationCommand.NAMED_FAILURES);
    assertThat(count.err().lines().filter(l -> l.startsWith("escalon: warning: counted as failed: virtual patient ")))
        .hasSize(named);
    assertThat(count.err()).contains("escalon: warning: counted as failed: virtual patient " + first + " (age ");

    Cli.Run bad = Cli.run(with("--on-failure", "skip"));
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).hasLineCount(1).contains("--on-failure = 'skip': must be stop or count");
  }
}
