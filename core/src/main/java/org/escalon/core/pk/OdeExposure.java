package org.escalon.core.pk;

import java.util.Objects;

/**
 * ODE-form {@link DrugExposure} (the reference): the cemsidomide compartments, the dexamethasone depot and
 * central compartment and the biophase are states after the PD states, a dose is a state reset, and Ce and the
 * AUC are integrated:
 *
 * <pre>
 *   dx_cem/dt = cemsidomide PK ODE (depot, central[, peripheral]);   dx_dex/dt = dexamethasone PK ODE
 *   dA_b/dt   = −kp·A_b
 *   dCe/dt    = ke0·(C_dex − Ce)
 *   dAUC/dt   = C
 * </pre>
 *
 * <p>The anchor is not needed: every quantity is read from the state. Not thread-safe (caches the last biophase).
 */
public final class OdeExposure implements DrugExposure {

  private final LinearPkModel cemPk;
  private final OneCompartmentOral dexPk;
  private final double ke0PerH;
  private final double kpPerH;
  private final int ceIndex;
  private final int aucIndex;
  private final int cemOff;
  private final int dexOff;
  private final int bioOff;
  private final DailyCmax cmax;
  private double lastBiophaseMg;

  /**
   * @param cemPk cemsidomide PK (amounts in µg)
   * @param dexPk dexamethasone PK (amounts in mg, concentration scale 1000)
   * @param ke0PerH effect-site rate constant of dexamethasone demargination (1/h)
   * @param kpPerH decay rate of the dexamethasone biophase (1/h)
   * @param ceIndex index of Ce in the state vector
   * @param aucIndex index of the AUC in the state vector
   * @param offset index of the first PK state (cemsidomide depot); then the dexamethasone depot and central
   *     compartment, then the biophase
   */
  public OdeExposure(LinearPkModel cemPk, OneCompartmentOral dexPk, double ke0PerH, double kpPerH, int ceIndex,
      int aucIndex, int offset) {
    this.cemPk = Objects.requireNonNull(cemPk, "cemPk");
    this.dexPk = Objects.requireNonNull(dexPk, "dexPk");
    Checks.positive("ke0PerH", ke0PerH);
    Checks.positive("kpPerH", kpPerH);
    this.ke0PerH = ke0PerH;
    this.kpPerH = kpPerH;
    this.ceIndex = ceIndex;
    this.aucIndex = aucIndex;
    this.cemOff = offset;
    this.dexOff = cemOff + cemPk.compartments();
    this.bioOff = dexOff + 2;
    this.cmax = new DailyCmax(cemPk);
  }

  @Override
  public int odeStates() {
    return cemPk.compartments() + 3;
  }

  @Override
  public boolean exactAtAnchors() {
    return false;
  }

  @Override
  public void initialise(double[] y) {
    java.util.Arrays.fill(y, cemOff, bioOff + 1, 0.0);
  }

  @Override
  public void moveAnchor(double timeH, double[] y) {
    // every quantity is in the state
  }

  @Override
  public void doseCemsidomide(double[] y, double amountUg) {
    cemPk.addDose(y, cemOff, amountUg);
  }

  @Override
  public void doseDexamethasone(double[] y, double amountMg) {
    dexPk.addDose(y, dexOff, amountMg);
    y[bioOff] += amountMg;
  }

  @Override
  public double evaluate(double timeH, double[] y, double[] dydt) {
    cemPk.derivatives(y, cemOff, dydt, cemOff);
    dexPk.derivatives(y, dexOff, dydt, dexOff);
    dydt[bioOff] = -kpPerH * y[bioOff];
    double c = cemPk.concentration(y, cemOff);
    double cdex = dexPk.concentration(y, dexOff);
    lastBiophaseMg = y[bioOff];
    dydt[ceIndex] = ke0PerH * (cdex - y[ceIndex]);
    dydt[aucIndex] = c;
    return c;
  }

  @Override
  public double evaluateReference(double timeH, double[] y, double[] dydt) {
    return evaluate(timeH, y, dydt);
  }

  @Override
  public double lastBiophaseMg() {
    return lastBiophaseMg;
  }

  @Override
  public double cemsidomideConcentration(double timeH, double[] state, int offset) {
    return cemPk.concentration(state, offset + cemOff);
  }

  @Override
  public double dexamethasoneConcentration(double timeH, double[] y) {
    return dexPk.concentration(y, dexOff);
  }

  @Override
  public double biophaseMg(double timeH, double[] y) {
    return y[bioOff];
  }

  @Override
  public double effectSiteNgPerMl(double timeH, double[] state, int offset) {
    return state[offset + ceIndex];
  }

  @Override
  public double maxCemsidomideConcentration(double durationH, double[] y) {
    return cmax.maxConcentration(y, cemOff, durationH);
  }
}
