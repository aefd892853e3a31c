package org.escalon.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelOptions;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.core.model.PatientSimulator;
import org.escalon.core.model.SimulationSettings;
import org.escalon.core.ode.OdeTolerances;
import org.escalon.core.output.PatientResultBuffer;
import org.escalon.core.population.Omega;
import org.escalon.core.population.VirtualPatient;
import org.escalon.core.internal.Workers;
import org.escalon.core.regimen.Regimen;
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
 * its study day, M-protein at the last end-of-cycle assessment. The output is written to a temporary file and
 * moved into place, so an error leaves no partial output. Results do not depend on {@code --threads}.
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
    List<Individual> individuals = read(params);

    long t0 = System.nanoTime();
    double[][] rows = simulate(individuals, regimen, options, settings, solver, tolerances, workers);
    double seconds = (System.nanoTime() - t0) / 1e9;

    write(out, individuals, rows);
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

  /** Reads and validates the input; errors name the file, the row and the column. */
  static List<Individual> read(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').get();
    List<Individual> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(in)) {
      Header header = Header.of(file, parser.getHeaderNames());
      for (CSVRecord rec : parser) {
        out.add(header.individual(file, rec));
      }
    } catch (NoSuchFileException e) {
      throw UsageException.of("--params", file, "an existing CSV file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UsageException("cannot read --params " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new UsageException(file + ": no individuals (only a header)");
    }
    return out;
  }

  /**
   * The input's header: which column is the ID and which parameter each other column sets.
   *
   * @param names the column names as written
   * @param idColumn index of the ID column
   * @param columns per column, its parameter ({@code null} for the ID column)
   */
  private record Header(List<String> names, int idColumn, Param[] columns) {

    static Header of(Path file, List<String> header) {
      int idColumn = -1;
      Param[] columns = new Param[header.size()];
      Map<Param, String> seen = new HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        String name = header.get(j);
        if (name.equalsIgnoreCase("ID")) {
          if (idColumn >= 0) {
            throw new UsageException(file + ": duplicate column 'ID'");
          }
          idColumn = j;
          continue;
        }
        try {
          columns[j] = Param.byName(name);
        } catch (IllegalArgumentException e) {
          throw new UsageException(file + ": unknown column '" + name + "'; allowed: ID and the model "
              + "parameters " + Param.all());
        }
        String before = seen.put(columns[j], name);
        if (before != null) {
          throw new UsageException(file + ": columns '" + before + "' and '" + name + "' are the same parameter");
        }
      }
      if (idColumn < 0) {
        throw new UsageException(file + ": no 'ID' column (header: " + header + ")");
      }
      return new Header(header, idColumn, columns);
    }

    /** One row: the ID and the parameters (typical where no column sets them). */
    Individual individual(Path file, CSVRecord rec) {
      long row = rec.getRecordNumber();
      if (rec.size() != names.size()) {
        throw new UsageException(file + ": row " + row + " (line " + rec.getParser().getCurrentLineNumber()
            + ") has " + rec.size() + " fields, the header has " + names.size());
      }
      String id = rec.get(idColumn);
      if (id.isEmpty()) {
        throw new UsageException(file + ": row " + row + ", column 'ID': empty ID");
      }
      double[] v = IndividualParameters.typical(ModelParameters.defaults()).toArray();
      for (int j = 0; j < columns.length; j++) {
        if (columns[j] == null) {
          continue;
        }
        String text = rec.get(j);
        try {
          v[columns[j].ordinal()] = columns[j].check(Double.parseDouble(text));
        } catch (IllegalArgumentException e) {
          String why = e instanceof NumberFormatException ? "not a number" : e.getMessage();
          throw new UsageException(file + ": row " + row + " (ID " + id + "), column '" + names.get(j)
              + "': bad value '" + text + "': " + why);
        }
      }
      return new Individual(id, IndividualParameters.of(v));
    }
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
        sim.simulate(individuals.get(i).params(), typical.covariates(), latent, regimen, b);
        rows[i] = new double[] {b.cmaxCycle1(), b.aucCycle1(), b.minBiomarker(), b.ancNadir(), b.ancNadirDay(),
            b.lastMProtein()};
      }
    };
    Workers.run(Math.min(threads, n), "escalon-individuals", worker);
    return rows;
  }

  /** Writes the CSV to a temporary file next to {@code file} and moves it into place. */
  static void write(Path file, List<Individual> individuals, double[][] rows) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
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
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (NoSuchFileException e) {
      throw UsageException.of("--out", file, "a file in an existing directory");
    } catch (IOException e) {
      throw new UsageException("cannot write --out " + file + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort; the error that brought us here is what the user needs
        }
      }
    }
  }
}
