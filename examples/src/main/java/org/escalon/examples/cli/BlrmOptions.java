package org.escalon.examples.cli;

import java.util.List;
import org.escalon.examples.input.Numbers;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.blrm.BlrmPrior;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the BLRM with EWOC ({@code --design blrm}), shared by {@code oc}, {@code next-dose} and {@code
 * dose-paths}. Option names are the library's parameter names in kebab case, so that the library's messages name
 * the option ({@link LibraryErrors}); every value is validated by the library (docs/designs.md, "Model-based
 * designs: BLRM with EWOC").
 */
public final class BlrmOptions {

  @Option(names = "--ref-dose", paramLabel = "D*",
      description = "blrm: the reference dose d* of logit p = log(alpha) + beta log(d/d*), > 0 (required).")
  Double refDose;

  @Option(names = "--prior-median-dlt", paramLabel = "P",
      description = "blrm: prior median DLT probability at d*, in (0, 1) (required; a usual choice is the target "
          + "rate, e.g. 0.25): mean log(alpha) = logit(P).")
  Double priorMedianDlt;

  @Option(names = "--mean-log-beta", paramLabel = "M", description = "blrm: prior mean of log(beta). Default: 0.")
  Double meanLogBeta;

  @Option(names = "--sd-log-alpha", paramLabel = "S",
      description = "blrm: prior SD of log(alpha), in (0, 100]. Default: 2.")
  Double sdLogAlpha;

  @Option(names = "--sd-log-beta", paramLabel = "S", description = "blrm: prior SD of log(beta), in (0, 100]. "
      + "Default: 1.")
  Double sdLogBeta;

  @Option(names = "--correlation", paramLabel = "R",
      description = "blrm: prior correlation of log(alpha) and log(beta), in (-1, 1). Default: 0.")
  Double correlation;

  @Option(names = "--target-lower", paramLabel = "P",
      description = "blrm: lower end of the target interval [P, Q). Default: 0.16.")
  Double targetLower;

  @Option(names = "--overdose-from", paramLabel = "Q",
      description = "blrm: lower end of the overdosing interval [Q, 1]. Default: 0.33.")
  Double overdoseFrom;

  @Option(names = "--ewoc-cutoff", paramLabel = "P",
      description = "blrm: a dose is admissible when P(overdosing) < P, in (0, 1]. Default: 0.25.")
  Double ewocCutoff;

  @Option(names = "--max-increment", paramLabel = "X",
      description = "blrm: next dose at most (1 + X) times the highest dose tried, in (0, 100]. Default: 1 (100 %%).")
  Double maxIncrement;

  @Option(names = "--mtd-min-patients", paramLabel = "N",
      description = "blrm: declare the MTD when the recommended dose has >= N patients and P(target) >= "
          + "--mtd-min-target. Default: 6.")
  Integer mtdMinPatients;

  @Option(names = "--mtd-min-target", paramLabel = "P", description = "blrm: see --mtd-min-patients. Default: 0.5.")
  Double mtdMinTarget;

  @Option(names = "--mtd-enough-patients", paramLabel = "N",
      description = "blrm: declare the MTD when the recommended dose has >= N patients. Default: 9.")
  Integer mtdEnoughPatients;

  /** The BLRM option names (without {@code --doses}, {@code --start-dose}, {@code --cohort-size}). */
  static final List<String> NAMES = List.of("--ref-dose", "--prior-median-dlt", "--mean-log-beta",
      "--sd-log-alpha", "--sd-log-beta", "--correlation", "--target-lower", "--overdose-from", "--ewoc-cutoff",
      "--max-increment", "--mtd-min-patients", "--mtd-min-target", "--mtd-enough-patients");

  /** Throws a usage error for the first BLRM option given to a design that is not the BLRM. */
  static void refuseWith(CommandSpec spec, String design) {
    for (String o : NAMES) {
      if (Check.given(spec, o)) {
        throw UsageException.of(o, Check.typed(spec, o, ""), "only with --design blrm, not " + design);
      }
    }
  }

  /**
   * The design.
   *
   * @param doses the doses (already parsed)
   * @param cohortSize patients per cohort
   * @param maxSampleSize the maximum sample size
   * @param startDose the start dose level
   */
  Blrm design(double[] doses, int cohortSize, int maxSampleSize, int startDose) {
    if (refDose == null) {
      throw UsageException.of("--ref-dose", "(missing)", "a dose > 0 (required with --design blrm)");
    }
    if (priorMedianDlt == null) {
      throw UsageException.of("--prior-median-dlt", "(missing)", "a probability in (0, 1) (required with --design "
          + "blrm; there is no universal default: a usual choice is the target DLT rate)");
    }
    BlrmPrior prior = BlrmPrior.of(priorMedianDlt, or(meanLogBeta, 0), or(sdLogAlpha, 2), or(sdLogBeta, 1),
        or(correlation, 0));
    Blrm.Builder b = Blrm.builder(doses, refDose, prior)
        .intervals(or(targetLower, 0.16), or(overdoseFrom, 0.33))
        .ewocCutoff(or(ewocCutoff, 0.25))
        .maxIncrement(or(maxIncrement, 1.0))
        .mtdMinTarget(or(mtdMinTarget, 0.5))
        .mtdMinPatients(mtdMinPatients == null ? 6 : mtdMinPatients)
        .mtdEnoughPatients(mtdEnoughPatients == null ? 9 : mtdEnoughPatients)
        .maxSampleSize(maxSampleSize)
        .cohortSize(cohortSize)
        .startDose(startDose);
    return b.build();
  }

  private static double or(Double v, double dflt) {
    return v == null ? dflt : v;
  }

  /**
   * {@code --doses} as a list of dose values, or 1..K when not given and {@code k} &gt; 0.
   *
   * @param text the option's text, or null
   * @param k the number of doses when known from elsewhere (e.g. {@code --p-true}), else 0
   */
  static double[] doses(String text, int k) {
    if (text == null) {
      if (k <= 0) {
        throw UsageException.of("--doses", "(missing)", "comma-separated doses > 0, increasing, e.g. 37.5,50,75");
      }
      double[] d = new double[k];
      for (int j = 0; j < k; j++) {
        d[j] = j + 1;
      }
      return d;
    }
    String allowed = "comma-separated doses > 0, strictly increasing, e.g. 37.5,50,75";
    double[] d;
    try {
      d = Numbers.parseList("--doses", text);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--doses", text, allowed + "; " + Check.reason(e));
    }
    for (int j = 0; j < d.length; j++) {
      if (!(d[j] > 0) || (j > 0 && !(d[j] > d[j - 1]))) {
        throw UsageException.of("--doses", text, allowed);
      }
    }
    if (k > 0 && d.length != k) {
      throw UsageException.of("--doses", text, "one dose per true DLT probability (" + k + " doses)");
    }
    return d;
  }
}
