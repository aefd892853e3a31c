package org.escalon.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Every parameter of the default cemsidomide + dexamethasone model (docs/model.md §3), with unit, default, variability
 * and source. The ordinal is the index of the parameter in {@link ModelParameters} and {@link
 * IndividualParameters} arrays.
 *
 * <p>Sources are honest labels: no public human PK for cemsidomide exists, so its PK is <em>assumed</em> from its
 * drug class (pomalidomide label, iberdomide population PK) and the exposure–response parameters were
 * <em>calibrated</em> by simulation to the CFT7455-1101 results (docs/model.md §5). If real cemsidomide PK becomes
 * available, keep the exposure–response by scaling every DC50 by C<sub>ss,true</sub>(100 µg)/1.04 ng/mL.
 *
 * <p>Rates given per day in docs/model.md (tumour, dexamethasone kill) keep their unit here and are converted to
 * per hour inside the model.
 */
public enum Param {
  // --- cemsidomide PK (one compartment, first-order absorption with lag; two-compartment option) ---
  KA("1/h", "cemsidomide absorption rate constant", 0.7, Variability.NONE, 0, Domain.POSITIVE,
      "assumed (class Tmax 2-3 h: pomalidomide label, iberdomide)"),
  TLAG("h", "cemsidomide absorption lag time", 0.5, Variability.NONE, 0, Domain.LAG_BELOW_A_DAY,
      "assumed (iberdomide popPK used a lag)"),
  CL("L/h", "cemsidomide apparent clearance CL/F", 4.0, Variability.LOG_NORMAL, 0.40, Domain.POSITIVE,
      "assumed"),
  V("L", "cemsidomide apparent central volume V/F", 280, Variability.LOG_NORMAL, 0.30, Domain.POSITIVE,
      "assumed; t1/2 about 48.5 h, QD accumulation about 3.4"),
  Q("L/h", "cemsidomide inter-compartmental clearance (two-compartment option only)", 8.0, Variability.NONE,
      0, Domain.POSITIVE, "assumed (used only by the two-compartment option)"),
  V2("L", "cemsidomide peripheral volume (two-compartment option only)", 200, Variability.NONE, 0,
      Domain.POSITIVE, "assumed (used only by the two-compartment option)"),

  // --- IKZF1/3 turnover with stimulated degradation ---
  KDEG("1/h", "IKZF1/3 degradation rate constant (t1/2 12 h)", Math.log(2) / 12, Variability.NONE, 0,
      Domain.POSITIVE, "assumed (IKZF t1/2 12 h; Aiolos loss within 5 h for avadomide)"),
  SMAX("-", "maximal stimulation of degradation (Dmax = Smax/(1+Smax) = 95 %)", 19, Variability.NONE, 0,
      Domain.NON_NEGATIVE, "assumed"),
  HILL("-", "Hill coefficient of stimulated degradation", 1, Variability.NONE, 0, Domain.POSITIVE, "assumed"),
  DC50_PB("ng/mL", "DC50 of blood T-cell IKZF3 (biomarker)", 0.10, Variability.NONE, 0, Domain.POSITIVE,
      "assumed (biomarker)"),
  DC50_M("ng/mL", "DC50 of marrow myeloid IKZF1", 14,
      Variability.LOG_NORMAL, 0.48, Domain.POSITIVE,
      "calibrated (second wave, docs/model.md §5; first wave 6.0, omega 0.8)"),
  DC50_T("ng/mL", "DC50 of tumour IKZF1/3", 22, Variability.LOG_NORMAL, 0.8, Domain.POSITIVE,
      "calibrated (effective tumour potency)"),

  // --- tumour and M-protein ---
  KMAX_CEM("1/day", "maximal cemsidomide kill rate", 0.28, Variability.LOG_NORMAL, 0.5, Domain.NON_NEGATIVE,
      "calibrated"),
  D50K("-", "tumour IKZF degradation giving half-maximal kill", 0.60, Variability.NONE, 0, Domain.POSITIVE,
      "calibrated"),
  NK("-", "Hill coefficient of the kill-degradation relation", 3, Variability.NONE, 0, Domain.POSITIVE,
      "calibrated"),
  KG("1/day", "tumour net growth rate", 0.020, Variability.LOG_NORMAL, 0.5, Domain.NON_NEGATIVE,
      "assumed (RRMM)"),
  LAMBDA("1/day", "resistance: decay rate of drug kill", 0.011, Variability.LOG_NORMAL, 1.0,
      Domain.NON_NEGATIVE, "calibrated"),
  PSI("-", "interaction term of cemsidomide and dexamethasone kill (0 = Bliss independence)", 0,
      Variability.NONE, 0, Domain.ANY, "Bliss default"),
  M0("g/dL", "baseline serum M-protein", 3.0, Variability.LOG_NORMAL, 0.5, Domain.POSITIVE, "assumed"),
  KM("1/day", "M-protein elimination rate constant (IgG t1/2 21 days)", Math.log(2) / 21, Variability.NONE,
      0, Domain.POSITIVE, "IgG half-life about 21 days"),

