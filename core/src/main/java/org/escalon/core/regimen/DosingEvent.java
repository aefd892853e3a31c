package org.escalon.core.regimen;

/** A dosing event of a regimen. Sealed: today only {@link Bolus} (oral doses); infusions may follow. */
public sealed interface DosingEvent permits DosingEvent.Bolus {

  /**
   * Time of the dose in hours since cycle 1 day 1 00:00.
   *
   * @return time of the dose in hours since cycle 1 day 1 00:00
   */
  double timeH();

  /**
   * Dose amount in the drug's unit.
   *
   * @return dose amount in the drug's unit
   */
  double amount();

  /**
   * Which drug.
   *
   * @return which drug
   */
  Drug drug();

  /** The drugs of the default model. */
  enum Drug {
    /** cemsidomide, dose in µg */
    CEMSIDOMIDE,
    /** dexamethasone, dose in mg */
    DEXAMETHASONE
  }

  /**
   * An oral dose into the depot.
   *
   * @param timeH hours since cycle 1 day 1, finite and &ge; 0
   * @param amount µg for cemsidomide, mg for dexamethasone; &gt; 0
   * @param drug which drug
   */
  record Bolus(double timeH, double amount, Drug drug) implements DosingEvent {
    /**
     * Validates the components (a bad value is named with what is allowed).
     *
     * @param timeH hours since cycle 1 day 1, finite and &ge; 0
     * @param amount µg for cemsidomide, mg for dexamethasone; &gt; 0
     * @param drug which drug
     */
    public Bolus {
      if (!(timeH >= 0) || Double.isInfinite(timeH)) {
        throw new IllegalArgumentException("timeH must be finite and >= 0, got " + timeH);
      }
      if (!(amount > 0) || Double.isInfinite(amount)) {
        throw new IllegalArgumentException("amount must be finite and > 0, got " + amount);
      }
      if (drug == null) {
        throw new IllegalArgumentException("drug must not be null");
      }
    }
  }
}
