package org.escalon.simulation.design;

/**
 * Options; defaults as R {@code get.oc.bf}: cohorts of 3, 10 cohorts, start dose 1, nEarlyStop 100 (off), cutoffEli
 * 0.95, extrasafe off with offset 0.05, φ1 = 0.6φ, φ2 = 1.4φ, boundMtd off, n_cap 12, backfill to the highest open
 * dose, three.plus.three off. Each setter validates its value ({@code name = value: must be …}); {@link #build()}
 * checks the combinations. The package refuses cohorts smaller than 3 and titration, and so does this builder.
 */
public final class BfBoinBuilder {
  /** The largest n_cap. */
  public static final int MAX_N_CAP = 1000;

  final double target;
  final int doseCount;
  private final Boin.Builder boin;
  int cohortSize = 3;
  int cohorts = 10;
  int nCap = 12;
  int nEarlyStop = 100;
  BfBoin.BackfillDose backfillDose = BfBoin.BackfillDose.HIGHEST;
  boolean threePlusThree;

  BfBoinBuilder(double target, int doseCount) {
    this.boin = Boin.builder(target, doseCount); // validates target and K with BOIN's messages
    this.target = target;
    this.doseCount = doseCount;
  }

  /**
   * Patients per escalation cohort, 3..100 (the package refuses fewer than 3); default 3.
   *
   * @param c patients per escalation cohort, 3..100 (the package refuses fewer than 3); default 3
   * @return this builder
   */
  public BfBoinBuilder cohortSize(int c) {
    this.cohortSize = DesignChecks.range("cohortSize", c, 3, 100);
    return this;
  }

  /**
   * Number of escalation cohorts, 1..1000; default 10.
   *
   * @param m number of escalation cohorts, 1..1000; default 10
   * @return this builder
   */
  public BfBoinBuilder cohorts(int m) {
    this.cohorts = DesignChecks.range("cohorts", m, 1, IntervalDesign.Builder.MAX_SAMPLE_SIZE);
    return this;
  }

  /**
   * n_cap, 0..1000 (0: no backfill); default 12.
   *
   * @param n n_cap, 0..1000 (0: no backfill); default 12
   * @return this builder
   */
  public BfBoinBuilder nCap(int n) {
    this.nCap = DesignChecks.range("nCap", n, 0, MAX_N_CAP);
    return this;
  }

  /**
   * Start dose level, 1..K; default 1.
   *
   * @param d start dose level, 1..K; default 1
   * @return this builder
   */
  public BfBoinBuilder startDose(int d) {
    boin.startDose(d);
    return this;
  }

  /**
   * Stop when a stay decision is taken at a dose with at least this many patients, 1..1000; default 100.
   *
   * @param n stop when a stay decision is taken at a dose with at least this many patients, 1..1000; default 100
   * @return this builder
   */
  public BfBoinBuilder nEarlyStop(int n) {
    boin.nEarlyStop(n);
    this.nEarlyStop = n;
    return this;
  }

  /**
   * Elimination cutoff, in (0, 1); default 0.95.
   *
   * @param c elimination cutoff, in (0, 1); default 0.95
   * @return this builder
   */
  public BfBoinBuilder cutoffEli(double c) {
    boin.cutoffEli(c);
    return this;
  }

  /**
   * The extra-safe rule at dose 1; default off.
   *
   * @param on {@code true} to apply the extra-safe rule at dose 1; default off
   * @return this builder
   */
  public BfBoinBuilder extrasafe(boolean on) {
    boin.extrasafe(on);
    return this;
  }

  /**
   * Extra-safe offset, in [0, 0.5) and below cutoffEli; default 0.05.
   *
   * @param o extra-safe offset, in [0, 0.5) and below cutoffEli; default 0.05
   * @return this builder
   */
  public BfBoinBuilder offset(double o) {
    boin.offset(o);
    return this;
  }

  /**
   * φ1 (default 0.6φ).
   *
   * @param p φ1 (default 0.6φ)
   * @return this builder
   */
  public BfBoinBuilder phi1(double p) {
    boin.phi1(p);
    return this;
  }

  /**
   * φ2 (default 1.4φ).
   *
   * @param p φ2 (default 1.4φ)
   * @return this builder
   */
  public BfBoinBuilder phi2(double p) {
    boin.phi2(p);
    return this;
  }

  /**
   * The boundMTD rule of the final selection; default off.
   *
   * @param on {@code true} to apply the boundMTD rule in the final selection; default off
   * @return this builder
   */
  public BfBoinBuilder boundMtd(boolean on) {
    boin.boundMtd(on);
    return this;
  }

  /**
   * Which open dose a backfill patient gets; default {@link BfBoin.BackfillDose#HIGHEST}.
   *
   * @param b which open dose a backfill patient gets; default {@link BfBoin.BackfillDose#HIGHEST}
   * @return this builder
   */
  public BfBoinBuilder backfillDose(BfBoin.BackfillDose b) {
    if (b == null) {
      throw new IllegalArgumentException("backfillDose = null: must be HIGHEST or LOWEST");
    }
    this.backfillDose = b;
    return this;
  }

  /**
   * 1 DLT in 3 at the current dose means stay (package: target 0.25 and cohorts of 3 only); default off.
   *
   * @param on {@code true}: 1 DLT in 3 at the current dose means stay (package: target 0.25 and cohorts of 3 only);
   *     default off
   * @return this builder
   */
  public BfBoinBuilder threePlusThree(boolean on) {
    this.threePlusThree = on;
    return this;
  }

  /**
   * Validates the combinations and builds the design.
   *
   * @return the design
   */
  public BfBoin build() {
    long perDose = (long) cohorts * cohortSize + (long) doseCount * (nCap + 1);
    if (perDose > IntervalDesign.Builder.MAX_SAMPLE_SIZE) {
      throw new IllegalArgumentException("cohorts x cohortSize + doseCount x (nCap + 1) = " + perDose
          + ": must be at most " + IntervalDesign.Builder.MAX_SAMPLE_SIZE + " (the most patients a trial can have)");
    }
    if (threePlusThree && (target != 0.25 || cohortSize != 3)) {
      throw new IllegalArgumentException("threePlusThree = true with target = " + target + " and cohortSize = "
          + cohortSize + ": only with target 0.25 and cohorts of 3 (as the package)");
    }
    boin.cohortSize(cohortSize).maxSampleSize((int) perDose).nEarlyStop(nEarlyStop);
    return new BfBoin(this, boin.build());
  }
}
