package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@code ./areso} commands that README.md and docs/ show are the command line's: each one in a
 * code block reads as a whole command, and each one named in the text names a command.
 */
class DocumentedCommandsTest {

  private static final Path ROOT = Path.of("..");
  /** {@code ./areso ...} in a code span of the text. */
  private static final Pattern NAMED = Pattern.compile("`\\./areso([^`]*)`");

  private static List<Path> documents() throws IOException {
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      return Stream.concat(Stream.of(ROOT.resolve("README.md")),
          docs.filter(path -> path.toString().endsWith(".md")).sorted())
          .collect(Collectors.toList());
    }
  }

  private static String text(Path document) {
    try {
      return Files.readString(document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code ./areso} lines of a document's code blocks, continued lines joined. */
  private static List<String> shown(String text) {
    List<String> commands = new ArrayList<>();
    boolean inBlock = false;
    String pending = null;
    for (String line : text.lines().toList()) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      String joined = pending == null ? line.strip()
          : pending + " " + line.strip();
      pending = null;
      if (inBlock && joined.startsWith("./areso")) {
        if (joined.endsWith("\\")) {
          pending = joined.substring(0, joined.length() - 1).strip();
        } else {
          commands.add(joined);
        }
      }
    }
    return commands;
  }

  /** A shown command's arguments: after {@code ./areso}, before a comment or a redirection. */
  private static String[] arguments(String command) {
    String words = command.substring("./areso".length()).replaceFirst("\\s(#|>).*$", "").strip();
    return words.isEmpty() ? new String[0] : words.split("\\s+");
  }

  private static CommandLine commandLine() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return Main.commandLine(new Streams(InputStream.nullInputStream(), nowhere, nowhere, false));
  }

  @Test
  void everyCommandOfACodeBlockReadsAsAWholeCommand() throws IOException {
    // given
    List<String> commands = documents().stream().map(DocumentedCommandsTest::text)
        .flatMap(text -> shown(text).stream()).toList();
    // then
    assertThat(commands).hasSizeGreaterThanOrEqualTo(9)
        .anyMatch(command -> command.startsWith("./areso policy test --lang en "))
        .allSatisfy(command -> assertThatCode(() -> commandLine().parseArgs(arguments(command)))
            .as(command).doesNotThrowAnyException());
  }

  @Test
  void everyCommandTheTextNamesIsACommand() throws IOException {
    // given
    List<String> named = new ArrayList<>();
    for (Path document : documents()) {
      Matcher matcher = NAMED.matcher(text(document));
      while (matcher.find()) {
        named.add(matcher.group(1).strip());
      }
    }
    // then
    assertThat(named).contains("demo", "screen", "policy check")
        .allSatisfy(command -> {
          CommandLine found = commandLine();
          for (String word : Arrays.stream(command.split("\\s+"))
              .takeWhile(word -> word.matches("[a-z][a-z-]*")).toList()) {
            assertThat(found.getSubcommands()).as(command).containsKey(word);
            found = found.getSubcommands().get(word);
          }
        });
  }
}
