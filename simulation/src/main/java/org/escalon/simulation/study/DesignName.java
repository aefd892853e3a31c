package org.escalon.simulation.study;

import java.util.List;
import java.util.Locale;
import org.escalon.simulation.design.Designs;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.trial.TiteBoinConduct;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmSkeleton;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.trial.BfBoinConduct;
import org.escalon.simulation.trial.TiteCrmConduct;

/**
 * The one table of escalation-design names, used by the study builders ({@link DesignOcStudy#of(String)}, {@link
 * ScheduleStudy#design(String)}, {@link DesignFactory#named(String)}), by every command of the {@code escalon} CLI
 * ({@code compare}, {@code oc}, {@code boundaries}, {@code next-dose}), by scenario files and by the example mains,
 * so that a name accepted in one place is accepted, with the same error, everywhere. Names are case-insensitive;
 * {@code 3+3} and {@code 3+3A} are both accepted everywhere and mean the escalation-only variant A (Storer 1989);
 * {@code 3+3B} is the variant with de-escalation (Korn et al. 1994). Every named design has the defaults of its R
 * package (docs/designs.md); other options are set on the designs' builders.
 */
public enum DesignName {
  /** 3+3, variant A (escalation only). */
  THREE_PLUS_THREE_A("3+3A", "3+3"),
  /** 3+3, variant B (with de-escalation). */
  THREE_PLUS_THREE_B("3+3B"),
  /** BOIN (Liu and Yuan 2015). */
  BOIN("boin"),
  /** i3+3 (Liu et al. 2020). */
  I3PLUS3("i3+3"),
  /** mTPI-2 (Guo et al. 2017). */
  MTPI2("mtpi2"),
  /** Keyboard (Yan et al. 2017). */
  KEYBOARD("keyboard"),
  /** BOIN with backfilling (Zhao et al. 2024; R bfboin), conducted in calendar time. */
  BF_BOIN("bf-boin"),
  /** TITE-BOIN (R TITEgBOIN; Lin and Yuan 2020): decides with pending patients, conducts its own trials. */
  TITE_BOIN("tite-boin"),
  /** CRM as R dfcrm (O'Quigley et al. 1990), empiric model, default skeleton ({@code CrmSkeleton.defaultSkeleton}). */
  CRM("crm"),
  /** TITE-CRM as R dfcrm (Cheung and Chappell 2000), empiric model, default skeleton, linear weights. */
  TITE_CRM("tite-crm"),
  /** BLRM with EWOC (Neuenschwander et al. 2008); needs its prior and doses (scenario files, {@code oc}). */
  BLRM("blrm");

  /** The allowed names, for messages and help texts. */
  public static final String ALLOWED = "3+3A (or 3+3), 3+3B, boin, i3+3, mtpi2, keyboard, bf-boin, tite-boin, crm, "
      + "tite-crm, blrm";

  private final String key;
  private final List<String> spellings;

  DesignName(String key, String... aliases) {
    this.key = key;
    this.spellings = aliases.length == 0 ? List.of(key.toLowerCase(Locale.ROOT))
        : List.of(key.toLowerCase(Locale.ROOT), aliases[0].toLowerCase(Locale.ROOT));
  }

  /**
   * The name used in outputs ({@code 3+3A}, {@code boin}, ...).
   *
   * @return the name used in outputs ({@code 3+3A}, {@code boin}, ...)
   */
  public String key() {
    return key;
  }

  /**
   * Whether target, cohort size and number of cohorts apply (the interval designs, BF-BOIN, which is BOIN with
   * backfilling, and the model-based CRM and TITE-CRM).
   *
   * @return whether target, cohort size and number of cohorts apply (the interval designs, BF-BOIN, which is BOIN with
   *     backfilling, and the model-based CRM and TITE-CRM)
   */
  public boolean interval() {
    return this != THREE_PLUS_THREE_A && this != THREE_PLUS_THREE_B;
  }

  /**
   * Whether this is a model-based design (crm, tite-crm): no decision table, see {@code next-dose}.
   *
   * @return whether this is a model-based design (crm, tite-crm): no decision table, see {@code next-dose}
   */
  public boolean modelBased() {
    return this == CRM || this == TITE_CRM;
  }

  /**
   * Whether the design is count-based, i.e. an {@link org.escalon.simulation.design.EscalationDesign} whose cohorts
   * wait for their DLT window: every design except BF-BOIN, TITE-BOIN and TITE-CRM, which conduct their own trials
   * in calendar time (patients pending, backfilled), and BLRM, which needs a prior and cannot be built by name.
   *
   * @return whether the design is count-based, i.e
   */
  public boolean countBased() {
    return this != BF_BOIN && this != TITE_BOIN && this != TITE_CRM && this != BLRM;
  }

  /**
   * The 3+3 variant of a 3+3 name.
   *
   * @return the 3+3 variant of a 3+3 name
   */
  public ThreePlusThree.Variant variant() {
    if (interval()) {
      throw new IllegalStateException(key + " is not a 3+3 design");
    }
    return this == THREE_PLUS_THREE_A ? ThreePlusThree.Variant.A : ThreePlusThree.Variant.B;
  }

