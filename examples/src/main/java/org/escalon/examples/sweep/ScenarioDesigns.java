package org.escalon.examples.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.examples.input.Limit;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.design.ThreePlusThree;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.trial.BfBoinConduct;
import org.escalon.simulation.trial.TiteBoinConduct;

/**
 * Resolution of a scenario's {@code designs} list: each entry is a name from {@link DesignName} or a mapping
 * {@code {name, label, cohort_size, cohorts, stop_at_n, stop_when_n_at_dose, no_dose_skipping, n_cap, max_pending,
 * estimator}} plus the interval-design options of {@code escalon oc} ({@code phi1}, {@code phi2}, {@code eps1},
 * {@code eps2}, {@code cutoff_eli}, {@code extrasafe}, {@code offset}, {@code n_early_stop}, {@code titration},
 * {@code bound_mtd}: {@link ScenarioIntervalOptions}); the decorators wrap the named design in that order (count-based
 * designs only); {@code n_cap} is
 * BF-BOIN's, {@code max_pending} and {@code estimator} are TITE-BOIN's (docs/designs.md). Labels (the name when none
 * is given) must be unique. Stateless apart from
 * the file being read.
 */
final class ScenarioDesigns {

  /** The designs when a file gives none. */
  static final List<JsonNode> DEFAULT = List.of(JsonNodeFactory.instance.textNode("3+3A"),
      JsonNodeFactory.instance.textNode("boin"));

  private final ScenarioBinding binding;
  private final FieldChecks check;
  private List<Double> scenarioDoses;

  ScenarioDesigns(ScenarioBinding binding, FieldChecks check) {
    this.binding = binding;
    this.check = check;
  }

  /** The designs of {@code given} ({@code null} = the default), with the file's target, cohort size and cohorts. */
  List<NamedDesign> resolve(List<JsonNode> given, double target, int cohortSize, int cohorts) {
    return resolve(given, target, cohortSize, cohorts, null);
  }

