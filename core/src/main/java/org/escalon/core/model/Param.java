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
  /** Cemsidomide absorption rate constant, 1/h. */
  KA("1/h", "cemsidomide absorption rate constant", 0.7, Variability.NONE, 0,
      Domain.in(0.01, 20, "absorption half-life from 2 min to 69 h"),
      "assumed (class Tmax 2-3 h: pomalidomide label, iberdomide)"),
  /** Cemsidomide absorption lag time, h. */
  TLAG("h", "cemsidomide absorption lag time", 0.5, Variability.NONE, 0,
      Domain.below(0, 24, "a lag of a day or more would carry a dose past the next dosing day"),
      "assumed (iberdomide popPK used a lag)"),
  /** Cemsidomide apparent clearance CL/F, L/h. */
  CL("L/h", "cemsidomide apparent clearance CL/F", 4.0, Variability.LOG_NORMAL, 0.40,
      Domain.in(0.01, 1000, "CL/F up to about ten times the hepatic blood flow, so F of at least 10 %"),
      "assumed"),
  /** Cemsidomide apparent central volume V/F, L. */
  V("L", "cemsidomide apparent central volume V/F", 280, Variability.LOG_NORMAL, 0.30,
      Domain.in(1, 50000, "V/F from about the plasma volume to the largest volumes of lipophilic drugs"),
      "assumed; t1/2 about 48.5 h, QD accumulation about 3.4"),
  /** Cemsidomide inter-compartmental clearance (two-compartment option only), L/h. */
  Q("L/h", "cemsidomide inter-compartmental clearance (two-compartment option only)", 8.0, Variability.NONE,
      0,
      Domain.in(0.01, 1000, "CL/F up to about ten times the hepatic blood flow, so F of at least 10 %"),
      "assumed (used only by the two-compartment option)"),
  /** Cemsidomide peripheral volume (two-compartment option only), L. */
  V2("L", "cemsidomide peripheral volume (two-compartment option only)", 200, Variability.NONE, 0,
      Domain.in(1, 50000, "V/F from about the plasma volume to the largest volumes of lipophilic drugs"),
      "assumed (used only by the two-compartment option)"),

  // --- IKZF1/3 turnover with stimulated degradation ---
  /** IKZF1/3 degradation rate constant (t1/2 12 h), 1/h. */
  KDEG("1/h", "IKZF1/3 degradation rate constant (t1/2 12 h)", Math.log(2) / 12, Variability.NONE, 0,
      Domain.in(0.001, 2, "IKZF half-life from 21 min to 29 days"),
      "assumed (IKZF t1/2 12 h; Aiolos loss within 5 h for avadomide)"),
  /** Maximal stimulation of degradation (Dmax = Smax/(1+Smax) = 95 %). */
  SMAX("-", "maximal stimulation of degradation (Dmax = Smax/(1+Smax) = 95 %)", 19, Variability.NONE, 0,
      Domain.in(0, 100, "Dmax = Smax/(1+Smax) from 0 to 99 %"), "assumed"),
  /** Hill coefficient of stimulated degradation. */
  HILL("-", "Hill coefficient of stimulated degradation", 1, Variability.NONE, 0,
      Domain.in(0.1, 10, "the span of Hill coefficients in concentration-response data"),
      "assumed"),
  /** DC50 of blood T-cell IKZF3 (biomarker), ng/mL. */
  DC50_PB("ng/mL", "DC50 of blood T-cell IKZF3 (biomarker)", 0.10, Variability.NONE, 0,
      Domain.in(0.001, 1000, "1 pg/mL to 1 ug/mL, six orders of magnitude around the clinical concentrations "
          + "of about 1 ng/mL"),
      "assumed (biomarker)"),
  /** DC50 of marrow myeloid IKZF1, ng/mL. */
  DC50_M("ng/mL", "DC50 of marrow myeloid IKZF1", 14,
      Variability.LOG_NORMAL, 0.48,
      Domain.in(0.001, 1000, "1 pg/mL to 1 ug/mL, six orders of magnitude around the clinical concentrations "
          + "of about 1 ng/mL"),
      "calibrated (second wave, docs/model.md §5; first wave 6.0, omega 0.8)"),
  /** DC50 of tumour IKZF1/3, ng/mL. */
  DC50_T("ng/mL", "DC50 of tumour IKZF1/3", 22, Variability.LOG_NORMAL, 0.8,
      Domain.in(0.001, 1000, "1 pg/mL to 1 ug/mL, six orders of magnitude around the clinical concentrations "
          + "of about 1 ng/mL"),
      "calibrated (effective tumour potency)"),

  // --- tumour and M-protein ---
  /** Maximal cemsidomide kill rate, 1/day. */
  KMAX_CEM("1/day", "maximal cemsidomide kill rate", 0.28, Variability.LOG_NORMAL, 0.5,
      Domain.in(0, 10, "a kill half-life down to 1.7 h, faster than any cytotoxic drug"),
      "calibrated"),
  /** Tumour IKZF degradation giving half-maximal kill. */
  D50K("-", "tumour IKZF degradation giving half-maximal kill", 0.60, Variability.NONE, 0,
      Domain.in(0.01, 1, "a fraction of IKZF degraded"),
      "calibrated"),
  /** Hill coefficient of the kill-degradation relation. */
  NK("-", "Hill coefficient of the kill-degradation relation", 3, Variability.NONE, 0,
      Domain.in(0.1, 20, "the span of Hill exponents of the model"),
      "calibrated"),
  /** Tumour net growth rate, 1/day. */
  KG("1/day", "tumour net growth rate", 0.020, Variability.LOG_NORMAL, 0.5,
      Domain.in(0, 1, "a doubling time down to 17 h; the fastest myeloma cell lines double in about a day"),
      "assumed (RRMM)"),
  /** Resistance: decay rate of drug kill, 1/day. */
  LAMBDA("1/day", "resistance: decay rate of drug kill", 0.011, Variability.LOG_NORMAL, 1.0,
      Domain.in(0, 1, "the drug kill halves in 17 h at the fastest"), "calibrated"),
  /** Interaction term of cemsidomide and dexamethasone kill (0 = Bliss independence). */
  PSI("-", "interaction term of cemsidomide and dexamethasone kill (0 = Bliss independence)", 0,
      Variability.NONE, 0,
      Domain.in(-2, 2, "the total kill runs from (sqrt kC - sqrt kD)^2 to (sqrt kC + sqrt kD)^2: full "
          + "antagonism to full synergy of the cross term"),
      "Bliss default"),
  /** Baseline serum M-protein, g/dL. */
  M0("g/dL", "baseline serum M-protein", 3.0, Variability.LOG_NORMAL, 0.5,
      Domain.in(0.01, 15, "serum M-protein from 0.1 g/L to 15 g/dL, above any reported value"),
      "assumed"),
  /** M-protein elimination rate constant (IgG t1/2 21 days), 1/day. */
  KM("1/day", "M-protein elimination rate constant (IgG t1/2 21 days)", Math.log(2) / 21, Variability.NONE,
      0,
      Domain.in(0.01, 10, "M-protein half-life from 1.7 h, as free light chains, to 69 days"),
      "IgG half-life about 21 days"),

  // --- dexamethasone ---
  /** Decay rate of the dexamethasone biophase (t1/2 48 h), 1/h. */
  KP("1/h", "decay rate of the dexamethasone biophase (t1/2 48 h)", Math.log(2) / 48, Variability.NONE, 0,
      Domain.in(0.001, 2, "biophase half-life from 21 min to 29 days"), "calibrated"),
  /** Maximal dexamethasone kill rate, 1/day. */
  KDEXMAX("1/day", "maximal dexamethasone kill rate", 0.022, Variability.LOG_NORMAL, 1.0,
      Domain.in(0, 10, "a kill half-life down to 1.7 h, faster than any cytotoxic drug"),
      "calibrated (weekly 40 mg alone gives ORR about 6 %)"),
  /** Biophase amount giving half-maximal dexamethasone kill, mg. */
  AB50("mg", "biophase amount giving half-maximal dexamethasone kill", 20, Variability.NONE, 0,
      Domain.in(0.01, 10000, "10 ug to 10 g in the biophase; doses are at most 1000 mg"), "calibrated"),
  /** Dexamethasone absorption rate constant, 1/h. */
  KA_DEX("1/h", "dexamethasone absorption rate constant", 1.0, Variability.NONE, 0,
      Domain.in(0.01, 20, "absorption half-life from 2 min to 69 h"),
      "labels and popPK (t1/2 about 2.5 h)"),
  /** Dexamethasone oral bioavailability. */
  F_DEX("-", "dexamethasone oral bioavailability", 0.8, Variability.NONE, 0,
      Domain.in(0.01, 1, "bioavailability from 1 % to 100 %"),
      "labels and popPK"),
  /** Dexamethasone clearance, L/h. */
  CL_DEX("L/h", "dexamethasone clearance", 14.7, Variability.NONE, 0,
      Domain.in(0.01, 1000, "CL/F up to about ten times the hepatic blood flow, so F of at least 10 %"),
      "labels and popPK"),
  /** Dexamethasone volume, L. */
  V_DEX("L", "dexamethasone volume", 53, Variability.NONE, 0,
      Domain.in(1, 50000, "V/F from about the plasma volume to the largest volumes of lipophilic drugs"),
      "labels and popPK"),
  /** Dexamethasone effect-site rate constant for demargination, 1/h. */
  KE0N("1/h", "dexamethasone effect-site rate constant for demargination", 0.35, Variability.NONE, 0,
      Domain.in(0.001, 20, "effect-site half-life from 2 min to 29 days"), "assumed (peak +100 % at 4-6 h; Dale 1975)"),
  /** Maximal demargination (fractional rise of observed ANC). */
  EMAX_DEX_N("-", "maximal demargination (fractional rise of observed ANC)", 1.0, Variability.NONE, 0,
      Domain.in(0, 10, "observed ANC raised at most elevenfold"), "assumed (Dale 1975)"),
  /** Effect-site dexamethasone giving half-maximal demargination, ng/mL. */
  EC50_DEX_N("ng/mL", "effect-site dexamethasone giving half-maximal demargination", 20, Variability.NONE, 0,
      Domain.in(0.001, 10000, "1 pg/mL to 10 ug/mL of effect-site dexamethasone"), "assumed (Dale 1975)"),

  // --- neutrophils (Friberg et al. 2002, J Clin Oncol 20:4713) ---
  /** Baseline ANC, 1e9/L. */
  CIRC0("1e9/L", "baseline ANC", 3.5, Variability.LOG_NORMAL, 0.35,
      Domain.in(0.1, 50, "baseline ANC from grade 4 neutropenia to a leukaemoid count"),
      "assumed for RRMM"),
  /** Neutrophil mean transit time, h. */
  MTT("h", "neutrophil mean transit time", 123,
      Variability.LOG_NORMAL, 0.2, Domain.in(10, 1000, "maturation from 10 h to 42 days; about 5 days in people"),
      "calibrated (second wave, inside Friberg range 89-135 h; first wave 120)"),
  /** Neutrophil feedback exponent. */
  GAMMA("-", "neutrophil feedback exponent", 0.15,
      Variability.NONE, 0, Domain.in(0, 2, "from no feedback to ten times the published estimates of 0.16-0.24"),
      "calibrated (second wave; Friberg 2002 range 0.16-0.24, first wave 0.17)"),
  /** Maximal neutrophil drug effect per unit marrow IKZF1 degradation. */
  EMAXN("-", "maximal neutrophil drug effect per unit marrow IKZF1 degradation", 0.29,
      Variability.LOGIT_NORMAL, 0.80, Domain.between(0, 1, "a fraction, logit-normal"),
      "calibrated (second wave, docs/model.md §5; first wave 0.20, logit SD 1.5)"),

  // --- platelets (same Friberg structure) ---
  /** Baseline platelet count, 1e9/L. */
  PLT0("1e9/L", "baseline platelet count", 180, Variability.LOG_NORMAL, 0.3,
      Domain.in(1, 2000, "baseline platelets from grade 4 thrombocytopenia to thrombocythaemia"),
      "assumed for RRMM"),
  /** Platelet mean transit time, h. */
  MTT_P("h", "platelet mean transit time", 150, Variability.LOG_NORMAL, 0.2,
      Domain.in(10, 1000, "maturation from 10 h to 42 days; about 5 days in people"),
      "assumed (Friberg-type platelet models 120-200 h)"),
  /** Platelet feedback exponent. */
  GAMMA_P("-", "platelet feedback exponent", 0.15, Variability.NONE, 0,
      Domain.in(0, 2, "from no feedback to ten times the published estimates of 0.16-0.24"),
      "assumed"),
  /** Maximal platelet drug effect per unit marrow IKZF1 degradation. */
  EMAXP("-", "maximal platelet drug effect per unit marrow IKZF1 degradation", 0.012,
      Variability.LOGIT_NORMAL, 2.0, Domain.between(0, 1, "a fraction, logit-normal"),
      "calibrated (thrombocytopenia 19 % any grade, 4 % grade >= 3)"),

  // --- febrile neutropenia ---
  /** Hazard of febrile neutropenia per day with ANC &lt; 0.5 × 10⁹/L, 1/day. */
  HFN("1/day", "hazard of febrile neutropenia per day with ANC < 0.5", 0.006, Variability.NONE, 0,
      Domain.in(0, 1, "at most one febrile episode per day of ANC below 0.5"),
      "calibrated (febrile neutropenia 6 % of 72 patients)"),

  // --- blunted-feedback neutrophils (docs/model.md §2E; used only by MyelosuppressionEffect.BLUNTED_FEEDBACK) ---
  /** Marrow IKZF1 degradation giving half the neutrophil effect (blunted-feedback option). */
  D50E("-", "marrow IKZF1 degradation giving half the neutrophil effect (blunted-feedback option)", 0.52,
      Variability.NONE, 0, Domain.between(0, 1, "a fraction of marrow IKZF1 degraded"),
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  /** Hill exponent of the neutrophil effect on marrow IKZF1 degradation (blunted-feedback option). */
  NE("-", "Hill exponent of the neutrophil effect on marrow IKZF1 degradation (blunted-feedback option)", 2.3,
      Variability.NONE, 0, Domain.in(0.1, 20, "the span of Hill exponents of the model"),
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  /** Marrow IKZF1 degradation giving half the feedback blunting (blunted-feedback option). */
  D50F("-", "marrow IKZF1 degradation giving half the feedback blunting (blunted-feedback option)", 0.55,
      Variability.NONE, 0, Domain.between(0, 1, "a fraction of marrow IKZF1 degraded"),
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  /** Hill exponent of the feedback blunting (blunted-feedback option). */
  NF("-", "Hill exponent of the feedback blunting (blunted-feedback option)", 9.4,
      Variability.NONE, 0, Domain.in(0.1, 20, "the span of Hill exponents of the model"),
      "calibrated (second wave: schedule history and safety, docs/model.md §5)"),
  /** Maximal fractional blunting of the feedback exponent (blunted-feedback option). */
  PHI_F("-", "maximal fractional blunting of the feedback exponent (blunted-feedback option)", 0.99,
      Variability.NONE, 0, Domain.above(0, 1, "a fraction of the feedback exponent"),
      "calibrated (second wave: schedule history and safety, docs/model.md §5)");

  /**
   * Allowed values of a parameter: an interval in the parameter's {@link ParameterDefinition#unit() unit} that is
   * physically meaningful (docs/model.md §3 gives each range and why), with each end open or closed. The same
   * range is checked by the Java API ({@link ModelParameters}, {@link IndividualParameters#of(double[])}), the
   * command line ({@code --param}), scenario files ({@code model.parameters}) and the individuals CSV.
   *
   * @param lo lower end
   * @param loOpen whether {@code lo} itself is excluded
   * @param hi upper end
   * @param hiOpen whether {@code hi} itself is excluded
   * @param why why the range ends there, in a few words
   */
  public record Domain(double lo, boolean loOpen, double hi, boolean hiOpen, String why) {

    /**
     * Validates the interval: finite ends with {@code lo} &lt; {@code hi}, and a reason.
     *
     * @param lo lower end
     * @param loOpen whether {@code lo} itself is excluded
     * @param hi upper end
     * @param hiOpen whether {@code hi} itself is excluded
     * @param why why the range ends there, in a few words
     */
    public Domain {
      if (!(lo < hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
        throw new IllegalArgumentException("domain [" + lo + ", " + hi + "]: must be a finite interval");
      }
      java.util.Objects.requireNonNull(why, "why");
    }

    /** [lo, hi]. */
    static Domain in(double lo, double hi, String why) {
      return new Domain(lo, false, hi, false, why);
    }

    /** [lo, hi). */
    static Domain below(double lo, double hi, String why) {
      return new Domain(lo, false, hi, true, why);
    }

    /** (lo, hi]. */
    static Domain above(double lo, double hi, String why) {
      return new Domain(lo, true, hi, false, why);
    }

    /** (lo, hi). */
    static Domain between(double lo, double hi, String why) {
      return new Domain(lo, true, hi, true, why);
    }

    /**
     * Whether {@code x} is allowed (NaN never is).
     *
     * @param x a value in the parameter's unit
     * @return whether {@code x} is allowed (NaN never is)
     */
    public boolean contains(double x) {
      return (loOpen ? x > lo : x >= lo) && (hiOpen ? x < hi : x <= hi);
    }

    /**
     * The interval as written in docs/model.md §3, e.g. {@code [0.01, 1000]} or {@code (0, 1)}.
     *
     * @return the interval as written in docs/model.md §3, e.g
     */
    public String interval() {
      return (loOpen ? "(" : "[") + show(lo) + ", " + show(hi) + (hiOpen ? ")" : "]");
    }

    /**
     * What is allowed, in words: {@code in [0.01, 1000]}.
     *
     * @return what is allowed, in words: {@code in [0.01, 1000]}
     */
    public String text() {
      return "in " + interval();
    }

    /** A bound as people write it: {@code 0.001}, {@code 50000}. */
    static String show(double x) {
      return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** A value for a message: as {@link #show} for ordinary magnitudes, else Java's form (1.0E300, NaN). */
    static String show2(double x) {
      return Double.isFinite(x) && (x == 0 || Math.abs(x) >= 1e-6 && Math.abs(x) < 1e15) ? show(x)
          : Double.toString(x);
    }
  }

  private final ParameterDefinition definition;
  private final Domain domain;

  Param(String unit, String description, double value, Variability variability, double omega, Domain domain,
      String source) {
    this.definition = new ParameterDefinition(name(), unit, description, value, variability, omega, source);
    this.domain = domain;
  }

  /**
   * Name, unit, description, default, variability and source.
   *
   * @return name, unit, description, default, variability and source
   */
  public ParameterDefinition definition() {
    return definition;
  }

  /**
   * Allowed values.
   *
   * @return allowed values
   */
  public Domain domain() {
    return domain;
  }

  /**
   * Default typical value.
   *
   * @return default typical value
   */
  public double defaultValue() {
    return definition.defaultValue();
  }

  /** Number of parameters. */
  public static final int COUNT = values().length;

  private static final List<Param> ALL = List.of(values());

  /**
   * Every parameter, in index order.
   *
   * @return every parameter, in index order
   */
  public static List<Param> all() {
    return ALL;
  }

  /**
   * The parameters that carry between-subject variability by default, in index order.
   *
   * @return the parameters that carry between-subject variability by default, in index order
   */
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
   * @param name short name used in files and on the command line (for example {@code CL}, {@code DC50_M})
   * @return the parameter with this name (case-insensitive)
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
   * What is allowed, for messages: {@code in [0.01, 1000] L/h (CL/F up to ...)}; the unit is left out for
   * dimensionless parameters.
   *
   * @return what is allowed, for messages: {@code in [0.01, 1000] L/h (CL/F up to ...)}; the unit is left out for
   *     dimensionless parameters
   */
  public String allowed() {
    String unit = definition.unit();
    return domain.text() + ("-".equals(unit) ? "" : " " + unit) + " (" + domain.why() + ")";
  }

  /**
   * Checks a value against the domain.
   *
   * @param value a value in the parameter's unit
   * @return checks a value against the domain
   * @throws IllegalArgumentException {@code NAME = value: must be in [lo, hi] unit (why)}
   */
  public double check(double value) {
    if (!domain.contains(value)) {
      throw new IllegalArgumentException(name() + " = " + Domain.show2(value) + ": must be " + allowed());
    }
    return value;
  }
}
