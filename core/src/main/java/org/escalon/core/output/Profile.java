package org.escalon.core.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Model outputs of one individual on a time grid (like an mrgsolve {@code mrgsim} table). Immutable.
 *
 * @param columns column names, the first being {@code time_h}
 * @param rows one array per time point, in column order
 */
public record Profile(List<String> columns, List<double[]> rows) {

  /** The columns written by the simulator, in order. */
  public static final List<String> STANDARD_COLUMNS = List.of("time_h", "conc_ng_per_ml", "dex_conc_ng_per_ml",
      "ikzf3_pb", "ikzf1_marrow", "ikzf_tumour", "anc_e9_per_l", "platelets_e9_per_l", "m_protein_g_per_dl",
      "tumour_rel", "dex_biophase_mg", "auc_ng_h_per_ml");

  /**
   * Validates the components (a bad value is named with what is allowed) and copies the arrays and lists given, so that
   * the record is immutable.
   *
   * @param columns column names, the first being {@code time_h}
   * @param rows one array per time point, in column order
   */
  public Profile {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    List<double[]> copy = new ArrayList<>();
    for (double[] r : Objects.requireNonNull(rows, "rows")) {
      if (r.length != columns.size()) {
        throw new IllegalArgumentException(
            "each row must have " + columns.size() + " values, got " + r.length);
      }
      copy.add(r.clone());
    }
    rows = Collections.unmodifiableList(copy);
  }

  /**
   * Number of time points.
   *
   * @return number of time points
   */
  public int size() {
    return rows.size();
  }

  /**
   * Value of column {@code name} at row {@code i}.
   *
   * @param i the row (time point), 0-based
   * @param name the column's name, one of {@link #columns()}
   * @return value of column {@code name} at row {@code i}
   */
  public double value(int i, String name) {
    int c = columns.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("unknown column '" + name + "'; columns: " + columns);
    }
    return rows.get(i)[c];
  }

  /**
   * The whole column {@code name}.
   *
   * @param name the column's name, one of {@link #columns()}
   * @return the whole column {@code name}
   */
  public double[] column(String name) {
    int c = columns.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("unknown column '" + name + "'; columns: " + columns);
    }
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[c];
    }
    return out;
  }

  /**
   * One array per time point, in column order.
   *
   * @return one array per time point, in column order
   */
  @Override
  public List<double[]> rows() {
    List<double[]> out = new ArrayList<>();
    for (double[] r : rows) {
      out.add(r.clone());
    }
    return out;
  }
}
