package org.escalon.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.examples.input.Numbers;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.CohortHistory;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.ThreePlusThree;

/**
 * {@code next-dose --design 3+3|3+3B|boin|i3+3|mtpi2|keyboard}: the rule-based designs between cohorts, in R
 * {@code escalation}'s terms. The outcomes (e.g. {@code "1NNN 2NTN"}) are replayed into the design's history and
 * the design decides:
 *
 * <ul>
 *   <li>{@code next_dose}: while the trial continues, the dose of the next cohort (R {@code recommended_dose()});
 *       when it stops, the selected MTD, or null when it stops without one;</li>
 *   <li>{@code continue}: whether the trial goes on (R {@code continue()});</li>
 *   <li>{@code recommended}: the design's MTD selection on the data so far (null for none).</li>
 * </ul>
 *
 * Without {@code --sample-size} the trial is not stopped by its size (as R {@code escalation} without
 * {@code stop_at_n}); interval designs then allow up to 1000 patients. Uses the shared {@code --target},
 * {@code --cohort-size} and {@code --sample-size} of {@link CrmNextDose}, and the interval-design options of
 * {@code oc} ({@link IntervalDesignOptions}: {@code --phi1}, {@code --cutoff-eli}, …) for the designs that take them.
 */
final class RuleNextDose {

  private RuleNextDose() {}

  /** The options these designs take besides the common ones. */
  static List<String> names(DesignName name) {
    List<String> l = new ArrayList<>(name.interval() ? List.of("--target", "--cohort-size", "--sample-size")
        : List.of("--sample-size"));
    for (IntervalOptions.Option o : IntervalOptions.Option.values()) {
      if (o.appliesTo(name)) {
        l.add(o.cliName());
      }
    }
    return l;
  }

  /** The output map. */
  static Map<String, Object> result(DesignName name, String dosesText, String outcomes, Double target,
      Integer cohortSize, Integer sampleSize, IntervalOptions options) {
    if (dosesText == null) {
      throw UsageException.of("--doses", "(missing)", "the number of doses, a whole number in [1, 30]");
    }
    int k;
    try {
      k = Numbers.parseInt("--doses", dosesText);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--doses", dosesText, "the number of doses, a whole number in [1, 30]");
    }
    Check.range("--doses", k, 1, 30);
    CohortHistory h;
    try {
      h = CohortHistory.parse(outcomes == null ? "" : outcomes, k);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("OUTCOMES", outcomes, "cohorts such as \"1NNN 2NTN\" (a dose level in 1.." + k
          + " followed by N or T per patient); " + e.getMessage());
    }
    EscalationDesign d = design(name, k, target, cohortSize, sampleSize, h.patients(), options);
    Recommendation r = d.decide(h);
    int mtd = d.selectMtd(h);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", d.name());
    m.put("patients", h.patients());
    m.put("next_dose", r.proceeds() ? Integer.valueOf(r.nextDose()) : mtd == 0 ? null : Integer.valueOf(mtd));
    m.put("continue", r.proceeds());
    m.put("recommended", mtd == 0 ? null : mtd);
    m.put("decision", r.decision().toString());
    m.put("stop_reason", r.stopReason().toString().toLowerCase(java.util.Locale.ROOT));
    if (r.proceeds()) {
      m.put("next_cohort_size", r.cohortSize());
    }
    return m;
  }

  private static EscalationDesign design(DesignName name, int k, Double target, Integer cohortSize,
      Integer sampleSize, int patients, IntervalOptions o) {
    int max = sampleSize == null ? 1000 : Check.range("--sample-size", sampleSize, 1, 1000);
    if (sampleSize != null && sampleSize < patients) {
      throw UsageException.of("--sample-size", sampleSize, "at least the " + patients + " patients already treated");
    }
    if (!name.interval()) {
      EscalationDesign d = ThreePlusThree.of(k, name.variant(), 1);
      return sampleSize == null ? d : d.stopAtSampleSize(sampleSize);
    }
    if (target == null) {
      throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
    }
    int c = cohortSize == null ? 3 : cohortSize;
    return switch (name) {
      case BOIN -> o.applyTo(Boin.builder(target, k)).cohortSize(c).maxSampleSize(max).build();
      case I3PLUS3 -> o.applyTo(I3Plus3.builder(target, k)).cohortSize(c).maxSampleSize(max).build();
      case MTPI2 -> o.applyTo(Mtpi2.builder(target, k)).cohortSize(c).maxSampleSize(max).build();
      case KEYBOARD -> o.applyTo(Keyboard.builder(target, k)).cohortSize(c).maxSampleSize(max).build();
      default -> throw new IllegalStateException(name.key());
    };
  }
}
