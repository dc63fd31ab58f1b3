package org.areso.cli;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.examples.Input;
import org.areso.examples.screen.ScreenCommand;
import org.areso.examples.screen.ScreenCommand.Report;
import org.areso.examples.screen.ScreenCommand.Request;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code areso screen --programme ID|--policy FILE.yaml --date YYYY-MM-DD [--lang fr|en|de|it]
 * [--quiet] FILE.csv}; its help lists the columns read and the output ({@link ScreenHelp}).
 */
@Command(name = "screen",
    description = {"Screens a CSV export of structures against a programme's policy.",
        "Against a programme's eligibility policy, or a draft policy file's, on one request"
            + " date: one output line per row, in input order, read as a stream with bounded"
            + " memory.",
        "%nFILE.csv is UTF-8 CSV (RFC 4180: quoted cells, \"\" for a quote, optional BOM, CRLF or LF)"
            + " with a header row naming the columns below, in any order and case; other columns"
            + " are ignored. An empty cell, or one missing at the end of a short row, is unknown;"
            + " none (aucun, keine, nessuno…) in finess_category, casf_item or funding is known"
            + " to be none. A row that cannot be read is INVALID and never stops the screening."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every row was screened", "1:some row was INVALID",
        "2:a usage error, an unknown programme, an invalid policy file (one line per error),"
            + " a policy file whose valid period does not hold --date, an unreadable file or"
            + " header"})
final class Screen implements Callable<Integer> {

  /** The policy to screen against: a programme's, or a draft file's. */
  static final class PolicySource {

    @Option(names = "--programme", paramLabel = "ID", required = true,
        description = "a programme of the catalogue, or a rule author's, whose policy screens")
    private String programme;

    @Option(names = "--policy", paramLabel = "FILE.yaml", required = true,
        description = "a draft policy file that screens instead (- for standard input),"
            + " on a --date its valid period holds")
    private String policy;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  private PolicySource source;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
      description = "the request date of every row")
  private LocalDate date;

  @Mixin
  private MessagesLanguageOption language;

  @Option(names = "--quiet", description = "no progress and no summary on standard error")
  private boolean quiet;

  @Parameters(paramLabel = "FILE.csv", description = "the export to screen (- for standard input)")
  private String csv;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  Screen(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (Streams.DASH.equals(source.policy) && Streams.DASH.equals(csv)) {
      throw new ParameterException(spec.commandLine(),
          "standard input (-) is read once: the policy file or FILE.csv, not both");
    }
    Either<String, Input> policy = source.programme != null ? Either.left(source.programme)
        : Either.right(streams.input(source.policy));
    Report report = quiet ? Report.QUIET : streams.terminal() ? Report.PROGRESS : Report.SUMMARY;
    return ScreenCommand.run(new Request(policy, date, streams.input(csv), language.locale(),
        report), streams.out(), streams.err(), ProgrammeCatalogue::discover);
  }
}
