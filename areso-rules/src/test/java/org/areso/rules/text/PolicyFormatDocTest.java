package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * Every mapping of the format refuses a key it does not have, where it is written: a stray key
   * put after an anchor line (its text, spaces around it aside), at that line's indentation, or
   * inside an inline mapping.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the policy                 | policy: pilot-ara-2025                          | 0
      its title                  |   fr: Pilote régional Auvergne-Rhône-Alpes 2025 | 0
      a reference                |     code: CASF                                  | 0
      a page reference           |     item: article 2, bénéficiaires              | 0
      a parameter                |     type: yes_no                                | 0
      a declared fact            |     type: yes_no                                | 1
      a fact's question          |       fr: La structure a-t-elle signé           | 0
      a condition                |     equals: AUVERGNE_RHONE_ALPES                | 0
      a composed rule            |     cites: casf                                 | 0
      a negated rule             |       equals: PUBLIC_BODY                       | 0
      a rule with derogations    |           contains_any: [1]                     | 0
      a derogation               |         decides: ELIGIBLE                       | 0
      """)
  void aStrayKeyIsRefusedWhereItStands(String where, String anchor, int occurrence)
      throws IOException {
    // given
    List<String> lines = List.of(example().split("\n", -1));
    int at = lines.zipWithIndex().filter(l -> l._1.strip().startsWith(anchor)).get(occurrence)._2;
    String anchorLine = lines.get(at);
    int indent = anchorLine.length() - anchorLine.stripLeading().length();
    if (anchor.startsWith("contains_any") || anchor.startsWith("equals: PUBLIC")) {
      indent = 4;  // a key of the enclosing rule, after its nested rule
    }
    String text = lines.insert(at + 1, " ".repeat(indent) + "stray: 1").mkString("\n");
    // when
    Seq<PolicyTextError> errors = PolicyText.read(text).fold(e -> e, policy -> List.empty());
    // then
    assertThat(errors.filter(e -> e.code().equals(PolicyText.UNKNOWN_KEY)).map(e ->
        e.position())).as(where).containsExactly((at + 2) + ":" + (indent + 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a parameter's period | value: 5, cites: charter}                 | value: 5, cites: charter, stray: 1}
      a rule's window      | valid: {from: 2025-01-01, to: 2025-12-31} | valid: {from: 2025-01-01, to: 2025-12-31, stray: 1}
      """)
  void aStrayKeyInAnInlineMappingIsRefused(String where, String written, String strayed)
      throws IOException {
    // when
    Seq<PolicyTextError> errors = PolicyText.read(example().replace(written, strayed))
        .fold(e -> e, policy -> List.empty());
    // then
    assertThat(errors.map(PolicyTextError::code)).as(where).containsExactly(PolicyText.UNKNOWN_KEY);
    assertThat(errors.head().message(org.areso.core.kernel.Language.EN)).contains("'stray'");
  }
}