  // --- dexamethasone ---
  KP("1/h", "decay rate of the dexamethasone biophase (t1/2 48 h)", Math.log(2) / 48, Variability.NONE, 0,
      Domain.POSITIVE, "calibrated"),
  KDEXMAX("1/day", "maximal dexamethasone kill rate", 0.022, Variability.LOG_NORMAL, 1.0,
      Domain.NON_NEGATIVE, "calibrated (weekly 40 mg alone gives ORR about 6 %)"),
  AB50("mg", "biophase amount giving half-maximal dexamethasone kill", 20, Variability.NONE, 0,
      Domain.POSITIVE, "calibrated"),
  KA_DEX("1/h", "dexamethasone absorption rate constant", 1.0, Variability.NONE, 0, Domain.POSITIVE,
      "labels and popPK (t1/2 about 2.5 h)"),
  F_DEX("-", "dexamethasone oral bioavailability", 0.8, Variability.NONE, 0, Domain.FRACTION_CLOSED,
      "labels and popPK"),
  CL_DEX("L/h", "dexamethasone clearance", 14.7, Variability.NONE, 0, Domain.POSITIVE, "labels and popPK"),
  V_DEX("L", "dexamethasone volume", 53, Variability.NONE, 0, Domain.POSITIVE, "labels and popPK"),
  KE0N("1/h", "dexamethasone effect-site rate constant for demargination", 0.35, Variability.NONE, 0,
      Domain.POSITIVE, "assumed (peak +100 % at 4-6 h; Dale 1975)"),
  EMAX_DEX_N("-", "maximal demargination (fractional rise of observed ANC)", 1.0, Variability.NONE, 0,
      Domain.NON_NEGATIVE, "assumed (Dale 1975)"),
  EC50_DEX_N("ng/mL", "effect-site dexamethasone giving half-maximal demargination", 20, Variability.NONE, 0,
      Domain.POSITIVE, "assumed (Dale 1975)"),

  // --- neutrophils (Friberg et al. 2002, J Clin Oncol 20:4713) ---
  CIRC0("1e9/L", "baseline ANC", 3.5, Variability.LOG_NORMAL, 0.35, Domain.POSITIVE, "assumed for RRMM"),
  MTT("h", "neutrophil mean transit time", 123,
      Variability.LOG_NORMAL, 0.2, Domain.POSITIVE,
      "calibrated (second wave, inside Friberg range 89-135 h; first wave 120)"),
  GAMMA("-", "neutrophil feedback exponent", 0.15,
      Variability.NONE, 0, Domain.NON_NEGATIVE,
      "calibrated (second wave; Friberg 2002 range 0.16-0.24, first wave 0.17)"),
  EMAXN("-", "maximal neutrophil drug effect per unit marrow IKZF1 degradation", 0.29,
      Variability.LOGIT_NORMAL, 0.80, Domain.FRACTION_OPEN,
      "calibrated (second wave, docs/model.md §5; first wave 0.20, logit SD 1.5)"),

  // --- platelets (same Friberg structure) ---
  PLT0("1e9/L", "baseline platelet count", 180, Variability.LOG_NORMAL, 0.3, Domain.POSITIVE,
      "assumed for RRMM"),
  MTT_P("h", "platelet mean transit time", 150, Variability.LOG_NORMAL, 0.2, Domain.POSITIVE,
      "assumed (Friberg-type platelet models 120-200 h)"),
  GAMMA_P("-", "platelet feedback exponent", 0.15, Variability.NONE, 0, Domain.NON_NEGATIVE, "assumed"),
  EMAXP("-", "maximal platelet drug effect per unit marrow IKZF1 degradation", 0.012,
      Variability.LOGIT_NORMAL, 2.0, Domain.FRACTION_OPEN,
      "calibrated (thrombocytopenia 19 % any grade, 4 % grade >= 3)"),

