package org.escalon.core.pd;

import java.util.Locale;

/** Adverse events reported per patient, named as in the CFT7455-1101 safety table (docs/model.md §5). */
public enum AdverseEvent {
  /** from the Friberg neutrophil model (daily pre-dose ANC) */
  NEUTROPENIA(true),
  /** incidence model */
  ANAEMIA(true),
  /** incidence model */
  FATIGUE(false),
  /** incidence model */
  DIARRHOEA(false),
  /** incidence model */
  LEUKOPENIA(true),
  /** from the Friberg platelet model */
  THROMBOCYTOPENIA(true),
  /** incidence model */
  LYMPHOPENIA(true),
  /** per-day hazard while ANC &lt; 0.5 */
  FEBRILE_NEUTROPENIA(true),
  /** incidence model: any other non-haematological event (infection, rash, …) */
  OTHER_NON_HAEMATOLOGICAL(false);

  private final boolean haematological;

  AdverseEvent(boolean haematological) {
    this.haematological = haematological;
  }

  /**
   * Whether the event is haematological (non-haematological grade &ge; 3 events are DLTs).
   *
   * @return whether the event is haematological (non-haematological grade &ge; 3 events are DLTs)
   */
  public boolean haematological() {
    return haematological;
  }

  /**
   * Lower-case name used in JSON and CSV ({@code febrile_neutropenia}).
   *
   * @return lower-case name used in JSON and CSV ({@code febrile_neutropenia})
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
