package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.Structure;
import org.junit.jupiter.api.Test;

/** The complete example of {@code docs/POLICY-FORMAT.md} is a policy file that reads. */
class PolicyFormatDocTest {

  private static String example() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "POLICY-FORMAT.md"),
        StandardCharsets.UTF_8);
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void theCompleteExampleReadsAndDecides() throws IOException {
    // given
    Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(example());
    assertThat(read.isValid()).as(() -> read.isInvalid() ? read.getError().mkString("\n") : "")
        .isTrue();
    Structure lyonChildProtection = Structure.builder()
        .departement(Departement.parse("69").get()).casfItems("1").headcount(12)
        .legalForm("ASSOCIATION").build().get();
    // when
    Decision decision = read.get().evaluate(Facts.of(lyonChildProtection)
        .requestDate(LocalDate.of(2025, 3, 3)));
    // then: the charter is not signed, the child-protection derogation grants
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
  }
}
