package org.escalon.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.model.ModelOptions.PkForm;
import org.escalon.core.model.ModelOptions.PkStructure;
import org.escalon.core.model.PatientSimulator.Solver;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.ImwgResponse;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.output.Profile;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.population.PopulationModel;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * The whole model through {@link PatientSimulator}: baseline without drug (closed-form tumour and M-protein), PK
 * columns and exposure metrics against hand-written Bateman sums, closed-form vs ODE-form PK, the fast vs the
 * Hipparchus solver, the typical patient's nadir from docs/model.md §5, and the judging logic (DLT, holds, IMWG).
 */
class PatientSimulatorTest {

  /** Tight enough that two correct solutions must agree to 1e-6 relative (both are ~1e-8 from the truth). */
  private static final OdeTolerances TIGHT = OdeTolerances.of(1e-8, 1e-10);

  private static final SimulationSettings NO_HOLDS =
      SimulationSettings.DEFAULT.withDoseModification(DoseModificationRule.NONE);
  private static final Covariates AGE_67 = new Covariates(67);
  private static final IndividualParameters TYPICAL = IndividualParameters.typical(ModelParameters.defaults());

  private static PatientSimulator simulator(ModelOptions options, SimulationSettings settings, Solver solver) {
    return new PatientSimulator(options, settings, solver, TIGHT);
  }

  private static double[] uniforms(double u) {
    double[] out = new double[VirtualPatient.LATENT_COUNT];
    Arrays.fill(out, u);
    return out;
  }

  // ---------------------------------------------------------------- hand formulas

  /** Cemsidomide Bateman function of one dose (ng/mL), typical PK, t after the dose was taken (lag 0.5 h). */
  private static double cem(double dose, double tAfterDoseH) {
    double tau = tAfterDoseH - 0.5;
    if (tau <= 0) {
      return 0;
    }
    double ka = 0.7;
    double k = 4.0 / 280;
    return dose * ka / (280 * (ka - k)) * (Math.exp(-k * tau) - Math.exp(-ka * tau));
  }

  /** ∫_0^T of the same single-dose curve: (D/CL)·[1 − (ka·e^{−kT} − k·e^{−ka·T})/(ka − k)], T after absorption. */
  private static double cemAuc(double dose, double tAfterDoseH) {
    double t = tAfterDoseH - 0.5;
    if (t <= 0) {
      return 0;
    }
    double ka = 0.7;
    double k = 4.0 / 280;
    return dose / 4.0 * (1 - (ka * Math.exp(-k * t) - k * Math.exp(-ka * t)) / (ka - k));
  }

  /** Dexamethasone plasma concentration of one 40 mg dose (ng/mL): ka 1, F 0.8, CL 14.7, V 53, no lag. */
  private static double dex(double doseMg, double t) {
    if (t <= 0) {
      return 0;
    }
    double ka = 1.0;
    double k = 14.7 / 53;
    return 1000 * 0.8 * doseMg * ka / (53 * (ka - k)) * (Math.exp(-k * t) - Math.exp(-ka * t));
  }

  /** Study days (0-based) of 100 µg QD d1-14 over {@code cycles} 28-day cycles. */
  private static int[] qdDays(int cycles) {
    int[] d = new int[14 * cycles];
    for (int c = 0; c < cycles; c++) {
      for (int i = 0; i < 14; i++) {
        d[14 * c + i] = 28 * c + i;
      }
    }
    return d;
  }

  // ---------------------------------------------------------------- baseline

