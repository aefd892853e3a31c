package org.escalon.core.output;

/**
 * What counts as a dose-limiting toxicity (docs/model.md §4). Daily pre-dose values are judged.
 *
 * @param windowDays DLT window (cycle 1: 28 days)
 * @param g4NeutropeniaMinDays a grade 4 neutropenia episode that starts in the window and lasts at least this
 *     many days is a DLT (8 = "lasts more than 7 days"); the episode is followed past the window until it ends
 * @param febrileNeutropenia whether febrile neutropenia in the window is a DLT
 * @param g4Thrombocytopenia whether grade 4 thrombocytopenia in the window is a DLT
 * @param nonHaematologicalG3 whether a grade &ge; 3 non-haematological event with onset in the window is a DLT
 */
public record DltCriteria(int windowDays, int g4NeutropeniaMinDays, boolean febrileNeutropenia,
    boolean g4Thrombocytopenia, boolean nonHaematologicalG3) {

  /** docs/model.md §4. */
  public static final DltCriteria DEFAULT = new DltCriteria(28, 8, true, true, true);

  /**
   * Validates the components (a bad value is named with what is allowed).
   *
   * @param windowDays DLT window (cycle 1: 28 days)
   * @param g4NeutropeniaMinDays a grade 4 neutropenia episode that starts in the window and lasts at least this many
   *     days is a DLT (8 = "lasts more than 7 days"); the episode is followed past the window until it ends
   * @param febrileNeutropenia whether febrile neutropenia in the window is a DLT
   * @param g4Thrombocytopenia whether grade 4 thrombocytopenia in the window is a DLT
   * @param nonHaematologicalG3 whether a grade &ge; 3 non-haematological event with onset in the window is a DLT
   */
  public DltCriteria {
    if (windowDays < 1 || windowDays > 366) {
      throw new IllegalArgumentException("windowDays must be in [1, 366], got " + windowDays);
    }
    if (g4NeutropeniaMinDays < 1) {
      throw new IllegalArgumentException("g4NeutropeniaMinDays must be >= 1, got " + g4NeutropeniaMinDays);
    }
  }
}
