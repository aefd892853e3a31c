package org.escalon.examples.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.input.Arms;
import org.escalon.examples.input.DesignName;
import org.escalon.examples.input.DoseHolds;
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

  public CompareScenario {
    Objects.requireNonNull(dosesUg, "dosesUg");
    dosesUg = dosesUg.clone();
    if (dosesUg.length == 0) {
      throw new IllegalArgumentException("dosesUg must list at least one dose");
    }
    for (int i = 0; i < dosesUg.length; i++) {
      if (!(dosesUg[i] > 0) || Double.isInfinite(dosesUg[i]) || (i > 0 && !(dosesUg[i] > dosesUg[i - 1]))) {
        throw new IllegalArgumentException("dosesUg must be finite, > 0 and increasing, got "
            + java.util.Arrays.toString(dosesUg));
      }
    }
    schedules = List.copyOf(Objects.requireNonNull(schedules, "schedules"));
    if (schedules.isEmpty()) {
      throw new IllegalArgumentException("schedules must list at least one schedule");
    }
    Objects.requireNonNull(dexMg, "dexMg");
    dexMg = dexMg.clone();
    if (dexMg.length == 0) {
      throw new IllegalArgumentException("dexMg must list at least one dose");
    }
    for (double d : dexMg) {
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("dexMg must be finite and >= 0, got " + d);
      }
    }
    designs = List.copyOf(Objects.requireNonNull(designs, "designs"));
    if (designs.isEmpty()) {
      throw new IllegalArgumentException("designs must list at least one design");
    }
    if (!(target >= 0.05) || !(target <= 0.6)) {
      throw new IllegalArgumentException("target must be in [0.05, 0.6], got " + target);
    }
    for (String d : designs) {
      DesignName.parse(d);
    }
    if (cohortSize < 1 || cohortSize > 12) {
      throw new IllegalArgumentException("cohortSize must be in [1, 12], got " + cohortSize);
    }
    if (cohorts < 1 || cohorts > 100) {
      throw new IllegalArgumentException("cohorts must be in [1, 100], got " + cohorts);
    }
    if (cycles < 1 || cycles > 24) {
      throw new IllegalArgumentException("cycles must be in [1, 24], got " + cycles);
    }
    Objects.requireNonNull(accrual, "accrual");
    Objects.requireNonNull(rp2dRule, "rp2dRule");
    Objects.requireNonNull(stage, "stage");
    if (truthPatients < 100 || truthPatients > 10_000_000) {
      throw new IllegalArgumentException("truthPatients must be in [100, 10000000], got " + truthPatients);
    }
    if (trials < 1 || trials > 10_000_000) {
      throw new IllegalArgumentException("trials must be in [1, 10000000], got " + trials);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in [1, 1024], got " + threads);
    }
  }

  /**
   * The demo scenario: 37.5, 50, 62.5, 75, 100, 125, 150 µg; QD d1-14 and QD d1-21; dexamethasone 40 mg; 3+3 A and
   * BOIN (target 0.3, 10 cohorts of 3); 6 cycles with dose holds; 1000 trials; model truth from 20,000 patients.
   */
  public static CompareScenario defaults() {
    return new CompareScenario(new double[] {37.5, 50, 62.5, 75, 100, 125, 150},
        List.of(Schedule.parse("QD d1-14"), Schedule.parse("QD d1-21")), new double[] {40}, List.of("3+3A", "boin"),
        0.3, 3, 10, 6, true, Accrual.DEFAULT, Rp2dRule.DEFAULT, OptimisationStage.NONE, 20_000, 1000, 1, 2);
  }

  @Override
  public double[] dosesUg() {
    return dosesUg.clone();
  }

  @Override
  public double[] dexMg() {
    return dexMg.clone();
  }

  /** A copy with other schedules. */
  public CompareScenario withSchedules(List<Schedule> s) {
    return new CompareScenario(dosesUg, s, dexMg, designs, target, cohortSize, cohorts, cycles, doseHolds, accrual,
        rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /** A copy with other dexamethasone doses. */
  public CompareScenario withDexMg(double... d) {
    return new CompareScenario(dosesUg, schedules, d, designs, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /** A copy with other designs. */
  public CompareScenario withDesigns(List<String> d) {
    return new CompareScenario(dosesUg, schedules, dexMg, d, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, truthPatients, trials, seed, threads);
  }

  /** A copy with other Monte Carlo sizes. */
  public CompareScenario withRun(int newTrials, int newTruthPatients, long newSeed, int newThreads) {
    return new CompareScenario(dosesUg, schedules, dexMg, designs, target, cohortSize, cohorts, cycles, doseHolds,
        accrual, rp2dRule, stage, newTruthPatients, newTrials, newSeed, newThreads);
  }

  /** The arms: one per schedule × dexamethasone dose ({@link Arms#crossProduct}). */
  public List<Arm> arms() {
    return Arms.crossProduct(dosesUg, schedules, dexMg);
  }

  /** The study settings. */
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