  @Test
  void withoutDrugEveryStateStaysAtBaselineAndTheTumourGrowsInClosedForm() {
    Regimen none = Regimen.of(0, "QD d1-14", 0, 2);
    Profile p = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST).profile(TYPICAL, AGE_67, none, 6);
    assertThat(p.size()).isEqualTo(56 * 4 + 1);
    double kg = 0.020; // 1/day
    double km = Math.log(2) / 21; // 1/day
    double m0 = 3.0;
    for (int i = 0; i < p.size(); i++) {
      double tDay = p.value(i, "time_h") / 24;
      assertThat(p.value(i, "conc_ng_per_ml")).isZero();
      assertThat(p.value(i, "dex_conc_ng_per_ml")).isZero();
      assertThat(p.value(i, "ikzf3_pb")).isEqualTo(1.0);
      assertThat(p.value(i, "ikzf1_marrow")).isEqualTo(1.0);
      assertThat(p.value(i, "ikzf_tumour")).isEqualTo(1.0);
      assertThat(p.value(i, "anc_e9_per_l")).isEqualTo(3.5);
      assertThat(p.value(i, "platelets_e9_per_l")).isEqualTo(180.0);
      assertThat(p.value(i, "auc_ng_h_per_ml")).isZero();
      // dTum/dt = kg·Tum → Tum = e^{kg·t}
      assertThat(p.value(i, "tumour_rel")).isCloseTo(Math.exp(kg * tDay), within(1e-7));
      // dM/dt = kM·(M0·e^{kg·t} − M), M(0) = M0 → M = M0·[kM·e^{kg·t} + kg·e^{−kM·t}]/(kM + kg)
      double m = m0 * (km * Math.exp(kg * tDay) + kg * Math.exp(-km * tDay)) / (km + kg);
      assertThat(p.value(i, "m_protein_g_per_dl")).as("day %s", tDay).isCloseTo(m, within(1e-7 * m));
    }
  }

  @Test
  void withoutDrugThePatientProgressesWhenTheClosedFormSaysSo() {
    PatientResult r = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST)
        .simulate(TYPICAL, AGE_67, uniforms(0.0), Regimen.of(0, "QD d1-14", 0, 6));
    // M(28 d) = 3.72 (< 1.25·3 = 3.75: stable), M(56 d) = 5.90 (≥ 3.75 and +2.9 g/dL ≥ 0.5: progression)
    double kg = 0.020;
    double km = Math.log(2) / 21;
    double m28 = 3.0 * (km * Math.exp(kg * 28) + kg * Math.exp(-km * 28)) / (km + kg);
    double m56 = 3.0 * (km * Math.exp(kg * 56) + kg * Math.exp(-km * 56)) / (km + kg);
    assertThat(m28).isLessThan(3.75);
    assertThat(m56).isGreaterThan(3.75);
    assertThat(r.mProteinAssessments()).hasSize(2);
    assertThat(r.mProteinAssessments()[0]).isCloseTo(m28, within(1e-6));
    assertThat(r.mProteinAssessments()[1]).isCloseTo(m56, within(1e-6));
    assertThat(r.progressionDay()).isEqualTo(56);
    assertThat(r.bestResponse()).isEqualTo(ImwgResponse.PD);
    assertThat(r.discontinued()).isTrue();
    // no exposure: no DLT and no adverse event even with the most event-prone latent uniforms (all 0)
    assertThat(r.dlt()).isFalse();
    assertThat(r.aeGrades()).containsOnly(0);
    assertThat(r.dosesGiven()).isZero();
  }

  // ---------------------------------------------------------------- PK columns and exposure metrics

  @Test
  void concentrationColumnsAreTheHandBatemanSums() {
    // the profile holds pre-dose values at dose times, so a dose counts from just after its time
    Regimen reg = Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg");
    Profile p = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST).profile(TYPICAL, AGE_67, reg, 3);
    int[] dexDays = {0, 7, 14, 21, 28, 35, 42, 49};
    for (int i = 0; i < p.size(); i++) {
      double t = p.value(i, "time_h");
      double c = 0;
      for (int d : qdDays(2)) {
        c += cem(100, t - 24 * d);
      }
      double cd = 0;
      double bio = 0;
      for (int d : dexDays) {
        cd += dex(40, t - 24 * d);
        bio += t > 24 * d ? 40 * Math.exp(-Math.log(2) / 48 * (t - 24 * d)) : 0;
      }
      assertThat(p.value(i, "conc_ng_per_ml")).as("t = %s", t).isCloseTo(c, within(1e-10 * c + 1e-14));
      assertThat(p.value(i, "dex_conc_ng_per_ml")).as("t = %s", t).isCloseTo(cd, within(1e-10 * cd + 1e-12));
      assertThat(p.value(i, "dex_biophase_mg")).as("t = %s", t).isCloseTo(bio, within(1e-10 * bio));
    }
  }

  @Test
  void exposureMetricsMatchHandSuperposition() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg");
    int[] days = qdDays(2);
    for (PkForm form : PkForm.values()) {
      PatientResult r = simulator(ModelOptions.DEFAULT.withPkForm(form), NO_HOLDS, Solver.FAST)
          .simulate(TYPICAL, AGE_67, uniforms(0.5), reg);
      double auc1 = 0;
      double auc2 = 0;
      for (int d : days) {
        auc1 += cemAuc(100, 672 - 24 * d);
        auc2 += cemAuc(100, 1344 - 24 * d) - cemAuc(100, 672 - 24 * d);
      }
      assertThat(r.aucPerCycle()[0]).as("%s cycle-1 AUC", form).isCloseTo(auc1, within(1e-6 * auc1));
      assertThat(r.aucPerCycle()[1]).as("%s cycle-2 AUC", form).isCloseTo(auc2, within(1e-6 * auc2));
      // 14 doses of 100 µg: AUC_0-∞ = 1400/CL = 350 ng·h/mL; cycle 1 catches all but the tail
      assertThat(auc1).isLessThan(350.0);
      // trough before the last dose of cycle 1 (study day 13, t = 312 h) from the 13 earlier doses
      double trough = 0;
      for (int d = 0; d < 13; d++) {
        trough += cem(100, 312 - 24 * d);
      }
      assertThat(r.ctroughPerCycle()[0]).as("%s Ctrough", form).isCloseTo(trough, within(1e-9 * trough));
      // Cmax: after the last dose of the cycle, found by golden-section search of the hand sum on [312, 336]
      double cmax = goldenMax(t -> {
        double s = 0;
        for (int d = 0; d < 14; d++) {
          s += cem(100, t - 24 * d);
        }
        return s;
      }, 312.5, 336);
      assertThat(r.cmaxPerCycle()[0]).as("%s Cmax", form).isCloseTo(cmax, within(1e-8 * cmax));
    }
  }

  private static double goldenMax(java.util.function.DoubleUnaryOperator f, double a, double b) {
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 200; i++) {
      double x1 = b - g * (b - a);
      double x2 = a + g * (b - a);
      if (f.applyAsDouble(x1) < f.applyAsDouble(x2)) {
        a = x1;
      } else {
        b = x2;
      }
    }
    return f.applyAsDouble((a + b) / 2);
  }

  // ---------------------------------------------------------------- two forms, two solvers

  /** |a − b| ≤ 1e-6·max(|a|, |b|) + 1e-9·max|column| (the floor only matters where a column passes near 0). */
  private static void assertProfilesAgree(Profile a, Profile b, double rel) {
    assertThat(a.size()).isEqualTo(b.size());
    for (String col : a.columns()) {
      double[] x = a.column(col);
      double[] y = b.column(col);
      double scale = 0;
      for (int i = 0; i < x.length; i++) {
        scale = Math.max(scale, Math.max(Math.abs(x[i]), Math.abs(y[i])));
      }
      for (int i = 0; i < x.length; i++) {
        double tol = rel * Math.max(Math.abs(x[i]), Math.abs(y[i])) + 1e-9 * scale;
        assertThat(x[i]).as("%s at row %s (t = %s h)", col, i, a.value(i, "time_h")).isFinite()
            .isCloseTo(y[i], within(tol));
      }
    }
  }

  @Test
  void odeFormPkGivesTheSameProfileAsClosedForm() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg");
    for (PkStructure s : PkStructure.values()) {
      ModelOptions closed = ModelOptions.DEFAULT.withPkStructure(s);
      Profile a = simulator(closed, NO_HOLDS, Solver.FAST).profile(TYPICAL, AGE_67, reg, 6);
      Profile b = simulator(closed.withPkForm(PkForm.ODE), NO_HOLDS, Solver.FAST).profile(TYPICAL, AGE_67, reg, 6);
      assertProfilesAgree(a, b, 1e-6);
    }
  }

  @Test
  void fastAndHipparchusSolversAgreeOnTheFullModel() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x2 + dex 40 mg");
    PopulationModel pop = PopulationModel.defaults();
    VirtualPatient vp = pop.sample(7, RandomStreams.stream(2024, 7));
    assertThat(vp.eta()).isNotEqualTo(new double[vp.eta().length]);
    for (IndividualParameters ip : List.of(TYPICAL, pop.individualParameters(vp))) {
      Profile fast = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST).profile(ip, AGE_67, reg, 6);
      Profile hip = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.HIPPARCHUS).profile(ip, AGE_67, reg, 6);
      assertProfilesAgree(fast, hip, 1e-6);
      // and the judged outcome is the same
      PatientResult rf = simulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.FAST)
          .simulate(ip, vp.covariates(), vp.latentUniforms(), reg);
      PatientResult rh = simulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.HIPPARCHUS)
          .simulate(ip, vp.covariates(), vp.latentUniforms(), reg);
      assertThat(rf.bestResponse()).isEqualTo(rh.bestResponse());
      assertThat(rf.dosesGiven()).isEqualTo(rh.dosesGiven());
      assertThat(rf.ancNadir()[0]).isCloseTo(rh.ancNadir()[0], within(1e-6 * rh.ancNadir()[0]));
    }
  }

  @Test
  void simulationIsReproducibleAcrossCallsOnOneSimulator() {
    PatientSimulator sim = PatientSimulator.defaults();
    PopulationModel pop = PopulationModel.defaults();
    Regimen reg = Regimen.parse("100 ug QD d1-14 x3 + dex 40 mg");
    VirtualPatient a = pop.sample(1, RandomStreams.stream(5, 1));
    VirtualPatient b = pop.sample(2, RandomStreams.stream(5, 2));
    PatientResult first = sim.simulate(pop.individualParameters(a), a.covariates(), a.latentUniforms(), reg);
    sim.simulate(pop.individualParameters(b), b.covariates(), b.latentUniforms(), reg); // a different patient in between
    PatientResult again = sim.simulate(pop.individualParameters(a), a.covariates(), a.latentUniforms(), reg);
    assertThat(again.ancDaily()).containsExactly(first.ancDaily());
    assertThat(again.mProteinAssessments()).containsExactly(first.mProteinAssessments());
  }

  // ---------------------------------------------------------------- docs/model.md §5 typical patient

  @Test
  void typicalPatientAt100UgMeetsTheNadirTargets() {
    PatientResult r = PatientSimulator.defaults()
        .simulate(TYPICAL, AGE_67, uniforms(0.5), Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg"));
    double[] nadir = r.ancNadir();
    // docs/model.md §5: typical patient, 100 ug QD d1-14: nadir day 17-22, nadir ANC 0.9-1.5, > 1.5 by day 28
    assertThat(nadir[0]).isBetween(0.9, 1.5);
    assertThat(nadir[1]).isBetween(17.0, 22.0);
    double[] anc = r.ancDaily();
    assertThat(anc[27]).as("day 28").isGreaterThanOrEqualTo(1.5); // grade <= 1 again
    assertThat(r.holds()).isZero(); // never below 0.5
  }

  @Test
  void maturationArrestRunsAndLowersTheCount() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg");
    ModelOptions arrest = ModelOptions.DEFAULT.withNeutrophilEffect(MyelosuppressionEffect.MATURATION_ARREST);
    Profile p = simulator(arrest, NO_HOLDS, Solver.FAST).profile(TYPICAL, AGE_67, reg, 6);
    Profile none = simulator(arrest, NO_HOLDS, Solver.FAST)
        .profile(TYPICAL, AGE_67, reg.withDoseUg(0).withDexDoseMg(0), 6);
    double[] anc = p.column("anc_e9_per_l");
    double min = Arrays.stream(anc).min().orElseThrow();
    assertThat(Arrays.stream(anc).allMatch(v -> Double.isFinite(v) && v > 0)).isTrue();
    assertThat(Arrays.stream(none.column("anc_e9_per_l")).min().orElseThrow()).isEqualTo(3.5);
    assertThat(min).isLessThan(3.5);
  }

  // ---------------------------------------------------------------- judging logic

  /** Indices of days with ANC < 0.5 (grade 4), and the longest run that starts before day 28. */
  private static int longestG4RunStartingInWindow(double[] anc) {
    int best = 0;
    int run = 0;
    int start = -1;
    for (int d = 0; d < anc.length; d++) {
      if (anc[d] < 0.5) {
        if (run == 0) {
          start = d;
        }
        run++;
        if (start < 28) {
          best = Math.max(best, run);
        }
      } else {
        run = 0;
      }
    }
    return best;
  }

  @Test
  void aSensitivePatientHasAProlongedGrade4DltAndNoCemsidomideMeansNoDlt() {
    IndividualParameters sensitive = TYPICAL.with(Param.EMAXN, 0.99);
    PatientSimulator sim = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST);
    // latent uniforms 0.999: no incidence-model event, and febrile neutropenia would need −ln(0.001)/0.006 = 1151
    // grade 4 days
    PatientResult r = sim.simulate(sensitive, AGE_67, uniforms(0.999), Regimen.parse("100 ug QD d1-14 x1"));
    double[] anc = r.ancDaily();
    int run = longestG4RunStartingInWindow(anc);
    assertThat(run).isGreaterThanOrEqualTo(8); // > 7 days
    assertThat(r.longestG4EpisodeDays()).isEqualTo(run);
    assertThat(r.dlt()).isTrue();
    assertThat(r.dltFor(DltReason.NEUTROPENIA_G4_PROLONGED)).isTrue();
    assertThat(r.dltFor(DltReason.FEBRILE_NEUTROPENIA)).isFalse();
    assertThat(r.dltFor(DltReason.NON_HAEMATOLOGICAL_G3)).isFalse();
    assertThat(r.grade(AdverseEvent.NEUTROPENIA)).isEqualTo(4);
    // the episode is followed until it ends: the last simulated day is not grade 4
    assertThat(anc[anc.length - 1]).isGreaterThanOrEqualTo(0.5);

    PatientResult dexOnly = sim.simulate(sensitive, AGE_67, uniforms(0.0), Regimen.parse("0 ug QD d1-14 x1 + dex 40 mg"));
    assertThat(dexOnly.dlt()).isFalse();
    assertThat(dexOnly.dosesGiven()).isZero();
    assertThat(dexOnly.aeGrades()).containsOnly(0);
    // demargination only raises the observed count above Circ0
    assertThat(Arrays.stream(dexOnly.ancDaily()).min().orElseThrow()).isGreaterThanOrEqualTo(3.5);
  }

  @Test
  void febrileNeutropeniaOccursWhenTheCumulativeHazardPassesTheLatentThreshold() {
    // hazard 1/day while ANC < 0.5; U = 0.999 gives the threshold −ln(1 − 0.999) = 6.91: the 7th grade 4 day
    IndividualParameters p = TYPICAL.with(Param.EMAXN, 0.99).with(Param.HFN, 1.0);
    double[] u = uniforms(0.999);
    PatientResult r = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST)
        .simulate(p, AGE_67, u, Regimen.parse("100 ug QD d1-14 x1"));
    double[] anc = r.ancDaily();
    int count = 0;
    int fnDay = -1;
    for (int d = 0; d < anc.length && fnDay < 0; d++) {
      if (anc[d] < 0.5 && ++count == 7) {
        fnDay = d;
      }
    }
    assertThat(fnDay).isBetween(0, 27);
    assertThat(r.grade(AdverseEvent.FEBRILE_NEUTROPENIA)).isEqualTo(3);
    assertThat(r.dltFor(DltReason.FEBRILE_NEUTROPENIA)).isTrue();
    // without the hazard there is none
    PatientResult none = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST)
        .simulate(p.with(Param.HFN, 0.0), AGE_67, u, Regimen.parse("100 ug QD d1-14 x1"));
    assertThat(none.grade(AdverseEvent.FEBRILE_NEUTROPENIA)).isZero();
    assertThat(none.dltFor(DltReason.FEBRILE_NEUTROPENIA)).isFalse();
  }

  @Test
  void grade3NonHaematologicalEventInCycle1IsADltButAHaematologicalOneIsNot() {
    // incidence models in IncidenceModel.DEFAULTS order; "other non-haematological" is the 6th: uniforms 16-18
    int other = VirtualPatient.U_ADVERSE_EVENTS + 3 * 5;
    double[] u = uniforms(0.999);
    u[other] = 0.0; // occurs
    u[other + 1] = 0.0; // grade ≥ 3 (0 < 0.08)
    u[other + 2] = 0.0; // onset in cycle 1
    PatientSimulator sim = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST);
    Regimen reg = Regimen.parse("100 ug QD d1-14 x3 + dex 40 mg");
    PatientResult r = sim.simulate(TYPICAL, AGE_67, u, reg);
    assertThat(r.grade(AdverseEvent.OTHER_NON_HAEMATOLOGICAL)).isEqualTo(3);
    assertThat(r.dltFor(DltReason.NON_HAEMATOLOGICAL_G3)).isTrue();
    // onset in cycle 3 (u = 0.6 → 2 + floor(0.2·2)): a grade 3 event, but not a cycle-1 DLT
    u[other + 2] = 0.6;
    PatientResult later = sim.simulate(TYPICAL, AGE_67, u, reg);
    assertThat(later.grade(AdverseEvent.OTHER_NON_HAEMATOLOGICAL)).isEqualTo(3);
    assertThat(later.dlt()).isFalse();
    // grade 3 anaemia in cycle 1 (uniforms 1-3): haematological, not a DLT
    double[] ua = uniforms(0.999);
    ua[1] = 0.0;
    ua[2] = 0.0;
    ua[3] = 0.0;
    PatientResult anaemia = sim.simulate(TYPICAL, AGE_67, ua, reg);
    assertThat(anaemia.grade(AdverseEvent.ANAEMIA)).isEqualTo(3);
    assertThat(anaemia.dlt()).isFalse();
  }

  @Test
  void doseHoldsFollowTheProtocolRuleOnTheDailyCounts() {
    // a sensitive patient whose count falls below 0.5 while doses are still planned
    IndividualParameters p = TYPICAL.with(Param.EMAXN, 0.85).with(Param.DC50_M, 4.0);
    Regimen reg = Regimen.parse("100 ug QD d1-14 x4 + dex 40 mg");
    PatientResult held = simulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.FAST)
        .simulate(p, AGE_67, uniforms(0.999), reg);
    PatientResult free = simulator(ModelOptions.DEFAULT, NO_HOLDS, Solver.FAST)
        .simulate(p, AGE_67, uniforms(0.999), reg);
    assertThat(free.dosesGiven()).isEqualTo(4 * 14);
    assertThat(free.holds()).isZero();
    assertThat(Arrays.stream(free.ancDaily()).min().orElseThrow()).isLessThan(0.5);
    assertThat(held.holds()).isPositive();
    assertThat(held.dosesGiven()).isLessThan(4 * 14);

    // replay docs/model.md §4 on the simulated daily counts: hold while the previous day's ANC < 0.5 (or platelets
    // < 25); resume when ANC ≥ 1.0 and platelets ≥ 50; from the second hold on, resume one ladder level lower
    double[] anc = held.ancDaily();
    double[] plt = held.plateletsDaily();
    int planned = held.progressionDay() > 0 ? held.progressionDay() : 4 * 28;
    boolean onHold = false;
    int holds = 0;
    int reductions = 0;
    int doses = 0;
    for (int day = 0; day < planned; day++) {
      if (day > 0) {
        if (!onHold && (anc[day - 1] < 0.5 || plt[day - 1] < 25)) {
          onHold = true;
          holds++;
        } else if (onHold && anc[day - 1] >= 1.0 && plt[day - 1] >= 50) {
          onHold = false;
          if (holds >= 2) {
            reductions++;
          }
        }
      }
      if (day % 28 < 14 && !onHold) {
        doses++;
      }
    }
    assertThat(held.holds()).isEqualTo(holds);
    assertThat(held.reductions()).isEqualTo(reductions);
    assertThat(held.dosesGiven()).isEqualTo(doses);
  }

  @Test
  void dailyDosesGivenFollowTheHoldRuleTheLadderAndTheAgeRule() {
    // a sensitive patient whose count falls below 0.5 while doses are still planned
    IndividualParameters p = TYPICAL.with(Param.EMAXN, 0.85).with(Param.DC50_M, 4.0);
    Regimen reg = Regimen.parse("100 ug QD d1-14 x4 + dex 40 mg");
    for (double age : new double[] {67, 80}) {
      PatientResult held = simulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT, Solver.FAST)
          .simulate(p, new Covariates(age), uniforms(0.999), reg);
      assertThat(held.reductions()).as("the case needs a reduction").isPositive();
      // by hand, docs/model.md §4 on the simulated daily counts: cemsidomide on days 1-14 of each 28-day cycle unless
      // on hold; from the second hold on, resume one level lower on the default ladder (100 → 75 → 62.5 → 50);
      // dexamethasone 40 mg on days 1, 8, 15, 22 (20 mg above 75 years), whatever the holds
      double[] ladder = {100, 75, 62.5, 50, 37.5, 25};
      double dexMg = age > 75 ? 20 : 40;
      double[] anc = held.ancDaily();
      double[] plt = held.plateletsDaily();
      int planned = held.progressionDay() > 0 ? held.progressionDay() : 4 * 28;
      double[] cem = new double[anc.length];
      double[] dex = new double[anc.length];
      boolean onHold = false;
      int holds = 0;
      int level = 0;
      for (int day = 0; day < Math.min(planned, anc.length); day++) {
        if (day > 0) {
          if (!onHold && (anc[day - 1] < 0.5 || plt[day - 1] < 25)) {
            onHold = true;
            holds++;
          } else if (onHold && anc[day - 1] >= 1.0 && plt[day - 1] >= 50) {
            onHold = false;
            if (holds >= 2) {
              level++;
            }
          }
        }
        cem[day] = day % 28 < 14 && !onHold ? ladder[level] : 0.0;
        dex[day] = day % 7 == 0 ? dexMg : 0.0;
      }
      assertThat(held.cemsidomideDailyUg()).as("age %s", age).containsExactly(cem);
      assertThat(held.dexamethasoneDailyMg()).as("age %s", age).containsExactly(dex);
      assertThat(Arrays.stream(held.cemsidomideDailyUg()).filter(d -> d > 0).count())
          .isEqualTo(held.dosesGiven());
      assertThat(Arrays.stream(held.cemsidomideDailyUg()).filter(d -> d == 0.0).count())
          .as("held days").isPositive();
    }
  }

  @Test
  void bestResponseNeedsTwoConsecutiveAssessments() {
    // one cycle: a single assessment cannot be confirmed (the typical patient does not progress in 28 days)
    PatientResult one = PatientSimulator.defaults()
        .simulate(TYPICAL, AGE_67, uniforms(0.5), Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg"));
    assertThat(one.mProteinAssessments()).hasSize(1);
    assertThat(one.bestResponse()).isEqualTo(ImwgResponse.NE);

    // many patients: recompute the best confirmed response from the assessments with IMWG by hand
    PopulationModel pop = PopulationModel.defaults();
    PatientSimulator sim = PatientSimulator.defaults();
    Regimen reg = Regimen.parse("100 ug QD d1-14 x6 + dex 40 mg");
    int[] seen = new int[ImwgResponse.values().length];
    for (int i = 0; i < 150; i++) {
      VirtualPatient vp = pop.sample(i, RandomStreams.stream(99, i));
      IndividualParameters ip = pop.individualParameters(vp);
      PatientResult r = sim.simulate(ip, vp.covariates(), vp.latentUniforms(), reg);
      ImwgResponse expected = bestConfirmed(r.mProteinAssessments(), ip.get(Param.M0));
      assertThat(r.bestResponse()).as("patient %s, M = %s", i, Arrays.toString(r.mProteinAssessments()))
          .isEqualTo(expected);
      assertThat(Double.valueOf(r.responseDay())).as("patient %s response day (NaN = none)", i)
          .isEqualTo(Double.valueOf(responseDayByHand(r.mProteinAssessments(), ip.get(Param.M0))));
      seen[expected.ordinal()]++;
    }
    // the check covered progression, stable disease and responses
    assertThat(seen[ImwgResponse.PD.ordinal()]).isPositive();
    assertThat(seen[ImwgResponse.PR.ordinal()] + seen[ImwgResponse.VGPR.ordinal()]).isPositive();
  }

  /**
   * The study day the first PR or better is confirmed, by hand: assessment i is at the end of cycle i + 1 (day
   * 28·(i + 1)); the first i ≥ 1 before any progression with M-protein reduced by at least 50 % at both i − 1 and i.
   */
  private static double responseDayByHand(double[] m, double m0) {
    double nadir = m0;
    for (int i = 0; i < m.length; i++) {
      if (m[i] >= 1.25 * nadir && m[i] - nadir >= 0.5) {
        return Double.NaN;
      }
      nadir = Math.min(nadir, m[i]);
      if (i >= 1 && m[i - 1] <= 0.5 * m0 && m[i] <= 0.5 * m0) {
        return 28.0 * (i + 1);
      }
    }
    return Double.NaN;
  }

  @Test
  void theDltOnsetDayIsWhereTheDailyCountsShowIt() {
    // many patients at a high dose; for DLTs without febrile neutropenia or a non-haematological event, the onset
    // day is recomputed from the daily counts: the first grade 4 neutropenia run (ANC < 0.5) starting in the 28-day
    // window that lasts at least 8 days, or the first window day with platelets < 25, whichever is earlier
    PopulationModel pop = PopulationModel.defaults();
    PatientSimulator sim = PatientSimulator.defaults();
    Regimen reg = Regimen.parse("200 ug QD d1-21 x2 + dex 40 mg");
    int checked = 0;
    for (int i = 0; i < 120; i++) {
      VirtualPatient vp = pop.sample(i, RandomStreams.stream(4242, i));
      PatientResult r = sim.simulate(pop.individualParameters(vp), vp.covariates(), vp.latentUniforms(), reg);
      if (!r.dlt()) {
        assertThat(r.dltOnsetDay()).isNaN();
        continue;
      }
      assertThat(r.dltOnsetDay()).isBetween(1.0, 28.0);
      if (r.dltFor(DltReason.FEBRILE_NEUTROPENIA) || r.dltFor(DltReason.NON_HAEMATOLOGICAL_G3)) {
        continue;
      }
      double[] anc = r.ancDaily();
      double[] plt = r.plateletsDaily();
      double expected = Double.POSITIVE_INFINITY;
      for (int d = 0; d < 28; d++) {
        if (plt[d] < 25) {
          expected = Math.min(expected, d + 1);
          break;
        }
      }
      for (int d = 0; d < 28; d++) {
        if (anc[d] < 0.5 && (d == 0 || anc[d - 1] >= 0.5)) {
          int end = d;
          while (end < anc.length && anc[end] < 0.5) {
            end++;
          }
          if (end - d >= 8) {
            expected = Math.min(expected, d + 1);
            break;
          }
        }
      }
      assertThat(r.dltOnsetDay()).as("patient %s", i).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).as("haematological DLTs checked").isGreaterThan(5);
  }

  /** IMWG by hand (Kumar et al. 2016): categories per assessment, confirmation = worse of two consecutive. */
  private static ImwgResponse bestConfirmed(double[] m, double m0) {
    ImwgResponse[] cat = new ImwgResponse[m.length];
    double nadir = m0;
    boolean pd = false;
    for (int i = 0; i < m.length; i++) {
      if (m[i] >= 1.25 * nadir && m[i] - nadir >= 0.5) {
        cat[i] = ImwgResponse.PD;
        pd = true;
        break;
      }
      double reduction = 1 - m[i] / m0;
      cat[i] = reduction >= 0.9 ? ImwgResponse.VGPR : reduction >= 0.5 ? ImwgResponse.PR
          : reduction >= 0.25 ? ImwgResponse.MR : ImwgResponse.SD;
      nadir = Math.min(nadir, m[i]);
    }
    ImwgResponse best = ImwgResponse.NE;
    for (int i = 0; i + 1 < m.length; i++) {
      if (cat[i] == ImwgResponse.PD || cat[i + 1] == ImwgResponse.PD) {
        break;
      }
      ImwgResponse confirmed = cat[i].ordinal() < cat[i + 1].ordinal() ? cat[i] : cat[i + 1];
      if (confirmed.ordinal() > best.ordinal()) {
        best = confirmed;
      }
    }
    return pd && best == ImwgResponse.NE ? ImwgResponse.PD : best;
  }

  @Test
  void patientsOlderThan75GetAtMost20MgDexamethasone() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg");
    PatientSimulator sim = PatientSimulator.defaults();
    assertThat(sim.simulate(TYPICAL, new Covariates(80), uniforms(0.5), reg).dexDoseMg()).isEqualTo(20.0);
    assertThat(sim.simulate(TYPICAL, new Covariates(75), uniforms(0.5), reg).dexDoseMg()).isEqualTo(40.0);
    PatientSimulator off = new PatientSimulator(ModelOptions.DEFAULT, SimulationSettings.DEFAULT.withDexAgeRule(false),
        Solver.FAST, OdeTolerances.DEFAULT);
    assertThat(off.simulate(TYPICAL, new Covariates(80), uniforms(0.5), reg).dexDoseMg()).isEqualTo(40.0);
  }
}
