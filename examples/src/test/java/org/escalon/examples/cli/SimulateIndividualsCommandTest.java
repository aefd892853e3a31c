package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalon.examples.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
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
    assertThat(r.err()).contains("row 1").contains("column 'V' = 'abc'").contains("must be a number");

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
  void aNumericalFailureIsOneLineNamingTheIndividualTheTimeAndTheReason() {
    // every value of the CSV is inside its documented range, and the ends of every range simulate; a failure can
    // still come from an individual built outside the ranges through the API (a sampled eta): KG = 1e300 per day
    // makes the tumour equation overflow at once. The streaming path names the individual and its data row.
    IndividualParameters ok = IndividualParameters.typical(ModelParameters.defaults());
    IndividualParameters bad = IndividualParameters.of(ModelParameters.defaults(), new Param[] {Param.KG},
        new org.escalon.core.model.Variability[] {org.escalon.core.model.Variability.LOG_NORMAL},
        new double[] {Math.log(1e300 / Param.KG.defaultValue())});
    List<SimulateIndividualsCommand.Individual> in = List.of(new SimulateIndividualsCommand.Individual("A", ok),
        new SimulateIndividualsCommand.Individual("B", ok), new SimulateIndividualsCommand.Individual("C", bad));
    List<String> written = new ArrayList<>();
    assertThatThrownBy(() -> SimulateIndividualsCommand.stream(in.iterator(), simulation(), 2, 2,
        (ind, row) -> written.add(ind.id())))
        .isInstanceOf(SimulationFailedException.class).satisfies(e -> assertThat(e.getMessage())
            .startsWith("individual 'C' (data row 3): simulation failed on study day 1: step size underflow at t = ")
            .doesNotContain("\n"));
    // the first window (A, B) was written before the failure; the command then leaves --out as it was
    assertThat(written).containsExactly("A", "B");
  }

  private static SimulateIndividualsCommand.Simulation simulation() {
    return new SimulateIndividualsCommand.Simulation(Regimen.of(100, "QD d1-14", 40, 1), ModelOptions.DEFAULT,
        SimulationSettings.DEFAULT, PatientSimulator.Solver.FAST, OdeTolerances.DEFAULT);
  }

  @Test
  void streamsWithAtMostOneWindowOfIndividualsAlive() {
    // a counting source of 1000 individuals: rows are asked for lazily, and the sink sees them in input order
    // while at most one window (here 8) has been read and not yet written
    int n = 1000;
    int window = 8;
    IndividualParameters[] params = new IndividualParameters[4];
    for (int k = 0; k < params.length; k++) {
      params[k] = IndividualParameters.typical(ModelParameters.defaults().with(Param.CL, 2 + k));
    }
    int[] read = {0};
    int[] maxAlive = {0};
    Iterator<SimulateIndividualsCommand.Individual> source = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read[0] < n;
      }

      @Override
      public SimulateIndividualsCommand.Individual next() {
        int i = read[0]++;
        return new SimulateIndividualsCommand.Individual("P" + i, params[i % params.length]);
      }
    };
    List<String> ids = new ArrayList<>();
    double[] cmaxSum = {0};
    SimulateIndividualsCommand.Totals t = SimulateIndividualsCommand.stream(source, simulation(), 2, window,
        (ind, row) -> {
          ids.add(ind.id());
          cmaxSum[0] += row[0];
          maxAlive[0] = Math.max(maxAlive[0], read[0] - ids.size() + 1);
        });
    assertThat(t.count()).isEqualTo(n);
    assertThat(maxAlive[0]).isLessThanOrEqualTo(window);
    for (int i = 0; i < n; i++) {
      assertThat(ids.get(i)).isEqualTo("P" + i);
    }
    // the sums are the rows' sums in input order: each of the 4 distinct individuals 250 times
    double one = 0;
    for (IndividualParameters p : params) {
      PatientSimulator sim = PatientSimulator.defaults();
      sim.setTrackBiomarker(true);
      VirtualPatient vp = VirtualPatient.typical(Omega.defaults());
      one += sim.simulate(p, vp.covariates(), vp.latentUniforms(), Regimen.of(100, "QD d1-14", 40, 1)).cmaxCycle1();
    }
    assertThat(t.sums()[0]).isCloseTo(250 * one, org.assertj.core.data.Offset.offset(1e-9 * 250 * one));
    assertThat(cmaxSum[0]).isEqualTo(t.sums()[0]);
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
