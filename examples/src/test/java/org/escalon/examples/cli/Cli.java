package org.escalon.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The one test harness for the {@code escalon} command line: runs it in-process and captures both streams. */
public final class Cli {
  private Cli() {}

  /**
   * One run.
   *
   * @param status exit status (0 success, 2 usage error, 1 failure)
   * @param out what was printed on stdout
   * @param err what was printed on stderr
   */
  public record Run(int status, String out, String err) {}

  /** Runs {@code escalon args...} as {@code main} does (only the named sub-command registered). */
  public static Run run(String... args) {
    return run(EscalonCli.commandLine(args), args);
  }

  /** Runs {@code args} on the given command line. */
  public static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }
}
