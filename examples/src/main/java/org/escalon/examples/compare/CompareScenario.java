package org.escalon.examples.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.DoseHolds;
import org.escalon.examples.input.Limit;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;

/**
 * A schedule × dexamethasone × design comparison as a statistician describes it: cemsidomide doses (the levels
 * of each arm), schedules and dexamethasone doses (one arm per combination), designs and their common settings.
 * Immutable; {@link #defaults()} is the demo scenario.
 *
 * @param dosesUg cemsidomide doses of the levels, increasing
 * @param schedules schedules (one arm each, per dexamethasone dose)
 * @param dexMg dexamethasone doses (one arm each, per schedule)
 * @param designs design names ({@link DesignName})
 * @param target target DLT probability
 * @param cohortSize cohort size of the interval designs
 * @param cohorts number of cohorts of the interval designs
 * @param cycles planned cycles per patient
 * @param doseHolds protocol dose holds and reductions
 * @param accrual accrual
 * @param rp2dRule RP2D rule
 * @param stage optimisation stage
 * @param truthPatients virtual patients for the model truth
 * @param trials Monte Carlo trials
 * @param seed master seed
 * @param threads worker threads
 */
public record CompareScenario(double[] dosesUg, List<Schedule> schedules, double[] dexMg, List<String> designs,
    double target, int cohortSize, int cohorts, int cycles, boolean doseHolds, Accrual accrual, Rp2dRule rp2dRule,
    OptimisationStage stage, int truthPatients, int trials, long seed, int threads) {

  /**
   * Validates every value with the limits of the CLI and scenario files (messages name the field) and copies the
   * arrays and lists, so that the scenario is immutable.
   *
   * @param dosesUg cemsidomide doses of the levels, increasing
   * @param schedules schedules (one arm each, per dexamethasone dose)
   * @param dexMg dexamethasone doses (one arm each, per schedule)
   * @param designs design names ({@link DesignName})
   * @param target target DLT probability
   * @param cohortSize cohort size of the interval designs
   * @param cohorts number of cohorts of the interval designs
   * @param cycles planned cycles per patient
   * @param doseHolds protocol dose holds and reductions
   * @param accrual accrual
   * @param rp2dRule RP2D rule
   * @param stage optimisation stage
   * @param truthPatients virtual patients for the model truth
   * @param trials Monte Carlo trials
   * @param seed master seed
   * @param threads worker threads
   */
  public CompareScenario {
    Objects.requireNonNull(dosesUg, "dosesUg");
    dosesUg = dosesUg.clone();
    if (!Limit.DOSE_LEVELS.contains(dosesUg.length)) {
      throw new IllegalArgumentException("dosesUg has " + dosesUg.length + " doses: must be "
          + Limit.DOSE_LEVELS.allowed());
    }
    for (int i = 0; i < dosesUg.length; i++) {
      if (!Limit.LEVEL_DOSE_UG.contains(dosesUg[i]) || (i > 0 && !(dosesUg[i] > dosesUg[i - 1]))) {
        throw new IllegalArgumentException("dosesUg = " + java.util.Arrays.toString(dosesUg) + ": must be "
            + "increasing, each " + Limit.LEVEL_DOSE_UG.allowed());
      }
    }
    schedules = List.copyOf(Objects.requireNonNull(schedules, "schedules"));
    if (schedules.isEmpty() || new java.util.HashSet<>(schedules).size() != schedules.size()) {
      throw new IllegalArgumentException("schedules = " + schedules + ": must list one or more different "
          + "schedules");
    }
    Objects.requireNonNull(dexMg, "dexMg");
    dexMg = dexMg.clone();
    if (dexMg.length == 0 || java.util.Arrays.stream(dexMg).distinct().count() != dexMg.length) {
      throw new IllegalArgumentException("dexMg = " + java.util.Arrays.toString(dexMg) + ": must list one or more "
          + "different doses");
    }
    for (double d : dexMg) {
      if (!Limit.DEX_MG.contains(d)) {
        throw new IllegalArgumentException("dexMg = " + d + ": must be " + Limit.DEX_MG.allowed());
      }
    }
    designs = List.copyOf(Objects.requireNonNull(designs, "designs"));
    if (designs.isEmpty()) {
      throw new IllegalArgumentException("designs must list at least one design");
    }
    Limit.TARGET.check("target", target);
    java.util.Set<DesignName> names = java.util.EnumSet.noneOf(DesignName.class);
    for (String d : designs) {
      if (!names.add(DesignName.parse(d))) {
        throw new IllegalArgumentException("designs = " + designs + ": must be different designs");
      }
    }
    if (names.contains(DesignName.TITE_BOIN) && stage != null && stage.enabled()) {
      throw new IllegalArgumentException("stage = " + stage.patientsPerArm() + " patients per arm: the optimisation "
          + "stage is not offered with tite-boin (drop it or the stage)");
    }
    Limit.COHORT_SIZE.check("cohortSize", cohortSize);
    Limit.COHORTS.check("cohorts", cohorts);
    Limit.CYCLES.check("cycles", cycles);
    Objects.requireNonNull(accrual, "accrual");
    Objects.requireNonNull(rp2dRule, "rp2dRule");
    Objects.requireNonNull(stage, "stage");
    Limit.TRUTH_PATIENTS.check("truthPatients", truthPatients);
    Limit.TRIALS.check("trials", trials);
    Limit.THREADS.check("threads", threads);
  }

  /**
   * The demo scenario: 37.5, 50, 62.5, 75, 100, 125, 150 µg; QD d1-14 and QD d1-21; dexamethasone 40 mg; 3+3 A and
   * BOIN (target 0.3, 10 cohorts of 3); 6 cycles with dose holds; 1000 trials; model truth from 20,000 patients.
   *
   * @return the demo scenario: 37.5, 50, 62.5, 75, 100, 125, 150 µg; QD d1-14 and QD d1-21; dexamethasone 40 mg; 3+3 A
   *     and BOIN (target 0.3, 10 cohorts of 3); 6 cycles with dose holds; 1000 trials; model truth from 20,000 patients
   */
  public static CompareScenario defaults() {
    return new CompareScenario(new double[] {37.5, 50, 62.5, 75, 100, 125, 150},
        List.of(Schedule.parse("QD d1-14"), Schedule.parse("QD d1-21")), new double[] {40}, List.of("3+3A", "boin"),
        0.3, 3, 10, 6, true, Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE, 20_000, 1000, 1, 2);
  }

  /**
   * Cemsidomide doses of the levels, increasing.
   *
   * @return cemsidomide doses of the levels, increasing
   */
  @Override
  public double[] dosesUg() {
    return dosesUg.clone();
  }

  /**
   * Dexamethasone doses (one arm each, per schedule).
   *
   * @return dexamethasone doses (one arm each, per schedule)
   */
  @Override
  public double[] dexMg() {
    return dexMg.clone();
  }

  /**
   * A copy with other schedules.
   *
   * @param s a copy with other schedules
   * @return a copy with other schedules
   */
  public CompareScenario withSchedules(List<Schedule> s) {
    return new CompareScenario(dosesUg, s, dexMg, designs, target, cohortSize, cohorts, cycles, doseHolds, accrual,
        rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /**
   * A copy with other dexamethasone doses.
   *
   * @param d a copy with other dexamethasone doses
   * @return a copy with other dexamethasone doses
   */
  public CompareScenario withDexMg(double... d) {
    return new CompareScenario(dosesUg, schedules, d, designs, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /**
   * A copy with other designs.
   *
   * @param d a copy with other designs
   * @return a copy with other designs
   */
  public CompareScenario withDesigns(List<String> d) {
    return new CompareScenario(dosesUg, schedules, dexMg, d, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /**
   * A copy with other Monte Carlo sizes.
   *
   * @param newTrials simulated trials, 1–10,000,000
   * @param newTruthPatients virtual patients behind each arm's model truth
   * @param newSeed the master seed
   * @param newThreads worker threads, 1–1024 (results do not depend on it)
   * @return a copy with other Monte Carlo sizes
   */
  public CompareScenario withRun(int newTrials, int newTruthPatients, long newSeed, int newThreads) {
    return new CompareScenario(dosesUg, schedules, dexMg, designs, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, newTruthPatients, newTrials, newSeed, newThreads);
  }

  /**
   * The arms: one per schedule × dexamethasone dose ({@link Arm#crossProduct}).
   *
   * @return the arms: one per schedule × dexamethasone dose ({@link Arm#crossProduct})
   */
  public List<Arm> arms() {
    return Arm.crossProduct(dosesUg, schedules, dexMg);
  }

  /**
   * The study settings.
   *
   * @return the study settings
   */
  public CoupledStudy.Settings settings() {
    List<NamedDesign> ds = new ArrayList<>();
    for (String d : designs) {
      ds.add(DesignName.parse(d).named(target, cohortSize, cohorts));
    }
    VirtualPatientModel model = VirtualPatientModel.defaults().withCycles(cycles)
        .withSettings(DoseHolds.settings(doseHolds));
    return new CoupledStudy.Settings(arms(), ds, model, accrual, rp2dRule, stage, target, truthPatients,
        MonteCarloSettings.of(trials, seed, threads));
  }
}
