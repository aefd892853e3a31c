package org.escalon.examples.cli;

import java.io.PrintWriter;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.examples.sweep.SweepEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code escalon} command-line tool. Each sub-command lives in its own class in this package and is
 * registered in the table of sub-commands below ({@link #commandLine()} registers all, {@link #commandLine(String...)}
 * only the one
 * a command line names).
 *
 * <p>Exit status: 0 on success, 2 for a usage error (bad option value, unknown option, bad file), 1 for an
 * unexpected failure. User errors print one line on stderr naming the option, the value and what is allowed,
 * never a stack trace.
 */
@Command(
    name = "escalon",
    mixinStandardHelpOptions = true,
    versionProvider = EscalonCli.Version.class,
    description = "Phase-1 dose-escalation trials simulated on a cemsidomide + dexamethasone PK/PD model.",
    subcommands = {CommandLine.HelpCommand.class})
public final class EscalonCli implements Runnable {

  /** Exit status of a usage error. */
  public static final int USAGE_ERROR = 2;

  /** Exit status of a run stopped by the numerical failure of one simulated patient. */
  public static final int SIMULATION_FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The sub-commands, by name, in the order {@code escalon --help} lists them. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    // sub-commands are registered here, one line each
    m.put("demo", DemoCommand::new);
    m.put("profile", ProfileCommand::new);
    m.put("population", PopulationCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("boundaries", BoundariesCommand::new);
    m.put("oc", OcCommand::new);
    m.put("dose-paths", DosePathsCommand::new);
    m.put("select-mtd", SelectMtdCommand::new);
    m.put("sweep", SweepCommand::new);
    m.put("simulate-individuals", SimulateIndividualsCommand::new);
    m.put("calibrate", CalibrateCommand::new);
    m.put("next-dose", NextDoseCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Builds the command line with every sub-command registered and the error handlers installed.
   *
   * @return the command line, ready to {@code execute}
   */
  public static CommandLine commandLine() {
    return build(SUBCOMMANDS.keySet());
  }

  /**
   * The command line that {@code args} needs: when {@code args[0]} names a sub-command, only that sub-command is
   * registered (picocli reflects over every registered command's options when it builds the model, about half of a
   * short command's start-up when all of them are); otherwise (no arguments, {@code help}, {@code --version}, a
   * typo) every sub-command, so that usage help and picocli's suggestions list them all. Parsing and execution of
   * the named sub-command are the same either way.
   *
   * @param args the command line that {@code args} needs: when {@code args[0]} names a sub-command, only that
   *     sub-command is registered (picocli reflects over every registered command's options when it builds the model,
   *     about half of a short command's start-up when all of them are); otherwise (no arguments, {@code help}, {@code
   *     --version}, a typo) every sub-command, so that usage help and picocli's suggestions list them all
   * @return the command line that {@code args} needs: when {@code args[0]} names a sub-command, only that sub-command
   *     is registered (picocli reflects over every registered command's options when it builds the model, about half of
   *     a short command's start-up when all of them are); otherwise (no arguments, {@code help}, {@code --version}, a
   *     typo) every sub-command, so that usage help and picocli's suggestions list them all
   */
  public static CommandLine commandLine(String... args) {
    if (args != null && args.length > 0 && args[0] != null && SUBCOMMANDS.containsKey(args[0])) {
      return build(java.util.List.of(args[0]));
    }
    return commandLine();
  }

  private static CommandLine build(java.util.Collection<String> names) {
    CommandLine cl = new CommandLine(new EscalonCli());
    for (String name : names) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
    }
    // the strict number converters apply to the sub-commands registered so far
    StrictConverters.register(cl);
    cl.setParameterExceptionHandler(EscalonCli::onParameterException);
    cl.setExecutionExceptionHandler(EscalonCli::onExecutionException);
    return cl;
  }

  private static int onParameterException(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    String m = ex.getMessage();
    if (ex.getCause() instanceof CommandLine.TypeConversionException c
        && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o && c.getMessage() != null
        && c.getMessage().startsWith("'")) {
      // picocli's "Invalid value for option '--x': 'text': must be ..." in the one form: --x = 'text': must be ...
      m = o.longestName() + " = " + c.getMessage();
    }
    err.println("escalon: " + oneLine(m));
    err.flush();
    return USAGE_ERROR;
  }

  private static int onExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) throws Exception {
    if (ex instanceof UsageException u) {
      PrintWriter err = cl.getErr();
      err.println("escalon: " + oneLine(u.messageFor(cl)));
      err.flush();
      return USAGE_ERROR;
    }
    if (ex instanceof SimulationFailedException) {
      // a numerical failure of one simulated patient: one line naming it (individual, or virtual patient with its
      // sampled parameters, trial and grid point), the study day, the time and the reason
      PrintWriter err = cl.getErr();
      err.println("escalon: " + oneLine(ex.getMessage()));
      err.flush();
      return SIMULATION_FAILED;
    }
    if (ex instanceof SweepEngine.EngineException) {
      // a distributed run failed for good: one line saying where (grid point, block) and why
      PrintWriter err = cl.getErr();
      err.println("escalon: " + oneLine(ex.getMessage()));
      err.flush();
      return 1;
    }
    if (ex instanceof IllegalArgumentException) {
      // the library validated a value: report its message in the user's option names, as a usage error
      PrintWriter err = cl.getErr();
      err.println("escalon: " + oneLine(LibraryErrors.forUser(ex.getMessage(), cl)));
      err.flush();
      return USAGE_ERROR;
    }
    throw ex;
  }

  private static String oneLine(String message) {
    return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args runs the tool and exits with its status
   */
  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The version of this build: {@code escalon X.Y.Z}, X.Y.Z the POM's version, which Maven writes into the resource
   * {@code escalon-version.properties} when it builds the examples module (so it is right from classes and from the
   * jar alike).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      return new String[] {"escalon " + version()};
    }

    /** The POM's version, from the filtered resource. */
    static String version() throws java.io.IOException {
      try (java.io.InputStream in = EscalonCli.class.getResourceAsStream("/org/escalon/examples/escalon-version.properties")) {
        if (in == null) {
          throw new java.io.IOException("escalon-version.properties is missing from the class path: a broken build");
        }
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version");
      }
    }
  }
}
