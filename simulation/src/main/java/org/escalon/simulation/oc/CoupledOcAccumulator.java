package org.escalon.simulation.oc;

import java.util.ArrayList;
import java.util.List;
import org.escalon.core.output.Estimate;
import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * Sums over PK/PD-coupled trials of one design on one set of dose levels. Mutable; one per Monte Carlo block,
 * combined in block order. Serializable, so that a distributed engine can ship a block's sums.
 *
 * <p>Serializable only to ship results between the workers of one Escalon version (Spark): the serialized form
 * is not a stable format.
 *
 * @serial exclude
 */
public final class CoupledOcAccumulator implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final int k;
  private final int trueMtd;
  private final int trueOptimal;
  private long trials;
  private final long[] mtdSel;
  private final long[] rp2dSel;
  private final Moments[] n;
  private final Moments[] y;
  private final Moments totalN = new Moments();
  private final Moments totalDlt = new Moments();
  private final Moments aboveMtd = new Moments();
  private final Moments duration = new Moments();
  private final Moments orrAtRp2d = new Moments();
  private final Moments dltAtRp2d = new Moments();
  private final Moments stageN = new Moments();
  private final Moments[] backfilled;
  private final Moments turnedAway = new Moments();
  private long correctMtd;
  private long correctRp2d;

  /**
   * @param levelCount K
   * @param trueMtd the true MTD (0 = no level is safe)
   * @param trueOptimal the true optimal level (0 = none)
   */
  public CoupledOcAccumulator(int levelCount, int trueMtd, int trueOptimal) {
    if (levelCount < 1) {
      throw new IllegalArgumentException("levelCount = " + levelCount + ": must be >= 1");
    }
    if (trueMtd < 0 || trueMtd > levelCount || trueOptimal < 0 || trueOptimal > levelCount) {
      throw new IllegalArgumentException("trueMtd = " + trueMtd + ", trueOptimal = " + trueOptimal
          + ": must be in 0.." + levelCount);
    }
    this.k = levelCount;
    this.trueMtd = trueMtd;
    this.trueOptimal = trueOptimal;
    this.mtdSel = new long[k + 1];
    this.rp2dSel = new long[k + 1];
    this.n = new Moments[k];
    this.y = new Moments[k];
    this.backfilled = new Moments[k];
    for (int j = 0; j < k; j++) {
      n[j] = new Moments();
      y[j] = new Moments();
      backfilled[j] = new Moments();
    }
  }

  /**
   * Adds one trial.
   *
   * @param r one trial's result
   */
  public void add(CoupledTrialResult r) {
    if (r.levelCount() != k) {
      throw new IllegalArgumentException("trial has " + r.levelCount() + " levels, expected " + k);
    }
    trials++;
    mtdSel[r.mtd()]++;
    rp2dSel[r.rp2d()]++;
    int[] nn = r.n();
    int[] yy = r.y();
    int tot = 0;
    int dl = 0;
    int above = 0;
    for (int j = 0; j < k; j++) {
      n[j].add(nn[j]);
      y[j].add(yy[j]);
      tot += nn[j];
      dl += yy[j];
      if (j >= trueMtd) {
        above += nn[j];
      }
    }
    totalN.add(tot);
    totalDlt.add(dl);
    aboveMtd.add(tot == 0 ? 0.0 : 100.0 * above / tot);
    duration.add(r.durationDays());
    int[] sn = r.stageN();
    int s = 0;
    for (int v : sn) {
      s += v;
    }
    stageN.add(s);
    int[] bf = r.backfilled();
    for (int j = 0; j < k; j++) {
      backfilled[j].add(bf[j]);
    }
    turnedAway.add(r.turnedAway());
    if (r.rp2d() > 0) {
      int d = r.rp2d();
      int treated = r.treatedAt(d);
      if (treated > 0) {
        orrAtRp2d.add((r.responders()[d - 1] + r.stageResponders()[d - 1]) / (double) treated);
        dltAtRp2d.add((yy[d - 1] + r.stageY()[d - 1]) / (double) treated);
      }
    }
    if (r.mtd() == trueMtd) {
      correctMtd++;
    }
    if (r.rp2d() == trueOptimal) {
      correctRp2d++;
    }
  }

  /**
   * Adds a later block's sums.
   *
   * @param o the next block's sums
   */
  public void combine(CoupledOcAccumulator o) {
    if (o.k != k) {
      throw new IllegalArgumentException("cannot combine accumulators of " + k + " and " + o.k + " levels");
    }
    if (o.trueMtd != trueMtd || o.trueOptimal != trueOptimal) {
      throw new IllegalArgumentException("cannot combine accumulators with true MTD/optimal " + trueMtd + "/"
          + trueOptimal + " and " + o.trueMtd + "/" + o.trueOptimal);
    }
    trials += o.trials;
    for (int j = 0; j <= k; j++) {
      mtdSel[j] += o.mtdSel[j];
      rp2dSel[j] += o.rp2dSel[j];
    }
    for (int j = 0; j < k; j++) {
      n[j].combine(o.n[j]);
      y[j].combine(o.y[j]);
    }
    totalN.combine(o.totalN);
    totalDlt.combine(o.totalDlt);
    aboveMtd.combine(o.aboveMtd);
    duration.combine(o.duration);
    orrAtRp2d.combine(o.orrAtRp2d);
    dltAtRp2d.combine(o.dltAtRp2d);
    stageN.combine(o.stageN);
    for (int j = 0; j < k; j++) {
      backfilled[j].combine(o.backfilled[j]);
    }
    turnedAway.combine(o.turnedAway);
    correctMtd += o.correctMtd;
    correctRp2d += o.correctRp2d;
  }

  /**
   * The operating characteristics.
   *
   * @param design the design's name
   * @param trueProbabilities the model-implied DLT probability per level
   * @return the operating characteristics
   */
  public CoupledOc result(String design, double[] trueProbabilities) {
    if (trials == 0) {
      throw new IllegalStateException("no trials were added");
    }
    List<LevelOc> levels = new ArrayList<>(k);
    List<Estimate> rp2dPct = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      levels.add(new LevelOc(pct(mtdSel[j + 1]), n[j].estimate(), y[j].estimate()));
      rp2dPct.add(pct(rp2dSel[j + 1]));
    }
    OperatingCharacteristics mtd = new OperatingCharacteristics(design, trueProbabilities, trueMtd, trials, levels,
        pct(mtdSel[0]), totalN.estimate(), totalDlt.estimate(), aboveMtd.estimate());
    Rp2dOc rp2d = new Rp2dOc(rp2dPct, pct(rp2dSel[0]), pct(correctRp2d), orrAtRp2d.estimate(),
        dltAtRp2d.estimate());
    List<Estimate> bf = new ArrayList<>(k);
    for (Moments m : backfilled) {
      bf.add(m.estimate());
    }
    return new CoupledOc(mtd, rp2d, pct(correctMtd), duration.estimate(), stageN.estimate(), bf,
        turnedAway.estimate());
  }

  private Estimate pct(long count) {
    return Estimate.percentage(count, trials);
  }
}
