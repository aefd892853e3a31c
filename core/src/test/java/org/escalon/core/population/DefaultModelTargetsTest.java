package org.escalon.core.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResult;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default model meets every calibration target of docs/model.md §5 (the clinical history of CFT7455-1101), each
 * rate from at least 4000 virtual patients of {@link PopulationSimulation#defaults()} (dose holds on, dexamethasone
 * 40 mg weekly).
 *
 * <p>The targets and their bands are the published summaries of docs/model.md §5, not outputs of this code. Tolerance:
 * the test asserts that the simulated point estimate lies inside the band of §5. The Monte Carlo SE of a rate p from N
 * patients is sqrt(p(1 − p)/N) ≤ 0.008 for N = 4000 (0.007 for the pooled 5000); the default parameters were fitted so
 * that every estimate is at least about two such SEs inside its band (docs/model.md §5 lists the margins), so a
 * change of seed fails an assertion with probability of the order of 2·(1 − Φ(2)) ≈ 0.05 per band-edge target at
 * worst; the seed is fixed, so the test itself is deterministic. Ratios compare rates computed on the same virtual
 * patients (common random numbers), which makes their Monte Carlo error smaller than the independent-sample formula.
 */
class DefaultModelTargetsTest {

  private static final int N = 4000;
  private static final int N_POOLED_PER_DOSE = 1000;
  private static final long SEED = 20251129L;
  private static final PopulationSimulation SIM = PopulationSimulation.defaults();

  private static List<PatientResult> dex0;
  private static final List<PatientResult> POOLED = new ArrayList<>();
  private static List<PatientResult> ug75;
  private static List<PatientResult> ug100;

  private static List<PatientResult> run(String regimen, int n) {
    return SIM.run(Regimen.parse(regimen), n, SEED, 2);
  }

  @BeforeAll
  static void simulate() {
    dex0 = run("0 ug QD d1-14 x6 + dex 40 mg", N);
    ug75 = run("75 ug QD d1-14 x6 + dex 40 mg", N);
    ug100 = run("100 ug QD d1-14 x6 + dex 40 mg", N);
    for (String dose : List.of("37.5", "50", "62.5")) {
      POOLED.addAll(run(dose + " ug QD d1-14 x6 + dex 40 mg", N_POOLED_PER_DOSE));
    }
    POOLED.addAll(ug75.subList(0, N_POOLED_PER_DOSE));
    POOLED.addAll(ug100.subList(0, N_POOLED_PER_DOSE));
  }

  private static double rate(List<PatientResult> rs, Predicate<PatientResult> p) {
    return rs.stream().filter(p).count() / (double) rs.size();
  }

  /**
   * Cycle-1 DLT rate on a two-cycle course. Two cycles, not one: an incidence model places an event's onset in cycle 1
   * with probability 0.5 only when later cycles are planned (a one-cycle course puts every onset in cycle 1), so a
   * two-cycle course judges cycle 1 exactly as the six-cycle courses of trials do, at a third of their cost.
   */
  private static double dlt(String regimen) {
    return rate(run(regimen + " x2 + dex 40 mg", N), PatientResult::dlt);
  }

  private static void assertInBand(String what, double value, double target, double halfWidth) {
    assertThat(value).as("%s = %.4f: must be in %.2f ± %.2f (docs/model.md §5)", what, value, target, halfWidth)
        .isBetween(target - halfWidth, target + halfWidth);
  }

  @Test
  void objectiveResponseWithDoseHolds() {
    assertInBand("ORR 75 ug", rate(ug75, r -> r.bestResponse().isObjectiveResponse()), 0.40, 0.05);
    assertInBand("ORR 100 ug", rate(ug100, r -> r.bestResponse().isObjectiveResponse()), 0.50, 0.05);
    assertInBand("ORR dexamethasone alone", rate(dex0, r -> r.bestResponse().isObjectiveResponse()), 0.06, 0.03);
  }

