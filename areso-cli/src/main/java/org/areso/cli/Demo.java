package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.Programs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code areso demo [--lang fr|en|de|it] [--programme ID]}. */
@Command(name = "demo",
    description = {"Tells the whole story of one engagement under a programme.",
        "The structure's eligibility with its explanation, the charter at work, the plan with"
            + " its dates, every command with its event or rejection through to the closing"
            + " assessment, the final audit and what the funder is told."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the story was told", "2:a usage error or an unknown programme"})
final class Demo implements Callable<Integer> {

  @Mixin
  private MessagesLanguageOption language;

  @Option(names = "--programme", paramLabel = "ID", defaultValue = "areso-social-2023",
      description = "the programme, of the catalogue or a rule author's; an unknown one lists"
          + " them (default: ${DEFAULT-VALUE})")
  private String programme;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  Demo(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Programs.demo(streams.out(), language.locale(), Catalogue.programme(spec, programme));
    return 0;
  }
}
