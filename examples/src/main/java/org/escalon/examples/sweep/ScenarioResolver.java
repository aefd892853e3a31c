package org.escalon.examples.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.input.DoseHolds;
import org.escalon.examples.input.Limit;
import org.escalon.examples.input.ModelParameterNames;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.DoseLevel;

/**
 * Resolution of one bound (possibly grid-expanded) {@link ScenarioSpec} into the domain objects of a study: the
 * defaults of every field left out, the range of every value, the arms (explicit {@code levels}, or the {@link
 * Arms#crossProduct doses × schedules × dexamethasone} cross product), the designs ({@link ScenarioDesigns}), the
 * model and population. See README "Scenario files" for each field's default and range. Immutable.
 */
final class ScenarioResolver {

  private final ScenarioSpec s;
  private final FieldChecks check;
  private final ScenarioDesigns designs;

  ScenarioResolver(ScenarioBinding binding, ScenarioSpec spec, Map<String, String> origin) {
    this.s = spec;
    this.check = new FieldChecks(binding.file(), origin);
    this.designs = new ScenarioDesigns(binding, check);
  }

  /** The grid point: the study to run and how it is labelled. */
  GridPoint point(int index, String label, Map<String, Object> values) {
    if (s.name() != null && s.name().isBlank()) {
      throw check.bad("name", s.name(), "a non-empty name");
    }
    double target = check.number(s.target(), 0.3, "target", Limit.TARGET);
    int cohortSize = check.integer(s.cohortSize(), 3, "cohort_size", Limit.COHORT_SIZE);
    int cohorts = check.integer(s.cohorts(), 10, "cohorts", Limit.COHORTS);
    int cycles = check.integer(s.cycles(), 6, "cycles", Limit.CYCLES);
    boolean holds = s.doseHolds() == null || s.doseHolds();
    List<Arm> arms = arms();
    List<NamedDesign> named = designs.resolve(s.designs(), target, cohortSize, cohorts, s.dosesUg());
    Rp2dRule rule = rp2dRule();
    OptimisationStage stage = stage();
    if (stage.enabled() && named.stream().anyMatch(d -> !d.countBased())) {
      throw check.bad("optimisation_stage.patients_per_arm", stage.patientsPerArm(), "0 (no stage) with a "
          + "time-to-event design such as tite-boin: the optimisation stage is not offered with it");
    }
    Accrual accrual = accrual();
    ScenarioSpec.PopulationSpec pop = s.population() == null ? new ScenarioSpec.PopulationSpec(null, null)
        : s.population();
    int truthPatients = check.integer(pop.size(), 20_000, "population.size", Limit.TRUTH_PATIENTS);
    int trials = check.integer(s.trials(), 1000, "trials", Limit.TRIALS);
    long seed = s.seed() == null ? 1 : s.seed();
    int threads = check.integer(s.threads(), Math.max(1, Math.min(1024, Runtime.getRuntime()
        .availableProcessors())), "threads", Limit.THREADS);
    VirtualPatientModel model = VirtualPatientModel.defaults().withCycles(cycles)
        .withSettings(DoseHolds.settings(holds))
        .withPopulation(population(pop.age()))
        .withOptions(modelOptions());
    CoupledStudy.Settings settings = new CoupledStudy.Settings(arms, named, model, accrual, rule, stage, target,
        truthPatients, MonteCarloSettings.of(trials, seed, threads));
    return new GridPoint(index, label, values, settings, cycles, holds);
  }

  private Rp2dRule rp2dRule() {
    ScenarioSpec.UtilitySpec u = s.utility() == null ? new ScenarioSpec.UtilitySpec(null, null) : s.utility();
    return new Rp2dRule(check.number(u.toxicityWeight(), 1.0, "utility.toxicity_weight", Limit.UTILITY_WEIGHT),
        check.integer(u.minPatients(), 3, "utility.min_patients", Limit.MIN_PATIENTS));
  }

  private OptimisationStage stage() {
    Integer stageN = s.optimisationStage() == null ? null : s.optimisationStage().patientsPerArm();
    int sn = check.integer(stageN, 0, "optimisation_stage.patients_per_arm", Limit.STAGE_PATIENTS);
    return sn == 0 ? OptimisationStage.NONE : OptimisationStage.of(sn);
  }

