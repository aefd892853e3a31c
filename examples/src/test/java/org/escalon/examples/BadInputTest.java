package org.escalon.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.escalon.examples.cli.Cli;
import org.escalon.examples.sweep.ScenarioException;
import org.escalon.examples.sweep.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input, everywhere the same (issue 10): each row is a bad input through the CLI and the fragments its one-line
 * error must contain (the option, the value as typed, what is allowed). Scenario files and the individuals CSV
 * follow, then the same limits through every door.
 */
class BadInputTest {

  @TempDir Path dir;

  private static void refused(String[] args, String... fragments) {
    Cli.Run r = Cli.run(args);
    String cmd = String.join(" ", args);
    assertThat(r.status()).as(cmd + ": " + r.err()).isEqualTo(2);
    assertThat(r.out()).as(cmd).isEmpty();
    assertThat(r.err()).as(cmd).startsWith("escalon: ").hasLineCount(1).doesNotContain("Exception")
        .contains(fragments);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Java number syntax and non-ASCII digits are not numbers
      "profile --cycles ６|--cycles|６",
      "profile --dose-ug 100f|--dose-ug|100f",
      "profile --dose-ug 100d|--dose-ug|100d",
      "profile --step-h 0x1p6|--step-h|0x1p6",
      "boundaries --target 0.3 --phi1 NaN|--phi1|NaN",
      "profile --dex-mg Infinity|--dex-mg|Infinity",
      "oc --design boin --target 0.3 --p-true 0.1,0x1p-2 --exact|--p-true|0x1p-2",
      "compare --doses-ug 50,1e2f|--doses-ug|1e2f",
      // the same limits as scenario files and CSV, with the typed value (not a converted one) in the message
      "profile --dose-ug 1e12|--dose-ug|1e12",
      "profile --dex-mg 1e308|--dex-mg|1e308",
      "profile --step-h 0.000001|--step-h|0.000001",
      "profile --cycles 101|--cycles|[1, 100]",
      "population --patients 0|--patients|0",
      "compare --accrual-per-month 1e-300|--accrual-per-month|1e-300",
      "compare --target 0.61|--target|0.61",
      // duplicates and decreasing doses
      "compare --designs boin,boin|--designs|boin is listed twice",
      "compare --designs 3+3,3+3A|--designs|3+3A is listed twice",
      "compare --dex-mg 20,20|--dex-mg|20 is listed twice",
      "compare --schedules QD_d1-14,QD_d1-14|--schedules|listed before",
      "compare --doses-ug 100,50|--doses-ug|100,50",
      // options that do not apply to the chosen design are refused, never ignored
      "boundaries --target 0.3 --eps1 0.1|--eps1|not an option of boin",
      "boundaries --design 3+3 --format decisions --target 0.3|--target|3+3",
      "oc --design 3+3 --cohorts 4 --p-true 0.1,0.2 --exact|--cohorts|3+3",
      "oc --design 3+3 --cohort-size 3 --p-true 0.1,0.2 --exact|--cohort-size|3+3",
      "compare --designs 3+3A --cohorts 5|--cohorts|interval design",
      "oc --design boin --target 0.3 --variant B --p-true 0.1,0.2 --exact|--variant|3+3",
      // errors never blame an option the user did not give
      "compare --cohort-size 101|--cohort-size|101",
      "compare --cohort-size 100 --cohorts 11|--cohorts|1000",
      "oc --design boin --target 0.3 --p-true 0.1,0.2 --cutoff-eli 0.01 --exact|--offset = '0.05' (default)|must be",
      // demo: one line, no banner before the error
      "demo --trials 0|--trials|0",
      "demo --threads 2000|--threads|2000",
      // the value as typed, not as Java prints the parsed number (1.0E308)
      "population --atol 1e308|--atol = '1e308'|must be a number in (0, 0.01]",
      "population --rtol 0e0|--rtol = '0e0'|must be a number in (0, 0.1]",
      "population --dose-ug abc|--dose-ug = 'abc'|must be a number",
      "population --param KG=2|--param KG = '2'|must be in [0, 1] 1/day",
      "population --param KG=0x1p1|--param KG = '0x1p1'|must be a number",
      "population --omega KG=5.5|--omega KG = '5.5'|[0, 5]",
      "population --on-failure skip|--on-failure = 'skip'|must be stop or count",
      "profile --compartments 3|--compartments = '3'|must be 1 or 2",
  })
  void cliRefusesWithOneLine(String command, String option, String fragment) {
    String[] args = command.split(" ");
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i].replace('_', ' ');
    }
    refused(args, option, fragment);
    // one form for every option error: --option = 'value as typed': must be ... (a default is marked)
    assertThat(Cli.run(args).err()).as(command)
        .matches("escalon: --[a-z0-9-]+( [A-Z0-9_]+)? = '[^']*'( \\(default\\))?: must be .+\\R");
  }

  @Test
  void nonIncreasingTrueProbabilitiesAreWarnedNotRefused() {
    Cli.Run r = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.3,0.2", "--exact");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("escalon: warning: --p-true 0.1,0.3,0.2 does not increase").hasLineCount(1);
    assertThat(r.out()).contains("(exact)");
  }

  private static void scenarioRefused(String text, String... fragments) {
    assertThatThrownBy(() -> ScenarioFile.parse("s.yaml", text)).isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("s.yaml: ").doesNotContain("\n").contains(fragments));
  }

  @Test
  void scenarioFiles() {
    ScenarioFile a = ScenarioFile.parse("s.yaml", "name: &n tiny study\ndescription: *n\ndoses_ug: &d [50, 100]\n"
        + "grid: {doses_ug: [*d, [25, 50]]}\n");
    assertThat(a.spec().description()).isEqualTo("tiny study");
    assertThat(a.points()).hasSize(2);
    assertThat(a.points().get(0).settings().arms().get(0).levels().get(1).doseUg()).isEqualTo(100);
    scenarioRefused("doses_ug: [50]\ndescription: *m\n", "line 2", "alias *m");
    scenarioRefused("base: &b {target: 0.3}\n<<: *b\ndoses_ug: [50]\n", "merge keys");
    scenarioRefused("doses_ug: [50, 100f]\n", "doses_ug[1]", "100f");
    scenarioRefused("doses_ug: [50, 0x1p6]\n", "doses_ug[1]", "0x1p6");
    scenarioRefused("doses_ug: [50, 0x40]\n", "0x40", "ASCII digits");
    scenarioRefused("doses_ug: [50]\ncycles: ６\n", "cycles", "６");
    scenarioRefused("doses_ug: [50]\ntarget: .nan\n", ".nan");
    scenarioRefused("{\"doses_ug\": [50], \"cycles\": 1e1}".replace("s.yaml", ""), "cycles");
    scenarioRefused("doses_ug: [50, 2e6]\n", "doses_ug[1]", "(0, 1000000] ug");
    scenarioRefused("doses_ug: [50]\ncycles: 101\n", "cycles", "[1, 100]");
    scenarioRefused("doses_ug: [50]\naccrual: {patients_per_month: 1e-300}\n", "accrual.patients_per_month");
    scenarioRefused("doses_ug: [50]\ndex_mg: [20, 20]\n", "dex_mg[1]", "listed before");
    scenarioRefused("doses_ug: [50]\nschedules: [QD d1-14, QD d1-14]\n", "schedules[1]", "listed before");
    scenarioRefused("doses_ug: [50]\ndesigns: [boin, BOIN]\n", "designs[1]", "another design");
    scenarioRefused("levels:\n  - {dose_ug: 100, schedule: QD d1-14}\n  - {dose_ug: 50, schedule: QD d1-14}\n",
        "levels[1].dose_ug", "previous level");
    scenarioRefused("doses_ug: [50]\npopulation: {age: {median_years: 30, min_years: 40, max_years: 80}}\n",
        "population.age.median_years", "[40, 80]");
    scenarioRefused("doses_ug: [50]\ncohort_size: 12\ncohorts: 100\n", "cohorts", "1000 patients");
    // the documented field name, and the old spelling as an alias
    for (String f : List.of("stop_when_n_at_dose", "stop_when_nat_dose")) {
      assertThat(ScenarioFile.parse("s.yaml", "doses_ug: [50]\ndesigns: [{name: boin, " + f + ": 9}]\n").points())
          .hasSize(1);
    }
  }

  @Test
  void scenarioFilesThatAreNotUtf8OrNotReadable() throws Exception {
    Path latin = dir.resolve("latin.yaml");
    Files.write(latin, "name: caf\u00e9\ndoses_ug: [50]\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ScenarioFile.read(latin)).hasMessage(latin + ": not UTF-8 text: byte 0xE9 at byte "
        + "offset 9 (line 1); save the file as UTF-8");
    Path bom = dir.resolve("bom.yaml");
    Files.write(bom, ("\uFEFFdoses_ug: [50]\n").getBytes(StandardCharsets.UTF_8));
    assertThat(ScenarioFile.read(bom).points()).hasSize(1);
    Cli.Run r = Cli.run("sweep", latin.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("byte offset 9").hasLineCount(1);
    Path locked = unreadable("locked.yaml");
    assertThatThrownBy(() -> ScenarioFile.read(locked)).hasMessage(locked + ": permission denied");
    Cli.Run denied = Cli.run("sweep", locked.toString(), "--out", dir.resolve("o2").toString());
    assertThat(denied.status()).isEqualTo(2);
    assertThat(denied.err()).isEqualTo("escalon: " + locked + ": permission denied\n");
    // a path under a regular file cannot be read by anyone, root included
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    Path under = plain.resolve("s.yaml");
    assertThatThrownBy(() -> ScenarioFile.read(under)).hasMessage(under + ": cannot read: " + under
        + ": Not a directory");
  }

  /**
   * A file this process cannot read, named {@code name} in the temporary directory: mode 000 where permissions are
   * enforced; as root (CI), where they are not, a link to a write-only kernel setting that root cannot read either
   * (Linux: reading /proc/sys/vm/compact_memory is refused with EACCES for every user).
   */
  private Path unreadable(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "doses_ug: [50]\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(file)) {
      return file;
    }
    Files.delete(file);
    Path writeOnly = Path.of("/proc/sys/vm/compact_memory");
    assumeTrue(Files.exists(writeOnly), "root without /proc/sys: no file that root cannot read");
    return Files.createSymbolicLink(file, writeOnly);
  }

  private Cli.Run individuals(byte[] csv) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.write(in, csv);
    return Cli.run("simulate-individuals", "--params", in.toString(), "--out", dir.resolve("out.csv").toString(),
        "--cycles", "1", "--threads", "1");
  }

  @Test
  void individualsCsv() throws Exception {
    Cli.Run bom = individuals("\uFEFFID,CL\n1,5\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bom.status()).as(bom.err()).isZero();
    String[][] bad = {
        {"ID,CL\n1,5f\n", "row 1 (ID 1), column 'CL'", "5f"},
        {"ID,CL\n1,0x1p2\n", "row 1 (ID 1), column 'CL'", "0x1p2"},
        {"ID,CL\n1,\uFF15\n", "row 1 (ID 1), column 'CL'", "\uFF15"},
        {"ID,CL\n1,5\n2,5,7\n", "row 2", "column 2", "3 fields"},
        {"ID,CL\n1,\"5\n", "line 2", "malformed CSV"},
        {"ID,CL,CL\n1,5,5\n", "column 3", "same parameter"},
        {"ID,WEIGHT\n1,70\n", "column 2", "unknown column 'WEIGHT'"},
        {"ID,CL\n1,-1\n", "row 1", "column 'CL'", "-1"},
    };
    for (String[] b : bad) {
      Cli.Run r = individuals(b[0].getBytes(StandardCharsets.UTF_8));
      assertThat(r.status()).as(b[0]).isEqualTo(2);
      assertThat(r.err()).as(b[0]).hasLineCount(1).contains(List.of(b).subList(1, b.length));
    }
    Path locked = unreadable("locked.csv");
    Cli.Run denied = Cli.run("simulate-individuals", "--params", locked.toString(), "--out",
        dir.resolve("out.csv").toString());
    assertThat(denied.status()).isEqualTo(2);
    assertThat(denied.err()).isEqualTo("escalon: --params " + locked + ": permission denied\n");
    Cli.Run latin = individuals("ID,CL\n1,5\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin.err()).contains("not UTF-8", "byte 0xE9 at byte offset 15 (line 3)").hasLineCount(1);
  }

  @Test
  void oneLimitThroughEveryDoor() throws Exception {
    // 1e6 ug is the largest dose everywhere; just above it is refused by the CLI, scenario files and compare
    String above = "1000000.5";
    refused(new String[] {"profile", "--dose-ug", above, "--cycles", "1"}, "--dose-ug", above);
    scenarioRefused("doses_ug: [50, " + above + "]\n", "doses_ug[1]");
    scenarioRefused("levels:\n  - {dose_ug: " + above + ", schedule: QD d1-14}\n", "levels[0].dose_ug");
    refused(new String[] {"compare", "--doses-ug", "50," + above}, "--doses-ug", above);
    Cli.Run ok = Cli.run("profile", "--dose-ug", "1e6", "--cycles", "1", "--step-h", "672");
    assertThat(ok.status()).as(ok.err()).isZero();
    assertThat(ScenarioFile.parse("s.yaml", "doses_ug: [50, 1e6]\n").points()).hasSize(1);
    // cycles: 100 allowed, 101 refused, in the CLI and in scenario files
    scenarioRefused("doses_ug: [50]\ncycles: 101\n", "cycles");
    assertThat(ScenarioFile.parse("s.yaml", "doses_ug: [50]\ncycles: 100\n").points()).hasSize(1);
    refused(new String[] {"compare", "--cycles", "101"}, "--cycles", "101");
    refused(new String[] {"profile", "--cycles", "101"}, "--cycles", "101");
  }
}
