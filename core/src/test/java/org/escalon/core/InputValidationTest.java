package org.escalon.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.model.Variability;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.DltCriteria;
import org.escalon.core.output.ResponseCriteria;
import org.escalon.core.output.ToxicityCriteria;
import org.escalon.core.pd.AdverseEvent;
import org.escalon.core.pd.Friberg;
import org.escalon.core.pd.IkzfDegradation;
import org.escalon.core.pd.IncidenceModel;
import org.escalon.core.pd.MyelosuppressionEffect;
import org.escalon.core.pd.TumourKill;
import org.escalon.core.pk.OneCompartmentOral;
import org.escalon.core.pk.TwoCompartmentOral;
import org.escalon.core.population.AgeDistribution;
import org.escalon.core.population.Omega;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.DexamethasoneAgeRule;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.DosingEvent;
import org.escalon.core.regimen.Regimen;
import org.escalon.core.regimen.Schedule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and factory rejects bad input (NaN, negative, zero where not allowed, out of range)
 * with an {@link IllegalArgumentException} whose message names the parameter and the offending value (DESIGN.md
 * rule 6).
 */
class InputValidationTest {

  private static final Schedule QD14 = Schedule.parse("QD d1-14");
  private static final double[] LADDER = DoseModificationRule.defaultLadderUg();
  private static final double[] U = new double[VirtualPatient.LATENT_COUNT];

  private static Arguments bad(String name, ThrowingCallable call, String... mustContain) {
    return Arguments.of(Named.of(name, call), mustContain);
  }

  private static double[] defaultsWith(Param p, double v) {
    double[] a = ModelParameters.defaults().toArray();
    a[p.ordinal()] = v;
    return a;
  }

