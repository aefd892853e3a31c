package org.escalon.core.model;

import static org.escalon.core.regimen.Regimen.HOURS_PER_DAY;

import org.escalon.core.ode.ExponentialScalarIntegrator;
import org.escalon.core.ode.OdeIntegrator;
import org.escalon.core.ode.StepSizeHints;
import org.escalon.core.regimen.Regimen;

/**
 * Integrates one patient's course segment by segment ({@link SegmentBoundaries}): {@code y} is integrated up to
 * {@code tCur}, the PK anchor, and the values at the day ends inside a segment (observed ANC, platelets,
 * cemsidomide concentration) are read from the integrator's dense output, so that smooth stretches are not split
 * at day ends. Step-size carry-over: each post-dose segment starts with the first accepted step of the previous
 * day's post-dose segment (their dynamics are alike), which avoids most step rejections at dose times; the same
 * for the exactly stepped biomarker.
 *
 * <p>Mutable work arrays reused across patients (grown on demand): not thread-safe. Internal to {@link
 * PatientSimulator}.
 */
final class SegmentIntegration {

  private final OdeIntegrator integrator;
  /** The integrator's step-size hints, or null when it has none. */
  private final StepSizeHints hints;
  private final SegmentBoundaries boundaries = new SegmentBoundaries();
  private PkPdSystem sys;
  private double[] y;
  private ProfileGrid grid;
  /** Steps the blood IKZF3 biomarker beside the ODE, segment by segment; null when it is not (or is integrated). */
  private ExponentialScalarIntegrator biomarker;
  private final BloodIkzf3Turnover bloodIkzf3 = new BloodIkzf3Turnover();
  private double tCur;
  private double postDoseStepH;
  private double biomarkerPostDoseStepH;
  private boolean hintPending;
  private double[] outTimes = new double[0];
  private double[] outStates = new double[0];
  private double[] dayEndAnc = new double[0];
  private double[] dayEndPlt = new double[0];
  private double[] dayEndConc = new double[0];

  SegmentIntegration(OdeIntegrator integrator) {
    this.integrator = integrator;
    this.hints = integrator instanceof StepSizeHints ? (StepSizeHints) integrator : null;
  }

  /**
   * Starts a patient at time 0 with state {@code y} (integrated in place); {@code grid} may be null; {@code
   * biomarker}, when not null, steps R_PB exactly over each segment after the ODE ({@link BloodIkzf3Turnover}, with
   * the anchor of the segment; closed-form PK only).
   */
  void start(PkPdSystem sys, double[] y, Regimen regimen, int maxDays, boolean dexamethasone, ProfileGrid grid,
      ExponentialScalarIntegrator biomarker) {
    this.sys = sys;
    this.y = y;
    this.grid = grid;
    this.biomarker = biomarker;
    if (biomarker != null) {
      bloodIkzf3.of(sys);
    }
    if (dayEndAnc.length < maxDays) {
      dayEndAnc = new double[maxDays];
      dayEndPlt = new double[maxDays];
      dayEndConc = new double[maxDays];
    }
    tCur = 0.0;
    postDoseStepH = Double.NaN;
    biomarkerPostDoseStepH = Double.NaN;
    hintPending = false;
    boundaries.set(regimen, maxDays, sys.tlagH(), dexamethasone);
  }

  /** Observed ANC (×10⁹/L) at the end of day {@code d} (0-based), once integrated that far. */
  double dayEndAnc(int d) {
    return dayEndAnc[d];
  }

  /** Platelets (×10⁹/L) at the end of day {@code d}. */
  double dayEndPlatelets(int d) {
    return dayEndPlt[d];
  }

  /** Cemsidomide concentration (ng/mL) at the end of day {@code d}. */
  double dayEndConcentration(int d) {
    return dayEndConc[d];
  }

  /** A cemsidomide dose was just given: the next segment starts with the last post-dose first step. */
  void doseGiven() {
    if (postDoseStepH > 0) {
      hints.suggestNextStepH(postDoseStepH);
    }
    if (biomarker != null && biomarkerPostDoseStepH > 0) {
      biomarker.suggestNextStepH(biomarkerPostDoseStepH);
    }
    hintPending = true;
  }

  /** Integrates to the end of the day {@code dayEndH} (h), remembering the first step after a dose. */
  void finishDay(double dayEndH, boolean progressed) {
    if (tCur < dayEndH) {
      boolean postDose = hintPending;
      advanceTo(dayEndH, progressed, true);
      if (postDose) {
        postDoseStepH = hints == null ? Double.NaN : hints.firstStepH();
        if (biomarker != null) {
          biomarkerPostDoseStepH = biomarker.firstStepH();
        }
        hintPending = false;
      }
    }
  }

  /**
   * Integrates segment by segment from {@code tCur} until {@code tCur >= target} ({@code target} is a segment
   * boundary unless {@code dayEnd}: a dose time). A segment runs from {@code tCur} to the next boundary or the next
   * grid time. Moves the PK anchor to each segment end.
   */
  void advanceTo(double target, boolean progressed, boolean dayEnd) {
    while (tCur < target) {
      double ta = tCur;
      double tb = boundaries.next(ta, progressed);
      if (grid != null) {
        double g = grid.next();
        if (g < tb - 1e-9) {
          tb = g;
        }
      }
      if (!dayEnd && tb > target) {
        throw new IllegalStateException("dose time " + target + " h is not a segment boundary (next " + tb + ")");
      }
      int nOut = dayEndTimes(ta, tb);
      integrator.integrate(sys, ta, y, tb, outTimes, nOut, outStates);
      recordDayEnds(nOut); // with the anchor still at ta
      if (biomarker != null) {
        y[PkPdSystem.R_PB] = biomarker.integrate(bloodIkzf3, ta, y[PkPdSystem.R_PB], tb);
      }
      sys.moveAnchor(tb, y);
      tCur = tb;
      if (grid != null) {
        double tg;
        while ((tg = grid.next()) <= tb + 1e-9) {
          grid.record(sys, tg, y);
        }
      }
    }
  }

  /** Writes the day ends in (ta, tb] into {@code outTimes} (grown on demand) and returns their number. */
  private int dayEndTimes(double ta, double tb) {
    int firstDay = (int) Math.floor(ta / HOURS_PER_DAY) + 1;
    int lastDay = (int) Math.floor(tb / HOURS_PER_DAY);
    int nOut = Math.max(0, lastDay - firstDay + 1);
    int dim = y.length;
    if (outTimes.length < nOut) {
      outTimes = new double[nOut];
    }
    if (outStates.length < nOut * dim) {
      outStates = new double[nOut * dim];
    }
    int k = 0;
    for (int e = firstDay; e <= lastDay; e++) {
      double te = HOURS_PER_DAY * e;
      if (te > ta) {
        outTimes[k++] = te;
      }
    }
    return k;
  }

  /** Reads the observed values at the day ends of the last segment from the dense-output rows. */
  private void recordDayEnds(int nOut) {
    int dim = y.length;
    for (int j = 0; j < nOut; j++) {
      double te = outTimes[j];
      int d = (int) Math.round(te / HOURS_PER_DAY) - 1;
      if (d < dayEndAnc.length) {
        int row = j * dim;
        dayEndAnc[d] = sys.observedAnc(te, outStates, row);
        dayEndPlt[d] = outStates[row + PkPdSystem.P_CIRC];
        dayEndConc[d] = sys.cemsidomideConcentration(te, outStates, row);
      }
    }
  }
}
