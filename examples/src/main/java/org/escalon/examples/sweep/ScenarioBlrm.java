package org.escalon.examples.sweep;

import java.util.List;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.blrm.BlrmPrior;
import org.escalon.simulation.pkpd.NamedDesign;

/**
 * A scenario's {@code {name: blrm, prior: {median_dlt, mean_log_beta, sd_log_alpha, sd_log_beta, correlation},
 * ref_dose_ug, doses_ug, ewoc_cutoff, max_increment, target_lower, overdose_from, mtd_min_patients, mtd_min_target,
 * mtd_enough_patients}} entry (docs/designs.md, "Model-based designs: BLRM with EWOC"). {@code prior.median_dlt}
 * and {@code ref_dose_ug} are required; {@code doses_ug} defaults to the scenario's {@code doses_ug}; the maximum
 * sample size is cohorts × cohort size. Every value is validated now by the library's builder, with the entry's
 * path. Stateless.
 */
final class ScenarioBlrm {

  private ScenarioBlrm() {}

  static NamedDesign named(ScenarioSpec.DesignSpec d, String p, int cohortSize, int cohorts, List<Double> scenarioDoses,
      FieldChecks check) {
    ScenarioSpec.BlrmPriorSpec pr = d.prior();
    if (pr == null || pr.medianDlt() == null) {
      throw check.at(p + ".prior.median_dlt", "missing (required for blrm: the prior median DLT probability at the "
          + "reference dose, in (0, 1); a usual choice is the target rate)");
    }
    if (d.refDoseUg() == null) {
      throw check.at(p + ".ref_dose_ug", "missing (required for blrm: the reference dose d* in ug, > 0)");
    }
    List<Double> ds = d.dosesUg() != null ? d.dosesUg() : scenarioDoses;
    if (ds == null || ds.isEmpty()) {
      throw check.at(p + ".doses_ug", "missing (required for blrm when the scenario gives levels instead of doses_ug)");
    }
    double[] doses = new double[ds.size()];
    for (int j = 0; j < doses.length; j++) {
      doses[j] = ds.get(j) == null ? Double.NaN : ds.get(j);
    }
    Blrm built;
    try {
      BlrmPrior prior = BlrmPrior.of(pr.medianDlt(), or(pr.meanLogBeta(), 0), or(pr.sdLogAlpha(), 2),
          or(pr.sdLogBeta(), 1), or(pr.correlation(), 0));
      built = Blrm.builder(doses, d.refDoseUg(), prior)
          .intervals(or(d.targetLower(), 0.16), or(d.overdoseFrom(), 0.33))
          .ewocCutoff(or(d.ewocCutoff(), 0.25))
          .maxIncrement(or(d.maxIncrement(), 1.0))
          .mtdMinPatients(d.mtdMinPatients() == null ? 6 : d.mtdMinPatients())
          .mtdMinTarget(or(d.mtdMinTarget(), 0.5))
          .mtdEnoughPatients(d.mtdEnoughPatients() == null ? 9 : d.mtdEnoughPatients())
          .cohortSize(cohortSize)
          .maxSampleSize(cohortSize * cohorts).build();
    } catch (IllegalArgumentException e) {
      throw check.at(p, e.getMessage());
    }
    return new NamedDesign("blrm", k -> {
      if (k != doses.length) {
        throw new IllegalArgumentException(p + ": blrm has " + doses.length + " doses (doses_ug) but the arm has " + k
            + " levels");
      }
      return built; // one instance: its memo of decisions is shared by every trial
    });
  }

  private static double or(Double v, double dflt) {
    return v == null ? dflt : v;
  }
}
