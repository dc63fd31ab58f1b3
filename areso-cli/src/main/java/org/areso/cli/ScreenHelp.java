package org.areso.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.areso.core.eligibility.Verdict;
import org.areso.examples.screen.Column;
import org.areso.examples.screen.ScreenCommand;
import org.areso.examples.screen.Screening;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The sections of {@code areso screen --help} that the screening's own constants write: every
 * column read, from {@link Column}, and the output, from {@link Screening}'s header and the
 * verdicts.
 */
final class ScreenHelp {

  private static final String COLUMNS = "columns";
  private static final String OUTPUT = "output";
  private static final int NAMES = 24;

  private ScreenHelp() { }

  /** Adds the columns and the output to a screen command's help, before its exit status. */
  static CommandLine describe(CommandLine screen) {
    List<String> keys = new ArrayList<>(screen.getHelpSectionKeys());
    keys.addAll(keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING),
        List.of(COLUMNS, OUTPUT));
    screen.setHelpSectionKeys(keys);
    Map<String, CommandLine.IHelpSectionRenderer> sections = screen.getHelpSectionMap();
    sections.put(COLUMNS, ScreenHelp::columns);
    sections.put(OUTPUT, ScreenHelp::output);
    screen.setHelpSectionMap(sections);
    return screen;
  }

  private static String columns(Help help) {
    TextTable table = table(help);
    for (Column column : Column.values()) {
      table.addRowValues(column.header(), column.description());
    }
    return String.format("%nColumns read:%n") + table;
  }

  private static String output(Help help) {
    String verdicts = Stream.of(Verdict.values()).map(Enum::name)
        .collect(Collectors.joining(", "));
    TextTable table = table(help);
    table.addRowValues(Screening.HEADER, "the output's header, then one line per row, in input"
        + " order, on standard output");
    table.addRowValues("verdict", verdicts + ", or " + Screening.INVALID + " for a row that"
        + " cannot be read");
    table.addRowValues("reasons", "CODE:subject, |-separated: the column of an "
        + Screening.INVALID + " row, the rule of a failed condition, the fact of a missing one");
    table.addRowValues("missing", "the facts still to ask, |-separated");
    table.addRowValues("", "A cell a spreadsheet could read as a formula (=, +, -, @) is"
        + " prefixed with ' and quoted.");
    table.addRowValues("standard error", "on a terminal, a progress line every "
        + ScreenCommand.PROGRESS_EVERY + " rows, with the share of a file read; then a summary"
        + " line; --quiet leaves both out");
    return String.format("%nOutput:%n") + table;
  }

  private static TextTable table(Help help) {
    int width = help.commandSpec().usageMessage().width();
    return TextTable.forColumns(help.colorScheme(),
        new Help.Column(NAMES, 2, Help.Column.Overflow.SPAN),
        new Help.Column(width - NAMES, 1, Help.Column.Overflow.WRAP));
  }
}
