package org.escalon.simulation.design;

/** Why a trial stopped, or {@link #NONE} while it continues. */
public enum StopReason {
  /** The trial continues. */
  NONE,
  /** The maximum sample size (number of cohorts × cohort size, or a stop-at-N rule) was reached. */
  SAMPLE_SIZE,
  /** The lowest dose was found too toxic (eliminated, exceeded, or the extra-safe rule): no MTD. */
  TOO_TOXIC,
  /** Enough patients at the dose the design would stay at (BOIN {@code n.earlystop}, stop-when-n-at-dose). */
  N_AT_DOSE,
  /** A rule-based design (3+3) completed its algorithm and names an MTD. */
  MTD_FOUND
}
