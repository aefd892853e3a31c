package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.CohortHistory;
import org.escalon.simulation.montecarlo.MonteCarloSettings;
import org.escalon.simulation.oc.ExactOc;
import org.escalon.simulation.oc.MonteCarloOc;
import org.escalon.simulation.oc.OperatingCharacteristics;
import org.escalon.simulation.trial.FixedToxicity;
import org.junit.jupiter.api.Test;

/**
 * The output formats agree across commands: {@code --format csv} of {@code oc}, {@code boundaries}, {@code
 * select-mtd} and {@code dose-paths} holds the numbers of their JSON under the same names (checked against the
 * library run independently of the CLI, and for BOIN's boundaries against the closed form of λe and λd); a format a
 * command does not offer is refused with the list of those it does; {@code next-dose} takes oc's BOIN options.
 */
class OutputFormatsTest {

  private static final String P = "0.05,0.12,0.3,0.45,0.6";
  private static final double[] PV = {0.05, 0.12, 0.3, 0.45, 0.6};

  private static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        .getRecords();
  }

  /** The CSV row of {@code quantity} at {@code dose} (empty: whole trial). */
  private static CSVRecord row(List<CSVRecord> rows, String quantity, String dose) {
    return rows.stream().filter(r -> r.get("quantity").equals(quantity) && r.get("dose").equals(dose)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + quantity + " " + dose));
  }

  @Test
  void ocCsvHoldsTheOperatingCharacteristicsOfTheLibraryWithTheirStandardErrors() throws Exception {
    Cli.Run exact = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", P, "--exact", "--format", "csv");
    assertThat(exact.status()).as(exact.err()).isZero();
    assertThat(exact.out()).startsWith("design,quantity,dose,value,se\n");
    List<CSVRecord> rows = csv(exact.out());
    OperatingCharacteristics x = ExactOc.compute(Boin.builder(0.3, 5).build(), FixedToxicity.of(PV), 0.3);
    for (int k = 1; k <= 5; k++) {
      String d = Integer.toString(k);
      assertThat(Double.parseDouble(row(rows, "selection_pct", d).get("value")))
          .isEqualTo(x.level(k).mtdSelectionPct().value());
      assertThat(Double.parseDouble(row(rows, "mean_n", d).get("value"))).isEqualTo(x.level(k).meanN().value());
      assertThat(Double.parseDouble(row(rows, "p_true", d).get("value"))).isEqualTo(PV[k - 1]);
      assertThat(row(rows, "mean_dlt", d).get("se")).isEmpty();
    }
    assertThat(Double.parseDouble(row(rows, "stop_pct", "").get("value"))).isEqualTo(x.noMtdPct().value());
    assertThat(row(rows, "true_mtd", "").get("value")).isEqualTo("3");
    assertThat(rows.get(0).get("design")).isEqualTo(x.design());

    Cli.Run mc = Cli.run("oc", "--design", "boin", "--target", "0.3", "--p-true", P, "--trials", "500", "--seed",
        "4", "--format", "csv");
    List<CSVRecord> m = csv(mc.out());
    OperatingCharacteristics y = MonteCarloOc.run(Boin.builder(0.3, 5).build(), FixedToxicity.of(PV), 0.3,
        MonteCarloSettings.of(500, 4, 1));
    assertThat(Double.parseDouble(row(m, "selection_pct", "2").get("se")))
        .isEqualTo(y.level(2).mtdSelectionPct().se());
    assertThat(Double.parseDouble(row(m, "mean_total_n", "").get("value"))).isEqualTo(y.meanTotalN().value());
    assertThat(Double.parseDouble(row(m, "mean_total_n", "").get("se"))).isEqualTo(y.meanTotalN().se());
    assertThat(row(m, "trials", "").get("value")).isEqualTo("500");
  }

  @Test
  void theTimeToEventAndBackfillingResultsAreInTheCsvToo() throws Exception {
    List<CSVRecord> tite = csv(Cli.run("oc", "--design", "tite-boin", "--target", "0.3", "--p-true", "0.1,0.3",
        "--trials", "50", "--format", "csv").out());
    assertThat(row(tite, "mean_duration_days", "").get("se")).isNotEmpty();
    List<CSVRecord> bf = csv(Cli.run("oc", "--design", "bf-boin", "--target", "0.3", "--p-true", "0.1,0.3",
        "--trials", "50", "--format", "csv").out());
    assertThat(row(bf, "mean_backfilled", "2").get("se")).isNotEmpty();
    assertThat(row(bf, "mean_duration_months", "").get("value")).isNotEmpty();
  }

  @Test
  void boundariesJsonIsTheCsvAndBoinsClosedForm() throws Exception {
    Cli.Run j = Cli.run("boundaries", "--target", "0.25", "--cohorts", "4", "--format", "json");
    assertThat(j.status()).as(j.err()).isZero();
    JsonNode b = Json.mapper().readTree(j.out());
    double phi = 0.25;
    double p1 = 0.6 * phi;
    double p2 = 1.4 * phi;
    double le = Math.log((1 - p1) / (1 - phi)) / Math.log(phi * (1 - p1) / (p1 * (1 - phi)));
    double ld = Math.log((1 - phi) / (1 - p2)) / Math.log(p2 * (1 - phi) / (phi * (1 - p2)));
    assertThat(b.get("lambda_e").asDouble()).isCloseTo(le, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(b.get("lambda_d").asDouble()).isCloseTo(ld, org.assertj.core.api.Assertions.within(1e-12));
    List<CSVRecord> rows = csv(Cli.run("boundaries", "--target", "0.25", "--cohorts", "4", "--format", "csv").out());
    assertThat(b.get("n").size()).isEqualTo(12).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      int n = i + 1;
      // escalate while y/n <= lambda_e, de-escalate when y/n >= lambda_d (R BOIN's get.boundary)
      assertThat(b.get("escalate_if_le").get(i).asInt()).isEqualTo((int) Math.floor(n * le));
      for (String col : List.of("escalate_if_le", "deescalate_if_ge", "eliminate_if_ge")) {
        JsonNode v = b.get(col).get(i);
        assertThat(v.isNull() ? "NA" : v.asText()).as(col + " n=" + n).isEqualTo(rows.get(i).get(col));
      }
    }
  }

  @Test
  void selectMtdAndDosePathsCsvAreTheirJson() throws Exception {
    String[] sel = {"select-mtd", "--target", "0.3", "--n", "3,3,15,9,0", "--y", "0,0,4,4,0", "--format"};
    JsonNode j = Json.mapper().readTree(Cli.run(append(sel, "json")).out());
    List<CSVRecord> rows = csv(Cli.run(append(sel, "csv")).out());
    assertThat(rows).hasSize(5);
    for (int k = 0; k < 5; k++) {
      for (String col : List.of("estimate", "ci_lower", "ci_upper", "p_overdose")) {
        JsonNode v = j.get(col).get(k);
        assertThat(rows.get(k).get(col)).as(col + " dose " + (k + 1)).isEqualTo(v.isNull() ? "" : v.asText());
      }
    }
    assertThat(rows.get(4).get("estimate")).isEmpty(); // untreated
    String[] paths = {"dose-paths", "--design", "blrm", "--doses", "1,2,3", "--ref-dose", "2", "--prior-median-dlt",
        "0.3", "--cohorts", "1", "--format"};
    JsonNode p = Json.mapper().readTree(Cli.run(append(paths, "json")).out()).get("paths");
    List<CSVRecord> pr = csv(Cli.run(append(paths, "csv")).out());
    assertThat(pr).hasSize(p.size());
    for (int i = 0; i < pr.size(); i++) {
      assertThat(pr.get(i).get("path")).isEqualTo(p.get(i).get("path").asText());
      assertThat(pr.get(i).get("next_dose")).isEqualTo(p.get(i).get("next_dose").asText());
      assertThat(pr.get(i).get("mtd")).isEqualTo(p.get(i).get("mtd").isNull() ? "" : p.get(i).get("mtd").asText());
    }
  }

  @Test
  void aFormatACommandDoesNotOfferIsRefusedWithTheOnesItDoes() {
    Object[][] cases = {
      {new String[] {"oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.3"}, "table, json, csv"},
      {new String[] {"boundaries", "--target", "0.3"}, "table, json, csv, decisions"},
      {new String[] {"select-mtd", "--target", "0.3", "--n", "3", "--y", "0"}, "table, json, csv"},
      {new String[] {"next-dose", "--design", "boin", "--target", "0.3", "--doses", "3"}, "table, json"},
    };
    for (Object[] c : cases) {
      Cli.Run r = Cli.run(append((String[]) c[0], "--format", "xml"));
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err().trim()).isEqualTo("escalon: --format = 'xml': must be one of " + c[1]);
    }
  }

  @Test
  void nextDoseTakesOcsBoinOptionsAndDecidesAsTheLibrary() throws Exception {
    CohortHistory h = CohortHistory.parse("1NNN 2NTN", 3);
    for (String phi2 : new String[] {null, "0.33"}) {
      Boin.Builder b = Boin.builder(0.3, 3).maxSampleSize(1000);
      String[] args = {"next-dose", "--design", "boin", "--target", "0.3", "--doses", "3", "1NNN 2NTN", "--format",
          "json"};
      if (phi2 != null) {
        b.phi2(Double.parseDouble(phi2));
        args = append(args, "--phi2", phi2);
      }
      JsonNode j = Json.mapper().readTree(Cli.run(args).out());
      assertThat(j.get("next_dose").asInt()).as("phi2 " + phi2).isEqualTo(b.build().decide(h).nextDose());
      // 1 DLT in 3 at dose 2 (0.33): stay under the default lambda_d 0.358, de-escalate when phi2 = 0.33
      assertThat(j.get("next_dose").asInt()).isEqualTo(phi2 == null ? 2 : 1);
    }
    Cli.Run bad = Cli.run("next-dose", "--design", "3+3", "--doses", "3", "--cutoff-eli", "0.9");
    assertThat(bad.err().trim()).isEqualTo("escalon: --cutoff-eli = '0.9': must be only with --design boin, i3+3, "
        + "mtpi2, keyboard, bf-boin or tite-boin (not an option of 3+3A)");
  }

  private static String[] append(String[] a, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }
}
