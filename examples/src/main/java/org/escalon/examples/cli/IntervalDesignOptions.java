package org.escalon.examples.cli;

import org.escalon.examples.input.IntervalOptions;
import org.escalon.simulation.study.DesignName;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The BOIN and interval-design options of {@code oc} and {@code next-dose}, in R BOIN's words, as one mixin: the
 * table of which design takes which is {@link IntervalOptions} (shared with scenario files), the values are
 * validated by the library's builders (their messages name these options, {@link LibraryErrors}).
 */
public final class IntervalDesignOptions {

  @Option(names = "--phi1", paramLabel = "P", description = "boin, bf-boin, tite-boin: the highest DLT probability "
      + "deemed underdosing (R p.saf), > 0 and at most 0.9 x target. Default: 0.6 x target.")
  Double phi1;

  @Option(names = "--phi2", paramLabel = "P", description = "boin, bf-boin, tite-boin: the lowest DLT probability "
      + "deemed overdosing (R p.tox), < 1 and at least 1.1 x target. Default: 1.4 x target.")
  Double phi2;

  @Option(names = "--eps1", paramLabel = "E",
      description = "i3+3, mtpi2, keyboard: the target interval starts at target - eps1. Default: 0.05.")
  Double eps1;

  @Option(names = "--eps2", paramLabel = "E",
      description = "i3+3, mtpi2, keyboard: the target interval ends at target + eps2. Default: 0.05.")
  Double eps2;

  @Option(names = "--cutoff-eli", paramLabel = "P", description = "Eliminate a dose and the higher ones when "
      + "Pr(p > target | data) exceeds P, in (0, 1) (R cutoff.eli). Default: 0.95.")
  Double cutoffEli;

  @Option(names = "--extrasafe", description = "Stop the trial when dose 1 is too toxic at the stricter cutoff "
      + "cutoff-eli - offset (R extrasafe).")
  boolean extrasafe;

  @Option(names = "--offset", paramLabel = "X",
      description = "The extra-safe offset, in [0, 0.5) and below --cutoff-eli (R offset). Default: 0.05.")
  Double offset;

  @Option(names = "--n-early-stop", paramLabel = "N", description = "Stop when the current dose has N patients and "
      + "the decision is to stay, 1..1000 (R n.earlystop). Default: 100 (off for the default 30 patients).")
  Integer nEarlyStop;

  @Option(names = "--titration",
      description = "boin, i3+3, mtpi2, keyboard: accelerated titration, one patient per dose until the first DLT.")
  boolean titration;

  @Option(names = "--bound-mtd", description = "boin, bf-boin: the MTD's isotonic estimate must not exceed the "
      + "de-escalation boundary lambda_d (R boundMTD).")
  boolean boundMtd;

  /** The options as given ({@code null} where not given). */
  IntervalOptions options() {
    return new IntervalOptions(phi1, phi2, eps1, eps2, cutoffEli, extrasafe ? Boolean.TRUE : null, offset,
        nEarlyStop, titration ? Boolean.TRUE : null, boundMtd ? Boolean.TRUE : null);
  }

  /** Whether any of these options was given. */
  boolean anyGiven() {
    return !options().equals(IntervalOptions.NONE);
  }

  /**
   * The options, after refusing the first one {@code design} does not take: {@code --phi1 = '0.2': must be only with
   * --design boin, bf-boin or tite-boin (not an option of i3+3)}.
   */
  IntervalOptions forDesign(CommandSpec spec, DesignName design) {
    IntervalOptions o = options();
    IntervalOptions.Option bad = o.firstNotFor(design);
    if (bad != null) {
      throw UsageException.of(bad.cliName(), Check.typed(spec, bad.cliName(), "true"),
          IntervalOptions.onlyWith(bad, design, "--design "));
    }
    return o;
  }
}
