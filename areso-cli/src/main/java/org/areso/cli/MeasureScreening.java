package org.areso.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.areso.core.eligibility.Policy;
import org.areso.examples.screen.ScreeningMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code areso measure-screening --programme ID --date YYYY-MM-DD FILE...}. */
@Command(name = "measure-screening",
    description = {"Measures the screening against reading only.",
        "The benchmark of docs/BENCHMARKS.md: on each file, screening against reading the same"
            + " rows only, alternated over warm-up and timed passes, with the median time and"
            + " the peak heap of each."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:measured", "2:a usage error, an unknown programme or an unreadable file"})
final class MeasureScreening implements Callable<Integer> {

  @Option(names = "--programme", paramLabel = "ID", required = true,
      description = "the programme whose policy screens")
  private String programme;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
      description = "the request date of every row")
  private LocalDate date;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "the CSV files, each read several times: files, not standard input")
  private List<String> files;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  MeasureScreening(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (files.contains(Streams.DASH)) {
      throw new ParameterException(spec.commandLine(),
          "each file is read several times: standard input (-) cannot be measured");
    }
    Policy policy = Catalogue.programme(spec, programme).policy();
    for (String file : files) {
      try {
        ScreeningMeasure.measure(policy, date, Path.of(file), streams.out());
      } catch (IOException | InvalidPathException e) {
        throw new Failure("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
      }
    }
    return 0;
  }
}
