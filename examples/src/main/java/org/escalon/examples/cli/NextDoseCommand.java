package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon next-dose}: what a model-based design would do next after the outcomes so far (R {@code
 * dfcrm::crm()} and {@code escalation}'s {@code fit(...) %>% recommended_dose()}).
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

  @Option(names = "--design", required = true, paramLabel = "DESIGN", description = "crm or tite-crm.")
  String design;

  @Option(names = "--doses", paramLabel = "K",
      description = "crm/tite-crm: the number of doses, needed with --halfwidth/--nu instead of --skeleton.")
  String doses;

  @Parameters(index = "0", arity = "0..1", paramLabel = "OUTCOMES",
      description = "crm: cohorts as in R escalation, a dose level and N (no DLT) or T (DLT) per patient, "
          + "e.g. \"1NNN 2NTN\"; tite-crm: patients, each LEVEL:T or LEVEL:N/DAYS (follow-up days without DLT), "
          + "e.g. \"1:N/28 2:T 2:N/10\". Empty or absent: no patient yet.")
  String outcomes;

  @Mixin CrmNextDose crm;
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
      default -> throw UsageException.of("--design", design, "one of crm, tite-crm");
    };
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? Json.write(result) : table(result));
    out.flush();
  }

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
