package org.escalon.simulation.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.escalon.core.regimen.DoseModificationRule;
import org.escalon.core.regimen.Schedule;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.pkpd.Arm;
import org.escalon.simulation.pkpd.ArmPairs;
import org.escalon.simulation.pkpd.CoupledStudy;
import org.escalon.simulation.pkpd.ModelTruth;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.pkpd.VirtualPatientModel;
import org.escalon.simulation.selection.OptimisationStage;
import org.escalon.simulation.selection.Rp2dRule;
import org.escalon.simulation.trial.Accrual;

/**
 * A schedule comparison on the PK/PD model's virtual patients — doses × schedules × dexamethasone × designs, every
 * design on every schedule with the same people arriving at the same times (common random numbers), the model truth
 * per schedule, and paired schedule-to-schedule differences:
 *
 * <pre>
 *   ScheduleComparison r = ScheduleStudy.builder()
 *       .dosesUg(37.5, 50, 62.5, 75, 100, 125, 150)
 *       .schedules("QD d1-14", "QD d1-21")
 *       .dexamethasoneMg(40)
 *       .design("3+3")                  // by name, as in the CLI: labelled 3+3A
 *       .design("boin")
 *       .design("boin, 2 cohorts more", DesignFactory.named("boin")) // any label, any DesignFactory
 *       .target(0.3)
 *       .trials(200).seed(1)
 *       .run();
 *   System.out.println(r);
 * </pre>
 *
 * Defaults (those of {@code escalon compare}): doses 37.5, 50, 62.5, 75, 100, 125, 150 µg; schedules QD d1-14 and
 * QD d1-21; dexamethasone 40 mg weekly; designs 3+3 (variant A, labelled {@code 3+3A}) and BOIN ({@code boin});
 * target 0.3; cohorts of 3; 10 cohorts;
 * 6 cycles per patient with the protocol's dose holds; accrual 2 patients a month, patients wait; 28-day DLT window;
 * the default RP2D rule, no optimisation stage; 20,000 virtual patients for the truth; 1000 trials; seed 1; 2
 * threads (results do not depend on the number). Not thread-safe.
 */
public final class ScheduleStudy {

  private double[] dosesUg = {37.5, 50, 62.5, 75, 100, 125, 150};
  private List<Schedule> schedules = List.of(Schedule.parse("QD d1-14"), Schedule.parse("QD d1-21"));
  private double[] dexMg = {40};
  /** Label → the design for the study's target, cohort size and cohorts; empty = the defaults (3+3A and BOIN). */
  private final Map<String, ByStudy> designs = new LinkedHashMap<>();
  private double target = 0.3;
  private int cohortSize = 3;
  private int cohorts = 10;
  private int cycles = 6;
  private boolean doseHolds = true;
  private Accrual accrual = Accrual.DEFAULT;
  private int truthPatients = 20_000;
  private int trials = 1000;
  private long seed = 1;
  private int threads = 2;

  private ScheduleStudy() {}

  /**
   * A study with the defaults above.
   *
   * @return a study with the defaults above
   */
  public static ScheduleStudy builder() {
    return new ScheduleStudy();
  }

  /**
   * Cemsidomide doses of the levels (µg per dosing day), lowest first.
   *
   * @param doses cemsidomide doses of the levels (µg per dosing day), lowest first
   * @return this study, for chaining
   */
  public ScheduleStudy dosesUg(double... doses) {
    if (doses == null || doses.length == 0) {
      throw new IllegalArgumentException("dosesUg must name at least one dose");
    }
    for (int j = 1; j < doses.length; j++) {
      if (!(doses[j] > doses[j - 1])) {
        throw new IllegalArgumentException("dosesUg = " + java.util.Arrays.toString(doses)
            + ": must increase (dose " + (j + 1) + " is not above dose " + j + ")");
      }
    }
    this.dosesUg = doses.clone();
    return this;
  }