  private Accrual accrual() {
    ScenarioSpec.AccrualSpec a = s.accrual() == null ? new ScenarioSpec.AccrualSpec(null, null, null) : s.accrual();
    return new Accrual(check.number(a.patientsPerMonth(), 2, "accrual.patients_per_month", Limit.ACCRUAL_PER_MONTH),
        check.integer(a.dltWindowDays(), 28, "accrual.dlt_window_days", Limit.DLT_WINDOW_DAYS),
        a.turnAway() != null && a.turnAway());
  }

  private List<Arm> arms() {
    if (s.levels() != null && s.dosesUg() != null) {
      throw check.at("levels", "give either levels or doses_ug (with schedules and dex_mg), not both");
    }
    if (s.levels() != null) {
      return List.of(levelArm());
    }
    if (s.dosesUg() == null) {
      throw check.at("doses_ug", "missing (required unless levels is given); allowed: a list of increasing doses "
          + "> 0 ug, e.g. [37.5, 50, 75, 100]");
    }
    return Arm.crossProduct(doses(), schedules(), dexMg());
  }

  /** One arm of explicit levels. */
  private Arm levelArm() {
    if (s.schedules() != null || s.dexMg() != null) {
      throw check.at(s.schedules() != null ? "schedules" : "dex_mg",
          "not allowed with levels (each level names its schedule and dex_mg)");
    }
    if (!Limit.DOSE_LEVELS.contains(s.levels().size())) {
      throw check.bad("levels", s.levels().size() + " levels", Limit.DOSE_LEVELS.allowed());
    }
    List<DoseLevel> lv = new ArrayList<>();
    for (int i = 0; i < s.levels().size(); i++) {
      ScenarioSpec.LevelSpec l = s.levels().get(i);
      String p = "levels[" + i + "]";
      if (l == null) {
        throw check.at(p, "missing; allowed: a mapping with dose_ug, schedule, dex_mg");
      }
      if (l.doseUg() == null) {
        throw check.at(p + ".dose_ug", "missing (required); allowed: a dose > 0 ug");
      }
      double d = check.number(l.doseUg(), 0, p + ".dose_ug", Limit.LEVEL_DOSE_UG);
      if (i > 0 && d < lv.get(i - 1).doseUg()) {
        throw check.bad(p + ".dose_ug", l.doseUg(), "a dose not below the previous level's ("
            + FieldChecks.show(lv.get(i - 1).doseUg()) + "): levels are listed from the lowest dose up");
      }
      Schedule sch = check.schedule(l.schedule(), p + ".schedule");
      double dex = check.number(l.dexMg(), 40, p + ".dex_mg", Limit.DEX_MG);
      lv.add(new DoseLevel(d, sch, dex));
    }
    return new Arm(s.name() != null ? s.name() : "levels", lv);
  }

  private double[] doses() {
    List<Double> doses = s.dosesUg();
    if (!Limit.DOSE_LEVELS.contains(doses.size())) {
      throw check.bad("doses_ug", doses, "a list of increasing doses, " + Limit.DOSE_LEVELS.allowed());
    }
    double[] out = new double[doses.size()];
    for (int i = 0; i < doses.size(); i++) {
      Double d = doses.get(i);
      if (d == null) {
        throw check.bad("doses_ug[" + i + "]", null, "a dose > 0 ug");
      }
      out[i] = check.number(d, 0, "doses_ug[" + i + "]", Limit.LEVEL_DOSE_UG);
      if (i > 0 && !(d > doses.get(i - 1))) {
        throw check.bad("doses_ug[" + i + "]", d, "a dose above the previous one ("
            + FieldChecks.show(doses.get(i - 1)) + "): doses must increase");
      }
    }
    return out;
  }

