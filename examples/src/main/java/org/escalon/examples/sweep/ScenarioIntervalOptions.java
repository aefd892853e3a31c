package org.escalon.examples.sweep;

import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalon.examples.input.IntervalOptions;
import org.escalon.simulation.design.BfBoin;
import org.escalon.simulation.design.Boin;
import org.escalon.simulation.design.EscalationDesign;
import org.escalon.simulation.design.I3Plus3;
import org.escalon.simulation.design.Keyboard;
import org.escalon.simulation.design.Mtpi2;
import org.escalon.simulation.design.TiteBoin;
import org.escalon.simulation.pkpd.NamedDesign;
import org.escalon.simulation.study.DesignName;

/**
 * The interval-design options of a scenario's design entry ({@code {name: boin, phi1: 0.2, cutoff_eli: 0.9}}): the
 * same options, for the same designs, as {@code escalon oc} ({@link IntervalOptions}). A field the design does not
 * take is refused naming it; every value is checked by the library's builder when the file is read (building the
 * design once), and its message is reported at the field ({@code FILE: designs[0].phi1: invalid value 0.28;
 * allowed: > 0 and at most 0.9 x target (0.27)}). Stateless.
 */
final class ScenarioIntervalOptions {

  /** A library message {@code name = value: must be ...}. */
  private static final Pattern LIBRARY = Pattern.compile("^([a-z][A-Za-z0-9]*) = ([^:]*): must be (.*)$",
      Pattern.DOTALL);

  private ScenarioIntervalOptions() {}

  /** The entry's options, after refusing the first one its design does not take. */
  static IntervalOptions read(ScenarioSpec.DesignSpec d, DesignName name, String p, FieldChecks check) {
    IntervalOptions o = d.intervalOptions();
    IntervalOptions.Option bad = o.firstNotFor(name);
    if (bad != null) {
      throw check.bad(p + "." + bad.fieldName(), o.value(bad), IntervalOptions.onlyWith(bad, name, ""));
    }
    return o;
  }

  /** BOIN, i3+3, mTPI-2 or Keyboard with the options; built once now so that a bad value names its field. */
  static NamedDesign intervalDesign(DesignName name, IntervalOptions o, double target, int cs, int co, String p,
      FieldChecks check) {
    IntFunction<EscalationDesign> f = k -> switch (name) {
      case BOIN -> o.applyTo(Boin.builder(target, k)).cohortSize(cs).cohorts(co).build();
      case I3PLUS3 -> o.applyTo(I3Plus3.builder(target, k)).cohortSize(cs).cohorts(co).build();
      case MTPI2 -> o.applyTo(Mtpi2.builder(target, k)).cohortSize(cs).cohorts(co).build();
      case KEYBOARD -> o.applyTo(Keyboard.builder(target, k)).cohortSize(cs).cohorts(co).build();
      default -> throw new IllegalStateException(name.key() + " is not an interval design");
    };
    validate(() -> f.apply(1), o, p, check);
    return new NamedDesign(name.key(), f);
  }

  /** BF-BOIN with the options and {@code n_cap}, for K levels. */
  static BfBoin bfBoin(IntervalOptions o, double target, int k, int cs, int co, int nCap) {
    return o.applyTo(BfBoin.builder(target, k)).cohortSize(cs).cohorts(co).nCap(nCap).build();
  }

  /** TITE-BOIN with the options, {@code max_pending} and the estimator, for K levels. */
  static TiteBoin titeBoin(IntervalOptions o, double target, int k, int cs, int co, double maxPending,
      TiteBoin.Estimator estimator) {
    return o.applyTo(TiteBoin.builder(target, k)).cohortSize(cs).cohorts(co).maxPending(maxPending)
        .estimator(estimator).build();
  }

  /** Runs {@code build} now; a library error becomes a scenario error at the field it concerns. */
  static void validate(Runnable build, IntervalOptions o, String p, FieldChecks check) {
    try {
      build.run();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      Matcher m = LIBRARY.matcher(message);
      IntervalOptions.Option option = m.matches() ? IntervalOptions.Option.byLibraryName(m.group(1)) : null;
      if (option != null && o.value(option) != null) {
        throw check.bad(p + "." + option.fieldName(), o.value(option), m.group(3));
      }
      throw check.at(p, message);
    }
  }
}
