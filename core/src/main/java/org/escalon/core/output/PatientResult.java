package org.escalon.core.output;

import java.util.Objects;
import org.escalon.core.pd.AdverseEvent;

/**
 * The outcome of one virtual patient over a course of treatment. Immutable; arrays are copied in and out.
 *
 * @param ancDaily observed ANC (×10⁹/L) at the end of each simulated day (= the next day's pre-dose value)
 * @param plateletsDaily platelets (×10⁹/L) at the end of each simulated day
 * @param mProteinAssessments M-protein (g/dL) at each end-of-cycle assessment done
 * @param aucPerCycle cemsidomide AUC (ng·h/mL) of each planned cycle started
 * @param cmaxPerCycle cemsidomide Cmax (ng/mL) of each cycle
 * @param ctroughPerCycle cemsidomide concentration just before the last dose of each cycle (NaN with fewer than
 *     two doses in the cycle)
 * @param aeGrades worst grade (0–4) of each {@link AdverseEvent}, by ordinal; incidence events report 1 for
 *     grade 1–2 and 3 for grade &ge; 3
 * @param daysNeutropeniaG3plus days with grade &ge; 3 neutropenia during treatment
 * @param daysNeutropeniaG4 days with grade 4 neutropenia during treatment
 * @param longestG4EpisodeDays longest grade 4 neutropenia episode (days)
 * @param dlt cycle-1 dose-limiting toxicity (any reason)
 * @param dltReasons bit set of {@link DltReason} ordinals
 * @param bestResponse best confirmed IMWG response
 * @param progressionDay study day (1-based) of progression, or 0 without progression
 * @param dosesGiven number of cemsidomide doses taken
 * @param holds number of dose holds
 * @param reductions number of dose reductions
 * @param discontinued whether cemsidomide was stopped (no lower dose level, or progression)
 * @param dexDoseMg dexamethasone dose actually planned for this patient (after the age rule)
 * @param cemsidomideDailyUg cemsidomide dose (µg) taken at the start of each simulated day, 0 when none (holds,
 *     reductions and discontinuation applied); same length as {@code ancDaily}
 * @param dexamethasoneDailyMg dexamethasone dose (mg) taken at the start of each simulated day, 0 when none (age
 *     rule applied); same length as {@code ancDaily}
 * @param dltOnsetDay study day (1-based; equivalently the time in days since the first dose at the end of that day)
 *     on which the cycle-1 DLT started, NaN without DLT: the earliest onset among its reasons — the first day of
 *     the grade 4 neutropenia episode that becomes a DLT, the day febrile neutropenia occurs, the first day of grade
 *     4 thrombocytopenia in the window, the onset day of a grade &ge; 3 non-haematological event (docs/designs.md,
 *     "DLT onset and follow-up in PK/PD-coupled trials")
 * @param responseDay study day on which the first objective response (PR or better) was confirmed — the day of the
 *     second of the two consecutive end-of-cycle assessments that confirm it — or NaN without one
 */
