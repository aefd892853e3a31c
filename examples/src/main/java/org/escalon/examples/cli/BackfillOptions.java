package org.escalon.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.core.output.Estimate;
import org.escalon.examples.input.Limit;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.BfBoinBuilder;
import org.escalon.simulation.oc.BackfillOc;
import org.escalon.simulation.trial.BfBoinAccrual;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The BF-BOIN options of {@code escalon oc} (docs/designs.md, "Backfilling: BF-BOIN"): response probabilities,
 * n_cap, accrual in months and the DLT window; their JSON fields and table lines. Refused with any other design.
 */
final class BackfillOptions {

  private static final String[] NAMES = {"--p-response-true", "--n-cap", "--accrual-per-month", "--window-months",
      "--accrual", "--backfill-dose", "--three-plus-three"};

  @Option(names = "--p-response-true", paramLabel = "R1,R2,...",
      description = "bf-boin: true response probability of each dose (opens doses for backfill), each in [0, 1]. "
          + "Default: 1 at every dose (as R bfboin).")
  String pResponse;

  @Option(names = "--n-cap", paramLabel = "N",
      description = "bf-boin: a dose is open for backfill while its backfill plus escalation patients are <= N "
          + "(0: no backfill). Default: 12.")
  Integer nCap;

  @Option(names = "--accrual-per-month", paramLabel = "RATE",
      description = "bf-boin: patients arriving per month, in [0.01, 1000]. Default: 3 (as R bfboin).")
  Double perMonth;

  @Option(names = "--window-months", paramLabel = "W", description = "bf-boin: DLT window in months, in (0, 24]. "
      + "Default: 1.")
  Double windowMonths;

  @Option(names = "--accrual", paramLabel = "uniform|poisson",
      description = "bf-boin: gaps between arrivals uniform on (0, 2/rate) (default, as R bfboin) or exponential "
          + "(Poisson arrivals, as the paper).")
  String accrual;

  @Option(names = "--backfill-dose", paramLabel = "highest|lowest",
      description = "bf-boin: which open dose a backfill patient gets. Default: highest.")
  String backfillDose;

  @Option(names = "--three-plus-three", description = "bf-boin: 1 DLT in 3 at the current dose means stay (target "
      + "0.25, cohorts of 3 only).")
  boolean threePlusThree;

  /** Refuses every BF-BOIN option for another design. */
  void refuseFor(CommandSpec spec, String design) {
    for (String o : NAMES) {
      if (Check.given(spec, o)) {
        throw UsageException.of(o, Check.typed(spec, o, "true"), "only with --design bf-boin (not " + design + ")");
      }
    }
  }

  /** Sets the BF-BOIN-only options on {@code b}. */
  void configure(BfBoinBuilder b) {
    if (nCap != null) {
      b.nCap(nCap);
    }
    if (backfillDose != null) {
      String t = backfillDose.trim().toLowerCase(Locale.ROOT);
      if (!t.equals("highest") && !t.equals("lowest")) {
        throw UsageException.of("--backfill-dose", backfillDose, "highest or lowest");
      }
      b.backfillDose(t.equals("highest") ? BfBoin.BackfillDose.HIGHEST : BfBoin.BackfillDose.LOWEST);
    }
    b.threePlusThree(threePlusThree);
  }

  /** The accrual: rate, window and gaps. */
  BfBoinAccrual accrual(CommandSpec spec) {
    double rate = perMonth == null ? 3 : Check.limit(spec, "--accrual-per-month", perMonth, Limit.ACCRUAL_PER_MONTH);
    BfBoinAccrual.Gaps gaps = BfBoinAccrual.Gaps.UNIFORM;
    if (accrual != null) {
      String t = accrual.trim().toLowerCase(Locale.ROOT);
      if (!t.equals("uniform") && !t.equals("poisson")) {
        throw UsageException.of("--accrual", accrual, "uniform or poisson");
      }
      gaps = t.equals("uniform") ? BfBoinAccrual.Gaps.UNIFORM : BfBoinAccrual.Gaps.POISSON;
    }
    return new BfBoinAccrual(rate, windowMonths == null ? 1 : windowMonths, gaps);
  }

  /** The response probabilities, one per dose. */
  double[] responses(int doses) {
    if (pResponse == null) {
      double[] r = new double[doses];
      java.util.Arrays.fill(r, 1.0);
      return r;
    }
    double[] r = OcCommand.parseProbabilities("--p-response-true", pResponse);
    if (r.length != doses) {
      throw UsageException.of("--p-response-true", pResponse, "one probability per dose of --p-true (" + doses + ")");
    }
    return r;
  }

  /** The BF-BOIN fields of the JSON output. */
  static void putJson(Map<String, Object> m, BackfillOc oc, double[] responses, BfBoin design, BfBoinAccrual a) {
    m.put("p_response_true", list(responses));
    m.put("n_cap", design.nCap());
    m.put("accrual", a.gaps().name().toLowerCase(Locale.ROOT));
    m.put("accrual_per_month", a.patientsPerMonth());
    m.put("window_months", a.windowMonths());
    pair(m, "mean_duration_months", oc.meanDurationMonths());
    m.put("mean_backfilled", list(Estimate.values(oc.meanBackfilled())));
    m.put("mean_backfilled_se", list(Estimate.ses(oc.meanBackfilled())));
    pair(m, "mean_turned_away", oc.meanTurnedAway());
    pair(m, "mean_backfill_excluded", oc.meanBackfillExcluded());
  }

  /** The BF-BOIN lines under the OC table. */
  static String table(BackfillOc oc) {
    StringBuilder sb = new StringBuilder("mean backfilled per dose (part of mean patients):");
    for (Estimate e : oc.meanBackfilled()) {
      sb.append(String.format(Locale.ROOT, " %.2f (%.2f)", e.value(), e.se()));
    }
    sb.append('\n');
    line(sb, "mean duration (months)", oc.meanDurationMonths());
    line(sb, "mean turned away", oc.meanTurnedAway());
    line(sb, "mean backfill patients still in follow-up at the end (not counted)", oc.meanBackfillExcluded());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, Estimate e) {
    sb.append(String.format(Locale.ROOT, "%s: %.2f (%.2f)%n", name, e.value(), e.se()));
  }

  private static void pair(Map<String, Object> m, String key, Estimate e) {
    m.put(key, e.value());
    m.put(key + "_se", e.se());
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }
}
