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
 * naming the file and, for a cell, the row, the ID and the column; malformed CSV names the line.
 */
final class IndividualsCsv {
  private IndividualsCsv() {}

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();

  /** Reads and validates {@code file}. */
  static List<Individual> read(Path file) {
    List<Individual> out = new ArrayList<>();
    try (Reader in = TextFiles.reader(file); CSVParser parser = FORMAT.parse(in)) {
      Header header = Header.of(file, parser.getHeaderNames());
      Iterator<CSVRecord> it = parser.iterator();
      while (next(file, parser, it)) {
        out.add(header.individual(file, it.next()));
      }
    } catch (TextFiles.ReadException e) {
      throw new UsageException("--params " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("--params " + TextFiles.problem(file, e).getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + oneLine(e.getMessage()));
    }
    if (out.isEmpty()) {
      throw new UsageException(file + ": no individuals (only a header)");
    }
    return out;
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
    Individual individual(Path file, CSVRecord rec) {
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
      double[] v = IndividualParameters.typical(ModelParameters.defaults()).toArray();
      for (int j = 0; j < columns.length; j++) {
        if (columns[j] != null) {
          v[columns[j].ordinal()] = cell(file, row, id, j, rec.get(j));
        }
      }
      return new Individual(id, IndividualParameters.of(v));
    }

    private double cell(Path file, long row, String id, int j, String text) {
      String where = file + ": row " + row + " (ID " + id + "), column '" + names.get(j) + "': bad value '" + text
          + "': ";
      double x;
      try {
        x = Numbers.parseDouble(names.get(j), text);
      } catch (IllegalArgumentException e) {
        throw new UsageException(where + "not a number (" + Numbers.NUMBER + ")");
      }
      try {
        return columns[j].check(x);
      } catch (IllegalArgumentException e) {
        throw new UsageException(where + oneLine(e.getMessage()));
      }
    }
  }
}
