package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main} registers only the sub-command its arguments name ({@link EscalonCli#commandLine(String...)}): the
 * same help, output, messages and exit status as the command line with every sub-command registered.
 */
class LazySubcommandsTest {

  @Test
  void aNamedSubcommandIsRegisteredAloneAndEverythingElseGetsAll() {
    List<String> all = List.copyOf(EscalonCli.commandLine().getSubcommands().keySet());
    assertThat(all).contains("help", "boundaries", "oc", "next-dose", "sweep");
    for (String name : all) {
      if (name.equals("help")) {
        continue;
      }
      assertThat(EscalonCli.commandLine(name, "--help").getSubcommands().keySet()).containsExactly("help", name);
    }
    for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"help", "oc"}, {"bondaries"}}) {
      assertThat(EscalonCli.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
          .containsExactlyElementsOf(all);
    }
  }

  @Test
  void helpOutputAndErrorsAreTheSameWithOneOrAllSubcommands() {
    String[][] runs = {
      {"boundaries", "--target", "0.3"},
      {"boundaries", "--target", "0.3", "--format", "json"},
      {"boundaries", "--target", "2"},
      {"boundaries", "--target", "0.3", "--cohorts", "3x"},
      {"boundaries", "--nonsense"},
      {"next-dose", "--design", "crm", "--model", "empiric", "--skeleton", "0.08,0.16,0.25,0.35,0.46",
        "--target", "0.25", "1NNN 2NTN", "--format", "json"},
      {"oc", "--help"},
      {"sweep", "--help"},
    };
    for (String[] args : runs) {
      Cli.Run lazy = Cli.run(args);
      Cli.Run full = Cli.run(EscalonCli.commandLine(), args);
      String what = String.join(" ", args);
      assertThat(lazy.status()).as(what).isEqualTo(full.status());
      assertThat(lazy.out()).as(what).isEqualTo(full.out());
      assertThat(lazy.err()).as(what).isEqualTo(full.err());
    }
    assertThat(Cli.run("--help").out()).contains("boundaries", "next-dose", "simulate-individuals");
    Cli.Run typo = Cli.run("bondaries");
    assertThat(typo.status()).isEqualTo(EscalonCli.USAGE_ERROR);
    assertThat(typo.err()).isEqualTo(Cli.run(EscalonCli.commandLine(), "bondaries").err()).contains("'bondaries'");
  }

  @Test
  void theSubcommandTableMatchesTheFullCommandLine() {
    CommandLine full = EscalonCli.commandLine();
    for (String name : full.getSubcommands().keySet()) {
      if (!name.equals("help")) {
        assertThat(EscalonCli.commandLine(name).getSubcommands().get(name).getCommandSpec().userObject().getClass())
            .isEqualTo(full.getSubcommands().get(name).getCommandSpec().userObject().getClass());
      }
    }
  }
}
