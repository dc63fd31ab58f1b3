package org.areso.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code areso} command line, as {@code ./areso}, {@code areso.cmd} and
 * {@code java -jar areso-cli-<version>-all.jar} do; {@code areso --help} lists its commands.
 */
public final class Main {

  private Main() { }

  /**
   * Runs a command and exits with its status: 0 on success, 1 when the data held errors or a check
   * failed, 2 for a usage error.
   *
   * @param args the command, its options and parameters
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, new Streams(System.in, out, err, Terminal.interactive())));
  }

  /** Runs a command on the given streams, and gives its exit status. */
  static int run(String[] args, Streams streams) {
    CommandLine areso = commandLine(streams);
    int status = areso.execute(args);
    areso.getOut().flush();
    areso.getErr().flush();
    streams.out().flush();
    return status;
  }

  /** The {@code areso} command and its subcommands, writing to the given streams. */
  static CommandLine commandLine(Streams streams) {
    CommandLine areso = new CommandLine(new Areso());
    areso.addSubcommand(new Demo(streams));
    areso.addSubcommand(new Diagram(streams));
    areso.addSubcommand(ScreenHelp.describe(new CommandLine(new Screen(streams))));
    CommandLine policy = new CommandLine(new PolicyGroup());
    areso.addSubcommand(policy);
    policy.addSubcommand(new CheckPolicy(streams));
    policy.addSubcommand(new TestPolicy(streams));
    areso.addSubcommand(new GenerateScreening(streams));
    areso.addSubcommand(new MeasureScreening(streams));
    areso.addSubcommand(new Hr(streams));
    areso.addSubcommand(new Vocabulary(streams));
    areso.addSubcommand(new CommandLine.HelpCommand());
    // set last: these settings reach the subcommands present when they are set
    areso.setCaseInsensitiveEnumValuesAllowed(true);
    areso.registerConverter(LocalDate.class, Main::date);
    areso.setOut(writer(streams.out()));
    areso.setErr(writer(streams.err()));
    areso.setParameterExceptionHandler(Main::usageError);
    areso.setExecutionExceptionHandler(Main::failure);
    return areso;
  }

  /** A date as the options take it, or a usage error that says what a date is. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date YYYY-MM-DD that exists");
    }
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** A usage error: one line on standard error, naming the command and where its help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String suggestion = e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()
        ? " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)" : "";
    command.getErr().println(oneLine(name + ": " + e.getMessage() + suggestion + "; see '" + name
        + " --help'"));
    command.getErr().flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** A {@link Failure}: one line on standard error, exit status 2; anything else is a bug. */
  private static int failure(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    if (!(e instanceof Failure)) {
      throw e;
    }
    command.getErr().println(oneLine(command.getCommandSpec().qualifiedName() + ": "
        + e.getMessage()));
    command.getErr().flush();
    return Failure.STATUS;
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
