package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationFailedException;
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
 * Cmax and AUC, minimum blood IKZF3 remaining fraction (its true minimum over the course with the fast solver), ANC
 * nadir and
 * its study day, M-protein at the last end-of-cycle assessment. The output goes through an {@link OutputSet}
 * (temporary file beside it, renamed into place), so an error or a signal leaves the old file or the new one.
 * Results do not depend on {@code --threads}.
 *
 * <p>Bounded memory: rows are read lazily ({@link IndividualsCsv#open}), simulated a window at a time ({@link
 * #stream}) and written to the staged file in input order as each window finishes, so a file of millions of
 * individuals needs the memory of one window. A bad row or a numerical failure found late stops the run with
 * one line; the staged file is removed and {@code --out} keeps its old contents.
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
    ModelParameters theta = modelChoice.theta();
    SimulationSettings settings = doseHolds.settings();
    OutputSet.Builder outputs = OutputSet.builder().input(params).file("--out", out);
    outputs.check();

    long t0 = System.nanoTime();
    Totals totals;
    try (IndividualsCsv.Rows rows = IndividualsCsv.open(params, theta); OutputSet staged = outputs.open()) {
      try (Writer w = Files.newBufferedWriter(staged.staging("--out"), StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
        p.printRecord(COLUMNS);
        totals = stream(rows, new Simulation(regimen, options, settings, solver, tolerances), workers,
            WINDOW_PER_THREAD * workers, (ind, row) -> print(p, ind, row));
      }
      staged.commit();
    } catch (IOException e) {
      throw new UsageException("cannot write --out: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot write --out: " + e.getCause().getMessage());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintWriter err = spec.commandLine().getErr();
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < totals.sums().length; j++) {
      sb.append(j == 0 ? "" : ", ").append(COLUMNS.get(j + 1)).append('=').append(totals.sums()[j]);
    }
    err.printf(Locale.ROOT, "escalon: %d individuals in %.3f s (%.1f us per individual)%n", totals.count(),
        seconds, 1e6 * seconds / totals.count());
    err.println("escalon: checksum (column sums): " + sb);
    err.flush();
  }

  /** Individuals simulated at once per thread: the most rows alive at any time is this times the threads. */
  static final int WINDOW_PER_THREAD = 256;

  /** What every individual is simulated on. */
  record Simulation(Regimen regimen, ModelOptions options, SimulationSettings settings,
      PatientSimulator.Solver solver, OdeTolerances tolerances) {}

  /** Receives each individual's output row in input order. */
  interface RowSink {
    void accept(Individual individual, double[] row);
  }

  /**
   * How many individuals were simulated and the sums of the numeric output columns (in input order, so the same
   * sums whatever the number of threads).
   */
  record Totals(long count, double[] sums) {}

  /**
   * Simulates the individuals of {@code source} in windows of {@code window}: each window is read, simulated on
   * {@code threads} threads and handed to {@code sink} in input order before the next window is read, so at most
   * {@code window} individuals and rows are alive at any time whatever the length of the input.
   *
   * @throws SimulationFailedException naming the first individual of the window that failed (ID and data row)
   */
  static Totals stream(Iterator<Individual> source, Simulation simulation, int threads, int window,
      RowSink sink) {
    Individual[] batch = new Individual[window];
    double[][] rows = new double[window][];
    SimulationFailedException[] failures = new SimulationFailedException[window];
    double[] sums = new double[COLUMNS.size() - 1];
    long done = 0;
    VirtualPatient typical = VirtualPatient.typical(Omega.defaults());
    PatientSimulator[] simulators = new PatientSimulator[threads];
    while (source.hasNext()) {
      int n = 0;
      while (n < window && source.hasNext()) {
        batch[n++] = source.next();
      }
      int size = n;
      long first = done;
      AtomicInteger next = new AtomicInteger();
      AtomicInteger slot = new AtomicInteger();
      Runnable worker = () -> {
        int s = slot.getAndIncrement();
        if (simulators[s] == null) {
          simulators[s] = new PatientSimulator(simulation.options(), simulation.settings(), simulation.solver(),
              simulation.tolerances());
          simulators[s].setTrackBiomarker(true);
        }
        PatientSimulator sim = simulators[s];
        PatientResultBuffer b = new PatientResultBuffer();
        double[] latent = typical.latentUniforms();
        int i;
        while ((i = next.getAndIncrement()) < size) {
          try {
            sim.simulate(batch[i].params(), typical.covariates(), latent, simulation.regimen(), b);
            rows[i] = new double[] {b.cmaxCycle1(), b.aucCycle1(), b.minBiomarker(), b.ancNadir(),
                b.ancNadirDay(), b.lastMProtein()};
          } catch (SimulationFailedException e) {
            failures[i] = e.of("individual '" + batch[i].id() + "' (data row " + (first + i + 1) + ")");
          }
        }
      };
      Workers.run(Math.min(threads, size), "escalon-individuals", worker);
      for (int i = 0; i < size; i++) {
        if (failures[i] != null) {
          throw failures[i];
        }
        for (int j = 0; j < sums.length; j++) {
          sums[j] += rows[i][j];
        }
        sink.accept(batch[i], rows[i]);
        batch[i] = null;
        rows[i] = null;
      }
      done += size;
    }
    return new Totals(done, sums);
  }

  private static void print(CSVPrinter p, Individual individual, double[] r) {
    Object[] cells = new Object[COLUMNS.size()];
    cells[0] = individual.id();
    for (int j = 0; j < r.length; j++) {
      cells[j + 1] = j == 4 ? Integer.toString((int) r[j]) : Double.toString(r[j]);
    }
    try {
      p.printRecord(Arrays.asList(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
