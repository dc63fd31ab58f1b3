package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.Programs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code areso vocabulary [--lang fr|en|de|it]}. */
@Command(name = "vocabulary",
    description = {"Shows the kernel's shared vocabulary.",
        "Structures read from what a person typed, with every refusal as a typed reason."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:shown", "2:a usage error"})
final class Vocabulary implements Callable<Integer> {

  @Mixin
  private MessagesLanguageOption language;

  private final Streams streams;

  Vocabulary(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Programs.vocabulary(streams.out(), language.locale());
    return 0;
  }
}
