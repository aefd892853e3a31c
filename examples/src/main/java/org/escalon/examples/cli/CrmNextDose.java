package org.escalon.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalon.examples.input.Numbers;
import org.escalon.simulation.design.CohortHistory;
import org.escalon.simulation.design.Crm;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TiteCrm;
import org.escalon.simulation.design.crm.CrmFit;
import org.escalon.simulation.design.crm.TiteWeights;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code next-dose --design crm|tite-crm}: the dfcrm {@code crm()} / {@code titecrm()} fit of the outcomes and the
 * next dose after the conduct rules ({@link Crm}, {@link TiteCrm}).
 *
 * <p>TITE-CRM outcome notation (ours): blank-separated patients in order of entry, each {@code LEVEL} then {@code N}
 * or {@code T}, then {@code /DAYS}: {@code 2N/10} = no DLT so far after 10 days of follow-up, {@code 2T/9} = a DLT
 * on day 9 ({@code 2T} without days is allowed with linear weights, where the day does not matter).
 */
public final class CrmNextDose {

  private static final Pattern TITE = Pattern.compile("([0-9]+)([NT])(?:/([^\\s]*))?");

  @Mixin CrmOptions crm;

  @Option(names = "--target", paramLabel = "PHI", description = "Target DLT probability, in [0.05, 0.6] (not for 3+3).")
  Double target;

  @Option(names = "--cohort-size", paramLabel = "C",
      description = "crm and interval designs: patients per cohort (the next cohort's size). Default: 3.")
  Integer cohortSize;

  @Option(names = "--sample-size", paramLabel = "N",
      description = "The trial's sample size; when reached the trial stops (crm: stop is true and next_dose null). "
          + "Default: no stop by sample size.")
  Integer sampleSize;

  @Option(names = "--start-dose", paramLabel = "D", description = "crm/tite-crm: the first dose. Default: 1.")
  Integer startDose;

  @Option(names = "--window-days", paramLabel = "W", description = "tite-crm: the DLT observation window in days.")
  Double windowDays;

  @Option(names = "--weights", paramLabel = "linear|adaptive",
      description = "tite-crm: dfcrm's weighting scheme. Default: linear.")
  String weights;

  /** The option names of crm (or tite-crm). */
  static List<String> names(boolean tite) {
    List<String> l = new ArrayList<>(CrmOptions.NAMES);
    l.addAll(List.of("--target", "--sample-size", "--start-dose"));
    l.addAll(tite ? List.of("--window-days", "--weights") : List.of("--cohort-size"));
    return l;
  }

