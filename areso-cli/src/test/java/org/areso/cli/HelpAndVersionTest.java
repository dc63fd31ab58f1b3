package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.areso.core.eligibility.Verdict;
import org.areso.examples.screen.Column;
import org.areso.examples.screen.Screening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --help} and {@code --version}: on standard output, exit status 0, for every command. */
class HelpAndVersionTest {

  /**
   * Every command, as the words that name it: {@code []}, {@code [demo]},
   * {@code [policy, check]}; picocli's own {@code help} aside.
   */
  static Stream<List<String>> commands() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    List<List<String>> all = new ArrayList<>();
    collect(Main.commandLine(new Streams(InputStream.nullInputStream(), nowhere, nowhere, false)),
        List.of(), all);
    return all.stream();
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
    all.add(path);
    command.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().helpCommand()) {
        return;
      }
      List<String> longer = new ArrayList<>(path);
      longer.add(name);
      collect(sub, longer, all);
    });
  }

  private static String[] with(List<String> command, String option) {
    List<String> args = new ArrayList<>(command);
    args.add(option);
    return args.toArray(String[]::new);
  }

  private static String name(List<String> command) {
    return Stream.concat(Stream.of("areso"), command.stream()).collect(Collectors.joining(" "));
  }

  /** The help's text with its line breaks and indents as single spaces, as a person reads it. */
  private static String flowing(String help) {
    return help.replaceAll("\\s+", " ");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpGoesToStandardOutputWithZeroForEveryCommand(List<String> command) {
    for (String option : new String[] {"--help", "-h"}) {
      // when
      Run run = Run.of(with(command, option));
      // then
      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Usage: " + name(command) + " ");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void theHelpCommandShowsACommandsHelp() {
    // when
    Run run = Run.of("help", "screen");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(Run.of("screen", "--help").out());
  }

  @Test
  void theToolsHelpListsEveryCommand() {
    // when
    Run run = Run.of("--help");
    // then
    assertThat(run.out()).contains("Exit status:");
    assertThat(commands().filter(command -> command.size() == 1).map(command -> command.get(0)))
        .containsExactly("demo", "diagram", "screen", "policy", "generate-screening",
            "measure-screening", "hr", "vocabulary")
        .allSatisfy(name -> assertThat(run.out()).contains("\n  " + name + " "));
  }

  @Test
  void theScreeningHelpDescribesEveryColumnReadAndTheOutput() {
    // when
    Run run = Run.of("screen", "--help");
    // then
    String help = flowing(run.out());
    assertThat(Column.values()).allSatisfy(column ->
        assertThat(help).contains(" " + column.header() + " " + column.description()));
    assertThat(help).contains("Output: " + Screening.HEADER + " the output's header",
        " verdict " + Verdict.NOT_ELIGIBLE + ", " + Verdict.UNDETERMINED + ", "
            + Verdict.ELIGIBLE + ", or " + Screening.INVALID, " reasons CODE:subject",
        " missing the facts still to ask", " standard error on a terminal, a progress line",
        "Exit status: 0 every row was screened 1 some row was INVALID 2 a usage error");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void versionIsTheProjectsOnStandardOutputWithZero(List<String> command) {
    // given the version the build writes, as surefire is told it
    String version = System.getProperty("areso.version");
    // when
    Run run = Run.of(with(command, "--version"));
    // then
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("areso " + version + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }
}
