package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.policy.PolicyCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code areso policy check [--lang fr|en|de|it] FILE}. */
@Command(name = "check",
    description = {"Checks a policy file.",
        "Reads it as PolicyText does, and writes the policy's identifier and its number of"
            + " rules, or every error of the file, one per line, as FILE:LINE:COL CODE"
            + " message."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the file is valid", "1:the file has errors",
        "2:a usage error or a file that cannot be read"})
final class CheckPolicy implements Callable<Integer> {

  @Mixin
  private MessagesLanguageOption language;

  @Parameters(paramLabel = "FILE", description = "the policy file (- for standard input)")
  private String file;

  private final Streams streams;

  CheckPolicy(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return PolicyCommand.check(streams.input(file), streams.out(), streams.err(),
        language.locale());
  }
}