  /** As above; {@code doses} (the scenario's {@code doses_ug}, or null) are the BLRM's doses unless it gives its own. */
  List<NamedDesign> resolve(List<JsonNode> given, double target, int cohortSize, int cohorts, List<Double> doses) {
    this.scenarioDoses = doses;
    List<JsonNode> ds = given == null ? DEFAULT : given;
    if (ds.isEmpty()) {
      throw check.bad("designs", "[]", "a list of one or more designs: " + DesignName.ALLOWED);
    }
    List<NamedDesign> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ds.size(); i++) {
      String p = "designs[" + i + "]";
      JsonNode n = ds.get(i);
      ScenarioSpec.DesignSpec d = spec(n, p);
      NamedDesign named = design(d, n.isObject() ? p + ".name" : p, p, target, cohortSize, cohorts);
      if (!seen.add(named.name())) {
        throw check.bad(p + (d.label() != null ? ".label" : ""), named.name(), "a name not used by another "
            + "design (give each variant its own label)");
      }
      out.add(named);
    }
    return out;
  }

  /** Refuses the fields of BLRM and 3+3B on other designs. */
  private void checkOwnFields(ScenarioSpec.DesignSpec d, DesignName name, String p) {
    if (d.topDose() != null && name != DesignName.THREE_PLUS_THREE_B) {
      throw check.bad(p + ".top_dose", d.topDose(), "only with 3+3B");
    }
    if (name != DesignName.BLRM) {
      Object[] values = {d.prior(), d.refDoseUg(), d.dosesUg(), d.ewocCutoff(), d.maxIncrement(), d.targetLower(),
          d.overdoseFrom(), d.mtdMinPatients(), d.mtdMinTarget(), d.mtdEnoughPatients()};
      String[] names = {"prior", "ref_dose_ug", "doses_ug", "ewoc_cutoff", "max_increment", "target_lower",
          "overdose_from", "mtd_min_patients", "mtd_min_target", "mtd_enough_patients"};
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          throw check.bad(p + "." + names[i], String.valueOf(values[i]), "only with blrm");
        }
      }
    }
  }

  /** 3+3B with its top-dose rule. */
  private NamedDesign topDose(ScenarioSpec.DesignSpec d, String p) {
    ThreePlusThree.TopDose rule;
    try {
      rule = ThreePlusThree.TopDose.parse(d.topDose());
    } catch (IllegalArgumentException e) {
      throw check.bad(p + ".top_dose", d.topDose(), "bcrm or confirm-with-6");
    }
    return new NamedDesign(DesignName.THREE_PLUS_THREE_B.key(),
        k -> ThreePlusThree.of(k, ThreePlusThree.Variant.B, 1, rule));
  }

  /** The entry as a mapping (a bare name is {@code {name: NAME}}). */
  private ScenarioSpec.DesignSpec spec(JsonNode n, String p) {
    if (n != null && n.isTextual()) {
      return ScenarioSpec.DesignSpec.named(n.asText());
    }
    if (n != null && n.isObject()) {
      ScenarioSpec.DesignSpec d = binding.bind(n, ScenarioSpec.DesignSpec.class, check.path(p), java.util.Map.of());
      if (d.name() == null) {
        throw check.at(p + ".name", "missing (required); allowed: " + DesignName.ALLOWED);
      }
      return d;
    }
    throw check.at(p, "expected a design name (" + DesignName.ALLOWED + ") or a mapping {name, label, "
        + "cohort_size, cohorts, stop_at_n, stop_when_n_at_dose, no_dose_skipping, n_cap}, got "
        + (n == null ? "nothing" : ScenarioBinding.describe(n)));
  }

  /** TITE-BOIN with its options {@code max_pending} (0.5) and {@code estimator} (ess | imputation). */
  private NamedDesign titeBoin(ScenarioSpec.DesignSpec d, String p, double target, int cs, int co,
      IntervalOptions o) {
    double mp = d.maxPending() == null ? 0.5 : check.number(d.maxPending(), 0.5, p + ".max_pending", Limit.MAX_PENDING);
    String e = d.estimator() == null ? "ess" : d.estimator().trim().toLowerCase(java.util.Locale.ROOT);
    TiteBoin.Estimator est = switch (e) {
      case "ess" -> TiteBoin.Estimator.ESS;
      case "imputation" -> TiteBoin.Estimator.IMPUTATION;
      default -> throw check.bad(p + ".estimator", d.estimator(), "ess or imputation");
    };
    ScenarioIntervalOptions.validate(() -> ScenarioIntervalOptions.titeBoin(o, target, 1, cs, co, mp, est), o, p,
        check);
    return NamedDesign.conducted(DesignName.TITE_BOIN.key(), TiteBoinConduct.factory(
        k -> ScenarioIntervalOptions.titeBoin(o, target, k, cs, co, mp, est)));
  }

  private NamedDesign design(ScenarioSpec.DesignSpec d, String namePath, String p, double target, int cohortSize,
      int cohorts) {
    int cs = check.integer(d.cohortSize(), cohortSize, p + ".cohort_size", Limit.COHORT_SIZE);
    int co = check.integer(d.cohorts(), cohorts, p + ".cohorts", Limit.COHORTS);
    DesignName name;
    try {
      name = DesignName.parse(d.name());
    } catch (IllegalArgumentException e) {
      throw check.bad(namePath, d.name(), DesignName.ALLOWED);
    }
    if (name.interval() && !Limit.MAX_PATIENTS.contains((double) cs * co)) {
      throw check.bad(d.cohorts() != null ? p + ".cohorts" : "cohorts", co + " cohorts of " + cs,
          Limit.MAX_PATIENTS.allowed());
    }
    checkOwnFields(d, name, p);
    IntervalOptions opts = ScenarioIntervalOptions.read(d, name, p, check);
    NamedDesign named = name == DesignName.TITE_BOIN ? titeBoin(d, p, target, cs, co, opts)
        : name == DesignName.BLRM ? ScenarioBlrm.named(d, p, cs, co, scenarioDoses, check)
        : name == DesignName.THREE_PLUS_THREE_B && d.topDose() != null ? topDose(d, p)
        : name.countBased() && name.interval() && !opts.equals(IntervalOptions.NONE)
            ? ScenarioIntervalOptions.intervalDesign(name, opts, target, cs, co, p, check)
        : name.named(target, cs, co);
    if (d.nCap() != null && name != DesignName.BF_BOIN) {
      throw check.bad(p + ".n_cap", d.nCap().toString(), "only with bf-boin");
    }
    if (name == DesignName.BF_BOIN) {
      int nCap = check.integer(d.nCap(), 12, p + ".n_cap", Limit.N_CAP);
      // the options now, with their path; the bound that depends on the arm's levels is checked at run start
      ScenarioIntervalOptions.validate(() -> ScenarioIntervalOptions.bfBoin(opts, target, 1, cs, co, nCap), opts, p,
          check);
      named = NamedDesign.conducted(name.key(), BfBoinConduct.factory(
          k -> ScenarioIntervalOptions.bfBoin(opts, target, k, cs, co, nCap)));
    }
    if (name != DesignName.TITE_BOIN) {
      for (String[] f : new String[][] {{"max_pending", String.valueOf(d.maxPending())}, {"estimator",
          String.valueOf(d.estimator())}}) {
        if (!f[1].equals("null")) {
          throw check.bad(p + "." + f[0], f[1], "only with name: tite-boin");
        }
      }
    }
    NamedDesign base = named;
    Integer stopN = d.stopAtN();
    Integer stopAt = d.stopWhenNAtDose();
    if (stopN != null) {
      check.integer(stopN, 0, p + ".stop_at_n", Limit.STOP_PATIENTS);
    }
    if (stopAt != null) {
      check.integer(stopAt, 0, p + ".stop_when_n_at_dose", Limit.STOP_PATIENTS);
    }
    boolean noSkip = d.noDoseSkipping() != null && d.noDoseSkipping();
    String label = d.label() != null ? d.label() : base.name();
    if (label.isBlank()) {
      throw check.bad(p + ".label", label, "a non-empty label");
    }
    if (!base.countBased()) {
      if (stopN != null || stopAt != null || noSkip) {
        throw check.bad(p + (stopN != null ? ".stop_at_n" : stopAt != null ? ".stop_when_n_at_dose"
            : ".no_dose_skipping"), String.valueOf(stopN != null ? stopN : stopAt != null ? stopAt : true),
            "not with " + name.key() + " (it conducts its own trials; its stopping rules are its own)");
      }
      return NamedDesign.conducted(label, base.conductFactory());
    }
    return new NamedDesign(label, k -> {
      EscalationDesign e = base.forLevels(k);
      if (stopN != null) {
        e = e.stopAtSampleSize(stopN);
      }
      if (stopAt != null) {
        e = e.stopWhenNAtDose(stopAt);
      }
      if (noSkip) {
        e = e.noDoseSkipping();
      }
      return e;
    });
  }
}
