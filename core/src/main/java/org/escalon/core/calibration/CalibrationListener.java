package org.escalon.core.calibration;

/** Told about each objective evaluation of a calibration (for progress display); called on the caller's thread. */
@FunctionalInterface
public interface CalibrationListener {

  /** Does nothing. */
  CalibrationListener NONE = (entry, planned) -> { };

  /**
   * An evaluation finished.
   *
   * @param entry the evaluation
   * @param plannedEvaluations the number of evaluations the run expects in all (an estimate: the search may stop
   *     early and the curvature adapts its steps)
   */
  void evaluated(TraceEntry entry, int plannedEvaluations);
}
