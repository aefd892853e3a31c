package org.escalon.simulation.study;

import java.util.Objects;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;

/**
 * Operating characteristics of one design against fixed true DLT probabilities — R {@code get.oc} in one
 * statement; the number of doses is the number of probabilities:
 *
 * <pre>
 *   OperatingCharacteristics oc = DesignOcStudy.of("boin")
 *       .target(0.3).pTrue(0.05, 0.12, 0.30, 0.45, 0.60).cohorts(10)
 *       .trials(10_000).seed(1).run();
 *   oc.level(3).mtdSelectionPct();      // dose level 3 (1-based), an Estimate(value, se)
 * </pre>
 *
 * Defaults (those of {@code escalon oc}): target 0.3, cohorts of 3, 10 cohorts, 10,000 trials, seed 1, one thread
 * (results do not depend on the number of threads). Not thread-safe.
 */
public final class DesignOcStudy {

  private final DesignFactory design;
  private double target = 0.3;
  private double[] pTrue;
  private int cohortSize = 3;
  private int cohorts = 10;
  private int trials = 10_000;
  private long seed = 1;
  private int threads = 1;

  private DesignOcStudy(DesignFactory design) {
    this.design = Objects.requireNonNull(design, "design");
  }

  /**
   * A study of {@code design}.
   *
   * @param design builds the design from the study's target, number of doses (that of {@code pTrue}), cohort
   *     size and cohorts
   * @return a study of {@code design}
   */
  public static DesignOcStudy of(DesignFactory design) {
    return new DesignOcStudy(design);
  }

  /**
   * A study of the design called {@code name} ({@link DesignFactory#named(String)}: {@code "boin"}, {@code "3+3"},
   * {@code "crm"}, ... with the CLI's names, defaults and errors).
   *
   * @param name a design name
   * @return a study of the design called {@code name} ({@link DesignFactory#named(String)}: {@code "boin"}, {@code
   *     "3+3"}, {@code "crm"}, ... with the CLI's names, defaults and errors)
   * @throws IllegalArgumentException an unknown name, or a design that is not count-based
   */
  public static DesignOcStudy of(String name) {
    return new DesignOcStudy(DesignFactory.named(name));
  }

  /**
   * The target DLT probability (default 0.3); the true MTD is the dose closest to it.
   *
   * @param phi the target DLT probability (default 0.3); the true MTD is the dose closest to it
   * @return this study, for chaining
   */
  public DesignOcStudy target(double phi) {
    if (!(phi >= 0.05 && phi <= 0.6)) { // the designs' range (R BOIN's), the same as the CLI's --target
      throw new IllegalArgumentException("target = " + phi + ": must be in [0.05, 0.6]");
    }
    this.target = phi;
    return this;
  }

  /**
   * The true DLT probability of each dose, lowest first (required; each in [0, 1]).
   *
   * @param probabilities the true DLT probability of each dose, lowest first (required; each in [0, 1])
   * @return this study, for chaining
   */
  public DesignOcStudy pTrue(double... probabilities) {
    FixedToxicity.of(probabilities); // validates, with its messages
    this.pTrue = probabilities.clone();
    return this;
  }

  /**
   * Patients per cohort (default 3).
   *
   * @param c patients per cohort (default 3)
   * @return this study, for chaining
   */
  public DesignOcStudy cohortSize(int c) {
    this.cohortSize = c;
    return this;
  }

  /**
   * Number of cohorts (default 10).
   *
   * @param m number of cohorts (default 10)
   * @return this study, for chaining
   */
  public DesignOcStudy cohorts(int m) {
    this.cohorts = m;
    return this;
  }

  /**
   * Simulated trials (default 10,000).
   *
   * @param n simulated trials (default 10,000)
   * @return this study, for chaining
   */
  public DesignOcStudy trials(int n) {
    this.trials = n;
    return this;
  }

  /**
   * Master seed (default 1).
   *
   * @param s master seed (default 1)
   * @return this study, for chaining
   */
  public DesignOcStudy seed(long s) {
    this.seed = s;
    return this;
  }

  /**
   * Worker threads (default 1; the results are the same for any number).
   *
   * @param t worker threads (default 1; the results are the same for any number)
   * @return this study, for chaining
   */
  public DesignOcStudy threads(int t) {
    this.threads = t;
    return this;
  }

  /**
   * The design this study runs.
   *
   * @return the design this study runs
   */
  public EscalationDesign design() {
    if (pTrue == null) {
      throw new IllegalStateException("pTrue is not set: give the true DLT probability of each dose");
    }
    EscalationDesign d = design.build(target, pTrue.length, cohortSize, cohorts);
    if (d.doseCount() != pTrue.length) {
      throw new IllegalStateException("the design factory built " + d.doseCount() + " doses for " + pTrue.length
          + " true probabilities");
    }
    return d;
  }

  /**
   * Monte Carlo operating characteristics with standard errors.
   *
   * @return monte Carlo operating characteristics with standard errors
   */
  public OperatingCharacteristics run() {
    EscalationDesign d = design();
    return MonteCarloOc.run(d, FixedToxicity.of(pTrue), target, MonteCarloSettings.of(trials, seed, threads));
  }

  /**
   * Exact operating characteristics (no Monte Carlo error), where the design's state space allows.
   *
   * @return exact operating characteristics (no Monte Carlo error), where the design's state space allows
   */
  public OperatingCharacteristics exact() {
    return ExactOc.compute(design(), FixedToxicity.of(pTrue), target);
  }
}
