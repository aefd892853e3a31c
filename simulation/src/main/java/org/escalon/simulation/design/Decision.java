package org.escalon.simulation.design;

/**
 * The decision at the current dose given its {@code n} patients and {@code y} DLTs, as printed in decision tables.
 */
public enum Decision {
  /** Escalate to the next higher dose (stay if at the top or the next dose is eliminated). */
  E("escalate"),
  /** Stay at the current dose. */
  S("stay"),
  /** De-escalate to the next lower dose (stay if at dose 1). */
  D("de-escalate"),
  /** De-escalate and mark this dose and every higher dose unacceptable (eliminated). */
  DU("de-escalate and eliminate");

  private final String description;

  Decision(String description) {
    this.description = description;
  }

  /**
   * A few words for people.
   *
   * @return a few words for people
   */
  public String description() {
    return description;
  }
}
