package org.escalon.simulation.oc;

/**
 * Operating characteristics of one design on one set of dose levels in PK/PD-coupled trials, each with its Monte
 * Carlo standard error ({@code …Se}). Percentages are 0–100; rates at the RP2D are proportions (0–1) averaged
 * over the trials that selected an RP2D. Arrays are per level (index 0 = level 1). Immutable: arrays are copied in
 * and out.
 */
public record CoupledOc(long trials, double[] mtdSelectionPct, double[] mtdSelectionPctSe, double noMtdPct,
    double noMtdPctSe, double[] rp2dSelectionPct, double[] rp2dSelectionPctSe, double noRp2dPct,
    double noRp2dPctSe, double[] meanN, double[] meanNSe, double[] meanDlt, double[] meanDltSe,
    double meanTotalN, double meanTotalNSe, double meanTotalDlt, double meanTotalDltSe, double pctAboveTrueMtd,
    double pctAboveTrueMtdSe, double meanDurationDays, double meanDurationDaysSe, double orrAtRp2d,
    double orrAtRp2dSe, double dltRateAtRp2d, double dltRateAtRp2dSe, double pcsMtd, double pcsMtdSe,
    double pcsRp2d, double pcsRp2dSe, double meanStageN, double meanStageNSe) {

  public CoupledOc {
    mtdSelectionPct = mtdSelectionPct.clone();
    mtdSelectionPctSe = mtdSelectionPctSe.clone();
    rp2dSelectionPct = rp2dSelectionPct.clone();
    rp2dSelectionPctSe = rp2dSelectionPctSe.clone();
    meanN = meanN.clone();
    meanNSe = meanNSe.clone();
    meanDlt = meanDlt.clone();
    meanDltSe = meanDltSe.clone();
  }

  @Override
  public double[] mtdSelectionPct() {
    return mtdSelectionPct.clone();
  }

  @Override
  public double[] mtdSelectionPctSe() {
    return mtdSelectionPctSe.clone();
  }

  @Override
  public double[] rp2dSelectionPct() {
    return rp2dSelectionPct.clone();
  }

  @Override
  public double[] rp2dSelectionPctSe() {
    return rp2dSelectionPctSe.clone();
  }

  @Override
  public double[] meanN() {
    return meanN.clone();
  }

  @Override
  public double[] meanNSe() {
    return meanNSe.clone();
  }

  @Override
  public double[] meanDlt() {
    return meanDlt.clone();
  }

  @Override
  public double[] meanDltSe() {
    return meanDltSe.clone();
  }
}
