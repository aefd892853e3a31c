package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * The training run of the {@code escalon} launcher's class-data sharing archive (README, "Set-up"): runs the short
 * commands whose start-up the archive is for ({@code boundaries}, {@code next-dose} for CRM and BLRM in JSON, the
 * usage help) in one JVM with their output discarded, so that the JVM started with {@code
 * -XX:ArchiveClassesAtExit} records the classes they load. Not a user command; exits 0 even if one command fails
 * (the archive is then just smaller).
 */
public final class CdsTraining {

  private CdsTraining() {}

  /** The command lines run, in order. */
  static final String[][] COMMANDS = {
    {"boundaries", "--target", "0.3"},
    {"boundaries", "--target", "0.25", "--format", "json"},
    {"next-dose", "--design", "crm", "--model", "empiric", "--skeleton", "0.08,0.16,0.25,0.35,0.46", "--target",
      "0.25", "1NNN 2NTN", "--format", "json"},
    {"next-dose", "--design", "blrm", "--doses", "37.5,50,62.5,75,100", "--ref-dose", "100", "--prior-median-dlt",
      "0.25", "--sd-log-alpha", "2", "--sd-log-beta", "1", "--correlation", "0", "--counts-n", "3,3,0,0,0",
      "--counts-y", "0,1,0,0,0", "--current-dose", "2", "--format", "json"},
    {"--help"},
  };

  /**
   * Runs {@link #COMMANDS}; prints nothing.
   *
   * @param args runs {@link #COMMANDS}; prints nothing
   */
  public static void main(String[] args) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    for (String[] c : COMMANDS) {
      try {
        CommandLine cl = EscalonCli.commandLine(c);
        cl.setOut(sink);
        cl.setErr(sink);
        cl.execute(c);
      } catch (RuntimeException e) {
        // a command that fails here only makes the archive smaller
      }
    }
  }
}
