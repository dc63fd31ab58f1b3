package org.areso.cli;

import java.util.concurrent.Callable;
import org.areso.examples.hr.HrIntegration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Parameters;

/** {@code areso hr [JDBC-URL]}. */
@Command(name = "hr",
    description = {"Runs the story of an HR system storing engagements in H2.",
        "Migrates an H2 database with areso-jdbc's schema, walks an engagement through a few"
            + " steps, each appended with its events, and prints its stage and events reloaded"
            + " from the database."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the story ran to its end", "1:the database failed (the reason is printed)",
        "2:a usage error"})
final class Hr implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "JDBC-URL", defaultValue = HrIntegration.DEFAULT_URL,
      showDefaultValue = Visibility.NEVER,
      description = "an H2 JDBC URL, such as jdbc:h2:./target/hr (default: an in-memory"
          + " database)")
  private String url;

  private final Streams streams;

  Hr(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return HrIntegration.run(url, streams.out());
  }
}
