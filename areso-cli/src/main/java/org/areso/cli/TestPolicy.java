package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.policy.PolicyCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code areso policy test [--lang fr|en|de|it] FILE CASES.md|CASES.csv}. */
@Command(name = "test",
    description = {"Runs a case table against a policy file.",
        "One line per case, ok or FAILED with what differed, then the rules that no case"
            + " decided, then the counts. The table is Markdown when its name ends in .md, CSV"
            + " when in .csv; its columns are areso-testkit's CaseTable's."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every case passed and every rule was decided by some case",
        "1:the policy file has errors, a case failed or a rule was decided by no case",
        "2:a usage error or a file that cannot be read"})
final class TestPolicy implements Callable<Integer> {

  @Mixin
  private MessagesLanguageOption language;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "the policy file (- for standard input)")
  private String file;

  @Parameters(index = "1", paramLabel = "CASES",
      description = "the case table, CASES.md or CASES.csv")
  private String cases;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  TestPolicy(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (Streams.DASH.equals(cases)) {
      throw new ParameterException(spec.commandLine(),
          "a case table is read as its name ends, .md or .csv: CASES cannot be standard input");
    }
    return PolicyCommand.test(streams.input(file), streams.input(cases), streams.out(),
        streams.err(), language.locale());
  }
}