  /** The output map. */
  Map<String, Object> result(CommandSpec spec, String dosesText, String outcomes, boolean tite) {
    if (target == null) {
      throw UsageException.of("--target", "(missing)", "a number in [0.05, 0.6]");
    }
    int doses = 0;
    if (dosesText != null) {
      try {
        doses = Numbers.parseInt("--doses", dosesText);
      } catch (IllegalArgumentException e) {
        throw UsageException.of("--doses", dosesText, "the number of doses, a whole number in [1, 30]");
      }
      Check.range("--doses", doses, 1, 30);
    }
    double[] skel = crm.skeleton(spec, target, doses, "--doses");
    Crm.Builder b = crm.builder(target, skel).cohortSize(tite ? 1 : cohortSize == null ? 3 : cohortSize);
    if (startDose != null) {
      b.startDose(startDose);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", tite ? "tite-crm" : "crm");
    m.put("model", crm.model().key());
    m.put("target", target);
    m.put("skeleton", list(skel));
    return tite ? tite(spec, b, outcomes, skel.length, m) : crm(b, outcomes, skel.length, m);
  }

  private Map<String, Object> crm(Crm.Builder b, String outcomes, int k, Map<String, Object> m) {
    CohortHistory h;
    try {
      h = CohortHistory.parse(outcomes == null ? "" : outcomes, k);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("OUTCOMES", outcomes, "cohorts such as \"1NNN 2NTN\" (a dose level in 1.." + k
          + " followed by N or T per patient); " + e.getMessage());
    }
    int n = sampleSize != null ? sampleSize : largestSample(b, h.patients());
    Crm design = b.sampleSize(n).build();
    CrmFit fit = design.fit(h);
    Recommendation r = design.decide(h);
    m.put("outcomes", h.toString());
    m.put("patients", h.patients());
    putFit(m, fit, r.proceeds() ? r.nextDose() : 0, r.proceeds() ? null : r.stopReason().name());
    return m;
  }

  /** Without --sample-size: the largest multiple of the cohort size allowed, so that the trial goes on. */
  private int largestSample(Crm.Builder b, int patients) {
    int c = cohortSize == null ? 3 : cohortSize;
    return Math.max(c, 1000 / c * c);
  }

  private Map<String, Object> tite(CommandSpec spec, Crm.Builder b, String outcomes, int k, Map<String, Object> m) {
    if (windowDays == null) {
      throw UsageException.of("--window-days", "(missing)", "the DLT window in days, in [1, 366]");
    }
    TiteWeights.Scheme scheme;
    try {
      scheme = weights == null ? TiteWeights.Scheme.LINEAR : TiteWeights.Scheme.parse(weights);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--weights", weights, "linear or adaptive");
    }
    List<int[]> lv = new ArrayList<>();
    List<Boolean> t = new ArrayList<>();
    List<Double> days = new ArrayList<>();
    String text = outcomes == null ? "" : outcomes.trim();
    if (!text.isEmpty()) {
      for (String token : text.split("\\s+")) {
        parseTitePatient(token, k, scheme, lv, t, days);
      }
    }
    int count = lv.size();
    int[] level = new int[count];
    boolean[] dlt = new boolean[count];
    double[] fu = new double[count];
    for (int i = 0; i < count; i++) {
      level[i] = lv.get(i)[0];
      dlt[i] = t.get(i);
      fu[i] = days.get(i);
    }
    int n = sampleSize != null ? sampleSize : 1000;
    TiteCrm design = TiteCrm.of(b.sampleSize(n).build(), windowDays, scheme);
    CrmFit fit = design.fit(level, dlt, fu);
    int next = design.nextDose(count, level, dlt, fu);
    m.put("window_days", windowDays);
    m.put("weights_scheme", scheme.key());
    m.put("outcomes", text);
    m.put("patients", count);
    m.put("weights", list(design.weights(dlt, fu)));
    putFit(m, fit, next, next == 0 ? (count >= n ? "SAMPLE_SIZE" : "TOO_TOXIC") : null);
    return m;
  }

  private void parseTitePatient(String token, int k, TiteWeights.Scheme scheme, List<int[]> lv, List<Boolean> t,
      List<Double> days) {
    String allowed = "patients such as \"1N/28 2T/9 2N/10\": a dose level in 1.." + k + ", N (no DLT) or T (DLT), "
        + "then /DAYS of follow-up (N) or the DLT's onset day (T; optional with linear weights)";
    Matcher mt = TITE.matcher(token.toUpperCase(java.util.Locale.ROOT));
    if (!mt.matches()) {
      throw UsageException.of("OUTCOMES", token, allowed);
    }
    int level;
    try {
      level = Integer.parseInt(mt.group(1));
    } catch (NumberFormatException e) {
      throw UsageException.of("OUTCOMES", token, allowed);
    }
    if (level < 1 || level > k) {
      throw UsageException.of("OUTCOMES", token, allowed + "; level " + mt.group(1) + " is not");
    }
    boolean dlt = mt.group(2).equals("T");
    String d = mt.group(3);
    double day;
    if (d == null) {
      if (!dlt || scheme == TiteWeights.Scheme.ADAPTIVE) {
        throw UsageException.of("OUTCOMES", token, allowed + "; /DAYS is missing");
      }
      day = 0;
    } else {
      try {
        day = Numbers.parseDouble("days", d);
      } catch (IllegalArgumentException e) {
        throw UsageException.of("OUTCOMES", token, allowed + "; '" + d + "' is not " + Numbers.NUMBER);
      }
      if (!(day >= 0 && day <= 10_000)) {
        throw UsageException.of("OUTCOMES", token, allowed + "; days must be in [0, 10000]");
      }
    }
    lv.add(new int[] {level});
    t.add(dlt);
    days.add(day);
  }

  private static void putFit(Map<String, Object> m, CrmFit fit, int next, String stop) {
    m.put("recommended", fit.recommended());
    m.put("next_dose", next == 0 ? null : next);
    m.put("stop", stop != null);
    if (stop != null) {
      m.put("stop_reason", stop);
    }
    m.put("beta_mean", fit.betaMean());
    m.put("beta_var", fit.betaVar());
    m.put("conf_level", fit.confLevel());
    m.put("ptox", list(fit.ptox()));
    m.put("ptox_lower", list(fit.ptoxLower()));
    m.put("ptox_upper", list(fit.ptoxUpper()));
    m.put("post_mean_dlt_prob", list(fit.postMeanDltProb()));
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }
}
