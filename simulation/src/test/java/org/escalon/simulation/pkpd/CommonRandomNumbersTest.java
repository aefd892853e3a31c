package org.escalon.simulation.pkpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalon.core.internal.RandomStreams;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.VirtualPatient;
import org.escalon.simulation.trial.DoseLevel;
import org.escalon.simulation.trial.PatientOutcome;
import org.escalon.simulation.trial.PatientOutcomeSource;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: patient k of trial i is the same person (η, age, latent uniforms) in every design and
 * every schedule, and a PK/PD outcome depends only on (seed, trial, patient, level) — not on which design asks
 * first, nor on the trial stream handed to the source. A few simulations only (each ~1-2 ms).
 */
class CommonRandomNumbersTest {

  private static final long SEED = 11;
  private static final VirtualPatientModel MODEL = VirtualPatientModel.defaults().withCycles(2);

  @Test
  void theSamePersonWhateverTheModelSettingsAndCallOrder() {
    VirtualPatient a = MODEL.trialPatient(SEED, 5, 3);
    VirtualPatient other = MODEL.trialPatient(SEED, 5, 4); // drawn in between
    VirtualPatient b = VirtualPatientModel.defaults().withCycles(6).trialPatient(SEED, 5, 3);
    assertSamePerson(a, b);
    assertThat(other.eta()).isNotEqualTo(a.eta());
    assertThat(MODEL.trialPatient(SEED, 6, 3).eta()).isNotEqualTo(a.eta());
    assertThat(MODEL.trialPatient(SEED + 1, 5, 3).eta()).isNotEqualTo(a.eta());
    // the truth population is another stream
    assertThat(MODEL.truthPatient(SEED, 3).eta()).isNotEqualTo(a.eta());
  }

  @Test
  void theSamePersonInTwoSchedules() {
    // Level 1 of both arms gives no cemsidomide (0 ug), only dexamethasone 40 mg: the schedule is then irrelevant,
    // so the same person must have an identical course in both arms — only possible if both arms simulate the
    // same η, age and latent uniforms. Level 2 (75 ug) differs between schedules.
    PkPdOutcomeSource d14 = new PkPdOutcomeSource(MODEL,
        List.of(DoseLevel.of(0, "QD d1-14", 40), DoseLevel.of(75, "QD d1-14", 40)), SEED);
    PkPdOutcomeSource d21 = new PkPdOutcomeSource(MODEL,
        List.of(DoseLevel.of(0, "QD d1-21", 40), DoseLevel.of(75, "QD d1-21", 40)), SEED);
    PatientOutcomeSource.TrialPatients p14 = d14.forTrial(2, RandomStreams.trial(SEED, 2));
    PatientOutcomeSource.TrialPatients p21 = d21.forTrial(2, RandomStreams.trial(SEED, 2));
    for (int k = 0; k < 3; k++) {
      assertSameCourse("patient " + k + " dex only", p14.outcome(k, 1), p21.outcome(k, 1));
    }
    // different people differ (the course is not a constant)
    assertThat(p14.outcome(0, 1).detail().ancDaily()).isNotEqualTo(p14.outcome(1, 1).detail().ancDaily());
    // and the 75 ug course is person k simulated directly
    PatientSimulator sim = MODEL.newSimulator(d21.levels());
    PatientResult direct = MODEL.simulate(sim, MODEL.trialPatient(SEED, 2, 1), DoseLevel.of(75, "QD d1-21", 40));
    assertSameCourse("patient 1 at 75 ug QD d1-21", PatientOutcome.of(direct), p21.outcome(1, 2));
  }

  @Test
  void outcomesDoNotDependOnWhichDesignAsksFirstNorOnTheStream() {
    List<DoseLevel> levels = List.of(DoseLevel.of(50, "QD d1-14", 40), DoseLevel.of(100, "QD d1-14", 40));
    PkPdOutcomeSource src = new PkPdOutcomeSource(MODEL, levels, SEED);
    // "design A" asks (0,1), (1,1), (2,2), (0,2); "design B" the reverse, on separate caches and another stream
    PatientOutcomeSource.TrialPatients a = src.forTrial(7, RandomStreams.trial(SEED, 7));
    PatientOutcomeSource.TrialPatients b = src.forTrial(7, RandomStreams.trial(999, 3));
    int[][] order = {{0, 1}, {1, 1}, {2, 2}, {0, 2}};
    PatientOutcome[] fromA = new PatientOutcome[order.length];
    for (int i = 0; i < order.length; i++) {
      fromA[i] = a.outcome(order[i][0], order[i][1]);
    }
    for (int i = order.length - 1; i >= 0; i--) {
      assertSameCourse("patient " + order[i][0] + " level " + order[i][1], fromA[i],
          b.outcome(order[i][0], order[i][1]));
    }
    // cached: asking again gives the very same object
    assertThat(a.outcome(0, 1)).isSameAs(fromA[0]);
    // another trial is other people
    PatientOutcome t8 = src.forTrial(8, RandomStreams.trial(SEED, 8)).outcome(0, 1);
    assertThat(t8.detail().ancDaily()).isNotEqualTo(fromA[0].detail().ancDaily());
  }

  private static void assertSamePerson(VirtualPatient a, VirtualPatient b) {
    assertThat(a.eta()).containsExactly(b.eta());
    assertThat(a.covariates()).isEqualTo(b.covariates());
    assertThat(a.latentUniforms()).containsExactly(b.latentUniforms());
  }

  private static void assertSameCourse(String what, PatientOutcome x, PatientOutcome y) {
    assertThat(x.dlt()).as(what).isEqualTo(y.dlt());
    assertThat(x.response()).as(what).isEqualTo(y.response());
    assertThat(x.neutropeniaG3plus()).as(what).isEqualTo(y.neutropeniaG3plus());
    PatientResult r = x.detail();
    PatientResult s = y.detail();
    assertThat(r.ancDaily()).as(what).containsExactly(s.ancDaily());
    assertThat(r.plateletsDaily()).as(what).containsExactly(s.plateletsDaily());
    assertThat(r.mProteinAssessments()).as(what).containsExactly(s.mProteinAssessments());
    assertThat(r.aeGrades()).as(what).containsExactly(s.aeGrades());
    assertThat(r.bestResponse()).as(what).isEqualTo(s.bestResponse());
  }
}