  private List<Schedule> schedules() {
    List<String> texts = s.schedules() == null ? List.of("QD d1-14") : s.schedules();
    if (texts.isEmpty()) {
      throw check.bad("schedules", "[]", "a list of one or more schedules such as " + Schedule.ALLOWED);
    }
    List<Schedule> schedules = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Schedule sc = check.schedule(texts.get(i), "schedules[" + i + "]");
      if (schedules.contains(sc)) {
        throw check.bad("schedules[" + i + "]", texts.get(i), "a schedule not listed before (each gives an arm)");
      }
      schedules.add(sc);
    }
    return schedules;
  }

  private double[] dexMg() {
    List<Double> dex = s.dexMg() == null ? List.of(40.0) : s.dexMg();
    if (dex.isEmpty()) {
      throw check.bad("dex_mg", "[]", "a list of one or more doses, each " + Limit.DEX_MG.allowed());
    }
    double[] out = new double[dex.size()];
    for (int i = 0; i < dex.size(); i++) {
      if (dex.get(i) == null) {
        throw check.bad("dex_mg[" + i + "]", null, Limit.DEX_MG.allowed());
      }
      out[i] = check.number(dex.get(i), 0, "dex_mg[" + i + "]", Limit.DEX_MG);
      for (int j = 0; j < i; j++) {
        if (out[j] == out[i]) {
          throw check.bad("dex_mg[" + i + "]", dex.get(i), "a dose not listed before (each gives an arm)");
        }
      }
    }
    return out;
  }

  private ModelOptions modelOptions() {
    String v = s.model() == null ? null : s.model().neutrophilEffect();
    if (v == null) {
      return ModelOptions.DEFAULT;
    }
    try {
      return ModelOptions.DEFAULT.withNeutrophilEffect(MyelosuppressionEffect.byLabel(v));
    } catch (IllegalArgumentException e) {
      throw check.bad("model.neutrophil_effect", v, "proliferation, maturation-arrest or blunted-feedback");
    }
  }

  private PopulationModel population(ScenarioSpec.AgeSpec age) {
    ScenarioSpec.ModelSpec m = s.model();
    if (m != null && m.parameters() != null && m.typical() != null) {
      throw check.at("model.typical", "give either model.parameters or model.typical (its older alias), not both");
    }
    ModelParameters theta = ModelParameters.defaults();
    if (m != null && m.typicalValues() != null) {
      String field = "model." + m.typicalField();
      Map<String, Param> params = params(m.typicalValues(), field);
      for (Map.Entry<String, Double> e : m.typicalValues().entrySet()) {
        Param param = params.get(e.getKey());
        String p = field + "." + e.getKey();
        if (e.getValue() == null || !param.domain().contains(e.getValue())) {
          throw check.bad(p, e.getValue(), param.allowed());
        }
        theta = theta.with(param, e.getValue());
      }
    }
    Map<Param, Double> omegas = new LinkedHashMap<>();
    for (Param p : Param.withDefaultVariability()) {
      omegas.put(p, p.definition().defaultOmega());
    }
    if (m != null && m.omega() != null) {
      Map<String, Param> params = params(m.omega(), "model.omega");
      for (Map.Entry<String, Double> e : m.omega().entrySet()) {
        String p = "model.omega." + e.getKey();
        if (e.getValue() == null) {
          throw check.bad(p, null, Limit.OMEGA.allowed());
        }
        omegas.put(params.get(e.getKey()), check.number(e.getValue(), 0, p, Limit.OMEGA));
      }
    }
    return new PopulationModel(theta, Omega.diagonal(omegas), age(age));
  }

  /**
   * The parameter of each name of a mapping; an unknown name, or one parameter written twice (names are
   * case-insensitive), is an error at {@code path.NAME}.
   */
  private Map<String, Param> params(Map<String, Double> byName, String path) {
    Map<String, Param> out = new LinkedHashMap<>();
    for (String name : byName.keySet()) {
      Param param = param(name, path + "." + name);
      if (out.containsValue(param)) {
        throw check.at(path + "." + name, "parameter " + param.name() + " given twice; allowed: once");
      }
      out.put(name, param);
    }
    return out;
  }

  private AgeDistribution age(ScenarioSpec.AgeSpec age) {
    AgeDistribution ad = AgeDistribution.DEFAULT;
    if (age == null) {
      return ad;
    }
    double med = check.number(age.medianYears(), ad.medianYears(), "population.age.median_years",
        Limit.AGE_YEARS);
    double sd = check.number(age.sdYears(), ad.sdYears(), "population.age.sd_years", Limit.AGE_SD_YEARS);
    double lo = check.number(age.minYears(), ad.minYears(), "population.age.min_years", Limit.AGE_YEARS);
    double hi = check.number(age.maxYears(), ad.maxYears(), "population.age.max_years", Limit.AGE_YEARS);
    if (!(hi > lo)) {
      throw check.bad("population.age.max_years", hi, "an age above min_years (" + FieldChecks.show(lo) + ")");
    }
    if (med < lo || med > hi) {
      throw check.bad("population.age.median_years", med, "an age in [min_years, max_years] = ["
          + FieldChecks.show(lo) + ", " + FieldChecks.show(hi) + "]");
    }
    try {
      return new AgeDistribution(med, sd, lo, hi);
    } catch (IllegalArgumentException e) {
      throw check.at("population.age", ScenarioBinding.oneLine(e.getMessage()));
    }
  }

  private Param param(String name, String path) {
    return ModelParameterNames.param(name, message -> check.at(path, message));
  }
}
