package org.areso.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.areso.examples.screen.ScreeningGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code areso generate-screening --rows N [--seed S] FILE.csv}. */
@Command(name = "generate-screening",
    description = {"Writes a realistic screening CSV to try screen on.",
        "Social establishments funded by a State budget programme, structures funded"
            + " otherwise, rows with facts unknown, Swiss structures, about one row in twenty"
            + " that cannot be read, and cells that a spreadsheet would read as formulas. The"
            + " same seed gives the same file."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the file was written", "2:a usage error or a file that cannot be written"})
final class GenerateScreening implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N", required = true, description = "how many rows")
  private long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "the seed (default: ${DEFAULT-VALUE})")
  private long seed;

  @Parameters(paramLabel = "FILE.csv", description = "the file to write (- for standard output)")
  private String file;

  @Spec
  private CommandSpec spec;

  private final Streams streams;

  GenerateScreening(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(),
          "--rows takes a number of rows, 0 or more, not " + rows);
    }
    try {
      if (Streams.DASH.equals(file)) {
        ScreeningGenerator.write(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8),
            rows, seed);
      } else {
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
          ScreeningGenerator.write(out, rows, seed);
        }
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      throw new Failure("cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    return 0;
  }
}