  private static double[] uniformsWith(int i, double v) {
    double[] u = U.clone();
    u[i] = v;
    return u;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // regimen
        bad("Regimen negative dose", () -> Regimen.of(-1, QD14, 40, 6), "doseUg", "-1.0"),
        bad("Regimen NaN dose", () -> Regimen.of(Double.NaN, QD14, 40, 6), "doseUg", "NaN"),
        bad("Regimen infinite dose", () -> Regimen.of(Double.POSITIVE_INFINITY, QD14, 40, 6), "doseUg",
            "Infinity"),
        bad("Regimen negative dex", () -> Regimen.of(100, QD14, -20, 6), "dexDoseMg", "-20.0"),
        bad("Regimen NaN dex", () -> Regimen.of(100, QD14, Double.NaN, 6), "dexDoseMg", "NaN"),
        bad("Regimen zero cycles", () -> Regimen.of(100, QD14, 40, 0), "cycles", "0"),
        bad("Regimen dex day 29", () -> new Regimen(100, QD14, 40, new int[] {1, 29}, 6), "dexCycleDays", "29"),
        bad("Regimen dex days not increasing", () -> new Regimen(100, QD14, 40, new int[] {8, 1}, 6),
            "dexCycleDays", "[8, 1]"),
        bad("Regimen.parse garbage", () -> Regimen.parse("a hundred micrograms"), "a hundred micrograms"),
        bad("Regimen.parse negative dose", () -> Regimen.parse("-5 ug QD d1-14"), "doseUg", "-5.0"),
        bad("Regimen.parse x0", () -> Regimen.parse("100 ug QD d1-14 x0"), "cycles", "0"),
        bad("Regimen.parse bad schedule", () -> Regimen.parse("100 ug BID d1-14"), "BID"),
        bad("Regimen.parse null", () -> Regimen.parse(null), "regimen"),
        // schedule
        bad("Schedule unknown frequency", () -> Schedule.parse("BID d1-14"), "BID d1-14", "BID"),
        bad("Schedule d0", () -> Schedule.parse("QD d0"), "QD d0", "1 <= from"),
        bad("Schedule d1-29", () -> Schedule.parse("QD d1-29"), "QD d1-29", "28"),
        bad("Schedule reversed range", () -> Schedule.parse("QD d14-1"), "QD d14-1"),
        bad("Schedule empty", () -> Schedule.parse(""), "schedule", "empty"),
        bad("Schedule blank", () -> Schedule.parse("   "), "schedule", "empty"),
        bad("Schedule null", () -> Schedule.parse(null), "schedule"),
        bad("Schedule unreadable window", () -> Schedule.parse("QD days1-14"), "QD days1-14", "days1-14"),
        bad("Schedule three words", () -> Schedule.parse("QD d1-14 d15-21"), "QD d1-14 d15-21"),
        bad("Schedule 0on2off", () -> Schedule.parse("QD 0on2off"), "QD 0on2off", "days on"),
        bad("Schedule huge on/off", () -> Schedule.parse("QD 99999999999on1off"), "QD 99999999999on1off"),
        bad("Schedule huge day", () -> Schedule.parse("QD d1-99999999999"), "QD d1-99999999999"),
        bad("Schedule cycle length 0", () -> Schedule.parse("QD", 0), "cycleLengthDays", "0"),
        bad("Schedule.isDosingDay 29", () -> QD14.isDosingDay(29), "cycleDay", "29"),
        // dose modification
        bad("DoseModificationRule negative hold", () -> new DoseModificationRule(true, -0.5, 25, 1, 50, 2, LADDER),
            "holdAncBelow", "-0.5"),
        bad("DoseModificationRule NaN hold", () -> new DoseModificationRule(true, Double.NaN, 25, 1, 50, 2, LADDER),
            "holdAncBelow", "NaN"),
        bad("DoseModificationRule NaN platelets",
            () -> new DoseModificationRule(true, 0.5, Double.NaN, 1, 50, 2, LADDER), "holdPlateletsBelow", "NaN"),
        bad("DoseModificationRule resume below hold",
            () -> new DoseModificationRule(true, 0.5, 25, 0.4, 50, 2, LADDER), "resumeAncAtLeast", "0.4"),
        bad("DoseModificationRule reduceFromHold 0", () -> new DoseModificationRule(true, 0.5, 25, 1, 50, 0, LADDER),
            "reduceFromHold", "0"),
        bad("DoseModificationRule ladder not increasing",
            () -> new DoseModificationRule(true, 0.5, 25, 1, 50, 2, new double[] {50, 25}), "doseLadderUg", "50.0"),
        bad("DoseModificationRule ladder with zero",
            () -> new DoseModificationRule(true, 0.5, 25, 1, 50, 2, new double[] {0, 25}), "doseLadderUg", "0.0"),
        bad("DoseModificationRule null ladder", () -> new DoseModificationRule(true, 0.5, 25, 1, 50, 2, null),
            "doseLadderUg"),
        // ODE tolerances
        bad("OdeTolerances relative NaN", () -> OdeTolerances.of(Double.NaN, 1e-9), "relative", "NaN"),
        bad("OdeTolerances relative 0", () -> OdeTolerances.of(0, 1e-9), "relative", "0.0"),
        bad("OdeTolerances relative 0.5", () -> OdeTolerances.of(0.5, 1e-9), "relative", "0.5"),
        bad("OdeTolerances absolute negative", () -> OdeTolerances.of(1e-6, -1e-9), "absolute", "-1.0E-9"),
        bad("OdeTolerances absolute 1e308", () -> OdeTolerances.of(1e-6, 1e308), "absolute", "1.0E308"),
        bad("OdeTolerances maxStepH NaN", () -> new OdeTolerances(1e-6, 1e-9, Double.NaN, 10), "maxStepH", "NaN"),
        bad("OdeTolerances maxSteps 0", () -> new OdeTolerances(1e-6, 1e-9, 24, 0), "maxSteps", "0"),
        // parameters
        bad("Param.check CL negative", () -> Param.CL.check(-4), "CL", "-4"),
        bad("Param.check V zero", () -> Param.V.check(0), "V", "0"),
        bad("Param.check EMAXN 1", () -> Param.EMAXN.check(1.0), "EMAXN", "1"),
        bad("Param.check F_DEX 0", () -> Param.F_DEX.check(0), "F_DEX", "0"),
        bad("Param.check PSI infinite", () -> Param.PSI.check(Double.NEGATIVE_INFINITY), "PSI", "-Infinity"),
        bad("ModelParameters.with MTT NaN", () -> ModelParameters.defaults().with(Param.MTT, Double.NaN), "MTT",
            "NaN"),
        bad("ModelParameters.with KG negative", () -> ModelParameters.defaults().with(Param.KG, -0.02), "KG",
            "-0.02"),
        bad("ModelParameters.of DC50_M zero", () -> ModelParameters.of(Map.of(Param.DC50_M, 0.0)), "DC50_M", "0.0"),
        bad("Param.byName unknown", () -> Param.byName("CLEARANCE"), "CLEARANCE"),
        bad("IndividualParameters.of wrong length", () -> IndividualParameters.of(new double[3]), "values", "3"),
        bad("IndividualParameters.of NaN CL", () -> IndividualParameters.of(defaultsWith(Param.CL, Double.NaN)),
            "CL", "NaN"),
        bad("IndividualParameters.of negative V", () -> IndividualParameters.of(defaultsWith(Param.V, -1)), "V",
            "-1"),
        bad("IndividualParameters.of eta NaN", () -> IndividualParameters.of(ModelParameters.defaults(),
            new Param[] {Param.CL}, new Variability[] {Variability.LOG_NORMAL}, new double[] {Double.NaN}),
            "eta", "CL", "NaN"),
        bad("IndividualParameters.with EMAXN 0", () -> IndividualParameters.typical(ModelParameters.defaults())
            .with(Param.EMAXN, 0.0), "EMAXN", "0"),
        // omega
        bad("Omega.block not symmetric", () -> Omega.block("omega block (CL, V)", new Param[] {Param.CL, Param.V},
            new double[][] {{0.16, 0.05}, {0.04, 0.09}}), "omega block (CL, V)", "symmetric", "0.04"),
        bad("Omega.block not positive definite", () -> Omega.block("omega block (CL, V)",
            new Param[] {Param.CL, Param.V}, new double[][] {{0.16, 0.2}, {0.2, 0.09}}), "omega block (CL, V)",
            "positive definite"),
        bad("Omega.block negative variance", () -> Omega.block("omega block (MTT)", new Param[] {Param.MTT},
            new double[][] {{-0.04}}), "omega block (MTT)", "positive definite", "-0.04"),
        bad("Omega.block NaN entry", () -> Omega.block("omega block (CL)", new Param[] {Param.CL},
            new double[][] {{Double.NaN}}), "omega block (CL)", "NaN"),
        bad("Omega.block wrong size", () -> Omega.block("omega block (CL, V)", new Param[] {Param.CL, Param.V},
            new double[][] {{0.16}}), "omega block (CL, V)", "2x2"),
        bad("Omega.diagonal negative", () -> Omega.diagonal(Map.of(Param.CL, -0.4)), "CL", "-0.4"),
        bad("Omega.diagonal NaN", () -> Omega.diagonal(Map.of(Param.CL, Double.NaN)), "CL", "NaN"),
        // population
        bad("Covariates age 17", () -> new Covariates(17), "ageYears", "17.0"),
        bad("Covariates age NaN", () -> new Covariates(Double.NaN), "ageYears", "NaN"),
        bad("Covariates age 150", () -> new Covariates(150), "ageYears", "150.0"),
        bad("AgeDistribution sd 0", () -> new AgeDistribution(67, 0, 39, 90), "sdYears", "0.0"),
        bad("AgeDistribution median NaN", () -> new AgeDistribution(Double.NaN, 10, 39, 90), "medianYears", "NaN"),
        bad("AgeDistribution min 10", () -> new AgeDistribution(67, 10, 10, 90), "minYears", "10.0"),
        bad("AgeDistribution max below min", () -> new AgeDistribution(67, 10, 60, 50), "maxYears", "50.0"),
        bad("VirtualPatient wrong latent length", () -> new VirtualPatient(1, new Covariates(60), new double[0],
            new double[3]), "latentUniforms", "3"),
        bad("VirtualPatient latent 1.0", () -> new VirtualPatient(1, new Covariates(60), new double[0],
            uniformsWith(4, 1.0)), "latentUniforms[4]", "1.0"),
        bad("VirtualPatient latent NaN", () -> new VirtualPatient(1, new Covariates(60), new double[0],
            uniformsWith(0, Double.NaN)), "latentUniforms[0]", "NaN"),
        bad("VirtualPatient eta count", () -> new VirtualPatient(1, new Covariates(60), new double[2], U)
            .individualParameters(ModelParameters.defaults(), Omega.defaults()), "eta", "2"),
        // output criteria
        bad("ToxicityCriteria G4 0", () -> new ToxicityCriteria(2.0, 1.5, 1.0, 0.0, 150, 75, 50, 25), "anc",
            "0.0"),
        bad("ToxicityCriteria not decreasing", () -> new ToxicityCriteria(2.0, 1.5, 1.6, 0.5, 150, 75, 50, 25),
            "anc", "1.6"),
        bad("ToxicityCriteria platelet NaN", () -> new ToxicityCriteria(2.0, 1.5, 1.0, 0.5, 150, Double.NaN, 50,
            25), "platelet", "NaN"),
        bad("DltCriteria window 0", () -> new DltCriteria(0, 8, true, true, true), "windowDays", "0"),
        bad("DltCriteria min days 0", () -> new DltCriteria(28, 0, true, true, true), "g4NeutropeniaMinDays", "0"),
        bad("ResponseCriteria PR above VGPR", () -> new ResponseCriteria(0.5, 0.9, 0.25, 0.25, 0.5), "VGPR",
            "0.9"),
        bad("ResponseCriteria NaN", () -> new ResponseCriteria(Double.NaN, 0.5, 0.25, 0.25, 0.5), "VGPR", "NaN"),
        bad("ResponseCriteria pd rise 0", () -> new ResponseCriteria(0.9, 0.5, 0.25, 0.0, 0.5), "pdRelativeRise",
            "0.0"),
        bad("IncidenceModel pAny 1", () -> new IncidenceModel(AdverseEvent.FATIGUE, 1.0, 0.35, 0.5, 0, 0.5, "x"),
            "pAnyRef", "FATIGUE", "1.0"),
        bad("IncidenceModel cavg NaN", () -> new IncidenceModel(AdverseEvent.FATIGUE, 0.3, Double.NaN, 0.5, 0, 0.5,
            "x"), "cavgRefNgPerMl", "NaN"),
        bad("IncidenceModel slope negative", () -> new IncidenceModel(AdverseEvent.FATIGUE, 0.3, 0.35, -1, 0, 0.5,
            "x"), "slope", "-1.0"),
        bad("IncidenceModel pG3 1.5", () -> new IncidenceModel(AdverseEvent.FATIGUE, 0.3, 0.35, 0.5, 1.5, 0.5,
            "x"), "pG3GivenAny", "1.5"),
        bad("IncidenceModel onset NaN", () -> new IncidenceModel(AdverseEvent.FATIGUE, 0.3, 0.35, 0.5, 0,
            Double.NaN, "x"), "pOnsetCycle1", "NaN"),
        // PK
        bad("OneCompartmentOral ka 0", () -> OneCompartmentOral.of(0, 4, 280, 1, 1), "kaPerH", "0.0"),
        bad("OneCompartmentOral CL NaN", () -> OneCompartmentOral.of(0.7, Double.NaN, 280, 1, 1), "clLPerH", "NaN"),
        bad("OneCompartmentOral V negative", () -> OneCompartmentOral.of(0.7, 4, -280, 1, 1), "vL", "-280.0"),
        bad("OneCompartmentOral F 0", () -> OneCompartmentOral.of(0.7, 4, 280, 0, 1), "bioavailability", "0.0"),
        bad("OneCompartmentOral F 1.5", () -> OneCompartmentOral.of(0.7, 4, 280, 1.5, 1), "bioavailability", "1.5"),
        bad("OneCompartmentOral F NaN", () -> OneCompartmentOral.of(0.7, 4, 280, Double.NaN, 1), "bioavailability",
            "NaN"),
        bad("OneCompartmentOral scale infinite", () -> OneCompartmentOral.of(0.7, 4, 280, 1,
            Double.POSITIVE_INFINITY), "concentrationScale", "Infinity"),
        bad("OneCompartmentOral superposition lengths", () -> OneCompartmentOral.of(0.7, 4, 280, 1, 1)
            .superposition(new double[2], new double[3], 0, 1), "doseTimesH", "2", "3"),
        bad("OneCompartmentOral maxConcentration NaN", () -> OneCompartmentOral.of(0.7, 4, 280, 1, 1)
            .maxConcentration(new double[2], 0, Double.NaN), "tauEndH", "NaN"),
        bad("TwoCompartmentOral Q 0", () -> TwoCompartmentOral.of(0.7, 4, 280, 0, 200, 1, 1), "qLPerH", "0.0"),
        bad("TwoCompartmentOral V2 NaN", () -> TwoCompartmentOral.of(0.7, 4, 280, 8, Double.NaN, 1, 1), "v2L",
            "NaN"),
        bad("TwoCompartmentOral V1 negative", () -> TwoCompartmentOral.of(0.7, 4, -1, 8, 200, 1, 1), "v1L", "-1.0"),
        bad("TwoCompartmentOral F 2", () -> TwoCompartmentOral.of(0.7, 4, 280, 8, 200, 2, 1), "bioavailability",
            "2.0"),
        // PD parameter records
        bad("Friberg MTT 0", () -> Friberg.of(0, 3.5, 0.17, 0.2, MyelosuppressionEffect.PROLIFERATION), "mttH",
            "0.0"),
        bad("Friberg baseline NaN", () -> Friberg.of(120, Double.NaN, 0.17, 0.2,
            MyelosuppressionEffect.PROLIFERATION), "baseline", "NaN"),
        bad("Friberg gamma negative", () -> Friberg.of(120, 3.5, -0.1, 0.2, MyelosuppressionEffect.PROLIFERATION),
            "gamma", "-0.1"),
        bad("Friberg emax 1", () -> Friberg.of(120, 3.5, 0.17, 1.0, MyelosuppressionEffect.PROLIFERATION), "emax",
            "1.0"),
        bad("Friberg effect null", () -> Friberg.of(120, 3.5, 0.17, 0.2, null), "effect", "null"),
        bad("IkzfDegradation kdeg 0", () -> new IkzfDegradation(0, 19, 6, 1), "kdegPerH", "0.0"),
        bad("IkzfDegradation DC50 NaN", () -> new IkzfDegradation(0.05, 19, Double.NaN, 1), "dc50NgPerMl", "NaN"),
        bad("IkzfDegradation Smax negative", () -> new IkzfDegradation(0.05, -1, 6, 1), "smax", "-1.0"),
        bad("TumourKill D50K 0", () -> new TumourKill(0.01, 0, 3, 0.001, 20, 0, 0, 0, 3, 0.001), "d50k", "0.0"),
        bad("TumourKill psi NaN", () -> new TumourKill(0.01, 0.6, 3, 0.001, 20, Double.NaN, 0, 0, 3, 0.001), "psi",
            "NaN"),
        bad("TumourKill M0 negative", () -> new TumourKill(0.01, 0.6, 3, 0.001, 20, 0, 0, 0, -3, 0.001),
            "m0GPerDl", "-3.0"),
        // events, settings, simulator
        bad("Bolus negative time", () -> new DosingEvent.Bolus(-1, 100, DosingEvent.Drug.CEMSIDOMIDE), "timeH",
            "-1.0"),
        bad("Bolus zero amount", () -> new DosingEvent.Bolus(0, 0, DosingEvent.Drug.CEMSIDOMIDE), "amount", "0.0"),
        bad("SimulationSettings follow-up -1", () -> new SimulationSettings(DoseModificationRule.DEFAULT,
            ToxicityCriteria.CTCAE, DltCriteria.DEFAULT, ResponseCriteria.IMWG, IncidenceModel.DEFAULTS,
            DexamethasoneAgeRule.DEFAULT, -1),
            "maxFollowUpDays", "-1"),
        bad("PatientSimulator.profile step 0", () -> PatientSimulator.defaults().profile(
            IndividualParameters.typical(ModelParameters.defaults()), new Covariates(60),
            Regimen.parse("100 ug QD d1-14"), 0), "stepH", "0.0"),
        bad("PatientSimulator.simulate latent length", () -> PatientSimulator.defaults().simulate(
            IndividualParameters.typical(ModelParameters.defaults()), new Covariates(60), new double[5],
            Regimen.parse("100 ug QD d1-14")), "latentUniforms", "5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsWithAMessageNamingParameterAndValue(ThrowingCallable call, String[] mustContain) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> Arrays.stream(mustContain).forEach(s ->
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains(s)));
  }
}
