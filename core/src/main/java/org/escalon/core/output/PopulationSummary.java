package org.escalon.core.output;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.escalon.core.pd.AdverseEvent;

/**
 * Rates over simulated patients, each an {@link Estimate#proportion(long, long) Estimate.proportion} with its
 * binomial standard error {@code sqrt(p(1−p)/n)}. Immutable.
 *
 * @param n number of patients
 * @param orr overall response rate (best confirmed response PR or better)
 * @param cbr clinical benefit rate (MR or better)
 * @param vgprOrBetter VGPR rate
 * @param neutropeniaG3plus worst neutropenia grade &ge; 3 over the whole treatment
 * @param neutropeniaG4 worst neutropenia grade 4
 * @param dltCycle1 cycle-1 DLT rate
 * @param aeAny any-grade rate per adverse event
 * @param aeG3plus grade &ge; 3 rate per adverse event
 * @param meanAucCycle1 mean cycle-1 AUC (ng·h/mL)
 * @param meanCmaxCycle1 mean cycle-1 Cmax (ng/mL)
 */
public record PopulationSummary(int n, Estimate orr, Estimate cbr, Estimate vgprOrBetter, Estimate neutropeniaG3plus,
    Estimate neutropeniaG4, Estimate dltCycle1, Map<AdverseEvent, Estimate> aeAny, Map<AdverseEvent, Estimate> aeG3plus,
    double meanAucCycle1, double meanCmaxCycle1) {

  public PopulationSummary {
    aeAny = Map.copyOf(aeAny);
    aeG3plus = Map.copyOf(aeG3plus);
  }

  /** Summarises {@code results} (at least one). */
  public static PopulationSummary of(List<PatientResult> results) {
    Objects.requireNonNull(results, "results");
    int n = results.size();
    if (n == 0) {
      throw new IllegalArgumentException("results must not be empty");
    }
    Map<AdverseEvent, Estimate> any = new EnumMap<>(AdverseEvent.class);
    Map<AdverseEvent, Estimate> g3 = new EnumMap<>(AdverseEvent.class);
    for (AdverseEvent e : AdverseEvent.values()) {
      any.put(e, rate(results, r -> r.grade(e) > 0));
      g3.put(e, rate(results, r -> r.grade(e) >= 3));
    }
    double auc = 0;
    double cmax = 0;
    for (PatientResult r : results) {
      auc += r.aucCycle1();
      cmax += r.cmaxCycle1();
    }
    return new PopulationSummary(n, rate(results, r -> r.bestResponse().isObjectiveResponse()),
        rate(results, r -> r.bestResponse().isClinicalBenefit()),
        rate(results, r -> r.bestResponse() == ImwgResponse.VGPR),
        rate(results, r -> r.grade(AdverseEvent.NEUTROPENIA) >= 3),
        rate(results, r -> r.grade(AdverseEvent.NEUTROPENIA) >= 4), rate(results, PatientResult::dlt), any, g3,
        auc / n, cmax / n);
  }

  private static Estimate rate(List<PatientResult> results, Predicate<PatientResult> p) {
    int c = 0;
    for (PatientResult r : results) {
      if (p.test(r)) {
        c++;
      }
    }
    return Estimate.proportion(c, results.size());
  }
}
