package org.escalon.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.BlrmEvaluation;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import org.escalon.simulation.design.blrm.DoseSummary;
import org.escalon.examples.input.Numbers;
import picocli.CommandLine.Option;

/**
 * {@code next-dose --design blrm}: the data as per-dose counts ({@code --counts-n}, {@code --counts-y},
 * {@code --current-dose}) and the BLRM's answer: per dose the interval probabilities, the posterior mean and
 * quantiles of the DLT probability and whether EWOC admits it; the recommended level, the next dose and whether
 * and why the trial stops.
 */
public final class BlrmNextDose {

  @Option(names = "--counts-n", paramLabel = "N1,N2,...",
      description = "blrm: patients treated per dose, comma-separated, one per dose. Default: none treated.")
  String countsN;

  @Option(names = "--counts-y", paramLabel = "Y1,Y2,...",
      description = "blrm: patients with a DLT per dose, comma-separated, 0 <= Y <= N. Default: none.")
  String countsY;

  @Option(names = "--current-dose", paramLabel = "LEVEL",
      description = "blrm: the level of the last cohort (for the decision label E/S/D). Default: the highest level "
          + "with patients.")
  Integer currentDose;

  /** The option names of this class. */
  static final List<String> NAMES = List.of("--counts-n", "--counts-y", "--current-dose");

  /** The history given by the counts, for {@code k} doses. */
  TrialState history(int k) {
    int[] n = counts("--counts-n", countsN, k);
    int[] y = counts("--counts-y", countsY, k);
    int highest = 0;
    for (int j = 0; j < k; j++) {
      if (y[j] > n[j]) {
        throw UsageException.of("--counts-y", countsY, "at most --counts-n at every dose; dose " + (j + 1)
            + " has y = " + y[j] + " > n = " + n[j]);
      }
      if (n[j] > 0) {
        highest = j + 1;
      }
    }
    int current = currentDose == null ? highest : currentDose;
    if (highest == 0 && currentDose != null && currentDose != 0) {
      throw UsageException.of("--current-dose", currentDose, "0 (or absent) when no patient has been treated");
    }
    if (highest > 0 && (current < 1 || current > k || n[current - 1] == 0)) {
      throw UsageException.of("--current-dose", current, "a level in 1.." + k + " with patients (--counts-n)");
    }
    TrialState s = new TrialState(k);
    s.set(n, y, current);
    return s;
  }

  private static int[] counts(String option, String text, int k) {
    int[] c = new int[k];
    if (text == null) {
      return c;
    }
    String[] parts = text.split(",", -1);
    String allowed = "comma-separated whole numbers >= 0, one per dose (" + k + ")";
    if (parts.length != k) {
      throw UsageException.of(option, text, allowed);
    }
    for (int j = 0; j < k; j++) {
      double v;
      try {
        v = Numbers.parseDouble(option, parts[j]);
      } catch (IllegalArgumentException e) {
        throw UsageException.of(option, text, allowed + "; " + Check.reason(e));
      }
      if (!(v >= 0 && v <= 10_000 && v == Math.rint(v))) {
        throw UsageException.of(option, text, allowed + "; " + parts[j].strip() + " is not");
      }
      c[j] = (int) v;
    }
    return c;
  }

  /** The answer as a map (JSON keys), per-dose quantities as lists. */
  static Map<String, Object> result(Blrm design, TrialState h) {
    BlrmEvaluation e = design.evaluate(h, true);
    Recommendation r = design.decide(h);
    DoseSummary[] s = e.summaries();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", "blrm");
    m.put("doses", list(design.model().doses()));
    m.put("n", ints(h.nArray()));
    m.put("y", ints(h.yArray()));
    List<Double> under = new ArrayList<>();
    List<Double> target = new ArrayList<>();
    List<Double> over = new ArrayList<>();
    List<Double> mean = new ArrayList<>();
    List<Double> q025 = new ArrayList<>();
    List<Double> q50 = new ArrayList<>();
    List<Double> q975 = new ArrayList<>();
    List<Boolean> admissible = new ArrayList<>();
    List<Boolean> inReach = new ArrayList<>();
    for (int j = 0; j < s.length; j++) {
      under.add(s[j].pUnder());
      target.add(s[j].pTarget());
      over.add(s[j].pOver());
      mean.add(s[j].mean());
      q025.add(s[j].q025());
      q50.add(s[j].q50());
      q975.add(s[j].q975());
      admissible.add(e.admissible()[j]);
      inReach.add(e.candidate()[j]);
    }
    m.put("p_under", under);
    m.put("p_target", target);
    m.put("p_over", over);
    m.put("mean", mean);
    m.put("q025", q025);
    m.put("q50", q50);
    m.put("q975", q975);
    m.put("admissible", admissible);
    m.put("in_reach", inReach);
    m.put("recommended", e.recommendedDose());
    m.put("decision", h.currentDose() == 0 ? "start" : r.decision().name());
    m.put("next_dose", r.nextDose());
    m.put("cohort_size", r.cohortSize());
    m.put("stop", !r.proceeds());
    m.put("stop_reason", r.stopReason().name().toLowerCase(Locale.ROOT));
    m.put("mtd", r.proceeds() ? 0 : design.selectMtd(h));
    return m;
  }

  private static List<Integer> ints(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int v : a) {
      l.add(v);
    }
    return l;
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>();
    for (double v : a) {
      l.add(v);
    }
    return l;
  }
}
