package org.escalon.core.output;

/**
 * CTCAE v5 grading of neutropenia and thrombocytopenia from daily counts (×10⁹/L). A count below {@code g1}
 * is at least grade 1, below {@code g4} grade 4.
 *
 * @param ancG1 LLN of ANC (2.0)
 * @param ancG2 1.5
 * @param ancG3 1.0
 * @param ancG4 0.5
 * @param plateletG1 LLN of platelets (150)
 * @param plateletG2 75
 * @param plateletG3 50
 * @param plateletG4 25
 */
public record ToxicityCriteria(double ancG1, double ancG2, double ancG3, double ancG4, double plateletG1,
    double plateletG2, double plateletG3, double plateletG4) {

  /** CTCAE v5 (docs/model.md §4). */
  public static final ToxicityCriteria CTCAE = new ToxicityCriteria(2.0, 1.5, 1.0, 0.5, 150, 75, 50, 25);

  /**
   * The record as given.
   *
   * @param ancG1 LLN of ANC (2.0)
   * @param ancG2 1.5
   * @param ancG3 1.0
   * @param ancG4 0.5
   * @param plateletG1 LLN of platelets (150)
   * @param plateletG2 75
   * @param plateletG3 50
   * @param plateletG4 25
   */
  public ToxicityCriteria {
    decreasing("anc", ancG1, ancG2, ancG3, ancG4);
    decreasing("platelet", plateletG1, plateletG2, plateletG3, plateletG4);
  }

  private static void decreasing(String what, double g1, double g2, double g3, double g4) {
    if (!(g4 > 0) || !(g3 > g4) || !(g2 > g3) || !(g1 > g2) || Double.isInfinite(g1)) {
      throw new IllegalArgumentException(what + " thresholds must be finite with G1 > G2 > G3 > G4 > 0, got "
          + g1 + ", " + g2 + ", " + g3 + ", " + g4);
    }
  }

  /**
   * Neutropenia grade 0–4 of an ANC.
   *
   * @param anc absolute neutrophil count, ×10⁹/L
   * @return neutropenia grade 0–4 of an ANC
   */
  public int neutropeniaGrade(double anc) {
    return grade(anc, ancG1, ancG2, ancG3, ancG4);
  }

  /**
   * Thrombocytopenia grade 0–4 of a platelet count.
   *
   * @param platelets platelet count, ×10⁹/L
   * @return thrombocytopenia grade 0–4 of a platelet count
   */
  public int thrombocytopeniaGrade(double platelets) {
    return grade(platelets, plateletG1, plateletG2, plateletG3, plateletG4);
  }

  private static int grade(double x, double g1, double g2, double g3, double g4) {
    if (x < g4) {
      return 4;
    }
    if (x < g3) {
      return 3;
    }
    if (x < g2) {
      return 2;
    }
    return x < g1 ? 1 : 0;
  }
}