  /**
   * The design called {@code name} (case-insensitive, surrounding blanks ignored).
   *
   * @param name a design name
   * @return the design called {@code name} (case-insensitive, surrounding blanks ignored)
   * @throws IllegalArgumentException {@code design = name: must be one of ...}
   */
  public static DesignName parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (DesignName d : values()) {
      if (d.spellings.contains(n)) {
        return d;
      }
    }
    throw new IllegalArgumentException("design = '" + name + "': must be one of " + ALLOWED);
  }

  /**
   * The design as a factory over the number of dose levels, named {@link #key()}; interval designs use {@code
   * target}, {@code cohortSize} and {@code cohorts}, 3+3 designs ignore them. The CRM uses them with the empiric
   * model and the default skeleton for K levels ({@code CrmSkeleton.defaultSkeleton}: getprior with half-width
   * 0.25 x target, prior MTD the middle level), N = cohorts x cohort size; the TITE-CRM likewise with patients one at
   * a time (N = cohorts x cohort size), the study's DLT window and linear weights.
   *
   * @param target target DLT probability
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts
   * @return the design as a factory over the number of dose levels, named {@link #key()}; interval designs use {@code
   *     target}, {@code cohortSize} and {@code cohorts}, 3+3 designs ignore them
   */
  public NamedDesign named(double target, int cohortSize, int cohorts) {
    return switch (this) {
      case THREE_PLUS_THREE_A, THREE_PLUS_THREE_B -> new NamedDesign(key, k -> Designs.threePlusThree(k, variant()));
      case BOIN -> new NamedDesign(key, k -> Designs.boin(target, k, cohortSize, cohorts));
      case I3PLUS3 -> new NamedDesign(key, k -> Designs.i3Plus3(target, k, cohortSize, cohorts));
      case MTPI2 -> new NamedDesign(key, k -> Designs.mtpi2(target, k, cohortSize, cohorts));
      case KEYBOARD -> new NamedDesign(key, k -> Designs.keyboard(target, k, cohortSize, cohorts));
      case BF_BOIN -> NamedDesign.conducted(key, BfBoinConduct.factory(k -> Designs.bfBoin(target, k, cohortSize,
          cohorts)));
      case TITE_BOIN -> titeBoin(key, target, cohortSize, cohorts, 0.5, TiteBoin.Estimator.ESS);
      case CRM -> new NamedDesign(key, k -> Designs.crm(target, CrmModel.EMPIRIC,
          CrmSkeleton.defaultSkeleton(target, k, CrmModel.EMPIRIC), cohortSize, cohortSize * cohorts));
      case TITE_CRM -> NamedDesign.conducted(key, TiteCrmConduct.factory((k, windowDays) -> Designs.titeCrm(target,
          CrmModel.EMPIRIC, CrmSkeleton.defaultSkeleton(target, k, CrmModel.EMPIRIC), cohortSize * cohorts,
          windowDays)));
      case BLRM -> throw blrmNeedsPrior();
    };
  }

  /**
   * The count-based design for {@link DesignFactory}: {@code (target, K, cohort size, cohorts) -> design}, with the
   * same defaults as {@link #named(double, int, int)}.
   *
   * @return the factory
   * @throws IllegalArgumentException for a design that is not {@linkplain #countBased() count-based}, naming it and
   *     the class that computes its operating characteristics
   */
  public DesignFactory factory() {
    if (!countBased()) {
      throw new IllegalArgumentException("design = '" + key + "': " + switch (this) {
        case BF_BOIN -> "conducts its own trials in calendar time (backfilling): not a count-based design; give it by "
            + "name to a ScheduleStudy, or use BfBoinOc.run for its operating characteristics";
        case TITE_BOIN -> "conducts its own trials in calendar time (pending patients): not a count-based design; "
            + "give it by name to a ScheduleStudy, or use TimedOc.titeBoin for its operating characteristics";
        case TITE_CRM -> "conducts its own trials in calendar time (patients one at a time, weighted): not a "
            + "count-based design; give it by name to a ScheduleStudy, or use TiteCrmOc.run for its operating "
            + "characteristics";
        default -> throw blrmNeedsPrior();
      });
    }
    return (t, k, c, m) -> named(t, c, m).forLevels(k);
  }

  /** Why {@code blrm} cannot be built from its name alone. */
  static IllegalArgumentException blrmNeedsPrior() {
    return new IllegalArgumentException("design = 'blrm': needs a prior and a reference dose: build it with "
        + "Blrm.builder(doses, refDose, prior) and give it as a DesignFactory (CLI: oc --design blrm --ref-dose ... "
        + "--prior-median-dlt ...; scenario files: {name: blrm, prior: {median_dlt: ...}, ref_dose_ug: ...})");
  }

  /**
   * TITE-BOIN conducted on the study's patients and arrivals (docs/designs.md, "Time-to-event designs").
   *
   * @param label the name shown in outputs
   * @param target target DLT probability
   * @param cohortSize patients per cohort
   * @param cohorts number of cohorts
   * @param maxPending suspend accrual while more than this fraction of the current dose's patients is pending, in
   *     [0, 0.65] (R TITEgBOIN {@code maxpen}; default 0.5)
   * @param estimator the estimator of the DLT rate with pending patients ({@code ESS}, R TITEgBOIN's, or
   *     {@code IMPUTATION})
   * @return TITE-BOIN conducted on the study's patients and arrivals (docs/designs.md, "Time-to-event designs")
   */
  public static NamedDesign titeBoin(String label, double target, int cohortSize, int cohorts, double maxPending,
      TiteBoin.Estimator estimator) {
    TiteBoin.builder(target, 1).cohortSize(cohortSize).cohorts(cohorts).maxPending(maxPending).build(); // validate
    return NamedDesign.conducted(label, TiteBoinConduct.factory(k -> TiteBoin.builder(target, k)
        .cohortSize(cohortSize).cohorts(cohorts).maxPending(maxPending).estimator(estimator).build()));
  }
}
