package org.escalon.simulation.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trial outcomes in the text notation of R {@code escalation} (Brock 2019): cohorts separated by blanks, each a
 * 1-based dose level followed by one letter per patient, {@code N} (no DLT) or {@code T} (DLT). Example:
 * {@code "1NNN 2NTN"} is three patients at dose 1 without DLT, then three at dose 2 of whom the second had a DLT.
 *
 * @param cohorts the cohorts in the order they were treated
 */
public record PhaseOneOutcomes(List<Cohort> cohorts) {

  private static final Pattern COHORT = Pattern.compile("([0-9]+)([NT]+)");

  /** One cohort: its dose level and the patients' outcomes as a string of {@code N} and {@code T}. */
  public record Cohort(int doseLevel, String outcomes) {
    /**
     * Validates: dose level ≥ 1, outcomes non-empty, only {@code N} and {@code T}.
     *
     * @param doseLevel the cohort's dose level, ≥ 1
     * @param outcomes one letter per patient: {@code N} (no DLT) or {@code T} (DLT)
     */
    public Cohort {
      if (doseLevel < 1) {
        throw new IllegalArgumentException("doseLevel = " + doseLevel + ": must be >= 1");
      }
      if (outcomes == null || !outcomes.matches("[NT]+")) {
        throw new IllegalArgumentException("outcomes = '" + outcomes + "': must be one or more of N and T");
      }
    }

    /**
     * The number of patients.
     *
     * @return the number of patients
     */
    public int size() {
      return outcomes.length();
    }

    /**
     * The number of DLTs.
     *
     * @return the number of DLTs
     */
    public int dlts() {
      int c = 0;
      for (int i = 0; i < outcomes.length(); i++) {
        if (outcomes.charAt(i) == 'T') {
          c++;
        }
      }
      return c;
    }

    /**
     * Whether patient {@code i} (0-based within the cohort) had a DLT.
     *
     * @param i the patient's index within the cohort, 0-based
     * @return whether patient {@code i} (0-based within the cohort) had a DLT
     */
    public boolean dlt(int i) {
      return outcomes.charAt(i) == 'T';
    }

    @Override
    public String toString() {
      return doseLevel + outcomes;
    }
  }

  /**
   * Validates and copies the list.
   *
   * @param cohorts the cohorts in the order they were treated
   */
  public PhaseOneOutcomes {
    if (cohorts == null) {
      throw new IllegalArgumentException("cohorts must not be null");
    }
    for (int i = 0; i < cohorts.size(); i++) {
      if (cohorts.get(i) == null) {
        throw new IllegalArgumentException("cohorts[" + i + "] is null");
      }
    }
    cohorts = List.copyOf(cohorts);
  }

  /**
   * Parses outcome text.
   *
   * @param text e.g. {@code "1NNN 2NTN"}; blank for no cohorts. Letters are case-insensitive.
   * @return the outcomes
   * @throws IllegalArgumentException naming the offending token
   */
  public static PhaseOneOutcomes parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("outcomes text must not be null");
    }
    List<Cohort> list = new ArrayList<>();
    String trimmed = text.trim();
    if (!trimmed.isEmpty()) {
      for (String token : trimmed.split("\\s+")) {
        Matcher m = COHORT.matcher(token.toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "outcome token '" + token + "': must be a dose level followed by N/T letters, e.g. 2NTN");
        }
        int dose;
        try {
          dose = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("outcome token '" + token + "': dose level too large", e);
        }
        list.add(new Cohort(dose, m.group(2)));
      }
    }
    return new PhaseOneOutcomes(list);
  }

  /**
   * Patients per dose for {@code doseCount} doses (index 0 = dose 1); rejects dose levels above doseCount.
   *
   * @param doseCount the number of dose levels K, 1..100
   * @return patients per dose for {@code doseCount} doses (index 0 = dose 1); rejects dose levels above doseCount
   */
  public int[] n(int doseCount) {
    int[] n = new int[checkDoses(doseCount)];
    for (Cohort c : cohorts) {
      n[c.doseLevel() - 1] += c.size();
    }
    return n;
  }

  /**
   * DLTs per dose for {@code doseCount} doses (index 0 = dose 1).
   *
   * @param doseCount the number of dose levels K, 1..100
   * @return DLTs per dose for {@code doseCount} doses (index 0 = dose 1)
   */
  public int[] y(int doseCount) {
    int[] y = new int[checkDoses(doseCount)];
    for (Cohort c : cohorts) {
      y[c.doseLevel() - 1] += c.dlts();
    }
    return y;
  }

  /**
   * The dose level of the last cohort, or 0 when there is none.
   *
   * @return the dose level of the last cohort, or 0 when there is none
   */
  public int lastDose() {
    return cohorts.isEmpty() ? 0 : cohorts.get(cohorts.size() - 1).doseLevel();
  }

  private int checkDoses(int doseCount) {
    if (doseCount < 1) {
      throw new IllegalArgumentException("doseCount = " + doseCount + ": must be >= 1");
    }
    for (Cohort c : cohorts) {
      if (c.doseLevel() > doseCount) {
        throw new IllegalArgumentException(
            "cohort '" + c + "': dose level " + c.doseLevel() + " is above the " + doseCount + " doses");
      }
    }
    return doseCount;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Cohort c : cohorts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
