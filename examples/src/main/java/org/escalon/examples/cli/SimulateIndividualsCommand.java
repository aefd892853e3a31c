package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.Omega;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.internal.Workers;
import org.escalon.core.regimen.Regimen;
import org.escalon.examples.io.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code escalon simulate-individuals}: runs given individuals (for example post-hoc estimates from NONMEM or
 * Monolix, like mrgsolve's idata sets) through the model on one regimen and writes one summary row each.
 *
 * <p>Input CSV: a header with an {@code ID} column and any model parameters by their definition names ({@link
 * Param}, case-insensitive); columns left out take the typical value. Every individual is the typical patient
 * otherwise (age 67, latent event draws 0.5). Output CSV, one row per individual in input order: ID, cycle-1
 * Cmax and AUC, minimum blood IKZF3 remaining fraction (over the integrator's accepted steps), ANC nadir and
 * its study day, M-protein at the last end-of-cycle assessment. The output goes through an {@link OutputSet}
 * (temporary file beside it, renamed into place), so an error or a signal leaves the old file or the new one. Results do not depend on {@code --threads}.
 */
@Command(name = "simulate-individuals", mixinStandardHelpOptions = true,
    description = "Simulate given individuals (ID + model parameters per row) on one regimen and write one "
        + "summary row each (Cmax and AUC of cycle 1, minimum IKZF3, ANC nadir, final M-protein).")
public final class SimulateIndividualsCommand implements Runnable {

  /** Output columns, in order. */
  static final List<String> COLUMNS = List.of("ID", "cmax_cycle1_ng_per_ml", "auc_cycle1_ng_h_per_ml",
      "min_ikzf3_blood_fraction", "anc_nadir_e9_per_l", "anc_nadir_day", "mprotein_end_g_per_dl");

  @Mixin RegimenOptions regimenOptions;
  @Mixin ModelChoiceOptions modelChoice;
  @Spec CommandSpec spec;

  @Option(names = "--params", required = true, paramLabel = "FILE",
      description = "Input CSV: an ID column plus model parameters by name (missing ones are typical).")
  Path params;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV (summary per ID).")
  Path out;

  @Mixin ThreadsOption threads;
  @Mixin DoseHoldsOption doseHolds;

  /** One input row. */
  record Individual(String id, IndividualParameters params) {}

  @Override
  public void run() {
    Regimen regimen = regimenOptions.regimen();
    int workers = threads.threads();
    ModelOptions options = modelChoice.modelOptions();
    PatientSimulator.Solver solver = modelChoice.solver();
    OdeTolerances tolerances = modelChoice.tolerances();
    SimulationSettings settings = doseHolds.settings();
    OutputSet.Builder outputs = OutputSet.builder().input(params).file("--out", out);
    outputs.check();
    List<Individual> individuals = read(params);

    long t0 = System.nanoTime();
    double[][] rows = simulate(individuals, regimen, options, settings, solver, tolerances, workers);
    double seconds = (System.nanoTime() - t0) / 1e9;

    try (OutputSet staged = outputs.open()) {
      write(staged, individuals, rows);
    }
    double[] sums = new double[COLUMNS.size() - 1];
    for (double[] r : rows) {
      for (int j = 0; j < sums.length; j++) {
        sums[j] += r[j];
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < sums.length; j++) {
      sb.append(j == 0 ? "" : ", ").append(COLUMNS.get(j + 1)).append('=').append(sums[j]);
    }
    err.printf(Locale.ROOT, "escalon: %d individuals in %.3f s (%.1f us per individual)%n", individuals.size(),
        seconds, 1e6 * seconds / individuals.size());
    err.println("escalon: checksum (column sums): " + sb);
    err.flush();
  }

  /** Reads and validates the input ({@link IndividualsCsv}); errors name the file, the row and the column. */
  static List<Individual> read(Path file) {
    return IndividualsCsv.read(file);
  }

  /** Simulates every individual; row i holds the numeric output columns of individual i. */
  static double[][] simulate(List<Individual> individuals, Regimen regimen, ModelOptions options,
      SimulationSettings settings, PatientSimulator.Solver solver, OdeTolerances tolerances, int threads) {
    int n = individuals.size();
    double[][] rows = new double[n][];
    AtomicInteger next = new AtomicInteger();
    VirtualPatient typical = VirtualPatient.typical(Omega.defaults());
    Runnable worker = () -> {
      PatientSimulator sim = new PatientSimulator(options, settings, solver, tolerances);
      sim.setTrackBiomarker(true);
      PatientResultBuffer b = new PatientResultBuffer();
      double[] latent = typical.latentUniforms();
      int i;
      while ((i = next.getAndIncrement()) < n) {
        try {
          sim.simulate(individuals.get(i).params(), typical.covariates(), latent, regimen, b);
        } catch (RuntimeException e) {
          throw new SimulationFailedException("individual '" + individuals.get(i).id() + "' (data row " + (i + 1)
              + "): simulation failed: " + e.getMessage(), e);
        }
        rows[i] = new double[] {b.cmaxCycle1(), b.aucCycle1(), b.minBiomarker(), b.ancNadir(), b.ancNadirDay(),
            b.lastMProtein()};
      }
    };
    Workers.run(Math.min(threads, n), "escalon-individuals", worker);
    return rows;
  }

  /** Writes the CSV through an {@link OutputSet}: {@code --out} ends with its old contents or the whole new CSV. */
  static void write(OutputSet outputs, List<Individual> individuals, double[][] rows) {
    try {
      try (Writer w = Files.newBufferedWriter(outputs.staging("--out"), StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
        p.printRecord(COLUMNS);
        for (int i = 0; i < rows.length; i++) {
          double[] r = rows[i];
          Object[] cells = new Object[COLUMNS.size()];
          cells[0] = individuals.get(i).id();
          for (int j = 0; j < r.length; j++) {
            cells[j + 1] = j == 4 ? Integer.toString((int) r[j]) : Double.toString(r[j]);
          }
          p.printRecord(Arrays.asList(cells));
        }
      }
      outputs.commit();
    } catch (IOException e) {
      throw new UsageException("cannot write --out: " + e.getMessage());
    }
  }
}