  @Test
  void cycleOneDltRisesWithDoseAndWithDaysOnDrug() {
    double d37 = dlt("37.5 ug QD d1-14");
    double d100 = dlt("100 ug QD d1-14");
    double d200 = dlt("200 ug QD d1-14");
    double d100x21 = dlt("100 ug QD d1-21");
    double d100x28 = dlt("100 ug QD d1-28");
    double mwf50 = dlt("50 ug MWF d1-28");
    assertThat(d37).as("cycle-1 DLT 37.5 ug QD d1-14").isLessThanOrEqualTo(0.15);
    assertThat(d100).as("cycle-1 DLT 100 ug QD d1-14").isBetween(0.15, 0.25);
    assertThat(d200 / d100).as("cycle-1 DLT 200 ug / 100 ug").isGreaterThanOrEqualTo(1.3);
    assertThat(d100x21 / d100).as("schedule history: QD d1-21 / QD d1-14 at 100 ug").isGreaterThanOrEqualTo(1.5);
    assertThat(d100x28 / d100).as("schedule history: QD d1-28 / QD d1-14 at 100 ug").isGreaterThanOrEqualTo(1.8);
    assertThat(mwf50).as("50 ug MWF d1-28 vs 37.5 ug QD d1-14").isLessThanOrEqualTo(d37);
  }

  @Test
  void pooledNeutropeniaOverTreatment() {
    assertInBand("neutropenia any grade, pooled",
        rate(POOLED, r -> r.grade(AdverseEvent.NEUTROPENIA) >= 1), 0.61, 0.08);
    assertInBand("neutropenia grade >= 3, pooled",
        rate(POOLED, r -> r.grade(AdverseEvent.NEUTROPENIA) >= 3), 0.33, 0.06);
  }

  @Test
  void otherAdverseEventsPooled() {
    // seed safety table (N = 72): any grade / grade >= 3; fatigue has no grade >= 3 row
    Object[][] table = {
        {AdverseEvent.ANAEMIA, 0.38, 0.22}, {AdverseEvent.FATIGUE, 0.36, Double.NaN},
        {AdverseEvent.DIARRHOEA, 0.36, 0.01}, {AdverseEvent.LEUKOPENIA, 0.29, 0.11},
        {AdverseEvent.THROMBOCYTOPENIA, 0.19, 0.04}, {AdverseEvent.LYMPHOPENIA, 0.18, 0.03},
        {AdverseEvent.FEBRILE_NEUTROPENIA, 0.06, 0.01}};
    for (Object[] row : table) {
      AdverseEvent e = (AdverseEvent) row[0];
      assertInBand(e.key() + " any grade, pooled", rate(POOLED, r -> r.grade(e) >= 1), (double) row[1], 0.08);
      if (!Double.isNaN((double) row[2])) {
        assertInBand(e.key() + " grade >= 3, pooled", rate(POOLED, r -> r.grade(e) >= 3), (double) row[2], 0.05);
      }
    }
  }

  @Test
  void typicalPatientNadirTimingRecoveryAndNoCumulativeFall() {
    PopulationModel pop = PopulationModel.defaults();
    PatientSimulator sim = new PatientSimulator(ModelOptions.DEFAULT,
        SimulationSettings.DEFAULT.withDoseModification(DoseModificationRule.NONE), PatientSimulator.Solver.FAST,
        OdeTolerances.DEFAULT);
    VirtualPatient typical = VirtualPatient.typical(pop.omega());
    PatientResult r = sim.simulate(pop.individualParameters(typical), typical.covariates(), typical.latentUniforms(),
        Regimen.parse("100 ug QD d1-14 x6 + dex 40 mg"));
    double[] anc = r.ancDaily();
    int nadirDay = 1;
    for (int d = 1; d <= 28; d++) {
      if (anc[d - 1] < anc[nadirDay - 1]) {
        nadirDay = d;
      }
    }
    double nadir1 = anc[nadirDay - 1];
    double nadir6 = Double.POSITIVE_INFINITY;
    for (int d = 5 * 28 + 1; d <= 6 * 28; d++) {
      nadir6 = Math.min(nadir6, anc[d - 1]);
    }
    assertThat(nadirDay).as("typical nadir day, cycle 1").isBetween(17, 22);
    assertThat(nadir1).as("typical nadir ANC, cycle 1").isBetween(0.9, 1.5);
    assertThat(anc[27]).as("typical ANC at the end of day 28").isGreaterThan(1.5);
    assertThat(nadir6 / nadir1).as("cycle-6 nadir / cycle-1 nadir").isBetween(0.7, 1.3);
  }
}
