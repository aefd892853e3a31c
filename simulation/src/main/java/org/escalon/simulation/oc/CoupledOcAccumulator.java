package org.escalon.simulation.oc;

import org.escalon.simulation.trial.CoupledTrialResult;

/**
 * Sums over PK/PD-coupled trials of one design on one set of dose levels. Mutable; one per Monte Carlo block,
 * combined in block order.
 */
public final class CoupledOcAccumulator {

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
  private long correctMtd;
  private long correctRp2d;

  /**
   * @param levelCount K
   * @param trueMtd the true MTD (0 = no level is safe)
   * @param trueOptimal the true optimal level (0 = none)
   */
  public CoupledOcAccumulator(int levelCount, int trueMtd, int trueOptimal) {
    if (levelCount < 1) {
      throw new IllegalArgumentException("levelCount must be >= 1, got " + levelCount);
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
    for (int j = 0; j < k; j++) {
      n[j] = new Moments();
      y[j] = new Moments();
    }
  }

  /** Adds one trial. */
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

  /** Adds a later block's sums. */
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
    correctMtd += o.correctMtd;
    correctRp2d += o.correctRp2d;
  }

  /** The operating characteristics. */
  public CoupledOc result() {
    if (trials == 0) {
      throw new IllegalStateException("no trials were added");
    }
    double[] mtdPct = new double[k];
    double[] mtdSe = new double[k];
    double[] rpPct = new double[k];
    double[] rpSe = new double[k];
    double[] mn = new double[k];
    double[] mnSe = new double[k];
    double[] md = new double[k];
    double[] mdSe = new double[k];
    for (int j = 0; j < k; j++) {
      mtdPct[j] = pct(mtdSel[j + 1]);
      mtdSe[j] = pctSe(mtdSel[j + 1]);
      rpPct[j] = pct(rp2dSel[j + 1]);
      rpSe[j] = pctSe(rp2dSel[j + 1]);
      mn[j] = n[j].mean();
      mnSe[j] = n[j].se();
      md[j] = y[j].mean();
      mdSe[j] = y[j].se();
    }
    return new CoupledOc(trials, mtdPct, mtdSe, pct(mtdSel[0]), pctSe(mtdSel[0]), rpPct, rpSe, pct(rp2dSel[0]),
        pctSe(rp2dSel[0]), mn, mnSe, md, mdSe, totalN.mean(), totalN.se(), totalDlt.mean(), totalDlt.se(),
        aboveMtd.mean(), aboveMtd.se(), duration.mean(), duration.se(), orrAtRp2d.mean(), orrAtRp2d.se(),
        dltAtRp2d.mean(), dltAtRp2d.se(), pct(correctMtd), pctSe(correctMtd), pct(correctRp2d),
        pctSe(correctRp2d), stageN.mean(), stageN.se());
  }

  private double pct(long c) {
    return 100.0 * c / trials;
  }

  private double pctSe(long c) {
    double p = c / (double) trials;
    return 100.0 * Math.sqrt(p * (1 - p) / trials);
  }
}
