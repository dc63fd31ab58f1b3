package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README stays a page for a newcomer's first ten minutes, and every document it sends them to
 * exists.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");

  @Test
  void theReadmeFitsInEightThousandBytes() throws Exception {
    // when
    long size = Files.size(ROOT.resolve("README.md"));
    // then
    assertThat(size).isLessThanOrEqualTo(8_000);
  }

  @Test
  void everyDocumentTheReadmeAndTheDocsLinkExists() throws Exception {
    // given
    List<Path> pages = List.of(ROOT.resolve("README.md"), ROOT.resolve("docs/GUIDE.md"),
        ROOT.resolve("docs/SCREENING.md"), ROOT.resolve("docs/HR-EXAMPLE.md"));
    int links = 0;
    for (Path page : pages) {
      // when
      Matcher link = RELATIVE_LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (link.find()) {
        links++;
        Path target = page.getParent().resolve(link.group(1)).normalize();
        // then
        assertThat(target).as("linked from " + page).exists();
      }
    }
    assertThat(links).as("relative links checked").isGreaterThan(10);
  }
}
