package org.escalon.examples.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format FMT}, shared by every command that prints results: {@code table} (for people, the default
 * everywhere), {@code json} (for programs, every command) and {@code csv} (for spreadsheets and R's {@code
 * read.csv}; the commands whose result is a table: {@code boundaries}, {@code oc}, {@code select-mtd}, {@code
 * dose-paths}); {@code boundaries} also offers {@code decisions}. JSON and CSV use the same names, in snake case
 * with units in the name where there is one, and a dose level (1-based) or null/empty for "none".
 */
public final class FormatOption {

  /** The formats every command offers. */
  static final List<String> TABLE_OR_JSON = List.of("table", "json");

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table (default) or json; csv for boundaries, oc, select-mtd and dose-paths; decisions for "
          + "boundaries.")
  String format;

  /** The format, which must be one of {@code allowed}. */
  String format(List<String> allowed) {
    if (!allowed.contains(format)) {
      throw UsageException.of("--format", format, "one of " + String.join(", ", allowed));
    }
    return format;
  }

  /** {@code table} or {@code json}. */
  boolean json() {
    return format(TABLE_OR_JSON).equals("json");
  }
}
