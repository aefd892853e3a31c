package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.simulation.study.DesignName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon next-dose}: what a design would do next after the outcomes so far, between cohorts of a running
 * trial (R {@code dfcrm::crm()} and {@code escalation}'s {@code fit(...) %>% recommended_dose()} and
 * {@code continue()}): the rule-based designs ({@link RuleNextDose}) and the CRM ({@link CrmNextDose}).
 *
 * <p>One class per design family holds its options and its output ({@link CrmNextDose} for {@code crm} and {@code
 * tite-crm}); this command holds what they share (the design, {@code --doses}, the outcomes, the format), refuses
 * the options of the other families and prints the map the family returns, as JSON or as a two-column table.
 * Adding a design: a class with its options ({@code @Mixin} here), its option names and a {@code result(...)}, and
 * one case in {@link #run()}.
 */
@Command(name = "next-dose", mixinStandardHelpOptions = true,
    description = "The next dose of a model-based design after the outcomes so far: the model's recommended level "
        + "and the next dose after the conduct rules, with the posterior summaries.")
public final class NextDoseCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--design", required = true, paramLabel = "DESIGN",
      description = "3+3 (= 3+3A), 3+3B, boin, i3+3, mtpi2, keyboard, crm, tite-crm or blrm.")
  String design;

  @Option(names = "--doses", paramLabel = "K",
      description = "The number of doses (rule-based designs: required; crm/tite-crm: needed with --halfwidth/--nu "
          + "instead of --skeleton); blrm: the dose values, e.g. 37.5,50,62.5,75,100.")
  String doses;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUTCOMES",
      description = "crm: cohorts as in R escalation, a dose level and N (no DLT) or T (DLT) per patient, "
          + "e.g. \"1NNN 2NTN\"; tite-crm: patients, each LEVEL:T or LEVEL:N/DAYS (follow-up days without DLT), "
          + "e.g. \"1:N/28 2:T 2:N/10\". Empty or absent: no patient yet.")
  String outcomes;

  @Mixin CrmNextDose crm;
  @Mixin BlrmOptions blrm;
  @Mixin BlrmNextDose blrmCounts;
  @Mixin IntervalDesignOptions interval;
  @Mixin FormatOption format;

  /** Options every design family accepts. */
  private static final List<String> COMMON = List.of("--design", "--doses", "--format", "--help", "--version");

  @Override
  public void run() {
    String d = design == null ? "" : design.trim().toLowerCase(Locale.ROOT);
    boolean json = format.json();
    Map<String, Object> result = switch (d) {
      case "crm" -> {
        refuseOthers(CrmNextDose.names(false));
        yield crm.result(spec, doses, outcomes, false);
      }
      case "tite-crm" -> {
        refuseOthers(CrmNextDose.names(true));
        yield crm.result(spec, doses, outcomes, true);
      }
      case "blrm" -> blrm();
      default -> ruleBased();
    };
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.write(result) : table(result));
    out.flush();
  }

  /**
   * The BLRM with EWOC on per-dose counts ({@link BlrmNextDose}): {@code --doses} lists the dose values; the sample
   * size defaults to 1000 patients (no stop by size), the cohort size to 3, the start dose to 1.
   */
  private Map<String, Object> blrm() {
    List<String> own = new ArrayList<>(BlrmOptions.NAMES);
    own.addAll(BlrmNextDose.NAMES);
    own.addAll(List.of("--cohort-size", "--sample-size", "--start-dose"));
    refuseOthers(own);
    double[] ds = BlrmOptions.doses(doses, 0);
    org.escalon.simulation.design.Blrm d = blrm.design(ds, crm.cohortSize == null ? 3 : crm.cohortSize,
        crm.sampleSize == null ? 1000 : crm.sampleSize, crm.startDose == null ? 1 : crm.startDose);
    return BlrmNextDose.result(d, blrmCounts.history(ds.length));
  }

  /** 3+3 and the interval designs ({@link RuleNextDose}). */
  private Map<String, Object> ruleBased() {
    DesignName name;
    try {
      name = DesignName.parse(design);
    } catch (IllegalArgumentException e) {
      throw UsageException.of("--design", design, RULE_BASED + ", crm, tite-crm or blrm");
    }
    if (!List.of(DesignName.THREE_PLUS_THREE_A, DesignName.THREE_PLUS_THREE_B, DesignName.BOIN,
        DesignName.I3PLUS3, DesignName.MTPI2, DesignName.KEYBOARD).contains(name)) {
      throw UsageException.of("--design", design, RULE_BASED + ", crm or tite-crm (" + name.key()
          + " needs follow-up times or a prior: see docs/designs.md)");
    }
    IntervalOptions options = interval.forDesign(spec, name);
    refuseOthers(RuleNextDose.names(name));
    return RuleNextDose.result(name, doses, outcomes, crm.target, crm.cohortSize, crm.sampleSize, options);
  }

  private static final String RULE_BASED = "one of 3+3 (= 3+3A), 3+3B, boin, i3+3, mtpi2, keyboard";

  /** Refuses every given option that is neither common nor in {@code own}. */
  private void refuseOthers(List<String> own) {
    CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    for (CommandLine.Model.OptionSpec o : pr.matchedOptions()) {
      String name = o.longestName();
      if (!COMMON.contains(name) && !own.contains(name)) {
        throw UsageException.of(name, Check.typed(spec, name, ""), "not an option of --design " + design);
      }
    }
  }

  private static String table(Map<String, Object> m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-20s %s%n", e.getKey(), show(e.getValue())));
    }
    return sb.toString().stripTrailing();
  }

  private static String show(Object v) {
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        parts.add(show(o));
      }
      return String.join(" ", parts);
    }
    if (v instanceof Double x) {
      return String.format(Locale.ROOT, "%.6g", x);
    }
    return String.valueOf(v);
  }
}
