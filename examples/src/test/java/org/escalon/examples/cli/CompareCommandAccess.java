package org.escalon.examples.cli;

import picocli.CommandLine;

/** Test access to {@code compare}'s option resolution without running the study. */
public final class CompareCommandAccess {
  private CompareCommandAccess() {}

  /** Whether {@code compare args...} resolves into a study (options parsed and checked, nothing simulated). */
  public static boolean accepts(String... args) {
    CommandLine cl = EscalonCli.commandLine();
    CommandLine sub = cl.getSubcommands().get("compare");
    String[] all = new String[args.length + 1];
    all[0] = "compare";
    System.arraycopy(args, 0, all, 1, args.length);
    try {
      cl.parseArgs(all);
      ((CompareCommand) sub.getCommand()).scenario();
      return true;
    } catch (CommandLine.ParameterException | UsageException | IllegalArgumentException e) {
      return false;
    }
  }
}
