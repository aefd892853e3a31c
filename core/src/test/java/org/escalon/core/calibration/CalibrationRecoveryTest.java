package org.escalon.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PopulationSummary;
import org.escalon.core.population.PopulationSimulation;
import org.escalon.core.regimen.Regimen;
import org.junit.jupiter.api.Test;

/**
 * Recovery: targets are simulated with known parameters (the model's defaults of DC50_T and EmaxN) by
 * {@link PopulationSimulation} on 2000 patients of another seed, then the two parameters are fitted from a start
 * far from the truth (DC50_T = 60, EmaxN = 0.45) on 300 patients per regimen.
 *
 * <p>Tolerance: each fitted value must lie within 3 reported standard errors of the truth. If the SEs are right
 * (the estimate approximately normal around the truth), one parameter fails with probability 2·(1 − Φ(3)) =
 * 0.27 %, the pair about 0.5 %; the seeds are fixed, so the test is deterministic.
 */
class CalibrationRecoveryTest {

  static final double TRUE_DC50_T = Param.DC50_T.defaultValue();
  static final double TRUE_EMAXN = Param.EMAXN.defaultValue();
  static final String ORR_75 = "75 ug QD d1-14 x3 + dex 40 mg";
  static final String ORR_100 = "100 ug QD d1-14 x3 + dex 40 mg";
  static final String TOX_100 = "100 ug QD d1-14 x1 + dex 40 mg";
  static final String TOX_50 = "50 ug QD d1-14 x1 + dex 40 mg";

  /** Rates of the true model on {@code n} patients of seed 777. */
  static PopulationSummary truth(String regimen, int n) {
    List<PatientResult> r = PopulationSimulation.defaults().run(Regimen.parse(regimen), n, 777, 2);
    return PopulationSummary.of(r);
  }

  static CalibrationProblem problem(int patients) {
    int n = 2000;
    List<Target> targets = List.of(
        Target.proportion(ORR_75, "orr", truth(ORR_75, n).orr().value(), n),
        Target.proportion(ORR_100, "orr", truth(ORR_100, n).orr().value(), n),
        Target.proportion(TOX_100, "neutropenia_g3plus", truth(TOX_100, n).neutropeniaG3plus().value(), n),
        Target.proportion(TOX_50, "neutropenia_any",
            truth(TOX_50, n).aeAny().get(org.escalon.core.pd.AdverseEvent.NEUTROPENIA).value(), n));
    PopulationSimulation start = PopulationSimulation.defaults();
    ModelParameters perturbed = start.population().theta().with(Param.DC50_T, 60).with(Param.EMAXN, 0.45);
    PopulationSimulation model = new PopulationSimulation(start.population().withTheta(perturbed),
        start.options(), start.settings(), start.solver(), start.tolerances());
    List<FitParameter> fit = List.of(FitParameter.typical(Param.DC50_T, 5, 200, Scale.LOG),
        FitParameter.typical(Param.EMAXN, 0.02, 0.8, Scale.LOGIT));
    return new CalibrationProblem(model, fit, targets, patients, 1);
  }

  @Test
  void recoversKnownParametersWithinTheirStandardErrors() {
    CalibrationResult r = Calibration.run(problem(300),
        CalibrationSettings.DEFAULT.withThreads(2).withBudgets(0, 48, 30));
    double[] v = r.values();
    double[] se = r.standardErrors();
    System.out.printf("recovery: DC50_T %.3f +- %.3f (true %.3g), EMAXN %.4f +- %.4f (true %.3g), F = %.3f, "
        + "%d evaluations, warnings %s%n", v[0], se[0], TRUE_DC50_T, v[1], se[1], TRUE_EMAXN, r.objective(),
        r.evaluations(), r.warnings());
    assertThat(se[0]).isPositive().isLessThan(0.5 * TRUE_DC50_T);
    assertThat(se[1]).isPositive().isLessThan(0.5 * TRUE_EMAXN);
    assertThat(Math.abs(v[0] - TRUE_DC50_T)).isLessThanOrEqualTo(3 * se[0]);
    assertThat(Math.abs(v[1] - TRUE_EMAXN)).isLessThanOrEqualTo(3 * se[1]);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.best().targets()).hasSize(4);
  }
}
