package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.EngagementStage;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is the code of {@link QuickStart}, it stays short, and it runs to a
 * closed engagement.
 */
class QuickStartTest {

  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "areso", "examples", "QuickStart.java");
  private static final Path README = Path.of("..", "README.md");

  /** An import of an Areso type or of a static member of one: (static )(owner type)(last name). */
  private static final Pattern IMPORT =
      Pattern.compile("import (static )?(org\\.areso\\.[\\w.]*?)\\.(\\w+);");

  private static String snippet(List<String> source) {
    return source.subList(source.indexOf("    // quick-start:begin") + 1,
            source.indexOf("    // quick-start:end")).stream()
        .map(line -> line.isEmpty() ? line : line.substring(4))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void theQuickStartClosesTheEngagementAndItsReplayIsTheSame() {
    // when
    QuickStart.Outcome outcome = QuickStart.run();
    // then
    assertThat(outcome.decision().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.closed().stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(outcome.stored()).hasSize(14);
    assertThat(outcome.closed().version()).isEqualTo(14);
    assertThat(outcome.replayed()).isEqualTo(outcome.closed());
  }

  @Test
  void theQuickStartTakesAtMostThirtyLinesAndFifteenAresoTypes() throws Exception {
    // given
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String code = snippet(source);
    // when
    Set<String> types = new TreeSet<>();
    for (String line : source) {
      Matcher imported = IMPORT.matcher(line);
      if (imported.matches() && Pattern.compile("\\b" + imported.group(3) + "\\b").matcher(code)
          .find()) {
        // a static import names its owner type; an import names the type itself
        types.add(imported.group(1) == null ? imported.group(2) + "." + imported.group(3)
            : imported.group(2));
      }
    }
    // then
    assertThat(code.lines().count()).isLessThanOrEqualTo(30);
    assertThat(types).as("the Areso types the quick start names").hasSizeBetween(5, 15)
        .contains("org.areso.core.engagement.Engagement", "org.areso.core.kernel.Structure");
  }

  @Test
  void theReadmeShowsExactlyTheQuickStartsCode() throws Exception {
    // given
    String code = snippet(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
    // when
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Quick start\n");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```\n", start));
    // then
    assertThat(section).as("README has a '## Quick start' section").isPositive();
    assertThat(shown).isEqualTo(code);
  }
}
