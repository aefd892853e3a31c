package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.output.DltCriteria;
import org.escalon.core.output.PatientResult.DltReason;
import org.escalon.core.output.PatientResult;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;
import org.escalon.simulation.trial.CoupledTrialResult;
import org.escalon.simulation.trial.CoupledTrialRunner;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.PatientOutcome;
import org.escalon.simulation.trial.PatientOutcomeSource;
import org.escalon.simulation.trial.TiteBoinConduct;
import org.escalon.simulation.trial.TrialConduct;
import org.junit.jupiter.api.Test;

/**
 * A coupled trial simulates each patient only until the cycle-1 DLT and the objective response are final
 * ({@link PkPdOutcomeSource}, {@link PatientSimulator#simulateDltAndResponse}). These tests simulate every patient's
 * whole course independently ({@link VirtualPatientModel#simulate}, a fresh simulator) and require the same DLT,
 * response and days bit for bit, the same deferred whole course, and the same trials (BOIN, TITE-BOIN) — while the
 * shortened courses are really shorter for many patients, so the cases that are cut (responders confirmed early,
 * non-responders whose last cycle cannot confirm, DLT follow-up) are all exercised.
 */
class ShortCourseTest {

  private static final long SEED = 20261129L;

  private static List<DoseLevel> levels() {
    List<DoseLevel> levels = new ArrayList<>();
    for (double d : new double[] {37.5, 62.5, 100, 150, 200}) {
      levels.add(DoseLevel.of(d, "QD d1-14", 40));
    }
    levels.add(DoseLevel.of(100, "QD d1-21", 40));
    return levels;
  }

  @Test
  void decisionValuesEqualTheWholeCourse() {
    List<DoseLevel> levels = levels();
    for (int cycles : new int[] {6, 3, 2, 1}) {
      VirtualPatientModel model = VirtualPatientModel.defaults().withCycles(cycles);
      PatientSimulator whole = model.newSimulator(levels); // the reference: whole courses
      PatientSimulator shortSim = model.newSimulator(levels);
      PatientResultBuffer b = new PatientResultBuffer();
      int patients = 0;
      int shorter = 0;
      int dlts = 0;
      int responders = 0;
      int respondersShorter = 0;
      int nonRespondersShorter = 0;
      for (int k = 0; k < (cycles == 6 ? 60 : 20); k++) {
        for (DoseLevel level : levels) {
          var person = model.trialPatient(SEED, 3, k);
          PatientResult r = model.simulate(whole, person, level);
          model.simulateDltAndResponse(shortSim, person, level, b);
          String what = "cycles " + cycles + ", patient " + k + " at " + level.label();
          assertSameDecisions(b, r, what);
          assertThat(b.days()).as(what).isLessThanOrEqualTo(r.ancDaily().length);
          // the days simulated are the same days: the daily counts agree bit for bit where both exist
          for (int d = 0; d < b.days(); d++) {
            assertThat(Double.doubleToLongBits(b.anc(d))).as(what + ", day " + d)
                .isEqualTo(Double.doubleToLongBits(r.ancDaily()[d]));
          }
          patients++;
          dlts += r.dlt() ? 1 : 0;
          boolean responder = r.bestResponse().isObjectiveResponse();
          responders += responder ? 1 : 0;
          if (b.days() < r.ancDaily().length) {
            shorter++;
            respondersShorter += responder ? 1 : 0;
            nonRespondersShorter += responder ? 0 : 1;
          }
        }
      }
      assertThat(dlts).as("cycles %d: DLTs", cycles).isPositive();
      if (cycles >= 2) {
        assertThat(responders).as("cycles %d: responders", cycles).isPositive();
      }
      if (cycles >= 3) {
        assertThat(respondersShorter).as("cycles %d: responders cut short", cycles).isPositive();
        assertThat(nonRespondersShorter).as("cycles %d: non-responders cut short", cycles).isPositive();
        assertThat(shorter).as("cycles %d: courses cut short of %d", cycles, patients).isGreaterThan(patients / 4);
      }
    }
  }

  @Test
  void decisionValuesEqualTheWholeCourseForOtherDltWindows() {
    List<DoseLevel> levels = levels();
    for (int window : new int[] {14, 21, 42, 70}) {
      SimulationSettings d = SimulationSettings.DEFAULT;
      // a short minimum episode makes prolonged-neutropenia DLTs (and their follow-up past the window) common
      SimulationSettings s = new SimulationSettings(d.doseModification(), d.toxicity(),
          new DltCriteria(window, 3, true, true, true), d.response(), d.incidenceModels(), d.dexAgeRule(),
          d.maxFollowUpDays());
      VirtualPatientModel model = VirtualPatientModel.defaults().withSettings(s);
      PatientSimulator whole = model.newSimulator(levels);
      PatientSimulator shortSim = model.newSimulator(levels);
      PatientResultBuffer b = new PatientResultBuffer();
      int dlts = 0;
      int shorter = 0;
      for (int k = 0; k < 25; k++) {
        for (DoseLevel level : levels) {
          var person = model.trialPatient(SEED, 4, k);
          PatientResult r = model.simulate(whole, person, level);
          model.simulateDltAndResponse(shortSim, person, level, b);
          String what = "window " + window + ", patient " + k + " at " + level.label();
          assertSameDecisions(b, r, what);
          dlts += r.dlt() ? 1 : 0;
          shorter += b.days() < r.ancDaily().length ? 1 : 0;
        }
      }
      assertThat(dlts).as("window %d: DLTs", window).isPositive();
      assertThat(shorter).as("window %d: courses cut short", window).isPositive();
    }
  }