  /**
   * The schedules compared, in their text form ({@code "QD d1-14"}, {@code "MWF d1-21"}, …).
   *
   * @param texts the schedules compared, in their text form ({@code "QD d1-14"}, {@code "MWF d1-21"}, …)
   * @return this study, for chaining
   */
  public ScheduleStudy schedules(String... texts) {
    if (texts == null || texts.length == 0) {
      throw new IllegalArgumentException("schedules must name at least one schedule");
    }
    List<Schedule> s = new ArrayList<>();
    for (String t : texts) {
      s.add(Schedule.parse(t));
    }
    this.schedules = List.copyOf(s);
    return this;
  }

  /**
   * Weekly dexamethasone doses (mg); several give one arm per schedule and dose.
   *
   * @param doses weekly dexamethasone doses (mg); several give one arm per schedule and dose
   * @return this study, for chaining
   */
  public ScheduleStudy dexamethasoneMg(double... doses) {
    if (doses == null || doses.length == 0) {
      throw new IllegalArgumentException("dexamethasoneMg must name at least one dose");
    }
    this.dexMg = doses.clone();
    return this;
  }

  /** A design once the study's target, cohort size and number of cohorts are known. */
  @FunctionalInterface
  private interface ByStudy {
    NamedDesign build(String label, double target, int cohortSize, int cohorts);
  }

  /**
   * Adds a design under a label (the first call replaces the default designs).
   *
   * @param label the name the design is shown and reached by in the results, unique in the study
   * @param factory builds the design from the study's target, number of doses, cohort size and cohorts
   * @return this study, for chaining
   */
  public ScheduleStudy design(String label, DesignFactory factory) {
    Objects.requireNonNull(factory, "factory");
    return add(label, (l, t, c, m) -> new NamedDesign(l, k -> factory.build(t, k, c, m)));
  }

  /**
   * Adds the design called {@code name}, labelled by its key ({@code "3+3"} is labelled {@code "3+3A"}): any name of
   * {@link DesignName}, with the CLI's names, defaults and errors, including the designs that conduct their own
   * trials in calendar time ({@code "bf-boin"}, {@code "tite-boin"}, {@code "tite-crm"}); {@code "blrm"} needs its
   * prior and is given with {@link #design(String, DesignFactory)}. The first call replaces the default designs.
   *
   * @param name a design name
   * @return this study, for chaining
   * @throws IllegalArgumentException an unknown name ({@code design = 'NAME': must be one of ...}), {@code blrm}, or
   * a label given twice
   */
  public ScheduleStudy design(String name) {
    DesignName d = DesignName.parse(name);
    return design(d.key(), d);
  }

  /**
   * As {@link #design(String)}, under {@code label} (to run one design twice with different options, say).
   *
   * @param label the name the design is shown and reached by in the results, unique in the study
   * @param name a design name
   * @return this study, for chaining
   */
  public ScheduleStudy design(String label, DesignName name) {
    Objects.requireNonNull(name, "name");
    if (name == DesignName.BLRM) {
      throw DesignName.blrmNeedsPrior();
    }
    return add(label, (l, t, c, m) -> {
      NamedDesign n = name.named(t, c, m);
      return new NamedDesign(l, n.factory(), n.conductFactory());
    });
  }

