package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalon.examples.cli.Cli.run;

import java.util.List;
import org.escalon.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Shared options (one default each, documented in help) and library errors reported in option names. */
class SharedOptionsTest {

  @Test
  void threadsDefaultToAllCoresAndEveryCommandDocumentsTheSameDefaults() {
    assertThat(ThreadsOption.allCores()).isEqualTo(Math.min(1024, Runtime.getRuntime().availableProcessors()));
    assertThat(new ThreadsOption().threads()).isEqualTo(ThreadsOption.allCores());
    CommandLine cl = EscalonCli.commandLine();
    for (String c : List.of("oc", "compare", "population", "simulate-individuals", "sweep", "demo")) {
      CommandLine.Model.OptionSpec o = cl.getSubcommands().get(c).getCommandSpec().findOption("--threads");
      assertThat(o).as(c).isNotNull();
      assertThat(String.join(" ", o.description())).as(c).contains("Default: all cores");
    }
    for (String c : List.of("oc", "compare", "population", "boundaries")) {
      CommandLine.Model.OptionSpec o = cl.getSubcommands().get(c).getCommandSpec().findOption("--format");
      assertThat(o.defaultValue()).as(c).isEqualTo("table");
    }
    for (String c : List.of("oc", "compare", "population")) {
      assertThat(cl.getSubcommands().get(c).getCommandSpec().findOption("--seed").defaultValue()).isEqualTo("1");
    }
    for (String c : List.of("compare", "population", "profile", "simulate-individuals")) {
      CommandLine.Model.OptionSpec o = cl.getSubcommands().get(c).getCommandSpec().findOption("--dose-holds");
      assertThat(o.defaultValue()).as(c).isEqualTo("true");
      assertThat(o.negatable()).isTrue();
    }
  }

  @Test
  void ocFormatDefaultIsTheTable() {
    Run r = run("oc", "--design", "3+3", "--p-true", "0.05,0.15,0.3", "--exact");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("3+3 variant A (exact)\n");
  }

  @Test
  void libraryMessagesNameTheOptionAndMarkDefaults() {
    Run r = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--cohort-size", "0",
        "--exact");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("escalon: --cohort-size = '0': must be in 1..100");
    Run start = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--start-dose", "3",
        "--exact");
    assertThat(start.err().strip()).isEqualTo("escalon: --start-dose = '3': must be in 1..2");
    // --offset not given: its default clashes with the cutoff the user typed; the message says it is the default
    Run off = run("oc", "--design", "boin", "--target", "0.3", "--p-true", "0.1,0.2", "--cutoff-eli", "0.01",
        "--exact");
    assertThat(off.status()).isEqualTo(2);
    assertThat(off.err()).contains("--offset = '0.05' (default): must be").hasLineCount(1);
    assertThat(LibraryErrors.kebab("nEarlyStop")).isEqualTo("n-early-stop");
  }
}
