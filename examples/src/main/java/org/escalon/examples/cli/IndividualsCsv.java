package org.escalon.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.escalon.core.model.IndividualParameters;
import org.escalon.core.model.ModelParameters;
import org.escalon.core.model.Param;
import org.escalon.examples.cli.SimulateIndividualsCommand.Individual;
import org.escalon.examples.input.Numbers;
import org.escalon.examples.input.TextFiles;

/**
 * The individuals CSV of {@code simulate-individuals}: a header with an {@code ID} column and model parameters by
 * name (case-insensitive), one individual per row. Read as UTF-8 (a spreadsheet's byte-order mark is skipped);
 * numbers in {@link Numbers}' strict syntax, each checked against its parameter's domain. Every error is one line
 * naming the file and, for a cell, the row, the ID and the column; malformed CSV names the line. Rows are read
 * lazily ({@link #open}), so a file of any length is read in constant memory.
 */
final class IndividualsCsv {
  private IndividualsCsv() {}

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();

  /**
   * Opens {@code file} for reading one individual at a time (validated as it is read), with {@code theta} the
   * typical values of the columns left out. The header is read and checked now; an empty table is an error now.
   */
  static Rows open(Path file, ModelParameters theta) {
    Reader in = null;
    try {
      in = TextFiles.reader(file);
      CSVParser parser = FORMAT.parse(in);
      Rows rows = new Rows(file, parser, Header.of(file, parser.getHeaderNames()), theta);
      if (!rows.hasNext()) {
        rows.close();
        throw new UsageException(file + ": no individuals (only a header)");
      }
      return rows;
    } catch (TextFiles.ReadException e) {
      closeQuietly(in);
      throw new UsageException("--params " + e.getMessage());
    } catch (IOException e) {
      closeQuietly(in);
      throw new UsageException("--params " + TextFiles.problem(file, e).getMessage());
    } catch (IllegalArgumentException e) {
      closeQuietly(in);
      throw new UsageException(file + ": " + oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** Reads and validates the whole of {@code file} (typical values: the defaults). */
  static List<Individual> read(Path file) {
    List<Individual> out = new ArrayList<>();
    try (Rows rows = open(file, ModelParameters.defaults())) {
      rows.forEachRemaining(out::add);
    }
    return out;
  }

  private static void closeQuietly(Reader in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // already failing
      }
    }
  }

  /**
   * The rows of an open individuals CSV, read and validated one at a time (bounded memory: a row is parsed when
   * {@link #next()} asks for it and not kept). Errors are {@link UsageException}s naming the file, the row, the ID
   * and the column. Not thread-safe.
   */
  static final class Rows implements Iterator<Individual>, AutoCloseable {
    private final Path file;
    private final CSVParser parser;
    private final Header header;
    private final ModelParameters theta;
    private final Iterator<CSVRecord> it;

    private Rows(Path file, CSVParser parser, Header header, ModelParameters theta) {
      this.file = file;
      this.parser = parser;
      this.header = header;
      this.theta = theta;
      this.it = parser.iterator();
    }

    @Override
    public boolean hasNext() {
      return IndividualsCsv.next(file, parser, it);
    }

    @Override
    public Individual next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException("no more rows in " + file);
      }
      try {
        return header.individual(file, it.next(), theta);
      } catch (UsageException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new UsageException(file + ": " + oneLine(e.getMessage()));
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        // read-only: nothing to lose
      }
    }
  }

  /** Whether another record follows; a malformed one (or a byte that is not UTF-8) is an error naming the line. */
  private static boolean next(Path file, CSVParser parser, Iterator<CSVRecord> it) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException c) {
        throw new UsageException("--params " + TextFiles.problem(file, c).getMessage());
      }
      throw new UsageException(file + ": line " + parser.getCurrentLineNumber() + ": malformed CSV: "
          + oneLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    }
  }

  private static String oneLine(String m) {
    return m == null ? "invalid" : m.replaceAll("\\s*\\R\\s*", " ");
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
        String where = file + ": header, column " + (j + 1) + " ('" + name + "')";
        if (name.equalsIgnoreCase("ID")) {
          if (idColumn >= 0) {
            throw new UsageException(where + ": duplicate column 'ID'");
          }
          idColumn = j;
          continue;
        }
        try {
          columns[j] = Param.byName(name);
        } catch (IllegalArgumentException e) {
          throw new UsageException(where + ": unknown column '" + name + "'; allowed: ID and the model "
              + "parameters " + Param.all());
        }
        String before = seen.put(columns[j], name);
        if (before != null) {
          throw new UsageException(where + ": columns '" + before + "' and '" + name + "' are the same parameter");
        }
      }
      if (idColumn < 0) {
        throw new UsageException(file + ": no 'ID' column (header: " + header + ")");
      }
      return new Header(header, idColumn, columns);
    }

    /** One row: the ID and the parameters (typical where no column sets them). */
    Individual individual(Path file, CSVRecord rec, ModelParameters theta) {
      long row = rec.getRecordNumber();
      if (rec.size() != names.size()) {
        throw new UsageException(file + ": row " + row + " (line " + rec.getParser().getCurrentLineNumber()
            + "), column " + Math.min(rec.size(), names.size()) + ": the row has " + rec.size()
            + " fields, the header has " + names.size());
      }
      String id = rec.get(idColumn);
      if (id.isEmpty()) {
        throw new UsageException(file + ": row " + row + ", column 'ID': empty ID");
      }
      double[] v = theta.toArray();
      for (int j = 0; j < columns.length; j++) {
        if (columns[j] != null) {
          v[columns[j].ordinal()] = cell(file, row, id, j, rec.get(j));
        }
      }
      return new Individual(id, IndividualParameters.of(v));
    }

    private double cell(Path file, long row, String id, int j, String text) {
      String where = file + ": row " + row + " (ID " + id + "), column '" + names.get(j) + "' = '" + text + "': ";
      double x;
      try {
        x = Numbers.parseDouble(names.get(j), text);
      } catch (IllegalArgumentException e) {
        throw new UsageException(where + "must be " + Numbers.NUMBER);
      }
      if (!columns[j].domain().contains(x)) {
        throw new UsageException(where + "must be " + columns[j].allowed());
      }
      return x;
    }
  }
}
