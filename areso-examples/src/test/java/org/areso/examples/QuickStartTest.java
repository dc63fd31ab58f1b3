package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.EngagementStage;
import org.junit.jupiter.api.Test;

/** The README's quick start is the code of {@link QuickStart}, and it runs to a closed engagement. */
class QuickStartTest {

  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "areso", "examples", "QuickStart.java");
  private static final Path README = Path.of("..", "README.md");

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
  void theReadmeShowsExactlyTheQuickStartsCode() throws Exception {
    // given
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String code = source.subList(source.indexOf("    // quick-start:begin") + 1,
            source.indexOf("    // quick-start:end")).stream()
        .map(line -> line.isEmpty() ? line : line.substring(4))
        .collect(Collectors.joining("\n", "", "\n"));
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
