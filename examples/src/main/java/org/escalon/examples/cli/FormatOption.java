package org.escalon.examples.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format FMT}, shared by every command that prints results: {@code table} (for people, the default
 * everywhere) or {@code json} (for programs); {@code boundaries} also offers {@code csv} and {@code decisions}.
 */
public final class FormatOption {

  /** The formats every command offers. */
  static final List<String> TABLE_OR_JSON = List.of("table", "json");

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table (default) or json; boundaries also offers csv and decisions.")
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
