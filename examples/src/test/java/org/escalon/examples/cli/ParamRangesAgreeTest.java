package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.population.Omega;
import org.escalon.examples.sweep.ScenarioException;
import org.escalon.examples.sweep.ScenarioFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model parameter's documented range (docs/model.md §3) at both ends through the four doors — the Java API,
 * the command line ({@code profile --param NAME=VALUE}), a scenario file ({@code model.parameters}) and the
 * individuals CSV — with the same verdict in all four: the smallest and largest allowed values are accepted, values
 * just outside are refused with one line naming the parameter, the value as typed and the range. The accepted ends
 * also run through one patient (the CLI's one-cycle profile): each ends in a result or the one-line failure, never
 * a stack trace. The ω limit [0, 5] is checked the same way through the API, {@code population --omega} and
 * {@code model.omega}.
 */
class ParamRangesAgreeTest {

  @TempDir Path dir;

  /** A value of the documented range's end, as text: the end itself when closed, a step inside when open. */
  record Case(Param param, String text, boolean allowed) {
    @Override
    public String toString() {
      return param + " = " + text + (allowed ? " (allowed)" : " (refused)");
    }
  }

  /** A step at the scale of {@code x}: 1e-3 of its leading power of ten (1e-6 at 0). */
  private static BigDecimal step(double x) {
    if (x == 0) {
      return new BigDecimal("1e-6");
    }
    int exp = (int) Math.floor(Math.log10(Math.abs(x)));
    return BigDecimal.ONE.scaleByPowerOfTen(exp - 3);
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Param p : Param.all()) {
      Param.Domain d = p.domain();
      BigDecimal lo = BigDecimal.valueOf(d.lo());
      BigDecimal hi = BigDecimal.valueOf(d.hi());
      BigDecimal sLo = step(d.lo() == 0 ? d.hi() * 1e-3 : d.lo());
      BigDecimal sHi = step(d.hi());
      out.add(new Case(p, (d.loOpen() ? lo.add(sLo) : lo).toPlainString(), true));
      out.add(new Case(p, (d.loOpen() ? lo : lo.subtract(sLo)).toPlainString(), false));
      out.add(new Case(p, (d.hiOpen() ? hi.subtract(sHi) : hi).toPlainString(), true));
      out.add(new Case(p, (d.hiOpen() ? hi : hi.add(sHi)).toPlainString(), false));
    }
    return out;
  }

  private static boolean apiAccepts(Param p, double v) {
    boolean typical;
    try {
      ModelParameters.defaults().with(p, v);
      typical = true;
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith(p.name() + " = ").contains(p.domain().interval());
      typical = false;
    }
    boolean individual;
    double[] values = ModelParameters.defaults().toArray();
    values[p.ordinal()] = v;
    try {
      IndividualParameters.of(values);
      individual = true;
    } catch (IllegalArgumentException e) {
      individual = false;
    }
    assertThat(individual).as("IndividualParameters.of and ModelParameters.with agree on %s = %s", p, v)
        .isEqualTo(typical);
    return typical;
  }

  private static boolean cliAccepts(Case c) {
    Cli.Run r = Cli.run("profile", "--param", c.param().name() + "=" + c.text(), "--cycles", "1", "--step-h", "24");
    if (r.status() == 2) {
      assertThat(r.err()).as(c.toString()).hasLineCount(1).doesNotContain("Exception")
          .contains("--param " + c.param().name() + " = '" + c.text() + "'", c.param().domain().interval());
      return false;
    }
    // an allowed value runs: a result, or the one-line numerical failure (exit 1)
    assertThat(r.status()).as(c + ": " + r.err()).isIn(0, EscalonCli.SIMULATION_FAILED);
    if (r.status() == EscalonCli.SIMULATION_FAILED) {
      assertThat(r.err()).as(c.toString()).hasLineCount(1).contains("simulation failed on study day");
    } else {
      assertThat(r.out()).as(c.toString()).contains("\n");
    }
    return true;
  }

  private static boolean fileAccepts(Case c) {
    try {
      return !ScenarioFile.parse("s.yaml", "doses_ug: [50]\nmodel: {parameters: {" + c.param().name() + ": "
          + c.text() + "}}\n").points().isEmpty();
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).as(c.toString()).doesNotContain("\n")
          .contains("model.parameters." + c.param().name(), c.param().domain().interval());
      return false;
    }
  }

  private boolean csvAccepts(Case c) throws IOException {
    Path csv = dir.resolve("ind.csv");
    Files.writeString(csv, "ID," + c.param().name() + "\nA," + c.text() + "\n");
    try {
      return IndividualsCsv.read(csv).size() == 1;
    } catch (UsageException e) {
      assertThat(e.getMessage()).as(c.toString()).doesNotContain("\n")
          .contains("row 1 (ID A), column '" + c.param().name() + "' = '" + c.text() + "'",
              c.param().domain().interval());
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRangeEndHasTheSameVerdictThroughEveryDoor(Case c) throws IOException {
    double v = Double.parseDouble(c.text());
    assertThat(apiAccepts(c.param(), v)).as("API: " + c).isEqualTo(c.allowed());
    assertThat(cliAccepts(c)).as("CLI: " + c).isEqualTo(c.allowed());
    assertThat(fileAccepts(c)).as("scenario file: " + c).isEqualTo(c.allowed());
    assertThat(csvAccepts(c)).as("individuals CSV: " + c).isEqualTo(c.allowed());
  }

  @ParameterizedTest(name = "omega of KG = {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "5", "-0.001", "5.001"})
  void theOmegaLimitIsTheSameThroughEveryDoor(String text) {
    double v = Double.parseDouble(text);
    boolean allowed = v >= 0 && v <= Omega.MAX_SD;
    boolean api;
    try {
      Omega.diagonal(Map.of(Param.KG, v));
      api = true;
    } catch (IllegalArgumentException e) {
      api = false;
    }
    assertThat(api).isEqualTo(allowed);
    Cli.Run r = Cli.run("population", "--omega", "KG=" + text, "--patients", "1", "--cycles", "1");
    assertThat(r.status()).as(r.err()).isEqualTo(allowed ? 0 : 2);
    if (!allowed) {
      assertThat(r.err()).hasLineCount(1).contains("--omega KG = '" + text + "'", "[0, 5]");
    }
    boolean file;
    try {
      file = !ScenarioFile.parse("s.yaml", "doses_ug: [50]\nmodel: {omega: {KG: " + text + "}}\n").points()
          .isEmpty();
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).contains("model.omega.KG", "[0, 5]");
      file = false;
    }
    assertThat(file).isEqualTo(allowed);
  }
}
