package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.simulation.design.Blrm;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.Recommendation;
import org.escalon.simulation.design.TrialState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon dose-paths}: every outcome of the next cohorts and what the design decides after each, as R
 * {@code escalation}'s {@code get_dose_paths} shows them. A model-based design has no n × y decision table; its
 * dose paths are how its behaviour is audited. Outcomes of a cohort are counted, not ordered ({@code NNT} stands
 * for any order): the designs decide from counts.
 */
@Command(name = "dose-paths", mixinStandardHelpOptions = true,
    description = "All outcomes of the next cohorts and the design's decision after each (like R escalation's "
        + "dose paths), from the data so far (--counts-n/--counts-y, default: the start of the trial).")
public final class DosePathsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", required = true, paramLabel = "DESIGN", description = "blrm.")
  String design;

  @Option(names = "--doses", paramLabel = "D1,D2,...", required = true,
      description = "The doses, strictly increasing, > 0 (the BLRM's covariate is log(dose / --ref-dose)).")
  String doses;

  @Option(names = "--cohorts", defaultValue = "2", paramLabel = "M",
      description = "Number of future cohorts to enumerate, in [1, 4]. Default: ${DEFAULT-VALUE}.")
  int cohorts;

  @Option(names = "--cohort-size", defaultValue = "3", paramLabel = "C",
      description = "Patients per cohort, in [1, 6] here. Default: ${DEFAULT-VALUE}.")
  int cohortSize;

  @Option(names = "--max-sample-size", defaultValue = "30", paramLabel = "N",
      description = "The trial's maximum sample size (a stop rule). Default: ${DEFAULT-VALUE}.")
  int maxSampleSize;

  @Option(names = "--start-dose", defaultValue = "1", paramLabel = "D", description = "Start dose level. Default: 1.")
  int startDose;

  @Mixin BlrmOptions blrm;
  @Mixin BlrmNextDose counts;
  @Mixin FormatOption format;

  @Override
  public void run() {
    String d = design == null ? "" : design.trim().toLowerCase(Locale.ROOT);
    if (!d.equals("blrm")) {
      throw UsageException.of("--design", design, "blrm");
    }
    String fmt = format.format(OcCommand.FORMATS);
    Check.range("--cohorts", cohorts, 1, 4);
    Check.range("--cohort-size", cohortSize, 1, 6);
    double[] ds = BlrmOptions.doses(doses, 0);
    Blrm b = blrm.design(ds, cohortSize, maxSampleSize, startDose);
    TrialState start = counts.history(ds.length);
    List<Map<String, Object>> rows = new ArrayList<>();
    walk(b, start, "", 0, rows);
    PrintWriter out = spec.commandLine().getOut();
    switch (fmt) {
      case "json" -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("design", "blrm");
        m.put("doses", ds);
        m.put("paths", rows);
        out.println(Json.write(m));
      }
      case "csv" -> out.print(csv(rows));
      default -> out.println(table(rows));
    }
    out.flush();
  }

  /** Depth-first: the decision at {@code state}, then each outcome of the next cohort. */
  private void walk(EscalationDesign d, TrialState state, String path, int depth, List<Map<String, Object>> rows) {
    Recommendation r = d.decide(state);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("path", path.isEmpty() ? "(now)" : path.strip());
    row.put("cohort", depth);
    row.put("next_dose", r.nextDose());
    row.put("stop", !r.proceeds());
    row.put("stop_reason", r.stopReason().name().toLowerCase(Locale.ROOT));
    int mtd = r.proceeds() ? 0 : d.selectMtd(state);
    row.put("mtd", mtd == 0 ? null : mtd); // a level, null for none (as select-mtd and next-dose)
    rows.add(row);
    if (!r.proceeds() || depth == cohorts) {
      return;
    }
    int c = r.cohortSize();
    for (int y = 0; y <= c; y++) {
      TrialState next = new TrialState(state.doseCount());
      next.copyFrom(state);
      next.treat(r.nextDose(), c, y);
      walk(d, next, path + " " + r.nextDose() + "N".repeat(c - y) + "T".repeat(y), depth + 1, rows);
    }
  }

  /** One line per path, the JSON's fields as columns (an empty {@code mtd}: none). */
  static String csv(List<Map<String, Object>> rows) {
    StringBuilder sb = new StringBuilder("path,cohort,next_dose,stop,stop_reason,mtd\n");
    for (Map<String, Object> r : rows) {
      sb.append(r.get("path")).append(',').append(r.get("cohort")).append(',').append(r.get("next_dose"))
          .append(',').append(r.get("stop")).append(',').append(r.get("stop_reason")).append(',')
          .append(r.get("mtd") == null ? "" : r.get("mtd")).append('\n');
    }
    return sb.toString();
  }

  private static String table(List<Map<String, Object>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-32s %s%n", "outcomes (from now)", "decision"));
    for (Map<String, Object> r : rows) {
      int depth = (Integer) r.get("cohort");
      String label = "  ".repeat(depth) + r.get("path");
      String decision = (Boolean) r.get("stop")
          ? "stop (" + r.get("stop_reason") + "), MTD " + (r.get("mtd") == null ? "none" : r.get("mtd"))
          : "next dose " + r.get("next_dose");
      sb.append(String.format(Locale.ROOT, "%-32s %s%n", label, decision));
    }
    return sb.toString().stripTrailing();
  }
}