public record PatientResult(double[] ancDaily, double[] plateletsDaily, double[] mProteinAssessments,
    double[] aucPerCycle, double[] cmaxPerCycle, double[] ctroughPerCycle, int[] aeGrades,
    int daysNeutropeniaG3plus, int daysNeutropeniaG4, int longestG4EpisodeDays, boolean dlt, int dltReasons,
    ImwgResponse bestResponse, int progressionDay, int dosesGiven, int holds, int reductions,
    boolean discontinued, double dexDoseMg, double[] cemsidomideDailyUg, double[] dexamethasoneDailyMg,
    double dltOnsetDay, double responseDay) {

  /** Why a DLT was called. */
  public enum DltReason {
    /** grade 4 neutropenia episode lasting more than 7 days */
    NEUTROPENIA_G4_PROLONGED,
    /** febrile neutropenia */
    FEBRILE_NEUTROPENIA,
    /** grade 4 thrombocytopenia */
    THROMBOCYTOPENIA_G4,
    /** grade &ge; 3 non-haematological event */
    NON_HAEMATOLOGICAL_G3
  }

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param ancDaily observed ANC (×10⁹/L) at the end of each simulated day (= the next day's pre-dose value)
   * @param plateletsDaily platelets (×10⁹/L) at the end of each simulated day
   * @param mProteinAssessments M-protein (g/dL) at each end-of-cycle assessment done
   * @param aucPerCycle cemsidomide AUC (ng·h/mL) of each planned cycle started
   * @param cmaxPerCycle cemsidomide Cmax (ng/mL) of each cycle
   * @param ctroughPerCycle cemsidomide concentration just before the last dose of each cycle (NaN with fewer than two
   *     doses in the cycle)
   * @param aeGrades worst grade (0–4) of each {@link AdverseEvent}, by ordinal; incidence events report 1 for grade 1–2
   *     and 3 for grade &ge; 3
   * @param daysNeutropeniaG3plus days with grade &ge; 3 neutropenia during treatment
   * @param daysNeutropeniaG4 days with grade 4 neutropenia during treatment
   * @param longestG4EpisodeDays longest grade 4 neutropenia episode (days)
   * @param dlt cycle-1 dose-limiting toxicity (any reason)
   * @param dltReasons bit set of {@link DltReason} ordinals
   * @param bestResponse best confirmed IMWG response
   * @param progressionDay study day (1-based) of progression, or 0 without progression
   * @param dosesGiven number of cemsidomide doses taken
   * @param holds number of dose holds
   * @param reductions number of dose reductions
   * @param discontinued whether cemsidomide was stopped (no lower dose level, or progression)
   * @param dexDoseMg dexamethasone dose actually planned for this patient (after the age rule)
   * @param cemsidomideDailyUg cemsidomide dose (µg) taken at the start of each simulated day, 0 when none (holds,
   *     reductions and discontinuation applied); same length as {@code ancDaily}
   * @param dexamethasoneDailyMg dexamethasone dose (mg) taken at the start of each simulated day, 0 when none (age rule
   *     applied); same length as {@code ancDaily}
   * @param dltOnsetDay study day (1-based; equivalently the time in days since the first dose at the end of that day)
   *     on which the cycle-1 DLT started, NaN without DLT: the earliest onset among its reasons — the first day of the
   *     grade 4 neutropenia episode that becomes a DLT, the day febrile neutropenia occurs, the first day of grade 4
   *     thrombocytopenia in the window, the onset day of a grade &ge; 3 non-haematological event (docs/designs.md, "DLT
   *     onset and follow-up in PK/PD-coupled trials")
   * @param responseDay study day on which the first objective response (PR or better) was confirmed — the day of the
   *     second of the two consecutive end-of-cycle assessments that confirm it — or NaN without one
   */
  public PatientResult {
    ancDaily = Objects.requireNonNull(ancDaily, "ancDaily").clone();
    plateletsDaily = Objects.requireNonNull(plateletsDaily, "plateletsDaily").clone();
    mProteinAssessments = Objects.requireNonNull(mProteinAssessments, "mProteinAssessments").clone();
    aucPerCycle = Objects.requireNonNull(aucPerCycle, "aucPerCycle").clone();
    cmaxPerCycle = Objects.requireNonNull(cmaxPerCycle, "cmaxPerCycle").clone();
    ctroughPerCycle = Objects.requireNonNull(ctroughPerCycle, "ctroughPerCycle").clone();
    aeGrades = Objects.requireNonNull(aeGrades, "aeGrades").clone();
    if (aeGrades.length != AdverseEvent.values().length) {
      throw new IllegalArgumentException(
          "aeGrades must have " + AdverseEvent.values().length + " entries, got " + aeGrades.length);
    }
    Objects.requireNonNull(bestResponse, "bestResponse");
    cemsidomideDailyUg = dailyDoses("cemsidomideDailyUg", cemsidomideDailyUg, ancDaily.length);
    dexamethasoneDailyMg = dailyDoses("dexamethasoneDailyMg", dexamethasoneDailyMg, ancDaily.length);
    if (dlt != !Double.isNaN(dltOnsetDay) || dltOnsetDay < 1) {
      throw new IllegalArgumentException("dltOnsetDay = " + dltOnsetDay + " with dlt = " + dlt
          + ": must be a study day >= 1 exactly when there is a DLT, NaN otherwise");
    }
    if (bestResponse.isObjectiveResponse() != !Double.isNaN(responseDay) || responseDay < 1) {
      throw new IllegalArgumentException("responseDay = " + responseDay + " with best response " + bestResponse
          + ": must be a study day >= 1 exactly when the best response is PR or better, NaN otherwise");
    }
  }

  private static double[] dailyDoses(String name, double[] doses, int days) {
    double[] copy = Objects.requireNonNull(doses, name).clone();
    if (copy.length != days) {
      throw new IllegalArgumentException(name + " must have one entry per simulated day (" + days + "), got "
          + copy.length);
    }
    for (int d = 0; d < copy.length; d++) {
      if (!(copy[d] >= 0) || Double.isInfinite(copy[d])) {
        throw new IllegalArgumentException(name + "[" + d + "] must be finite and >= 0, got " + copy[d]);
      }
    }
    return copy;
  }

  /**
   * Cemsidomide dose (µg) taken at the start of each simulated day, 0 when none (holds, reductions and discontinuation
   * applied); same length as {@code ancDaily}.
   *
   * @return cemsidomide dose (µg) taken at the start of each simulated day, 0 when none (holds, reductions and
   *     discontinuation applied); same length as {@code ancDaily}
   */
  @Override
  public double[] cemsidomideDailyUg() {
    return cemsidomideDailyUg.clone();
  }

  /**
   * Dexamethasone dose (mg) taken at the start of each simulated day, 0 when none (age rule applied); same length as
   * {@code ancDaily}.
   *
   * @return dexamethasone dose (mg) taken at the start of each simulated day, 0 when none (age rule applied); same
   *     length as {@code ancDaily}
   */
  @Override
  public double[] dexamethasoneDailyMg() {
    return dexamethasoneDailyMg.clone();
  }

  /**
   * Observed ANC (×10⁹/L) at the end of each simulated day (= the next day's pre-dose value).
   *
   * @return observed ANC (×10⁹/L) at the end of each simulated day (= the next day's pre-dose value)
   */
  @Override
  public double[] ancDaily() {
    return ancDaily.clone();
  }

  /**
   * Platelets (×10⁹/L) at the end of each simulated day.
   *
   * @return platelets (×10⁹/L) at the end of each simulated day
   */
  @Override
  public double[] plateletsDaily() {
    return plateletsDaily.clone();
  }

  /**
   * M-protein (g/dL) at each end-of-cycle assessment done.
   *
   * @return M-protein (g/dL) at each end-of-cycle assessment done
   */
  @Override
  public double[] mProteinAssessments() {
    return mProteinAssessments.clone();
  }

  /**
   * Cemsidomide AUC (ng·h/mL) of each planned cycle started.
   *
   * @return cemsidomide AUC (ng·h/mL) of each planned cycle started
   */
  @Override
  public double[] aucPerCycle() {
    return aucPerCycle.clone();
  }

  /**
   * Cemsidomide Cmax (ng/mL) of each cycle.
   *
   * @return cemsidomide Cmax (ng/mL) of each cycle
   */
  @Override
  public double[] cmaxPerCycle() {
    return cmaxPerCycle.clone();
  }

  /**
   * Cemsidomide concentration just before the last dose of each cycle (NaN with fewer than two doses in the cycle).
   *
   * @return cemsidomide concentration just before the last dose of each cycle (NaN with fewer than two doses in the
   *     cycle)
   */
  @Override
  public double[] ctroughPerCycle() {
    return ctroughPerCycle.clone();
  }

  /**
   * Worst grade (0–4) of each {@link AdverseEvent}, by ordinal; incidence events report 1 for grade 1–2 and 3 for grade
   * &ge; 3.
   *
   * @return worst grade (0–4) of each {@link AdverseEvent}, by ordinal; incidence events report 1 for grade 1–2 and 3
   *     for grade &ge; 3
   */
  @Override
  public int[] aeGrades() {
    return aeGrades.clone();
  }

  /**
   * Worst grade of {@code event}.
   *
   * @param event the adverse event
   * @return worst grade of {@code event}
   */
  public int grade(AdverseEvent event) {
    return aeGrades[event.ordinal()];
  }

  /**
   * Whether the DLT had this reason.
   *
   * @param reason the DLT reason
   * @return whether the DLT had this reason
   */
  public boolean dltFor(DltReason reason) {
    return (dltReasons & (1 << reason.ordinal())) != 0;
  }

  /**
   * Cycle-1 AUC (ng·h/mL), 0 when no cycle was simulated.
   *
   * @return cycle-1 AUC (ng·h/mL), 0 when no cycle was simulated
   */
  public double aucCycle1() {
    return aucPerCycle.length == 0 ? 0.0 : aucPerCycle[0];
  }

  /**
   * Cycle-1 Cmax (ng/mL).
   *
   * @return cycle-1 Cmax (ng/mL)
   */
  public double cmaxCycle1() {
    return cmaxPerCycle.length == 0 ? 0.0 : cmaxPerCycle[0];
  }

  /**
   * Lowest observed daily ANC and its study day (1-based): {@code {nadir, day}}.
   *
   * @return lowest observed daily ANC and its study day (1-based): {@code {nadir, day}}
   */
  public double[] ancNadir() {
    double min = Double.POSITIVE_INFINITY;
    int day = 0;
    for (int i = 0; i < ancDaily.length; i++) {
      if (ancDaily[i] < min) {
        min = ancDaily[i];
        day = i + 1;
      }
    }
    return new double[] {min, day};
  }
}
