package org.escalon.examples.input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.escalon.simulation.design.BfBoinBuilder;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.EquivalenceIntervalDesign;
import org.escalon.simulation.design.IntervalDesign;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.study.DesignName;

/**
 * The options of BOIN and the other interval designs in R BOIN's vocabulary — {@code p.saf}/{@code p.tox} (φ1, φ2),
 * the equivalence-interval margins ε1/ε2, {@code cutoff.eli}, {@code extrasafe}, {@code offset}, {@code
 * n.earlystop}, {@code titration}, {@code boundMTD} — read the same way by {@code escalon oc}, {@code next-dose} and
 * scenario files ({@code designs[].phi1}, …). One table says which design takes which option, so a value refused in
 * one place is refused everywhere with the same words; the values themselves are validated by the library's
 * builders ({@link Boin.Builder}, {@link IntervalDesign.Builder}, {@link BfBoinBuilder}, {@link TiteBoin.Builder}),
 * which are the Java API for the same options. {@code null} = not given: the builder's default (R's) applies.
 *
 * @param phi1 φ1, the highest DLT probability deemed underdosing (R {@code p.saf}; default 0.6 × target)
 * @param phi2 φ2, the lowest DLT probability deemed overdosing (R {@code p.tox}; default 1.4 × target)
 * @param eps1 the target interval of i3+3, mTPI-2 and Keyboard starts at target − ε1 (default 0.05)
 * @param eps2 that interval ends at target + ε2 (default 0.05)
 * @param cutoffEli eliminate a dose and the higher ones when Pr(p &gt; target | data) exceeds this (default 0.95)
 * @param extrasafe stop the trial when dose 1 is too toxic at the stricter cutoff {@code cutoffEli − offset}
 * @param offset the extra-safe offset, in [0, 0.5) and below {@code cutoffEli} (default 0.05)
 * @param nEarlyStop stop when the current dose has this many patients and the decision is to stay (default 100)
 * @param titration accelerated titration: one patient per dose until the first DLT (default off)
 * @param boundMtd the selected MTD's isotonic estimate must not exceed λd (default off)
 */
