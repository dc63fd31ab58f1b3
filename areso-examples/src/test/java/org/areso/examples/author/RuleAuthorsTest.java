package org.areso.examples.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.examples.Input;
import org.areso.examples.policy.PolicyCommand;
import org.areso.rules.text.PolicyText;
import org.areso.testkit.eligibility.CaseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/RULE-AUTHORS.md} shows the pilot's policy file, its case table, the commands' output
 * and the Java of {@link RuleAuthors} as they are, and they all pass.
 */
class RuleAuthorsTest {

  private static final Path DOC = Path.of("..", "docs", "RULE-AUTHORS.md");
  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "areso", "examples", "author", "RuleAuthors.java");
  /** The resources as the module's tests reach them, and as the tutorial names them. */
  private static final String HERE = "src/main/resources/org/areso/examples/author/";
  private static final String IN_REPOSITORY = "areso-examples/" + HERE;

  private static final PrintStream NOWHERE =
      new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private static String doc() throws Exception {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** What {@code ./areso policy check --lang en FILE} writes, after its exit status. */
  private String check(String file) {
    out.reset();
    int status = PolicyCommand.check(Input.file(file), stream(out), NOWHERE, Language.EN);
    return status + "\n" + out.toString(StandardCharsets.UTF_8);
  }

  /** What {@code ./areso policy test --lang en FILE CASES} writes, after its exit status. */
  private String test(String file, String cases) {
    out.reset();
    int status = PolicyCommand.test(Input.file(file), Input.file(cases), stream(out),
        NOWHERE, Language.EN);
    return status + "\n" + out.toString(StandardCharsets.UTF_8);
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  @Test
  void theTutorialShowsThePolicyFileAsItIsAndTheFileIsValid() throws Exception {
    // given
    String yaml = BretagnePilot.text("example-bretagne-pilot.yaml");
    // then
    assertThat(doc()).contains("```yaml\n" + yaml + "```\n");
    assertThat(PolicyText.read(yaml).isValid()).isTrue();
  }

  @Test
  void theTutorialShowsTheCaseTableAsItIsAndItPasses() throws Exception {
    // given
    String cases = BretagnePilot.text("example-bretagne-pilot.md");
    // when
    CaseTable.Results results = CaseTable.markdown(cases).check(BretagnePilot.INSTANCE.policy());
    // then
    assertThat(doc()).contains("```markdown\n" + cases + "```\n");
    assertThat(results.passed()).isTrue();
  }

  @Test
  void theTutorialShowsWhatPolicyCheckAndPolicyTestWrite() throws Exception {
    // when
    String check = check(HERE + "example-bretagne-pilot.yaml");
    String test = test(HERE + "example-bretagne-pilot.yaml", HERE + "example-bretagne-pilot.md");
    // then
    assertThat(check).startsWith("0\n");
    assertThat(test).startsWith("0\n");
    assertThat(doc())
        .contains("```\n" + check.substring(2).replace(HERE, IN_REPOSITORY) + "```\n")
        .contains("```\n" + test.substring(2) + "```\n");
  }

  @Test
  void theTutorialShowsWhatPolicyCheckWritesOfTheMisspeltFact(@TempDir Path dir)
      throws Exception {
    // given the tutorial's pilot.yaml: region misspelt on line 34
    String yaml = BretagnePilot.text("example-bretagne-pilot.yaml");
    assertThat(yaml.lines().toList().get(33)).isEqualTo("    fact: region");
    Path file = Files.writeString(dir.resolve("pilot.yaml"),
        yaml.replace("fact: region", "fact: regoin"), StandardCharsets.UTF_8);
    // when
    String check = check(file.toString());
    // then
    assertThat(check).startsWith("1\n");
    assertThat(doc()).contains("```\n" + check.substring(2).replace(file.toString(), "pilot.yaml")
        + "```\n");
  }

  /** The block of the tutorial that starts with {@code start}, without its fences. */
  private static String block(String start) throws Exception {
    String doc = doc();
    int from = doc.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return doc.substring(from, doc.indexOf("```\n", from));
  }

  @Test
  void theTutorialsExclusionRowPassesUnderItsNotRule() throws Exception {
    // given the rule and the row the tutorial shows for a reason EXCLUSION_MET
    String rule = block("  - rule: notAPublicBody\n");
    String row = block("| case      | legal_form |");
    Policy policy = PolicyText.read("""
        policy: exclusion
        title: {fr: Exclusion, en: Exclusion}
        references:
          deliberation: {kind: page, code: Région, article: Délibération}
        rules:
        """ + rule).get();
    // when
    CaseTable.Results results = CaseTable.markdown(row).check(policy);
    // then
    assertThat(results.passed()).as(results::toString).isTrue();
  }

  @Test
  void theTutorialShowsExactlyRuleAuthorsCodeAndItDecides() throws Exception {
    // given
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String code = source.subList(source.indexOf("    // rule-authors:begin") + 1,
            source.indexOf("    // rule-authors:end")).stream()
        .map(line -> line.isEmpty() ? line : line.substring(4))
        .collect(Collectors.joining("\n", "", "\n"));
    // when
    Verdict verdict = RuleAuthors.decide(BretagnePilot.text("example-bretagne-pilot.yaml"))
        .verdict();
    // then
    assertThat(doc()).contains("```java\n" + code + "```\n");
    assertThat(verdict).isEqualTo(Verdict.ELIGIBLE);
  }
}
