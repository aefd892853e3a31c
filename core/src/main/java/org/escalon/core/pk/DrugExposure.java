package org.escalon.core.pk;

/**
 * The PK part of the composed cemsidomide + dexamethasone PK/PD model, as its PD equations see it: the
 * cemsidomide concentration C(t) (ng/mL), the dexamethasone biophase amount A_b(t) (mg), the dexamethasone effect
 * site Ce(t) (ng/mL) and the cumulative cemsidomide AUC (ng·h/mL). Two forms behind one interface, so that the
 * derivative code of the composed system has no branch on the PK form:
 *
 * <ul>
 *   <li>{@link ClosedFormExposure} — the linear PK propagated exactly from an <em>anchor</em> (the start of the
 *       current integration segment) and fed into the PD equations; absorption then does not limit the step
 *       size. Ce and the AUC are updated exactly at anchor moves, so their derivatives are 0. The hot path.
 *   <li>{@link OdeExposure} — the PK compartments, dexamethasone biophase, Ce and AUC as ODE states; a dose is a
 *       state reset. The reference.
 * </ul>
 *
 * <p>The composed system owns the state vector {@code y}; an exposure is given the indices of Ce and the AUC in
 * it (and, in ODE form, the offset of its own compartments). The caller moves the anchor with {@link
 * #moveAnchor} at every segment boundary and gives doses at the anchor time. Time in hours.
 *
 * <p>Mutable (anchor state, caches): not thread-safe, one per individual and thread. {@link #evaluate} does not
 * allocate.
 */
public interface DrugExposure {

  /**
   * Number of ODE states this form adds after the PD states (0 for the closed form).
   *
   * @return number of ODE states this form adds after the PD states (0 for the closed form)
   */
  int odeStates();

  /**
   * Whether Ce and the AUC are propagated exactly at anchor moves (then they need not be integrated).
   *
   * @return whether Ce and the AUC are propagated exactly at anchor moves (then they need not be integrated)
   */
  boolean exactAtAnchors();

  /**
   * Puts the anchor at time 0 with no drug anywhere; zeroes this form's ODE states in {@code y}.
   *
   * @param y puts the anchor at time 0 with no drug anywhere; zeroes this form's ODE states in {@code y}
   */
  void initialise(double[] y);

  /**
   * Moves the anchor to {@code timeH}, the end of the segment just integrated (updating Ce and AUC in y).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector; this form's entries are updated in place
   */
  void moveAnchor(double timeH, double[] y);

  /**
   * Adds a cemsidomide dose (µg) to the depot at the anchor time.
   *
   * @param y the state vector; this form's entries are updated in place
   * @param amountUg the dose, µg
   */
  void doseCemsidomide(double[] y, double amountUg);

  /**
   * Adds a dexamethasone dose (mg) to the depot and to the biophase at the anchor time.
   *
   * @param y the state vector; this form's entries are updated in place
   * @param amountMg the dose, mg
   */
  void doseDexamethasone(double[] y, double amountMg);

  /**
   * Hot path: the cemsidomide concentration (ng/mL) at {@code timeH} in the current segment; afterwards {@link
   * #lastBiophaseMg()} gives A_b at that time. Writes the derivatives of this form's ODE states and of Ce and the
   * AUC into {@code dydt}.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector
   * @param dydt receives d(AUC)/dt (and the effect-site derivative in the ODE form)
   * @return the cemsidomide concentration at {@code timeH}, ng/mL
   */
  double evaluate(double timeH, double[] y, double[] dydt);

  /**
   * As {@link #evaluate}, with the plain closed-form formulas (no two-exponential form, no cache).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector
   * @param dydt receives d(AUC)/dt (and the effect-site derivative in the ODE form)
   * @return the cemsidomide concentration at {@code timeH}, ng/mL
   */
  double evaluateReference(double timeH, double[] y, double[] dydt);

  /**
   * A_b (mg) at the time of the last {@link #evaluate} or {@link #evaluateReference}.
   *
   * @return a_b (mg) at the time of the last {@link #evaluate} or {@link #evaluateReference}
   */
  double lastBiophaseMg();

  /**
   * Cemsidomide concentration (ng/mL) at {@code timeH} in the current segment, for a state stored at {@code
   * state[offset..]} at that time (for example a dense-output row; the closed form needs only the time).
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param state an array holding the state (e.g. a row of dense output)
   * @param offset index of the first PK state (cemsidomide depot); then the dexamethasone depot and central
   *     compartment, then the biophase
   * @return cemsidomide concentration (ng/mL) at {@code timeH} in the current segment, for a state stored at {@code
   *     state[offset..]} at that time (for example a dense-output row; the closed form needs only the time)
   */
  double cemsidomideConcentration(double timeH, double[] state, int offset);

  /**
   * Dexamethasone plasma concentration (ng/mL) at {@code timeH} in the current segment.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector
   * @return dexamethasone plasma concentration (ng/mL) at {@code timeH} in the current segment
   */
  double dexamethasoneConcentration(double timeH, double[] y);

  /**
   * Dexamethasone biophase amount (mg) at {@code timeH} in the current segment.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param y the state vector
   * @return dexamethasone biophase amount (mg) at {@code timeH} in the current segment
   */
  double biophaseMg(double timeH, double[] y);

  /**
   * Dexamethasone effect-site concentration Ce (ng/mL) at {@code timeH}, for a state at {@code state[offset..]}.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param state an array holding the state (e.g. a row of dense output)
   * @param offset index of the first PK state (cemsidomide depot); then the dexamethasone depot and central
   *     compartment, then the biophase
   * @return dexamethasone effect-site concentration Ce (ng/mL) at {@code timeH}, for a state at {@code state[offset..]}
   */
  double effectSiteNgPerMl(double timeH, double[] state, int offset);

  /**
   * Largest cemsidomide concentration (ng/mL) over {@code [anchor, anchor + durationH]} until the next dose
   * ({@link DailyCmax}), {@code durationH >= 0}.
   *
   * @param durationH the length of the interval, hours from the anchor
   * @param y the state vector
   * @return largest cemsidomide concentration (ng/mL) over {@code [anchor, anchor + durationH]} until the next dose
   *     ({@link DailyCmax}), {@code durationH >= 0}
   */
  double maxCemsidomideConcentration(double durationH, double[] y);
}
