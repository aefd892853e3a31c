package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.output.PatientResult;
import org.escalon.core.population.Omega;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.regimen.Regimen;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code escalon simulate-individuals}: output against the library, thread independence, one-line errors. */
class SimulateIndividualsCommandTest {

  @TempDir Path dir;

  private Path input(String text) throws IOException {
    Path p = dir.resolve("individuals.csv");
    Files.writeString(p, text);
    return p;
  }

  private Run simulate(Path in, Path out, String... extra) {
    String[] base = {"simulate-individuals", "--params", in.toString(), "--dose-ug", "100", "--schedule",
        "QD d1-14", "--dex-mg", "40", "--cycles", "1", "--out", out.toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return run(all);
  }

  @Test
  void writesOneRowPerIndividualMatchingTheLibrary() throws IOException {
    Path in = input("ID,cl,V,DC50_M\nA,4,280,6\nB,2.5,200,3\n# a comment\nC,6,350,12\n");
    Path out = dir.resolve("summary.csv");
    Run r = simulate(in, out);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("3 individuals").contains("checksum");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(String.join(",", SimulateIndividualsCommand.COLUMNS));
    assertThat(lines.get(1)).startsWith("A,");
    assertThat(lines.get(3)).startsWith("C,");

    // row B against the readable library API
    IndividualParameters b = IndividualParameters.typical(ModelParameters.defaults()).with(Param.CL, 2.5)
        .with(Param.V, 200).with(Param.DC50_M, 3);
    VirtualPatient vp = VirtualPatient.typical(Omega.defaults());
    PatientSimulator sim = PatientSimulator.defaults();
    sim.setTrackBiomarker(true); // as the command does (R_PB then takes part in step-size control)
    PatientResult lib = sim.simulate(b, vp.covariates(), vp.latentUniforms(), Regimen.of(100, "QD d1-14", 40, 1));
    String[] cells = lines.get(2).split(",");
    assertThat(cells[0]).isEqualTo("B");
    assertThat(Double.parseDouble(cells[1])).isEqualTo(lib.cmaxCycle1());
    assertThat(Double.parseDouble(cells[2])).isEqualTo(lib.aucCycle1());
    double minIkzf3 = Double.parseDouble(cells[3]);
    assertThat(minIkzf3).isBetween(0.05, 0.06); // Dmax 95 %: R ≥ 1/20
    assertThat(Double.parseDouble(cells[4])).isEqualTo(lib.ancNadir()[0]);
    assertThat(Double.parseDouble(cells[5])).isEqualTo(lib.ancNadir()[1]);
    double[] m = lib.mProteinAssessments();
    assertThat(Double.parseDouble(cells[6])).isEqualTo(m[m.length - 1]);
  }

  @Test
  void missingColumnsAreTypicalAndThreadsDoNotMatter() throws IOException {
    StringBuilder sb = new StringBuilder("ID,CL\n");
    for (int i = 1; i <= 7; i++) {
      sb.append(i).append(',').append(2 + 0.5 * i).append('\n');
    }
    Path in = input(sb.toString());
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    assertThat(simulate(in, one).status()).isZero();
    assertThat(simulate(in, two, "--threads", "2").status()).isZero();
    assertThat(Files.readAllLines(two)).isEqualTo(Files.readAllLines(one));

    Path typ = input("ID\nT\n");
    Path out = dir.resolve("typical.csv");
    assertThat(simulate(typ, out).status()).isZero();
    VirtualPatient typical = VirtualPatient.typical(Omega.defaults());
    PatientResult lib = PatientSimulator.defaults().simulate(
        IndividualParameters.typical(ModelParameters.defaults()), typical.covariates(), typical.latentUniforms(),
        Regimen.of(100, "QD d1-14", 40, 1));
    assertThat(Double.parseDouble(Files.readAllLines(out).get(1).split(",")[1])).isEqualTo(lib.cmaxCycle1());
  }

  @Test
  void unknownColumnIsAnErrorNamingIt() throws IOException {
    Path out = dir.resolve("summary.csv");
    Run r = simulate(input("ID,CL,WEIGHT\n1,4,70\n"), out);
    assertThat(r.status()).isEqualTo(EscalonCli.USAGE_ERROR);
    assertThat(r.err()).contains("unknown column 'WEIGHT'").doesNotContain("Exception").hasLineCount(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void badValueNamesRowAndColumnAndLeavesNoOutput() throws IOException {
    Path out = dir.resolve("summary.csv");
    Files.writeString(out, "old content\n");
    Run r = simulate(input("ID,CL,V\n1,4,280\n2,-1,280\n"), out);
    assertThat(r.status()).isEqualTo(EscalonCli.USAGE_ERROR);
    assertThat(r.err()).contains("row 2").contains("column 'CL'").contains("-1").hasLineCount(1);
    assertThat(Files.readString(out)).isEqualTo("old content\n");

    r = simulate(input("ID,V\nx,abc\n"), out);
    assertThat(r.status()).isEqualTo(EscalonCli.USAGE_ERROR);
    assertThat(r.err()).contains("row 1").contains("column 'V'").contains("not a number");

    r = simulate(input("CL\n4\n"), out);
    assertThat(r.err()).contains("no 'ID' column");

    r = simulate(dir.resolve("missing.csv"), out);
    assertThat(r.status()).isEqualTo(EscalonCli.USAGE_ERROR);
    assertThat(r.err()).contains("--params");
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void aNumericalFailureIsOneLineNamingTheIndividualTheTimeAndTheReasonAndWritesNothing() throws IOException {
    // KG = 1e300 per day is inside KG's domain (finite, >= 0) but makes the tumour equation overflow at once
    Path in = input("ID,KG\nA,0.02\nB,1e300\n");
    Path out = dir.resolve("failed.csv");
    Run r = simulate(in, out, "--threads", "1");
    assertThat(r.status()).isEqualTo(1);
    String[] lines = r.err().strip().split("\\R");
    assertThat(lines[lines.length - 1]).startsWith("escalon: individual 'B' (data row 2): simulation failed:")
        .contains("t = ").contains("step size underflow");
    assertThat(out).doesNotExist();
  }

  @Test
  void anAbsorptionLagOfADayOrMoreIsRefusedAndJustBelowADayRuns() throws IOException {
    Run refused = simulate(input("ID,TLAG\nA,24\n"), dir.resolve("lag.csv"));
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("TLAG").contains("[0, 24)").contains("24");
    Run runs = simulate(input("ID,TLAG\nA,23.9\n"), dir.resolve("lag2.csv"));
    assertThat(runs.status()).as(runs.err()).isZero();
  }
}
