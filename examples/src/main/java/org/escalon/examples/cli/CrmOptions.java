package org.escalon.examples.cli;

import java.util.List;
import org.escalon.examples.input.Limit;
import org.escalon.examples.input.Numbers;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.crm.CrmModel;
import org.escalon.simulation.design.crm.CrmSkeleton;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The CRM's options, shared by {@code oc --design crm|tite-crm} and {@code next-dose --design crm|tite-crm}: the
 * model, the skeleton (given, or from dfcrm's {@code getprior}), the prior and the conduct and safety options.
 * The library validates the values; errors name the option (see {@link LibraryErrors}).
 */
public final class CrmOptions {

  /** The options of this mixin, refused with the other designs. */
  static final List<String> NAMES = List.of("--model", "--skeleton", "--halfwidth", "--nu", "--intercept",
      "--scale", "--conf-level", "--unrestricted", "--stop-when-lowest-too-toxic", "--deescalate-one-level");

  @Option(names = "--model", paramLabel = "empiric|logistic",
      description = "crm/tite-crm: the dose-toxicity model, empiric (p = skeleton^exp(beta), default) or logistic "
          + "(p = 1/(1 + exp(-3 - exp(beta) x))), as R dfcrm.")
  String model;

  @Option(names = "--skeleton", paramLabel = "P1,P2,...",
      description = "crm/tite-crm: the prior DLT probability of each dose, increasing, each in (0, 1). Or give "
          + "--halfwidth and --nu (dfcrm getprior); neither: getprior with halfwidth 0.25 x target and nu = the "
          + "middle dose.")
  String skeleton;

  @Option(names = "--halfwidth", paramLabel = "DELTA",
      description = "crm/tite-crm: getprior's half-width of the indifference intervals (with --nu), "
          + "0 < target - DELTA, target + DELTA < 1.")
  Double halfwidth;

  @Option(names = "--nu", paramLabel = "LEVEL",
      description = "crm/tite-crm: getprior's prior MTD level (with --halfwidth), 1..number of doses.")
  Integer nu;

  @Option(names = "--intercept", paramLabel = "A",
      description = "crm/tite-crm, logistic model: the intercept. Default: 3 (dfcrm).")
  Double intercept;

  @Option(names = "--scale", paramLabel = "SD",
      description = "crm/tite-crm: prior standard deviation of beta, in (0, 100]. Default: sqrt(1.34) (dfcrm).")
  Double scale;

  @Option(names = "--conf-level", paramLabel = "C",
      description = "crm/tite-crm: level of ptox_lower/ptox_upper, in (0, 1). Default: 0.9 (dfcrm).")
  Double confLevel;

  @Option(names = "--unrestricted",
      description = "crm/tite-crm: use the model's level as it is (dfcrm restrict = FALSE); by default at most one "
          + "level above the last cohort's, and no escalation after a cohort with DLT fraction >= target.")
  boolean unrestricted;

  @Option(names = "--stop-when-lowest-too-toxic", paramLabel = "P",
      description = "crm/tite-crm safety option (off by default): stop with no MTD when "
          + "Pr(p_1 > target | data) > P, in [0.5, 1); 0.9 is usual.")
  Double stopWhenLowestTooToxic;

  @Option(names = "--deescalate-one-level",
      description = "crm/tite-crm safety option (off by default): de-escalate at most one level per cohort.")
  boolean deescalateOneLevel;

  /** The model (default empiric). */
  CrmModel model() {
    if (model == null) {
      return CrmModel.EMPIRIC;
    }
    try {
      return CrmModel.parse(model);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--model", model, "empiric or logistic");
    }
  }

  /**
   * The skeleton: {@code --skeleton}, or getprior from {@code --halfwidth} and {@code --nu}, or the default; with
   * {@code doses} the required number of doses (0 when the skeleton decides), named by {@code dosesOption}.
   */
  double[] skeleton(CommandSpec spec, double target, int doses, String dosesOption) {
    CrmModel m = model();
    if (skeleton != null) {
      if (halfwidth != null || nu != null) {
        throw UsageException.of(halfwidth != null ? "--halfwidth" : "--nu",
            Check.typed(spec, halfwidth != null ? "--halfwidth" : "--nu", ""), "not with --skeleton");
      }
      String allowed = "comma-separated prior DLT probabilities, increasing, each in (0, 1), "
          + Limit.DOSE_LEVELS.allowed();
      double[] s;
      try {
        s = Numbers.parseList("--skeleton", skeleton);
      } catch (IllegalArgumentException e) {
        throw UsageException.of("--skeleton", skeleton, allowed + "; " + Check.reason(e));
      }
      if (!Limit.DOSE_LEVELS.contains(s.length)) {
        throw UsageException.of("--skeleton", skeleton, allowed);
      }
      for (int j = 0; j < s.length; j++) {
        if (!(s[j] > 0 && s[j] < 1) || (j > 0 && !(s[j] > s[j - 1]))) {
          throw UsageException.of("--skeleton", skeleton, allowed + "; entry " + (j + 1) + " is not");
        }
      }
      if (doses > 0 && s.length != doses) {
        throw UsageException.of("--skeleton", skeleton, "one probability per dose: " + doses + " (from "
            + dosesOption + "), not " + s.length);
      }
      return s;
    }
    if (doses < 1) {
      throw UsageException.of(dosesOption, "(missing)", "the number of doses, needed without --skeleton");
    }
    if ((halfwidth == null) != (nu == null)) {
      String missing = halfwidth == null ? "--halfwidth" : "--nu";
      throw UsageException.of(missing, "(missing)", "--halfwidth and --nu go together (dfcrm getprior)");
    }
    double a = intercept == null ? CrmSkeleton.DEFAULT_INTERCEPT : intercept;
    if (halfwidth == null) {
      return CrmSkeleton.getprior(0.25 * target, target, (doses + 1) / 2, doses, m, a);
    }
    return CrmSkeleton.getprior(halfwidth, target, nu, doses, m, a);
  }

  /** A builder with this mixin's options applied (cohort size, sample size and start dose are the caller's). */
  Crm.Builder builder(double target, double[] skel) {
    Crm.Builder b = Crm.builder(target, skel).model(model()).restrict(!unrestricted)
        .deescalateOneLevel(deescalateOneLevel);
    if (intercept != null) {
      b.intercept(intercept);
    }
    if (scale != null) {
      b.scale(scale);
    }
    if (confLevel != null) {
      b.confLevel(confLevel);
    }
    if (stopWhenLowestTooToxic != null) {
      b.stopWhenLowestTooToxic(stopWhenLowestTooToxic);
    }
    return b;
  }
}