  // --- febrile neutropenia ---
  HFN("1/day", "hazard of febrile neutropenia per day with ANC < 0.5", 0.006, Variability.NONE, 0,
      Domain.NON_NEGATIVE, "calibrated (febrile neutropenia 6 % of 72 patients)"),

  // --- blunted-feedback neutrophils (docs/model.md §2E; used only by MyelosuppressionEffect.BLUNTED_FEEDBACK) ---
  D50E("-", "marrow IKZF1 degradation giving half the neutrophil effect (blunted-feedback option)", 0.52,
      Variability.NONE, 0, Domain.FRACTION_OPEN,
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  NE("-", "Hill exponent of the neutrophil effect on marrow IKZF1 degradation (blunted-feedback option)", 2.3,
      Variability.NONE, 0, Domain.POSITIVE,
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  D50F("-", "marrow IKZF1 degradation giving half the feedback blunting (blunted-feedback option)", 0.55,
      Variability.NONE, 0, Domain.FRACTION_OPEN,
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  NF("-", "Hill exponent of the feedback blunting (blunted-feedback option)", 9.4,
      Variability.NONE, 0, Domain.POSITIVE,
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  PHI_F("-", "maximal fractional blunting of the feedback exponent (blunted-feedback option)", 0.99,
      Variability.NONE, 0, Domain.FRACTION_CLOSED,
      "calibrated (second wave: schedule history and safety, docs/model.md §5)");

  /** Allowed values of a parameter. */
  public enum Domain {
    /** finite and &gt; 0 */
    POSITIVE("finite and > 0"),
    /** finite and &ge; 0 */
    NON_NEGATIVE("finite and >= 0"),
    /**
     * in [0, 24): an absorption lag of a day or more would carry a dose past the next dosing day, which the
     * segment boundaries of the simulator do not support
     */
    LAG_BELOW_A_DAY("in [0, 24) h (a lag of a day or more would carry a dose past the next dosing day)"),
    /** in (0, 1) */
    FRACTION_OPEN("in (0, 1)"),
    /** in (0, 1] */
    FRACTION_CLOSED("in (0, 1]"),
    /** any finite value */
    ANY("finite");

    private final String text;

    Domain(String text) {
      this.text = text;
    }

    /** Whether {@code x} is allowed (NaN never is). */
    public boolean contains(double x) {
      switch (this) {
        case POSITIVE:
          return x > 0 && x < Double.POSITIVE_INFINITY;
        case NON_NEGATIVE:
          return x >= 0 && x < Double.POSITIVE_INFINITY;
        case LAG_BELOW_A_DAY:
          return x >= 0 && x < 24;
        case FRACTION_OPEN:
          return x > 0 && x < 1;
        case FRACTION_CLOSED:
          return x > 0 && x <= 1;
        default:
          return Double.isFinite(x);
      }
    }

    /** What is allowed, in words. */
    public String text() {
      return text;
    }
  }

  private final ParameterDefinition definition;
  private final Domain domain;

  Param(String unit, String description, double value, Variability variability, double omega, Domain domain,
      String source) {
    this.definition = new ParameterDefinition(name(), unit, description, value, variability, omega, source);
    this.domain = domain;
  }

  /** Name, unit, description, default, variability and source. */
  public ParameterDefinition definition() {
    return definition;
  }

  /** Allowed values. */
  public Domain domain() {
    return domain;
  }

  /** Default typical value. */
  public double defaultValue() {
    return definition.defaultValue();
  }

  /** Number of parameters. */
  public static final int COUNT = values().length;

  private static final List<Param> ALL = List.of(values());

  /** Every parameter, in index order. */
  public static List<Param> all() {
    return ALL;
  }

  /** The parameters that carry between-subject variability by default, in index order. */
  public static List<Param> withDefaultVariability() {
    List<Param> out = new ArrayList<>();
    for (Param p : ALL) {
      if (p.definition.variability() != Variability.NONE) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The parameter with this name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the unknown parameter and listing the known ones
   */
  public static Param byName(String name) {
    if (name != null) {
      String key = name.trim().toUpperCase(Locale.ROOT);
      for (Param p : ALL) {
        if (p.name().equals(key)) {
          return p;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown model parameter '" + name + "'; known parameters: " + ALL);
  }

  /**
   * Checks a value against the domain.
   *
   * @throws IllegalArgumentException naming the parameter, the value and what is allowed
   */
  public double check(double value) {
    if (!domain.contains(value)) {
      throw new IllegalArgumentException(
          "parameter " + name() + " must be " + domain.text() + ", got " + value);
    }
    return value;
  }
}
