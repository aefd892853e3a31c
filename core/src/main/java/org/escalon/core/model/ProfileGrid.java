package org.escalon.core.model;

import java.util.List;

/**
 * The output grid of {@link PatientSimulator#profile}: times {@code k·stepH}, each recorded as one row of {@link
 * org.escalon.core.output.Profile#STANDARD_COLUMNS}. Internal.
 */
final class ProfileGrid {
  private final double stepH;
  private final List<double[]> rows;
  private long k;

  ProfileGrid(double stepH, List<double[]> rows) {
    this.stepH = stepH;
    this.rows = rows;
  }

  /** The next grid time (h). */
  double next() {
    return k * stepH;
  }

  /** Records the outputs at {@code t} (the anchor time of {@code sys}) and moves to the next grid time. */
  void record(PkPdSystem sys, double t, double[] y) {
    rows.add(new double[] {t, sys.cemsidomideConcentration(t, y), sys.dexamethasoneConcentration(t, y),
        y[PkPdSystem.R_PB], y[PkPdSystem.R_M], y[PkPdSystem.R_T], sys.observedAnc(y), y[PkPdSystem.P_CIRC],
        y[PkPdSystem.MPROT], y[PkPdSystem.TUM], sys.biophaseMg(t, y), y[PkPdSystem.AUC]});
    k++;
  }
}
