package org.escalon.simulation.design;

/** Shared machinery of the rule decorators: delegate everything to the wrapped design. */
abstract class DesignDecorator implements EscalationDesign {

  final EscalationDesign inner;

  DesignDecorator(EscalationDesign inner) {
    if (inner == null) {
      throw new IllegalArgumentException("design must not be null");
    }
    this.inner = inner;
  }

  @Override
  public int doseCount() {
    return inner.doseCount();
  }

  @Override
  public int startDose() {
    return inner.startDose();
  }

  @Override
  public int maxSampleSize() {
    return inner.maxSampleSize();
  }

  @Override
  public int maxCohortSize() {
    return inner.maxCohortSize();
  }

  @Override
  public boolean decidesFromLastCohort() {
    return inner.decidesFromLastCohort();
  }

  @Override
  public int selectMtd(TrialHistory history) {
    return inner.selectMtd(history);
  }

  @Override
  public DecisionTable decisionTable() {
    return inner.decisionTable();
  }

  @Override
  public String toString() {
    return name();
  }
}
