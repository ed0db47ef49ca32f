package org.figsite.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The figsite command line. The only place that prints to the terminal or chooses an exit status:
 * 0 success, 1 bad input (nothing published), 2 usage error, 3 built with invalid records left out
 * ({@code build --skip-invalid}), 70 internal error (a bug in figsite), and, only between figsite
 * and its launcher, 75: run this build again in a JVM with C2.
 */
@Command(
    name = "figsite",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Builds a static website from figure records (Markdown with YAML front matter).",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      InitCommand.class,
      TemplatesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERRORS = 1;
  public static final int USAGE = 2;
  /** Built and published with {@code --skip-invalid}, but some records were left out. */
  public static final int SKIPPED_RECORDS = 3;
  /**
   * Only with {@code -Dfigsite.quickJit=true}, which the launcher sets when it starts a build in a
   * JVM with C1 only: the build needs to be a full one, nothing was done, and the launcher runs it
   * again with the optimising compiler. (75 is {@code EX_TEMPFAIL} of sysexits.h: try again.)
   */
  public static final int FULL_JIT_WANTED = 75;
  /** A bug in figsite (the stack trace is printed): please report it. */
  public static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command with the given streams (tests pass their own) and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("figsite: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return INTERNAL_ERROR;
        });
    int rc = cl.execute(args);
    out.flush();
    err.flush();
    return rc;
  }

  /** A {@code --threads} value, which must be at least 1: anything else is a usage error. */
  static int requireThreads(CommandLine cl, int n) {
    if (n < 1) throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + n);
    return n;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'figsite build'");
  }
}