public record IntervalOptions(Double phi1, Double phi2, Double eps1, Double eps2, Double cutoffEli, Boolean extrasafe,
    Double offset, Integer nEarlyStop, Boolean titration, Boolean boundMtd) {

  /** No option given: every default. */
  public static final IntervalOptions NONE = new IntervalOptions(null, null, null, null, null, null, null, null,
      null, null);

  /** One option: its library name (the builder method's), its CLI option and scenario field, and its designs. */
  public enum Option {
    /** φ1 (R {@code p.saf}). */
    PHI1("phi1", DesignName.BOIN, DesignName.BF_BOIN, DesignName.TITE_BOIN),
    /** φ2 (R {@code p.tox}). */
    PHI2("phi2", DesignName.BOIN, DesignName.BF_BOIN, DesignName.TITE_BOIN),
    /** ε1 of the equivalence-interval designs. */
    EPS1("eps1", DesignName.I3PLUS3, DesignName.MTPI2, DesignName.KEYBOARD),
    /** ε2 of the equivalence-interval designs. */
    EPS2("eps2", DesignName.I3PLUS3, DesignName.MTPI2, DesignName.KEYBOARD),
    /** R {@code cutoff.eli}. */
    CUTOFF_ELI("cutoffEli", Families.ALL),
    /** R {@code extrasafe}. */
    EXTRASAFE("extrasafe", Families.ALL),
    /** R {@code offset}. */
    OFFSET("offset", Families.ALL),
    /** R {@code n.earlystop}. */
    N_EARLY_STOP("nEarlyStop", Families.ALL),
    /** R {@code titration} (not BF-BOIN, as R bfboin; not TITE-BOIN, which has no titration here). */
    TITRATION("titration", DesignName.BOIN, DesignName.I3PLUS3, DesignName.MTPI2, DesignName.KEYBOARD),
    /** R {@code boundMTD}. */
    BOUND_MTD("boundMtd", DesignName.BOIN, DesignName.BF_BOIN);

    private final String libraryName;
    private final Set<DesignName> designs;

    Option(String libraryName, DesignName... designs) {
      this.libraryName = libraryName;
      this.designs = EnumSet.of(designs[0], designs);
    }

    /**
     * The builder method's name ({@code cutoffEli}), which the library's messages use.
     *
     * @return the builder method's name ({@code cutoffEli}), which the library's messages use
     */
    public String libraryName() {
      return libraryName;
    }

    /**
     * The CLI option ({@code --cutoff-eli}).
     *
     * @return the CLI option ({@code --cutoff-eli})
     */
    public String cliName() {
      StringBuilder sb = new StringBuilder("--");
      for (char c : libraryName.toCharArray()) {
        sb.append(Character.isUpperCase(c) ? "-" + Character.toLowerCase(c) : String.valueOf(c));
      }
      return sb.toString();
    }

    /**
     * The scenario field ({@code cutoff_eli}).
     *
     * @return the scenario field ({@code cutoff_eli})
     */
    public String fieldName() {
      return cliName().substring(2).replace('-', '_');
    }

    /**
     * Whether {@code design} takes this option.
     *
     * @param design whether {@code design} takes this option
     * @return whether {@code design} takes this option
     */
    public boolean appliesTo(DesignName design) {
      return designs.contains(design);
    }

    /**
     * The designs that take it, for messages: {@code boin, bf-boin or tite-boin}.
     *
     * @return the designs that take it, for messages: {@code boin, bf-boin or tite-boin}
     */
    public String designs() {
      List<String> keys = new ArrayList<>();
      for (DesignName d : designs) {
        keys.add(d.key());
      }
      String last = keys.remove(keys.size() - 1);
      return keys.isEmpty() ? last : String.join(", ", keys) + " or " + last;
    }

    /**
     * The option named {@code libraryName} ({@code cutoffEli}), or {@code null}.
     *
     * @param libraryName the option named {@code libraryName} ({@code cutoffEli}), or {@code null}
     * @return the option named {@code libraryName} ({@code cutoffEli}), or {@code null}
     */
    public static Option byLibraryName(String libraryName) {
      for (Option o : values()) {
        if (o.libraryName.equals(libraryName)) {
          return o;
        }
      }
      return null;
    }
  }

  /** The designs of the options every interval design takes. */
  private static final class Families {
    static final DesignName[] ALL = {DesignName.BOIN, DesignName.I3PLUS3, DesignName.MTPI2, DesignName.KEYBOARD,
        DesignName.BF_BOIN, DesignName.TITE_BOIN};
  }

  /**
   * The value of {@code o} as given, or {@code null}.
   *
   * @param o the value of {@code o} as given, or {@code null}
   * @return the value of {@code o} as given, or {@code null}
   */
  public Object value(Option o) {
    return switch (o) {
      case PHI1 -> phi1;
      case PHI2 -> phi2;
      case EPS1 -> eps1;
      case EPS2 -> eps2;
      case CUTOFF_ELI -> cutoffEli;
      case EXTRASAFE -> extrasafe;
      case OFFSET -> offset;
      case N_EARLY_STOP -> nEarlyStop;
      case TITRATION -> titration;
      case BOUND_MTD -> boundMtd;
    };
  }

  /**
   * The first option given that {@code design} does not take, or {@code null} when all apply.
   *
   * @param design the first option given that {@code design} does not take, or {@code null} when all apply
   * @return the first option given that {@code design} does not take, or {@code null} when all apply
   */
  public Option firstNotFor(DesignName design) {
    for (Option o : Option.values()) {
      if (value(o) != null && !o.appliesTo(design)) {
        return o;
      }
    }
    return null;
  }

  /**
   * What is allowed for {@code o} given to {@code design}, for messages.
   *
   * @param o the option
   * @param design the design it was given to
   * @param designPrefix how a design is named where the option was given: {@code "--design "} on the command line,
   *     {@code ""} in
   *     scenario files
   * @return what is allowed for {@code o} given to {@code design}, for messages
   */
  public static String onlyWith(Option o, DesignName design, String designPrefix) {
    return "only with " + designPrefix + o.designs() + " (not an option of " + design.key() + ")";
  }

  /**
   * Sets the given options on an interval design's builder (φ1/φ2 and boundMTD on BOIN's, ε1/ε2 on the
   * equivalence-interval designs'); the builder validates each value. Call {@link #firstNotFor} first.
   *
   * @param b the builder
   * @param <B> its type
   * @return {@code b}
   */
  public <B extends IntervalDesign.Builder<B>> B applyTo(B b) {
    if (b instanceof Boin.Builder boin) {
      if (phi1 != null) {
        boin.phi1(phi1);
      }
      if (phi2 != null) {
        boin.phi2(phi2);
      }
      if (boundMtd != null) {
        boin.boundMtd(boundMtd);
      }
    }
    if (b instanceof EquivalenceIntervalDesign.MarginBuilder<?> m) {
      if (eps1 != null) {
        m.eps1(eps1);
      }
      if (eps2 != null) {
        m.eps2(eps2);
      }
    }
    if (cutoffEli != null) {
      b.cutoffEli(cutoffEli);
    }
    if (extrasafe != null) {
      b.extrasafe(extrasafe);
    }
    if (offset != null) {
      b.offset(offset);
    }
    if (nEarlyStop != null) {
      b.nEarlyStop(nEarlyStop);
    }
    if (titration != null) {
      b.titration(titration);
    }
    return b;
  }

  /**
   * Sets the given options on BF-BOIN's builder (every option but ε1/ε2 and titration).
   *
   * @param b the builder
   * @return {@code b}
   */
  public BfBoinBuilder applyTo(BfBoinBuilder b) {
    if (phi1 != null) {
      b.phi1(phi1);
    }
    if (phi2 != null) {
      b.phi2(phi2);
    }
    if (boundMtd != null) {
      b.boundMtd(boundMtd);
    }
    if (cutoffEli != null) {
      b.cutoffEli(cutoffEli);
    }
    if (extrasafe != null) {
      b.extrasafe(extrasafe);
    }
    if (offset != null) {
      b.offset(offset);
    }
    if (nEarlyStop != null) {
      b.nEarlyStop(nEarlyStop);
    }
    return b;
  }

  /**
   * Sets the given options on TITE-BOIN's builder (φ1/φ2, cutoff.eli, extrasafe, offset, n.earlystop).
   *
   * @param b the builder
   * @return {@code b}
   */
  public TiteBoin.Builder applyTo(TiteBoin.Builder b) {
    if (phi1 != null) {
      b.phi1(phi1);
    }
    if (phi2 != null) {
      b.phi2(phi2);
    }
    if (cutoffEli != null) {
      b.cutoffEli(cutoffEli);
    }
    if (extrasafe != null) {
      b.extrasafe(extrasafe);
    }
    if (offset != null) {
      b.offset(offset);
    }
    if (nEarlyStop != null) {
      b.nEarlyStop(nEarlyStop);
    }
    return b;
  }

  /** The given options as {@code name=value}, for logs and labels. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Option o : Option.values()) {
      if (value(o) != null) {
        parts.add(o.fieldName() + "=" + String.valueOf(value(o)).toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", parts);
  }
}
