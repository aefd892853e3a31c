package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.model.Param;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PopulationSummary;
import org.escalon.core.output.Estimate;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.regimen.Regimen;
import org.escalon.examples.input.Limit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon population}: independent virtual patients with variability, summarised. */
@Command(name = "population", mixinStandardHelpOptions = true,
    description = "Simulate independent virtual patients (between-subject variability, age, latent event draws) "
        + "and print response and safety rates with standard errors.")
public final class PopulationCommand implements Runnable {

  @Mixin RegimenOptions regimenOptions;
  @Mixin ModelChoiceOptions modelChoice;
  @Spec CommandSpec spec;

  @Option(names = "--patients", defaultValue = "1000", paramLabel = "N",
      description = "Number of virtual patients. Default: ${DEFAULT-VALUE}.")
  int patients;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threads;
  @Mixin FormatOption format;
  @Mixin DoseHoldsOption doseHolds;

  @Option(names = "--omega", paramLabel = "NAME=SD",
      description = "Between-subject SD (omega) of a model parameter's eta, in [0, 5] (0 removes the variability); "
          + "repeat for more (--omega KG=1). Parameters not given keep their docs/model.md §3 omega.")
  List<String> omegas = new ArrayList<>();

  @Option(names = "--on-failure", defaultValue = "stop", paramLabel = "WHAT",
      description = "When one virtual patient's simulation fails numerically: stop (default: one line naming the "
          + "patient, its sampled parameters, the time and the reason; exit 1) or count (count it as failed, "
          + "leave it out of the rates, report the count).")
  String onFailure;

  /** At most this many failed patients are named on stderr with --on-failure count. */
  static final int NAMED_FAILURES = 5;

  @Option(names = "--dex-age-rule", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Give patients older than 75 at most 20 mg dexamethasone (default on).")
  boolean dexAgeRule;

  @Override
  public void run() {
    Regimen regimen = regimenOptions.regimen();
    Check.limit(spec, "--patients", patients, Limit.PATIENTS);
    int workers = threads.threads();
    boolean json = format.json();
    PopulationSimulation.OnFailure policy = onFailure();
    SimulationSettings settings = doseHolds.settings().withDexAgeRule(dexAgeRule);
    PopulationSimulation sim = new PopulationSimulation(
        new PopulationModel(modelChoice.theta(), omega(), AgeDistribution.DEFAULT),
        modelChoice.modelOptions(), settings, modelChoice.solver(), modelChoice.tolerances());
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    PopulationSummary.Accumulator acc = new PopulationSummary.Accumulator();
    sim.forEach(regimen, patients, seed.seed(), workers, policy, new PopulationSimulation.PatientSink() {
      @Override
      public void accept(int index, PatientResult result) {
        acc.add(result);
      }

      @Override
      public void failed(int index, SimulationFailedException failure) {
        acc.addFailed();
        if (acc.seen() - acc.simulated() <= NAMED_FAILURES) {
          err.println("escalon: warning: counted as failed: " + failure.getMessage().replaceAll("\\s*\\R\\s*", " "));
        }
      }
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (acc.simulated() == 0) {
      throw new UsageException("every one of the " + patients + " virtual patients failed numerically (see above); "
          + "nothing to summarise");
    }
    PopulationSummary s = acc.summary();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(toJson(regimen, s)));
    } else {
      out.print(table(regimen, s));
    }
    out.flush();
    if (s.failed() > NAMED_FAILURES) {
      err.printf(Locale.ROOT, "escalon: warning: %d more virtual patients counted as failed%n",
          s.failed() - NAMED_FAILURES);
    }
    err.printf(Locale.ROOT, "escalon: %d patients in %.1f s%n", patients, seconds);
    err.flush();
  }

  private PopulationSimulation.OnFailure onFailure() {
    try {
      return PopulationSimulation.OnFailure.byLabel(onFailure);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--on-failure", onFailure, "stop or count");
    }
  }

  /** The default omegas with every {@code --omega} applied. */
  private Omega omega() {
    Map<Param, Double> given = ModelChoiceOptions.assignments("--omega", omegas, (p, v, text) -> {
      if (!(v >= 0 && v <= Omega.MAX_SD)) {
        throw UsageException.of("--omega " + p.name(), text, Limit.OMEGA.allowed());
      }
    });
    if (given.isEmpty()) {
      return Omega.defaults();
    }
    Map<Param, Double> all = new java.util.LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      all.put(p, p.definition().defaultOmega());
    }
    all.putAll(given);
    return Omega.diagonal(all);
  }

