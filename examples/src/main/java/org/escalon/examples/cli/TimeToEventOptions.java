package org.escalon.examples.cli;

import java.util.Locale;
import java.util.Map;
import org.escalon.simulation.study.DesignName;
import org.escalon.examples.input.Limit;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.TimedOc;
import org.escalon.simulation.trial.FixedOutcomeSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code escalon oc} with accrual in calendar time: {@code --design tite-boin} (R {@code TITEgBOIN}), or any other
 * design whose cohorts wait for the DLT window when {@code --window-days} or {@code --accrual-per-window} is given.
 * Prints the usual operating characteristics plus the duration (docs/designs.md, "Time-to-event designs").
 */
public final class TimeToEventOptions {

  private static final String[] TTE_OPTIONS = {"--window-days", "--accrual-per-window", "--onset-alpha1",
      "--onset-alpha2", "--max-pending", "--estimator", "--closed-arrivals"};

  @Option(names = "--window-days", paramLabel = "DAYS",
      description = "DLT window in days (time-to-event OC). Default: 28.")
  Integer windowDays;

  @Option(names = "--accrual-per-window", paramLabel = "R",
      description = "Poisson accrual, patients per DLT window (R TITEgBOIN's accrual). Default: 3 (the package's).")
  Double accrualPerWindow;

  @Option(names = "--onset-alpha1", paramLabel = "A1",
      description = "Fraction of DLTs in the late part of the window (Weibull onset). Default: 0.5.")
  Double alpha1;

  @Option(names = "--onset-alpha2", paramLabel = "A2",
      description = "The late part's fraction of the window (Weibull onset). Default: 0.5.")
  Double alpha2;

  @Option(names = "--max-pending", paramLabel = "F",
      description = "tite-boin: suspend accrual while more than F of the current dose's patients are pending. "
          + "Default: 0.5.")
  Double maxPending;

  @Option(names = "--estimator", paramLabel = "ess|imputation",
      description = "tite-boin: ess (R TITEgBOIN, default) or imputation (Yuan et al. 2018).")
  String estimator;

  @Option(names = "--closed-arrivals", paramLabel = "turn-away|wait",
      description = "Patients who arrive while the trial is not enrolling (a tite-boin suspension, a cohort's "
          + "window): turned away or waiting. Default: turn-away for tite-boin (R TITEgBOIN), wait for the others.")
  String closedArrivals;

  /** Refuses the time-to-event options with a design that has its own clock (bf-boin: months). */
  void refuseWith(CommandSpec spec, DesignName name) {
    if (name != DesignName.BF_BOIN) {
      return;
    }
    for (String o : TTE_OPTIONS) {
      if (Check.given(spec, o)) {
        throw UsageException.of(o, Check.typed(spec, o, ""), "not with --design bf-boin (see its options in months)");
      }
    }
  }

  /** Whether this run is a time-to-event one. */
  boolean applies(CommandSpec spec, DesignName name) {
    if (name == DesignName.TITE_BOIN) {
      return true;
    }
    for (String o : TTE_OPTIONS) {
      if (Check.given(spec, o)) {
        return true;
      }
    }
    return false;
  }

