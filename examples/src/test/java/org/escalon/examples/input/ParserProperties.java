package org.escalon.examples.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.escalon.core.regimen.Regimen;
import org.escalon.core.regimen.Schedule;
import org.escalon.examples.cli.Cli;
import org.escalon.examples.sweep.ScenarioException;
import org.escalon.examples.sweep.ScenarioFile;

/**
 * Property tests of every parser users reach: arbitrary text and numbers give a valid object or one clean error
 * (an {@link IllegalArgumentException} whose message is one line, naming the input; exit status 2 and one line on
 * stderr through the CLI), never another exception; text forms round-trip.
 */
class ParserProperties {

  /** Strings that look like input: digits of several scripts, signs, letters, Java suffixes, blanks, newlines. */
  @Provide
  Arbitrary<String> inputLike() {
    Arbitrary<String> pieces = Arbitraries.of("0", "1", "12", "3.5", ".5", "1e3", "1E-3", "-", "+", "e", "f", "d",
        "x", "0x", "p", "NaN", "Infinity", "\u0661", "\uFF16", "\u00A0", " ", ",", "\n", "\t", "QD", "MWF", "d1-14",
        "5on2off", "ug", "mg", "x6", "+ dex", "q28d", "\u00e9", "\"", "'", "#", ":", "-1", "1_000", "\uFEFF");
    return Arbitraries.oneOf(pieces.list().ofMaxSize(8).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(20));
  }

  private static void oneCleanLine(IllegalArgumentException e) {
    assertThat(e.getMessage()).isNotBlank();
    assertThat(e.getMessage().replaceAll("\\s*\\R\\s*", " ")).doesNotContain("Exception");
  }

  @Property(tries = 2000)
  void numbersAreFiniteOrOneError(@ForAll("inputLike") String text) {
    try {
      double v = Numbers.parseDouble("x", text);
      assertThat(v).isFinite();
      assertThat(text.strip()).matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
      assertThat(v).isEqualTo(new java.math.BigDecimal(text.strip()).doubleValue());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("x = '").doesNotContain("Exception");
    }
    try {
      int v = Numbers.parseInt("n", text);
      assertThat(text.strip()).matches("[+-]?[0-9]+");
      assertThat(new java.math.BigInteger(text.strip())).isEqualTo(java.math.BigInteger.valueOf(v));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("n = '").doesNotContain("Exception");
    }
  }

  @Property(tries = 1000)
  void numbersRoundTrip(@ForAll double d, @ForAll int i, @ForAll long l) {
    if (Double.isFinite(d)) {
      assertThat(Numbers.parseDouble("x", Double.toString(d))).isEqualTo(d);
      assertThat(Numbers.parseDouble("x", Limit.show(d))).isEqualTo(d);
    }
    assertThat(Numbers.parseInt("n", Integer.toString(i))).isEqualTo(i);
    assertThat(Numbers.parseLong("n", Long.toString(l))).isEqualTo(l);
  }