  Map<String, Object> toJson(Regimen regimen, PopulationSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regimen", regimen.text());
    m.put("patients", s.n() + s.failed());
    if (PopulationSimulation.OnFailure.byLabel(onFailure) == PopulationSimulation.OnFailure.COUNT) {
      // only with --on-failure count (with stop a run that reports has no failed patient): outputs of earlier
      // versions stay byte-identical
      m.put("on_failure", "count");
      m.put("patients_failed", s.failed());
      m.put("patients_in_rates", s.n());
    }
    m.put("seed", seed.seed());
    m.put("dose_holds", doseHolds.on());
    put(m, "orr", s.orr());
    put(m, "cbr", s.cbr());
    put(m, "vgpr_or_better", s.vgprOrBetter());
    put(m, "neutropenia_any", s.aeAny().get(AdverseEvent.NEUTROPENIA));
    put(m, "neutropenia_g3plus", s.neutropeniaG3plus());
    put(m, "neutropenia_g4", s.neutropeniaG4());
    put(m, "dlt_cycle1", s.dltCycle1());
    m.put("mean_auc_cycle1_ng_h_per_ml", s.meanAucCycle1());
    m.put("mean_cmax_cycle1_ng_per_ml", s.meanCmaxCycle1());
    Map<String, Object> ae = new LinkedHashMap<>();
    for (AdverseEvent e : AdverseEvent.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      put(row, "any_grade", s.aeAny().get(e));
      put(row, "grade3plus", s.aeG3plus().get(e));
      ae.put(e.key(), row);
    }
    m.put("ae", ae);
    return m;
  }

  private static void put(Map<String, Object> m, String key, Estimate r) {
    m.put(key, r.value());
    m.put(key + "_se", r.se());
  }

  String table(Regimen regimen, PopulationSummary s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s, %d virtual patients, seed %d, dose holds %s%n%n", regimen.text(),
        s.n() + s.failed(), seed.seed(), doseHolds.on() ? "on" : "off"));
    if (s.failed() > 0) {
      sb.append(String.format(Locale.ROOT, "%d patients failed numerically (counted as failed, not in the rates: "
          + "rates are over %d)%n%n", s.failed(), s.n()));
    }
    row(sb, "ORR (PR or better)", s.orr());
    row(sb, "CBR (MR or better)", s.cbr());
    row(sb, "VGPR or better", s.vgprOrBetter());
    row(sb, "Neutropenia grade >= 3", s.neutropeniaG3plus());
    row(sb, "Neutropenia grade 4", s.neutropeniaG4());
    row(sb, "Cycle-1 DLT", s.dltCycle1());
    sb.append(String.format(Locale.ROOT, "%-28s %8.2f%n", "Mean AUC cycle 1 (ng.h/mL)", s.meanAucCycle1()));
    sb.append(String.format(Locale.ROOT, "%-28s %8.3f%n%n", "Mean Cmax cycle 1 (ng/mL)", s.meanCmaxCycle1()));
    sb.append(String.format(Locale.ROOT, "%-28s %16s %16s%n", "Adverse event", "any grade", "grade >= 3"));
    for (AdverseEvent e : AdverseEvent.values()) {
      Estimate a = s.aeAny().get(e);
      Estimate g = s.aeG3plus().get(e);
      sb.append(String.format(Locale.ROOT, "%-28s %6.1f%% (%4.1f)  %6.1f%% (%4.1f)%n", e.key(), 100 * a.value(),
          100 * a.se(), 100 * g.value(), 100 * g.se()));
    }
    sb.append("(standard errors in parentheses, percentage points)\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Estimate r) {
    sb.append(String.format(Locale.ROOT, "%-28s %6.1f%% (SE %.1f)%n", name, 100 * r.value(), 100 * r.se()));
  }
}
