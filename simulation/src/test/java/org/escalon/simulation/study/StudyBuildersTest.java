package org.escalon.simulation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.model.Covariates;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.Estimate;
import org.escalon.core.output.Profile;
import org.escalon.core.regimen.Regimen;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.oc.TrialMetric;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/**
 * The study builders give the engines' numbers; the paired differences equal a brute-force computation from the
 * per-trial results of an independent engine run; bad values are named.
 */
class StudyBuildersTest {

  @Test
  void aDesignOnlyStudyIsTheEngineRunOnTheDesignBuiltByHand() {
    double[] p = {0.05, 0.12, 0.30, 0.45, 0.60};
    OperatingCharacteristics viaStudy = DesignOcStudy.of(DesignFactory.boin()).target(0.3).pTrue(p).cohorts(12)
        .trials(2000).seed(7).threads(2).run();
    OperatingCharacteristics direct = MonteCarloOc.run(Designs.boin(0.3, 5, 3, 12), FixedToxicity.of(p), 0.3,
        MonteCarloSettings.of(2000, 7, 1));
    assertThat(viaStudy).isEqualTo(direct);
    assertThat(viaStudy.trueMtd()).isEqualTo(3);
    OperatingCharacteristics exact = DesignOcStudy.of(DesignFactory.threePlusThree()).pTrue(p).exact();
    assertThat(exact).isEqualTo(ExactOc.compute(Designs.threePlusThree(5), FixedToxicity.of(p), 0.3));
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> DesignOcStudy.of(DesignFactory.boin()).target(1.2)).hasMessageContaining("target = 1.2");
    assertThatThrownBy(() -> DesignOcStudy.of(DesignFactory.boin()).run()).hasMessageContaining("pTrue");
    assertThatThrownBy(() -> DesignOcStudy.of(DesignFactory.boin()).pTrue(0.1, 1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> ScheduleStudy.builder().dosesUg(50, 50)).hasMessageContaining("must increase");
    assertThatThrownBy(() -> ScheduleStudy.builder().design("b", DesignFactory.boin()).design("b",
        DesignFactory.boin())).hasMessageContaining("twice");
    assertThatThrownBy(() -> ScheduleStudy.builder().schedules("QD d1-99")).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> PatientStudy.typical().profile(1.0)).hasMessageContaining("regimen");
  }

  @Test
  void pairedDifferencesAreTheMeanAndStandardErrorOfTheTrialByTrialDifferences() {
    ScheduleStudy study = ScheduleStudy.builder().dosesUg(50, 100, 150).schedules("QD d1-14", "QD d1-21")
        .design("boin", DesignFactory.boin()).cohorts(4).cycles(2).truthPatients(300).trials(16).seed(3)
        .threads(2);
    ScheduleComparison r = study.run();
    // brute force: the same study through the engine, keeping every trial's result, then the differences by hand
    CoupledStudy.Settings s = study.settings();
    List<ModelTruth> truths = new ArrayList<>();
    for (var a : s.arms()) {
      truths.add(ModelTruth.compute(s.model(), a.levels(), 300, 3, 1, 0.3, s.rp2dRule()));
    }
    double[][] patients = new double[2][16];
    CoupledStudy.run(s, truths, null, x -> { }, rec ->
        patients[rec.armIndex()][(int) rec.trialIndex()] = rec.result().escalationSize());
    double mean = 0;
    for (int i = 0; i < 16; i++) {
      mean += (patients[1][i] - patients[0][i]) / 16;
    }
    double ss = 0;
    for (int i = 0; i < 16; i++) {
      double d = patients[1][i] - patients[0][i] - mean;
      ss += d * d;
    }
    Estimate diff = r.difference("boin", "QD d1-14", "QD d1-21", TrialMetric.PATIENTS);
    assertThat(diff.value()).isCloseTo(mean, within(1e-12));
    assertThat(diff.se()).isCloseTo(Math.sqrt(ss / 15 / 16), within(1e-12));
    // the mean difference is the difference of the two means
    assertThat(diff.value()).isCloseTo(r.oc("QD d1-21", "boin").mtd().meanTotalN().value()
        - r.oc("QD d1-14", "boin").mtd().meanTotalN().value(), within(1e-12));
    assertThat(r.difference("boin", "QD d1-21", "QD d1-14", TrialMetric.PATIENTS).value())
        .isCloseTo(-mean, within(1e-12));
    assertThat(r.toString()).contains("QD d1-21").contains("Paired differences");
    // CoupledStudy.truths is the truth the study computes itself, and reports its progress up to every patient
    long[] last = {0};
    List<ModelTruth> given = CoupledStudy.truths(s, done -> last[0] = Math.max(last[0], done));
    assertThat(last[0]).isEqualTo(2 * 300);
    for (int a = 0; a < 2; a++) {
      assertThat(given.get(a).dltProb()).containsExactly(r.truth(s.arms().get(a).name()).dltProb());
      assertThat(given.get(a).trueMtd()).isEqualTo(r.truth(s.arms().get(a).name()).trueMtd());
    }
    assertThatThrownBy(() -> r.oc("QD d1-28", "boin")).hasMessageContaining("QD d1-28");
  }

  @Test
  void aPatientStudyIsTheTypicalPatientsProfile() {
    Regimen reg = Regimen.parse("100 ug QD d1-14 x1 + dex 40 mg");
    Profile p = PatientStudy.typical().age(70).regimen("100 ug QD d1-14 x1 + dex 40 mg").profile(2.0);
    Profile q = PatientSimulator.defaults().profile(IndividualParameters.typical(ModelParameters.defaults()),
        new Covariates(70), reg, 2.0);
    assertThat(p.columns()).isEqualTo(q.columns());
    assertThat(p.rows().get(p.size() - 1)).containsExactly(q.rows().get(q.size() - 1));
  }
}
