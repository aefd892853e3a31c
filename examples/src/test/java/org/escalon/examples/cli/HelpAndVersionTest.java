package org.escalon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --version} prints the POM's version; every command's help prints without picocli warnings. */
class HelpAndVersionTest {

  @Test
  void versionIsThePomVersion() throws Exception {
    // the root POM's own version, read here from the file (the parent's <version> right after its artifactId)
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher m = Pattern.compile("<artifactId>escalon-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).isTrue();
    Cli.Run r = Cli.run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out().trim()).isEqualTo("escalon " + m.group(1));
  }

  @Test
  void everyCommandsHelpPrintsWithoutWarnings() {
    CommandLine root = EscalonCli.commandLine();
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (String name : root.getSubcommands().keySet()) {
        if (name.equals("help")) {
          continue;
        }
        Cli.Run r = Cli.run(name, "--help");
        assertThat(r.status()).as(name).isZero();
        assertThat(r.out()).as(name).contains("Usage: escalon " + name);
        assertThat(r.err()).as(name).doesNotContain("WARN");
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }
}