  /** Runs and prints. */
  void run(OcCommand oc, CommandSpec spec, DesignName name, double[] p, int trials, long seed, int threads) {
    for (String o : new String[] {"--exact", "--variant"}) {
      if (name == DesignName.TITE_BOIN && Check.given(spec, o)) {
        throw UsageException.of(o, Check.typed(spec, o, "true"), "not an option of tite-boin");
      }
    }
    if (Check.given(spec, "--exact")) {
      throw UsageException.of("--exact", "true", "not with time-to-event options (" + String.join(", ",
          TTE_OPTIONS) + ")");
    }
    if (name != DesignName.TITE_BOIN) {
      for (String o : new String[] {"--max-pending", "--estimator"}) {
        if (Check.given(spec, o)) {
          throw UsageException.of(o, Check.typed(spec, o, ""), "only with --design tite-boin");
        }
      }
    }
    int w = windowDays == null ? 28 : Check.limit(spec, "--window-days", windowDays, Limit.DLT_WINDOW_DAYS);
    double rate = accrualPerWindow == null ? 3
        : Check.limit(spec, "--accrual-per-window", accrualPerWindow, Limit.ACCRUAL_PER_WINDOW);
    double a1 = alpha1 == null ? 0.5 : Check.limit(spec, "--onset-alpha1", alpha1, Limit.ONSET_ALPHA);
    double a2 = alpha2 == null ? 0.5 : Check.limit(spec, "--onset-alpha2", alpha2, Limit.ONSET_ALPHA);
    boolean turnAway = turnAway(name);
    FixedOutcomeSource source = new FixedOutcomeSource(p, new double[p.length], w, a1, a2);
    MonteCarloSettings mc = MonteCarloSettings.of(Check.limit(spec, "--trials", trials, Limit.TRIALS), seed, threads);
    TimedOc r;
    double phi;
    if (name == DesignName.TITE_BOIN) {
      TiteBoin d = titeBoin(oc, spec, p.length);
      phi = d.target();
      r = TimedOc.titeBoin(d, source, rate, turnAway, mc);
    } else {
      EscalationDesign d = oc.countBased(name, p.length);
      phi = oc.reportedTarget(name);
      r = TimedOc.waitingCohorts(d, source, rate, phi, turnAway, mc);
    }
    Map<String, Object> m = oc.json(r.oc(), phi);
    m.put("window_days", w);
    m.put("accrual_per_window", rate);
    m.put("onset_alpha1", a1);
    m.put("onset_alpha2", a2);
    m.put("closed_arrivals", turnAway ? "turn-away" : "wait");
    if (name == DesignName.TITE_BOIN) {
      m.put("max_pending", maxPending == null ? 0.5 : maxPending);
      m.put("estimator", estimatorName());
    }
    m.put("mean_duration_days", r.meanDurationDays().value());
    m.put("mean_duration_days_se", r.meanDurationDays().se());
    m.put("sd_duration_days", Double.isNaN(r.sdDurationDays()) ? null : r.sdDurationDays());
    oc.print(m, OcOutput.table(r.oc()) + String.format(Locale.ROOT,
        "duration (days, from the first patient to the end of the last window): mean %.1f (%.1f), SD %.1f%n%n",
        r.meanDurationDays().value(), r.meanDurationDays().se(), r.sdDurationDays()));
  }

  private boolean turnAway(DesignName name) {
    if (closedArrivals == null) {
      return name == DesignName.TITE_BOIN;
    }
    return switch (closedArrivals.trim().toLowerCase(Locale.ROOT)) {
      case "turn-away" -> true;
      case "wait" -> false;
      default -> throw UsageException.of("--closed-arrivals", closedArrivals, "turn-away or wait");
    };
  }

  private String estimatorName() {
    return estimator == null ? "ess" : estimator.trim().toLowerCase(Locale.ROOT);
  }

  private TiteBoin titeBoin(OcCommand oc, CommandSpec spec, int doses) {
    if (oc.target == null) {
      throw UsageException.of("--target", "(missing)", Limit.TARGET.allowed());
    }
    TiteBoin.Estimator e = switch (estimatorName()) {
      case "ess" -> TiteBoin.Estimator.ESS;
      case "imputation" -> TiteBoin.Estimator.IMPUTATION;
      default -> throw UsageException.of("--estimator", estimator, "ess or imputation");
    };
    TiteBoin.Builder b = oc.options.applyTo(TiteBoin.builder(oc.target, doses).startDose(oc.startDose)
        .estimator(e));
    if (maxPending != null) {
      b.maxPending(Check.limit(spec, "--max-pending", maxPending, Limit.MAX_PENDING));
    }
    if (oc.cohortSize != null) {
      b.cohortSize(oc.cohortSize);
    }
    if (oc.cohorts != null) {
      b.cohorts(oc.cohorts);
    }
    return b.build();
  }
}
