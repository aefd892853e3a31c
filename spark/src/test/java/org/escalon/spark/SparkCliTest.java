package org.escalon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.escalon.examples.cli.EscalonCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code escalon sweep FILE --engine spark --master local[2]} writes the same summary.json (wall times aside) and
 * byte-identical CSVs as the local engine, plus trials.parquet with the rows of trials.csv (read back with
 * Parquet's own reader); bad engine options are usage errors naming the option.
 */
class SparkCliTest {

  /** The outputs compared byte for byte. */
  static final List<String> TABLES = List.of("summary.json", "selection.csv", "truth.csv", "per_dose.csv",
      "trials.csv", "points.csv", "design_summary.csv", "paired_differences.csv");

  record Run(int status, String out, String err) { }

  static Run escalon(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = EscalonCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  static String withoutWallClock(String text) {
    return text.replaceAll("(?m)^\\s*\"seconds\" : .*$\\n?", "");
  }

  @Test
  void sparkEngineWritesTheLocalEnginesFilesAndParquet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("spark-small.yaml");
    Files.writeString(file, SparkSweepTest.SCENARIO);
    Path local = dir.resolve("local");
    Path spark = dir.resolve("spark");
    Run l = escalon("sweep", file.toString(), "--out", local.toString(), "--threads", "2");
    assertThat(l.status()).as(l.err()).isZero();
    Run s = escalon("sweep", file.toString(), "--out", spark.toString(), "--engine", "spark", "--master",
        "local[2]", "--trials-per-task", "8", "--patients-per-task", "50", "--parquet");
    assertThat(s.status()).as(s.err()).isZero();
    assertThat(s.err()).contains("escalon: spark trials: 6/6 tasks done").contains("spark model-truth: 12/12");
    assertThat(s.out()).contains("trials.parquet").isEqualTo(l.out().replace("points.csv)",
        "points.csv, trials.parquet)").replace(local.toString(), spark.toString()));
    for (String t : TABLES) {
      assertThat(withoutWallClock(Files.readString(spark.resolve(t)))).as(t)
          .isEqualTo(withoutWallClock(Files.readString(local.resolve(t))));
    }
    assertThat(Files.readString(spark.resolve("report.html"))).contains("--engine spark --master local[2]");
    assertThat(spark.resolve("p1_selection_arm1.png")).isRegularFile();

    List<String> csv = Files.readAllLines(spark.resolve("trials.csv"));
    List<Group> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(
        new LocalInputFile(spark.resolve(ParquetTrials.FILE))) {
          @Override
          protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
          }
        }.build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        rows.add(g);
      }
    }
    assertThat(rows).hasSize(csv.size() - 1);
    List<String> columns = new ArrayList<>();
    rows.get(0).getType().getFields().forEach(f -> columns.add(f.getName()));
    assertThat(String.join(",", columns)).isEqualTo(csv.get(0));
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Group r = rows.get(i);
      String[] c = csv.get(i + 1).split(",");
      String key = r.getInteger("point", 0) + "," + r.getString("point_label", 0) + "," + r.getString("arm", 0)
          + "," + r.getString("design", 0) + "," + r.getInteger("trial", 0) + "," + r.getInteger("patients", 0);
      double days = r.getDouble("duration_days", 0);
      // trials.csv rounds to 7 significant digits
      if (!key.equals(String.join(",", c[0], c[1], c[2], c[3], c[4], c[5]))
          || Math.abs(days - Double.parseDouble(c[6])) > 5e-7 * days) {
        mismatches.add(csv.get(i + 1) + " vs " + key + "," + days);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void engineOptionsAreCheckedAndNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, SparkSweepTest.SCENARIO);
    String out = dir.resolve("o").toString();
    Run r = escalon("sweep", file.toString(), "--out", out, "--engine", "spark", "--trials-per-task", "6");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--trials-per-task = '6': must be a multiple of 4 in [4, 100000]");
    r = escalon("sweep", file.toString(), "--out", out, "--parquet");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--parquet = 'true': must be given only with --engine spark");
    r = escalon("sweep", file.toString(), "--out", out, "--engine", "hadoop");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--engine = 'hadoop': must be an engine on the class path (available: local, spark)");
    r = escalon("sweep", file.toString(), "--out", out, "--engine", "spark", "--conf", "novalue");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--conf = 'novalue': must be KEY=VALUE");
    assertThat(Path.of(out)).doesNotExist();
  }

  @Test
  void sparkSubmitMainAddsTheEngineToSweepOnly() {
    assertThat(SparkMain.withSparkEngine(new String[] {"sweep", "f.yaml", "--out", "o"}))
        .containsExactly("sweep", "--engine", "spark", "f.yaml", "--out", "o");
    assertThat(SparkMain.withSparkEngine(new String[] {"sweep", "f.yaml", "--engine", "local"}))
        .containsExactly("sweep", "f.yaml", "--engine", "local");
    assertThat(SparkMain.withSparkEngine(new String[] {"population", "--patients", "5"}))
        .containsExactly("population", "--patients", "5");
  }
}