  @Test
  void deferredCourseIsTheWholeCourse() {
    List<DoseLevel> levels = levels();
    VirtualPatientModel model = VirtualPatientModel.defaults();
    PkPdOutcomeSource source = new PkPdOutcomeSource(model, levels, SEED);
    PatientOutcomeSource.TrialPatients patients = source.forTrial(5, RandomStreams.trial(SEED, 5));
    PatientSimulator whole = model.newSimulator(levels);
    for (int k = 0; k < 8; k++) {
      int level = 1 + k % levels.size();
      PatientOutcome o = patients.outcome(k, level);
      PatientResult r = model.simulate(whole, model.trialPatient(SEED, 5, k), levels.get(level - 1));
      PatientOutcome expected = PatientOutcome.of(r);
      assertThat(o.dlt()).isEqualTo(expected.dlt());
      assertThat(o.response()).isEqualTo(expected.response());
      assertThat(o.neutropeniaG3plus()).isEqualTo(expected.neutropeniaG3plus());
      assertThat(o.detail().ancDaily()).containsExactly(r.ancDaily());
      assertThat(o.detail().mProteinAssessments()).containsExactly(r.mProteinAssessments());
      assertThat(o.detail().aeGrades()).containsExactly(r.aeGrades());
      assertThat(o.detail().ancDaily().length).isEqualTo(r.ancDaily().length);
      assertThat(patients.outcome(k, level)).isSameAs(o);
    }
  }

  @Test
  void trialsEqualTrialsOnWholeCourses() {
    List<DoseLevel> levels = levels();
    VirtualPatientModel model = VirtualPatientModel.defaults();
    PkPdOutcomeSource source = new PkPdOutcomeSource(model, levels, SEED);
    PatientSimulator whole = model.newSimulator(levels);
    Accrual accrual = Accrual.DEFAULT;
    List<TrialConduct> conducts = List.of(
        new CoupledTrialRunner(Designs.boin(0.3, levels.size(), 3, 10), accrual, Rp2dRule.DEFAULT,
            OptimisationStage.NONE),
        new CoupledTrialRunner(Designs.boin(0.3, levels.size(), 3, 8), accrual, Rp2dRule.DEFAULT,
            OptimisationStage.of(6)),
        TiteBoinConduct.factory(k -> TiteBoin.builder(0.3, k).cohortSize(3).cohorts(8).build())
            .create(levels.size(), accrual, Rp2dRule.DEFAULT, OptimisationStage.NONE));
    for (long i = 0; i < 6; i++) {
      long trial = i;
      PatientOutcomeSource.TrialPatients fast = source.forTrial(trial, RandomStreams.trial(SEED, trial));
      PatientOutcomeSource.TrialPatients reference = (k, level) ->
          PatientOutcome.of(model.simulate(whole, model.trialPatient(SEED, trial, k), levels.get(level - 1)));
      for (TrialConduct c : conducts) {
        CoupledTrialResult a = c.run(fast, accrual.arrivals(RandomStreams.stream(SEED, CoupledStudy.ACCRUAL, trial)));
        CoupledTrialResult e = c.run(reference,
            accrual.arrivals(RandomStreams.stream(SEED, CoupledStudy.ACCRUAL, trial)));
        RecordAssert.assertSameRecord("trial " + trial + " " + c.name(), a, e);
      }
    }
  }

  /** The four values a trial reads, and every DLT reason, bit for bit those of the whole course. */
  private static void assertSameDecisions(PatientResultBuffer b, PatientResult r, String what) {
    assertThat(b.dlt()).as(what).isEqualTo(r.dlt());
    for (DltReason reason : DltReason.values()) {
      assertThat(b.dltFor(reason)).as(what + ", " + reason).isEqualTo(r.dltFor(reason));
    }
    assertThat(Double.doubleToLongBits(b.dltOnsetDay())).as(what)
        .isEqualTo(Double.doubleToLongBits(r.dltOnsetDay()));
    assertThat(b.bestResponse().isObjectiveResponse()).as(what)
        .isEqualTo(r.bestResponse().isObjectiveResponse());
    assertThat(Double.doubleToLongBits(b.responseDay())).as(what)
        .isEqualTo(Double.doubleToLongBits(r.responseDay()));
  }
}
