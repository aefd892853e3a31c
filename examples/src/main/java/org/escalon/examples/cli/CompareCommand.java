package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.compare.CompareReport;
import org.escalon.examples.compare.CompareScenario;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.Limit;
import org.escalon.examples.input.Numbers;
import org.escalon.examples.io.OutputSet;
import org.escalon.examples.sweep.Sweep;
import org.escalon.examples.sweep.SweepOutputs;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code escalon compare}: escalation designs on PK/PD virtual patients, schedules side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare escalation designs in trials whose patients are virtual patients of the PK/PD model: "
        + "MTD and RP2D selection per schedule beside the model truth.")
public final class CompareCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--doses-ug", defaultValue = "37.5,50,62.5,75,100,125,150", paramLabel = "LIST",
      description = "Cemsidomide doses of the levels, increasing. Default: ${DEFAULT-VALUE}.")
  String dosesUg;

  @Option(names = {"--schedules", "--schedule"}, defaultValue = "QD d1-14,QD d1-21", paramLabel = "LIST",
      description = "Schedules, one arm each, e.g. \"QD d1-14\",\"QD d1-21\". Default: ${DEFAULT-VALUE}.")
  List<String> schedules;

  @Option(names = "--dex-mg", defaultValue = "40", paramLabel = "LIST",
      description = "Dexamethasone doses (mg weekly); several give one arm each. Default: ${DEFAULT-VALUE}.")
  String dexMg;

  @Option(names = "--designs", defaultValue = "3+3A,boin", paramLabel = "LIST",
      description = "Designs: " + DesignName.ALLOWED + ". Default: ${DEFAULT-VALUE}.")
  String designs;

  @Option(names = "--target", defaultValue = "0.3", paramLabel = "P",
      description = "Target DLT probability, in [0.05, 0.6]. Default: ${DEFAULT-VALUE}.")
  double target;

  @Option(names = "--cohort-size", defaultValue = "3", paramLabel = "N", description = "Default: 3.")
  int cohortSize;

  @Option(names = "--cohorts", defaultValue = "10", paramLabel = "N", description = "Default: 10.")
  int cohorts;

  @Option(names = "--cycles", defaultValue = "6", paramLabel = "N",
      description = "Planned cycles per patient. Default: ${DEFAULT-VALUE}.")
  int cycles;

  @Option(names = "--trials", defaultValue = "1000", paramLabel = "N", description = "Default: 1000.")
  int trials;

  @Option(names = "--truth-patients", defaultValue = "20000", paramLabel = "N",
      description = "Virtual patients for the model truth. Default: ${DEFAULT-VALUE}.")
  int truthPatients;

  @Mixin SeedOption seed;
  @Mixin ThreadsOption threads;

  @Option(names = "--accrual-per-month", defaultValue = "2", paramLabel = "R",
      description = "Poisson accrual rate (patients per month). Default: ${DEFAULT-VALUE}.")
  double accrualPerMonth;

  @Option(names = "--turn-away", description = "Turn away patients who arrive while a cohort is in its DLT window "
      + "(default: they wait).")
  boolean turnAway;

  @Option(names = "--utility-weight", defaultValue = "1", paramLabel = "W",
      description = "RP2D utility ORR - W x DLT rate. Default: ${DEFAULT-VALUE}.")
  double utilityWeight;

  @Option(names = "--optimisation-arm-size", defaultValue = "0", paramLabel = "N",
      description = "Randomised dose-optimisation stage with N patients per arm at the two best candidates "
          + "(0 = no stage, the default; 20 is typical).")
  int stageSize;

  @Mixin DoseHoldsOption doseHolds;
  @Mixin FormatOption format;

  @Option(names = "--export-patients", paramLabel = "FILE.csv",
      description = "Also write the simulated trial patients in NONMEM layout (see README).")
  java.nio.file.Path exportPatients;

  @Option(names = "--export-trials", defaultValue = "20", paramLabel = "N",
      description = "Export the first N trials of every arm and design. Default: ${DEFAULT-VALUE}.")
  int exportTrials;

  @Override
  public void run() {
    CompareScenario scenario = scenario();
    boolean json = format.json();
    PrintWriter err = spec.commandLine().getErr();
    Check.limit(spec, "--export-trials", exportTrials, Limit.EXPORT_TRIALS);
    org.escalon.examples.sweep.GridPoint gp = new org.escalon.examples.sweep.GridPoint(1, "compare", Map.of(),
        scenario.settings(), scenario.cycles(), scenario.doseHolds());
    CoupledStudy.Settings st = gp.settings();
    // every trial's result, for the paired schedule differences
    CoupledTrialResult[][][] trials = new CoupledTrialResult[st.arms().size()][st.designs().size()]
        [st.monteCarlo().trials()];
    CoupledStudy.Result r;
    if (exportPatients == null) {
      r = CoupledStudy.run(st, null, null, n -> { }, t -> keep(trials, t));
    } else {
      try (OutputSet outputs = OutputSet.builder().file("--export-patients", exportPatients).open()) {
        try (org.escalon.examples.sweep.NonmemExport ex = new org.escalon.examples.sweep.NonmemExport(
            java.nio.file.Files.newBufferedWriter(outputs.staging("--export-patients"),
                java.nio.charset.StandardCharsets.UTF_8), exportTrials)) {
          r = CoupledStudy.run(st, null, null, n -> { }, t -> {
              keep(trials, t);
              ex.add(gp, t);
            });
        }
        outputs.commit();
      } catch (java.io.IOException e) {
        throw new UsageException("cannot write --export-patients " + exportPatients + ": " + e.getMessage());
      }
    }
    Sweep.PointResult pr = new Sweep.PointResult(gp, r, trials);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> j = CompareReport.toJson(r, runInfo(scenario));
      if (r.arms().size() > 1) {
        j.put("paired_differences", SweepOutputs.pairedJson(pr));
      }
      out.println(Json.write(j));
    } else {
      out.print(CompareReport.table(r));
      out.print(SweepOutputs.pairedTable(pr));
    }
    out.flush();
    err.printf(Locale.ROOT, "escalon: %d trials x %d arms x %d designs in %.1f s%n", scenario.trials(),
        r.arms().size(), scenario.designs().size(), r.seconds());
    err.flush();
  }

  private static void keep(CoupledTrialResult[][][] trials, CoupledStudy.TrialRecord t) {
    trials[t.armIndex()][t.designIndex()][(int) t.trialIndex()] = t.result();
  }

  Map<String, Object> runInfo(CompareScenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trials", s.trials());
    m.put("seed", s.seed());
    m.put("truth_patients", s.truthPatients());
    m.put("target", s.target());
    m.put("cycles", s.cycles());
    m.put("dose_holds", s.doseHolds());
    m.put("utility_weight", s.rp2dRule().toxicityWeight());
    m.put("accrual_per_month", s.accrual().patientsPerMonth());
    return m;
  }

  CompareScenario scenario() {
    double[] doses = doses();
    List<Schedule> sch = schedules();
    double[] dex = dexMg();
    Check.limit(spec, "--target", target, Limit.TARGET);
    List<String> ds = designs();
    boolean interval = false;
    for (String d : ds) {
      interval |= DesignName.parse(d).interval();
    }
    for (String o : new String[] {"--cohort-size", "--cohorts"}) {
      if (!interval && Check.given(spec, o)) {
        throw UsageException.of(o, Check.typed(spec, o, ""), "only with an interval design or a model-based "
            + "design in --designs (boin, i3+3, mtpi2, keyboard, bf-boin, tite-boin, crm, tite-crm); 3+3 has cohorts "
            + "of 3");
      }
    }
    Check.limit(spec, "--cohort-size", cohortSize, Limit.COHORT_SIZE);
    Check.limit(spec, "--cohorts", cohorts, Limit.COHORTS);
    if (interval && !Limit.MAX_PATIENTS.contains((double) cohortSize * cohorts)) {
      String blamed = Check.given(spec, "--cohorts") ? "--cohorts" : "--cohort-size";
      throw UsageException.of(blamed, Check.typed(spec, blamed, ""), Limit.MAX_PATIENTS.allowed() + "; "
          + cohorts + " cohorts of " + cohortSize + " make " + (cohorts * cohortSize));
    }
    Check.limit(spec, "--cycles", cycles, Limit.CYCLES);
    Check.limit(spec, "--trials", trials, Limit.TRIALS);
    Check.limit(spec, "--truth-patients", truthPatients, Limit.TRUTH_PATIENTS);
    Check.limit(spec, "--optimisation-arm-size", stageSize, Limit.STAGE_PATIENTS);
    Check.limit(spec, "--accrual-per-month", accrualPerMonth, Limit.ACCRUAL_PER_MONTH);
    Check.limit(spec, "--utility-weight", utilityWeight, Limit.UTILITY_WEIGHT);
    if (stageSize > 0 && ds.stream().anyMatch(d -> DesignName.parse(d) == DesignName.TITE_BOIN)) {
      throw UsageException.of("--optimisation-arm-size", Check.typed(spec, "--optimisation-arm-size", ""),
          "0 with tite-boin in --designs (the optimisation stage is not offered with tite-boin)");
    }
    OptimisationStage stage = stageSize == 0 ? OptimisationStage.NONE : OptimisationStage.of(stageSize);
    return new CompareScenario(doses, sch, dex, ds, target, cohortSize, cohorts, cycles, doseHolds.on(),
        new Accrual(accrualPerMonth, 28, turnAway), new Rp2dRule(utilityWeight, 3), stage, truthPatients, trials,
        seed.seed(), threads.threads());
  }

  private double[] doses() {
    String allowed = "a comma-separated list of increasing doses, each " + Limit.LEVEL_DOSE_UG.allowed() + ", "
        + Limit.DOSE_LEVELS.allowed();
    double[] doses = list("--doses-ug", dosesUg, allowed);
    if (!Limit.DOSE_LEVELS.contains(doses.length)) {
      throw UsageException.of("--doses-ug", dosesUg, allowed);
    }
    for (int i = 0; i < doses.length; i++) {
      if (!Limit.LEVEL_DOSE_UG.contains(doses[i]) || (i > 0 && !(doses[i] > doses[i - 1]))) {
        throw UsageException.of("--doses-ug", dosesUg, allowed);
      }
    }
    return doses;
  }

  private List<Schedule> schedules() {
    List<Schedule> sch = new ArrayList<>();
    for (String group : schedules) {
      for (String t : group.split(",(?=\\s*[A-Za-z])")) {
        Schedule s;
        try {
          s = Schedule.parse(t);
        } catch (IllegalArgumentException e) {
          throw UsageException.of("--schedules", t, "schedules such as " + Schedule.ALLOWED);
        }
        if (sch.contains(s)) {
          throw UsageException.of("--schedules", t, "a schedule not listed before (each gives an arm)");
        }
        sch.add(s);
      }
    }
    return sch;
  }

  private double[] dexMg() {
    String allowed = "a comma-separated list of different doses, each " + Limit.DEX_MG.allowed();
    double[] dex = list("--dex-mg", dexMg, allowed);
    for (int i = 0; i < dex.length; i++) {
      if (!Limit.DEX_MG.contains(dex[i])) {
        throw UsageException.of("--dex-mg", dexMg, allowed);
      }
      for (int j = 0; j < i; j++) {
        if (dex[j] == dex[i]) {
          throw UsageException.of("--dex-mg", dexMg, allowed + " (" + Limit.show(dex[i]) + " is listed twice)");
        }
      }
    }
    return dex;
  }

  private List<String> designs() {
    List<String> ds = new ArrayList<>();
    for (String d : designs.split(",", -1)) {
      String key;
      try {
        key = DesignName.parse(d).key();
      } catch (IllegalArgumentException e) {
        throw UsageException.of("--designs", d, "a comma-separated list of " + DesignName.ALLOWED);
      }
      if (ds.contains(key)) {
        throw UsageException.of("--designs", designs, "a list of different designs (" + key + " is listed twice)");
      }
      ds.add(key);
    }
    return ds;
  }

  private static double[] list(String option, String text, String allowed) {
    try {
      return Numbers.parseList(option, text);
    } catch (IllegalArgumentException e) {
      throw UsageException.of(option, text, allowed + "; " + Check.reason(e));
    }
  }
}