  private ScheduleStudy add(String label, ByStudy design) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("design label = '" + label + "': must not be blank");
    }
    if (designs.containsKey(label)) {
      throw new IllegalArgumentException("design label '" + label + "' is given twice");
    }
    designs.put(label, design);
    return this;
  }

  /**
   * The target DLT probability (default 0.3): the designs' target and the true MTD's.
   *
   * @param phi the target DLT probability (default 0.3): the designs' target and the true MTD's
   * @return this study, for chaining
   */
  public ScheduleStudy target(double phi) {
    if (!(phi >= 0.05 && phi <= 0.6)) { // the designs' range (R BOIN's), the same as the CLI's --target
      throw new IllegalArgumentException("target = " + phi + ": must be in [0.05, 0.6]");
    }
    this.target = phi;
    return this;
  }

  /**
   * Patients per cohort (default 3).
   *
   * @param c patients per cohort (default 3)
   * @return this study, for chaining
   */
  public ScheduleStudy cohortSize(int c) {
    this.cohortSize = c;
    return this;
  }

  /**
   * Number of cohorts (default 10).
   *
   * @param m number of cohorts (default 10)
   * @return this study, for chaining
   */
  public ScheduleStudy cohorts(int m) {
    this.cohorts = m;
    return this;
  }

  /**
   * Treatment cycles per patient (default 6).
   *
   * @param c treatment cycles per patient (default 6)
   * @return this study, for chaining
   */
  public ScheduleStudy cycles(int c) {
    this.cycles = c;
    return this;
  }

  /**
   * Whether the protocol's dose holds and reductions apply (default true).
   *
   * @param on {@code true} to apply the protocol's dose holds and reductions (default), {@code false} to treat
   *     every patient at the full dose
   * @return this study, for chaining
   */
  public ScheduleStudy doseHolds(boolean on) {
    this.doseHolds = on;
    return this;
  }

  /**
   * Accrual and DLT window (default 2 a month, 28 days, patients wait).
   *
   * @param a accrual and DLT window (default 2 a month, 28 days, patients wait)
   * @return this study, for chaining
   */
  public ScheduleStudy accrual(Accrual a) {
    this.accrual = Objects.requireNonNull(a, "accrual");
    return this;
  }

  /**
   * Virtual patients behind each schedule's model truth (default 20,000).
   *
   * @param n virtual patients behind each schedule's model truth (default 20,000)
   * @return this study, for chaining
   */
  public ScheduleStudy truthPatients(int n) {
    this.truthPatients = n;
    return this;
  }

  /**
   * Simulated trials (default 1000).
   *
   * @param n simulated trials (default 1000)
   * @return this study, for chaining
   */
  public ScheduleStudy trials(int n) {
    this.trials = n;
    return this;
  }

  /**
   * Master seed (default 1).
   *
   * @param s master seed (default 1)
   * @return this study, for chaining
   */
  public ScheduleStudy seed(long s) {
    this.seed = s;
    return this;
  }

  /**
   * Worker threads (default 2; results do not depend on it).
   *
   * @param t worker threads (default 2; results do not depend on it)
   * @return this study, for chaining
   */
  public ScheduleStudy threads(int t) {
    this.threads = t;
    return this;
  }

  /**
   * The engine's settings for this study (validated).
   *
   * @return the engine's settings for this study (validated)
   */
  public CoupledStudy.Settings settings() {
    List<NamedDesign> named = new ArrayList<>();
    if (designs.isEmpty()) {
      named.add(DesignName.THREE_PLUS_THREE_A.named(target, cohortSize, cohorts));
      named.add(DesignName.BOIN.named(target, cohortSize, cohorts));
    }
    designs.forEach((label, d) -> named.add(d.build(label, target, cohortSize, cohorts)));
    VirtualPatientModel model = VirtualPatientModel.defaults().withCycles(cycles).withSettings(
        VirtualPatientModel.defaults().settings().withDoseModification(
            doseHolds ? DoseModificationRule.DEFAULT : DoseModificationRule.NONE));
    return new CoupledStudy.Settings(Arm.crossProduct(dosesUg, schedules, dexMg), named, model, accrual,
        Rp2dRule.DEFAULT, OptimisationStage.NONE, target, truthPatients, MonteCarloSettings.of(trials, seed, threads));
  }

  /**
   * Runs the study: the truth per schedule, then the trials, with paired differences between schedules.
   *
   * @return the comparison: truth and operating characteristics per schedule and design, with the paired differences
   */
  public ScheduleComparison run() {
    CoupledStudy.Settings s = settings();
    List<ModelTruth> truths = CoupledStudy.truths(s, done -> { });
    ArmPairs pairs = new ArmPairs(truths, s.designs().size());
    CoupledStudy.Result r = CoupledStudy.run(s, truths, null, done -> { }, pairs);
    return new ScheduleComparison(r, pairs);
  }
}
