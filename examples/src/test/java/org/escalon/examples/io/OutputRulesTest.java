package org.escalon.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output-path rules, one row per case: every forbidden path is refused with the one line {@code OPTION =
 * 'PATH': must be …} (also with {@code --force}, except for the marker rule), nothing is created by a refusal, and
 * every allowed path can be staged and rolled back leaving the file system exactly as it was (including parents
 * that had to be created). Runs in a temporary directory; the working directory and its ancestors are only
 * checked, never written.
 */
class OutputRulesTest {

  @TempDir Path tmp;
  Path input;

  /** One row: the outputs, the expected message (null: allowed). */
  record Row(String name, List<OutputRules.Target> outputs, String message) { }

  static OutputRules.Target dir(Object path, boolean force) {
    return new OutputRules.Target("--out", Path.of(path.toString()), OutputRules.Kind.DIRECTORY, force);
  }

  static OutputRules.Target file(String option, Object path) {
    return new OutputRules.Target(option, Path.of(path.toString()), OutputRules.Kind.FILE, false);
  }

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(tmp.resolve("scen"));
    input = Files.writeString(tmp.resolve("scen/tiny.yaml"), "name: tiny\n");
    Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(tmp.resolve("docs/notes.md"), "mine");
    Files.createDirectories(tmp.resolve("marked"));
    Files.writeString(tmp.resolve("marked/" + OutputRules.MARKER), "");
    Files.writeString(tmp.resolve("marked/summary.json"), "{}");
    Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(tmp.resolve("afile"), "x");
    Files.writeString(tmp.resolve("old.csv"), "a,b\n");
    Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("marked"));
  }

  List<Row> rows() {
    Path cwd = Path.of("").toAbsolutePath();
    String must = "--out = '%s': must be ";
    String replace = "a directory Escalon may replace as a whole, not the ";
    List<Row> rows = new ArrayList<>();
    for (boolean force : new boolean[] {false, true}) {
      String f = force ? " (--force)" : "";
      rows.add(new Row("empty" + f, List.of(dir("", force)), must.formatted("") + "a directory name (it is empty)"));
      rows.add(new Row("." + f, List.of(dir(".", force)), must.formatted(".") + replace + "working directory"));
      rows.add(new Row(".." + f, List.of(dir("..", force)), must.formatted("..") + replace + "working directory"));
      rows.add(new Row("/" + f, List.of(dir("/", force)), must.formatted("/") + replace + "file-system root"));
      rows.add(new Row("cwd" + f, List.of(dir(cwd, force)), must.formatted(cwd) + replace + "working directory"));
      rows.add(new Row("cwd/../.." + f, List.of(dir(cwd.getParent().getParent(), force)),
          must.formatted(cwd.getParent().getParent()) + replace + "working directory"));
      rows.add(new Row("folder of the input" + f, List.of(dir(tmp.resolve("scen"), force)),
          must.formatted(tmp.resolve("scen")) + "a directory that holds no input file (it holds " + input));
      rows.add(new Row("ancestor of the input" + f, List.of(dir(tmp, force)),
          must.formatted(tmp) + "a directory that holds no input file"));
      rows.add(new Row("the input itself" + f, List.of(dir(input, force)),
          must.formatted(input) + "a directory (it is a file)"));
      rows.add(new Row("symbolic link" + f, List.of(dir(tmp.resolve("link"), force)),
          must.formatted(tmp.resolve("link")) + "a directory, not a symbolic link"));
      rows.add(new Row("under a file" + f, List.of(dir(tmp.resolve("afile/o"), force)),
          must.formatted(tmp.resolve("afile/o")) + "a path inside a directory (" + tmp.resolve("afile") + " is a file)"));
      rows.add(new Row("marked" + f, List.of(dir(tmp.resolve("marked"), force)), null));
      rows.add(new Row("empty dir" + f, List.of(dir(tmp.resolve("empty"), force)), null));
      rows.add(new Row("new with missing parents" + f, List.of(dir(tmp.resolve("new/a/o"), force)), null));
    }
    rows.add(new Row("unmarked, non-empty", List.of(dir(tmp.resolve("docs"), false)),
        must.formatted(tmp.resolve("docs")) + "a new or empty directory or one written by Escalon (it holds other "
            + "files and no .escalon-output marker; --force replaces it anyway)"));
    rows.add(new Row("unmarked, non-empty, --force", List.of(dir(tmp.resolve("docs"), true)), null));
    String pat = "--export-patients = '%s': must be ";
    rows.add(new Row("file: empty", List.of(file("--export-patients", "")), pat.formatted("")
        + "a file name (it is empty)"));
    rows.add(new Row("file: a directory", List.of(file("--export-patients", tmp.resolve("docs"))),
        pat.formatted(tmp.resolve("docs")) + "a file name (it is a directory)"));
    rows.add(new Row("file: the input", List.of(file("--export-patients", input)),
        pat.formatted(input) + "a file other than the input " + input));
    rows.add(new Row("file: under a file", List.of(file("--export-patients", tmp.resolve("afile/p.csv"))),
        pat.formatted(tmp.resolve("afile/p.csv")) + "a path inside a directory"));
    rows.add(new Row("file: existing", List.of(file("--export-patients", tmp.resolve("old.csv"))), null));
    rows.add(new Row("file: new, missing parents", List.of(file("--export-patients", tmp.resolve("n/m/p.csv"))),
        null));
    Path o = tmp.resolve("o");
    rows.add(new Row("file inside --out", List.of(dir(o, false), file("--export-patients", o.resolve("p.csv"))),
        pat.formatted(o.resolve("p.csv")) + "a path outside --out = '" + o + "' (which is replaced as a whole)"));
    rows.add(new Row("file = --out", List.of(dir(o, false), file("--export-patients", o)),
        pat.formatted(o) + "a path other than --out = '" + o + "'"));
    rows.add(new Row("two equal files", List.of(file("--a", tmp.resolve("x.csv")), file("--b", tmp.resolve("x.csv"))),
        "--b = '" + tmp.resolve("x.csv") + "': must be a path other than --a"));
    rows.add(new Row("--out and file apart", List.of(dir(o, false), file("--export-patients", tmp.resolve("p.csv"))),
        null));
    return rows;
  }

  @Test
  void everyRowIsRefusedOrAllowedAsTheRulesSay() throws IOException {
    List<String> before = listing();
    for (Row row : rows()) {
      if (row.message() != null) {
        assertThatThrownBy(() -> OutputRules.check(row.outputs(), List.of(input))).as(row.name())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(row.message())
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        OutputSet.Builder b = OutputSet.builder().input(input);
        assertThatThrownBy(() -> open(b, row)).as(row.name()).hasMessageStartingWith(row.message());
      } else {
        OutputSet.Builder b = OutputSet.builder().input(input);
        try (OutputSet set = open(b, row)) {
          for (OutputRules.Target t : row.outputs()) {
            Path s = set.staging(t.option());
            assertThat(s.getParent()).as(row.name()).isEqualTo(OutputRules.abs(t.path()).getParent());
            assertThat(s).as(row.name()).exists();
          }
        }
      }
      assertThat(listing()).as(row.name() + ": nothing left behind").isEqualTo(before);
    }
  }

  static OutputSet open(OutputSet.Builder b, Row row) {
    for (OutputRules.Target t : row.outputs()) {
      if (t.kind() == OutputRules.Kind.DIRECTORY) {
        b.directory(t.option(), t.path(), t.force());
      } else {
        b.file(t.option(), t.path());
      }
    }
    return b.open();
  }

  @Test
  void aFifoIsNotAnOutputFile() throws Exception {
    Path fifo = tmp.resolve("fifo");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo available");
    assertThatThrownBy(() -> OutputRules.check(List.of(file("--out", fifo)), List.of()))
        .hasMessage("--out = '" + fifo + "': must be a regular file or a new file name (it is a device, pipe or "
            + "socket)");
  }

  List<String> listing() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      return s.map(p -> tmp.relativize(p).toString()).sorted().toList();
    }
  }
}
