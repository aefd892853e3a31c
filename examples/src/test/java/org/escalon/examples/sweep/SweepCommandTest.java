package org.escalon.examples.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code escalon sweep}: outputs, determinism across threads, no partial directory, exit 2 on a bad file. */
class SweepCommandTest {

  static final String SMALL = """
      name: tiny
      doses_ug: [50, 100]
      schedules: [QD d1-14, QD d1-21]
      designs: [boin, "3+3A"]
      cycles: 1
      population: {size: 100}
      trials: 6
      seed: 3
      grid:
        target: [0.25, 0.3]
      """;

  static Path small(Path dir) throws Exception {
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, SMALL);
    return f;
  }

  @Test
  void writesEveryOutputAndIsIndependentOfThreads(@TempDir Path dir) throws Exception {
    Path f = small(dir);
    Path out1 = dir.resolve("one");
    Path out2 = dir.resolve("two");
    Path pat = dir.resolve("patients.csv");
    Run r1 = run("sweep", f.toString(), "--out", out1.toString(), "--threads", "1", "--export-patients",
        pat.toString(), "--export-trials", "2");
    assertThat(r1.status()).as(r1.err()).isZero();
    Run r2 = run("sweep", f.toString(), "--out", out2.toString(), "--threads", "2");
    assertThat(r2.status()).as(r2.err()).isZero();
    for (String n : List.of("summary.json", "selection.csv", "truth.csv", "per_dose.csv", "trials.csv",
        "report.html", "p1_selection_arm1.png", "p1_selection_arm2.svg", "p2_dose_toxicity.png",
        "p2_profile_anc.svg", "p1_sample_size.png", "p2_duration.svg", "p1_profile_mprotein.png")) {
      assertThat(out1.resolve(n)).as(n).isRegularFile();
    }
    for (String n : List.of("selection.csv", "truth.csv", "per_dose.csv", "trials.csv")) {
      assertThat(Files.readString(out2.resolve(n))).as(n).isEqualTo(Files.readString(out1.resolve(n)));
    }
    assertThat(r1.out()).contains("Report: ").contains("point 2 target=0.3").contains("== QD d1-21 ==");
    List<String> sel = Files.readAllLines(out1.resolve("selection.csv"));
    assertThat(sel.get(0)).isEqualTo("point,point_label,arm,schedule,dex_mg,level,dose_ug,design,what,pct,se");
    // 2 points x 2 arms x 2 designs x (none + 2 levels) x (mtd, rp2d)
    assertThat(sel).hasSize(1 + 2 * 2 * 2 * 3 * 2);
    assertThat(Files.readAllLines(out1.resolve("trials.csv"))).hasSize(1 + 2 * 2 * 2 * 6);
    String json = Files.readString(out1.resolve("summary.json"));
    assertThat(json).contains("\"points\"", "\"schedules\"", "\"QD d1-14\"", "\"mtd_selection_pct\"",
        "\"label\" : \"target=0.25\"");
    String html = Files.readString(out1.resolve("report.html"));
    assertThat(html).contains("tiny", "Seed", ">3<", "Software", "data:image/svg+xml;base64,",
        "Point 2: target=0.3");
    List<String> nm = Files.readAllLines(pat);
    assertThat(nm.get(0)).startsWith("ID,TIME,AMT,CMT,EVID,MDV,DV,DVID,");
    assertThat(nm.stream().skip(1).map(l -> l.split(",")[11]).distinct()).containsExactlyInAnyOrder("1", "2");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }
  }

  @Test
  void nonmemRowsAreSortedWithDosesAndObservations(@TempDir Path dir) throws Exception {
    Path pat = dir.resolve("p.csv");
    Run r = run("sweep", small(dir).toString(), "--out", dir.resolve("o").toString(), "--trials", "1",
        "--export-patients", pat.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(pat);
    String prevId = "";
    double prevT = -1;
    boolean dose = false;
    boolean anc = false;
    boolean mp = false;
    for (String line : rows.subList(1, rows.size())) {
      String[] c = line.split(",");
      if (!c[0].equals(prevId)) {
        prevId = c[0];
        prevT = -1;
      }
      double t = Double.parseDouble(c[1]);
      assertThat(t).isGreaterThanOrEqualTo(prevT);
      prevT = t;
      dose |= c[4].equals("1") && c[5].equals("1") && Double.parseDouble(c[2]) > 0;
      anc |= c[7].equals("1") && c[4].equals("0") && Double.parseDouble(c[6]) > 0;
      mp |= c[7].equals("2") && c[3].equals("4");
    }
    assertThat(dose).isTrue();
    assertThat(anc).isTrue();
    assertThat(mp).isTrue();
  }

  @Test
  void nonmemDosingRecordsAreTheDosesTakenWithNoneOnHeldDays(@TempDir Path dir) throws Exception {
    // high doses so that some patients fall below the hold threshold; cemsidomide days 1-21 of one cycle
    Path f = dir.resolve("holds.yaml");
    Files.writeString(f, """
        name: holds
        doses_ug: [150, 200, 400]
        schedules: [QD d1-21]
        designs: [boin]
        cycles: 1
        population: {size: 100}
        trials: 3
        seed: 11
        """);
    Path pat = dir.resolve("p.csv");
    Run r = run("sweep", f.toString(), "--out", dir.resolve("o").toString(), "--export-patients",
        pat.toString());
    assertThat(r.status()).as(r.err()).isZero();
    // per ID: day -> ANC at its end, day -> cemsidomide dose record
    Map<String, Map<Integer, Double>> anc = new HashMap<>();
    Map<String, Map<Integer, Double>> cem = new HashMap<>();
    List<String> rows = Files.readAllLines(pat);
    for (String line : rows.subList(1, rows.size())) {
      String[] c = line.split(",");
      int hour = (int) Double.parseDouble(c[1]);
      if (c[4].equals("1") && c[3].equals("1")) {
        cem.computeIfAbsent(c[0], k -> new HashMap<>()).put(hour / 24, Double.parseDouble(c[2]));
      } else if (c[4].equals("0") && c[3].equals("3")) {
        anc.computeIfAbsent(c[0], k -> new HashMap<>()).put(hour / 24 - 1, Double.parseDouble(c[6]));
      }
    }
    // docs/model.md §4: an ANC below 0.5 at the end of day d − 1 means day d is held (and a held patient resumes only
    // at ANC ≥ 1.0), so a scheduled day d (d < 21) after such a count has no cemsidomide record
    int heldDays = 0;
    int dosedDays = 0;
    for (var e : anc.entrySet()) {
      Map<Integer, Double> doses = cem.getOrDefault(e.getKey(), Map.of());
      for (var a : e.getValue().entrySet()) {
        int d = a.getKey() + 1;
        if (d >= 21 || !e.getValue().containsKey(d)) {
          continue;
        }
        if (a.getValue() < 0.5) {
          assertThat(doses).as("ID %s day %d after ANC %s", e.getKey(), d, a.getValue()).doesNotContainKey(d);
          heldDays++;
        } else if (doses.containsKey(d)) {
          dosedDays++;
        }
      }
    }
    assertThat(heldDays).as("held days in the export").isPositive();
    assertThat(dosedDays).isPositive();
  }

  @Test
  void badScenarioExitsTwoWithOneLineAndLeavesNoDirectory(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "levels:\n  - {dose_ug: 50, schedule: QD d1-14}\n  - {dose_ug: 75, schedule: QD d1-14}\n"
        + "  - {dose_ug: -5, schedule: QD d1-14}\n");
    Path out = dir.resolve("out");
    Run r = run("sweep", f.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("escalon: " + f + ": levels[2].dose_ug: invalid value -5")
        .doesNotContain("\n");
    assertThat(out).doesNotExist();
    Run missing = run("sweep", dir.resolve("nope.yaml").toString(), "--out", out.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    Run badTrials = run("sweep", small(dir).toString(), "--out", out.toString(), "--trials", "0");
    assertThat(badTrials.status()).isEqualTo(2);
    assertThat(badTrials.err()).contains("--trials");
    assertThat(out).doesNotExist();
  }

  @Test
  void failureDuringRunLeavesNoPartialDirectoryAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "previous run");
    Files.writeString(out.resolve(".escalon-output"), "");
    // the export cannot be written (its parent is a file): detected after the temporary directory exists
    Path aFile = dir.resolve("a-file");
    Files.writeString(aFile, "x");
    Run r = run("sweep", small(dir).toString(), "--out", out.toString(), "--export-patients",
        aFile.resolve("p.csv").toString());
    assertThat(r.err()).contains("--export-patients");
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("old.txt"))).isEqualTo("previous run");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }
  }

  @Test
  void replacesAnExistingDirectoryWhenComplete(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "previous run");
    // not written by Escalon (no marker): refused, kept
    Run refused = run("sweep", small(dir).toString(), "--out", out.toString(), "--trials", "2");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err().strip()).startsWith("escalon: --out = '" + out + "': must be ").doesNotContain("\n");
    assertThat(Files.readString(out.resolve("old.txt"))).isEqualTo("previous run");
    // --force overrides the marker rule
    Run r = run("sweep", small(dir).toString(), "--out", out.toString(), "--trials", "2", "--force");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("old.txt")).doesNotExist();
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(out.resolve(".escalon-output")).isRegularFile();
    // now it carries the marker: replaced without --force
    Files.writeString(out.resolve("note.txt"), "added by hand");
    Run again = run("sweep", small(dir).toString(), "--out", out.toString(), "--trials", "2");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(out.resolve("note.txt")).doesNotExist();
  }
}
