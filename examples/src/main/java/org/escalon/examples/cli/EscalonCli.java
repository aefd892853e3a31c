package org.escalon.examples.cli;

import java.io.PrintWriter;
import org.escalon.core.model.SimulationFailedException;
import org.escalon.examples.sweep.SweepEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code escalon} command-line tool. Each sub-command lives in its own class in this package and is
 * registered in {@link #commandLine()}.
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

  /** Builds the command line with every sub-command registered and the error handlers installed. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EscalonCli());
    // sub-commands are registered here, one line each
    cl.addSubcommand("demo", new DemoCommand());
    cl.addSubcommand("profile", new ProfileCommand());
    cl.addSubcommand("population", new PopulationCommand());
    cl.addSubcommand("compare", new CompareCommand());
    cl.addSubcommand("boundaries", new BoundariesCommand());
    cl.addSubcommand("oc", new OcCommand());
    cl.addSubcommand("dose-paths", new DosePathsCommand());
    cl.addSubcommand("select-mtd", new SelectMtdCommand());
    cl.addSubcommand("sweep", new SweepCommand());
    cl.addSubcommand("simulate-individuals", new SimulateIndividualsCommand());
    cl.addSubcommand("calibrate", new CalibrateCommand());
    cl.addSubcommand("next-dose", new NextDoseCommand());
    // register sub-commands above this line: the strict number converters apply to those registered so far
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

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
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
