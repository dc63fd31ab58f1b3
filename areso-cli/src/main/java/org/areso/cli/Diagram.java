package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.Programs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code areso diagram --programme ID}. */
@Command(name = "diagram",
    description = {"Writes a programme's engagement lifecycle as a Mermaid diagram.",
        "A state diagram with the programme's own terms, its workflow's choices as comments;"
            + " docs/diagrams/ holds each programme's."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the diagram was written", "2:a usage error or an unknown programme"})
final class Diagram implements Callable<Integer> {

  @Option(names = "--programme", paramLabel = "ID", required = true,
      description = "the programme, such as areso-social-2023")
  private String programme;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  Diagram(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    streams.out().print(Programs.diagram(Catalogue.programme(spec, programme)));
    return 0;
  }
}