  @Property(tries = 300)
  void nonAsciiDigitsAreNeverNumbers(@ForAll @IntRange(min = 0, max = 9) int digit,
      @ForAll("otherScriptZeros") char zero) {
    String text = "1" + (char) (zero + digit);
    assertThat(Character.isDigit(text.charAt(1))).isTrue();
    try {
      Numbers.parseDouble("x", text);
      throw new AssertionError(text + " was accepted");
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).contains(text);
    }
  }

  @Provide
  Arbitrary<Character> otherScriptZeros() {
    return Arbitraries.of('\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50', '\uFF10');
  }

  @Property(tries = 2000)
  void schedulesParseOrFailCleanly(@ForAll("inputLike") String text) {
    try {
      Schedule s = Schedule.parse(text);
      assertThat(Schedule.parse(s.text())).isEqualTo(s);
    } catch (IllegalArgumentException e) {
      oneCleanLine(e);
    }
  }

  @Provide
  Arbitrary<String> scheduleTexts() {
    Arbitrary<String> ranges = Combinators.combine(Arbitraries.integers().between(1, 28),
        Arbitraries.integers().between(0, 27)).as((a, n) -> "d" + a + "-" + Math.min(28, a + n));
    Arbitrary<String> onOff = Combinators.combine(Arbitraries.integers().between(1, 28),
        Arbitraries.integers().between(0, 28)).as((a, b) -> a + "on" + b + "off");
    return Combinators.combine(Arbitraries.of("QD", "MWF", "qd"), Arbitraries.oneOf(ranges, onOff))
        .as((f, w) -> f + " " + w);
  }

  @Property(tries = 1000)
  void regimensRoundTrip(@ForAll("scheduleTexts") String schedule, @ForAll @IntRange(min = 0, max = 1000) int dose,
      @ForAll @IntRange(min = 1, max = 24) int cycles, @ForAll @IntRange(min = 0, max = 40) int dex) {
    Schedule s;
    try {
      s = Schedule.parse(schedule);
    } catch (IllegalArgumentException noDosingDay) {
      oneCleanLine(noDosingDay); // e.g. MWF d2-2 has no Monday, Wednesday or Friday
      return;
    }
    Regimen r = Regimen.of(dose, s, dex, cycles);
    assertThat(Regimen.parse(r.text())).isEqualTo(r);
  }

  @Property(tries = 2000)
  void regimenTextParsesOrFailsCleanly(@ForAll("inputLike") String text) {
    try {
      Regimen r = Regimen.parse(text);
      assertThat(Regimen.parse(r.text())).isEqualTo(r);
    } catch (IllegalArgumentException e) {
      oneCleanLine(e);
    }
  }

  /** Scenario files: a valid base with one field replaced by arbitrary text, or arbitrary text altogether. */
  @Property(tries = 600)
  void scenarioFilesBindOrFailWithOneLine(@ForAll("scenarioFields") String field, @ForAll("inputLike") String v,
      @ForAll boolean whole) {
    String text = whole ? v : "doses_ug: [50, 100]\n" + field + ": " + v + "\n";
    try {
      ScenarioFile f = ScenarioFile.parse("s.yaml", text);
      assertThat(f.points()).isNotEmpty();
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).startsWith("s.yaml: ").doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<String> scenarioFields() {
    return Arbitraries.of(List.of("target", "cycles", "trials", "seed", "threads", "dex_mg", "schedules",
        "designs", "cohorts", "description", "dose_holds", "accrual", "population", "grid", "levels"));
  }

  /** CSV rows: arbitrary cells give individuals or one error line naming the row and the column. */
  @Property(tries = 300)
  void csvRowsReadOrFailWithOneLine(@ForAll("inputLike") String id, @ForAll("inputLike") String cl)
      throws IOException {
    Path f = Files.createTempFile("individuals", ".csv");
    try {
      Files.writeString(f, "ID,CL\n" + id + "," + cl + "\n", StandardCharsets.UTF_8);
      Cli.Run r = Cli.run("simulate-individuals", "--params", f.toString(), "--out",
          f.resolveSibling(f.getFileName() + ".out.csv").toString(), "--cycles", "1", "--threads", "1");
      if (r.status() == 0) {
        assertThat(Files.readAllLines(f.resolveSibling(f.getFileName() + ".out.csv"))).isNotEmpty();
      } else {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("escalon: ").hasLineCount(1).doesNotContain("Exception");
      }
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(f.resolveSibling(f.getFileName() + ".out.csv"));
    }
  }

  /** CLI numbers: any text for a numeric option is used or refused in one line, never a trace. */
  @Property(tries = 300)
  void cliNumbersAreUsedOrRefusedInOneLine(@ForAll("inputLike") String v,
      @ForAll("numericOptions") String option) {
    Cli.Run r = Cli.run("boundaries", "--design", "i3+3", "--target", "0.3", option, v, "--format", "csv");
    if (r.status() == 0) {
      assertThat(r.out()).startsWith("n,escalate_if_le");
    } else {
      assertThat(r.status()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("escalon: ").hasLineCount(1).doesNotContain("Exception");
    }
  }

  @Provide
  Arbitrary<String> numericOptions() {
    return Arbitraries.of("--target", "--cohort-size", "--cohorts", "--cutoff-eli", "--eps1", "--eps2");
  }
}
