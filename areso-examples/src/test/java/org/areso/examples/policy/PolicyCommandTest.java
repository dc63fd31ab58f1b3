package org.areso.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code areso policy check} and {@code areso policy test}: their output and exit codes. */
class PolicyCommandTest {

  static final String PILOT =
      "src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml";
  static final String CASES =
      "src/main/resources/org/areso/examples/author/example-bretagne-pilot.md";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return PolicyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  private static String pilot() throws IOException {
    return Files.readString(Path.of(PILOT), StandardCharsets.UTF_8);
  }

  @Test
  void checkWritesTheIdAndTheRulesCountOfAValidFileAndExitsWithZero() {
    // when
    int status = run("check", "--lang", "en", PILOT);
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo(PILOT + ": policy example-bretagne-pilot, 8 rules\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkSpeaksFrenchByDefault() {
    assertThat(run("check", PILOT)).isZero();
    assertThat(out()).isEqualTo(PILOT + ": politique example-bretagne-pilot, 8 règles\n");
  }

  @Test
  void checkWritesEveryErrorWithItsPositionAndExitsWithOne() throws IOException {
    // given a misspelt fact and a misspelt key
    String file = write("pilot.yaml", pilot().replace("fact: region", "fact: regoin")
        .replace("    below: 50", "    bellow: 50"));
    // when
    int status = run("check", "--lang", "en", file);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out().lines()).hasSize(2)
        .allMatch(line -> line.matches(java.util.regex.Pattern.quote(file)
            + ":\\d+:\\d+ POLICY_TEXT_[A-Z_]+ .+"));
    assertThat(out()).contains(file + ":34:11 POLICY_TEXT_UNKNOWN_FACT unknown fact 'regoin'")
        .contains("POLICY_TEXT_UNKNOWN_OPERATOR");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkWritesTheErrorsInFrenchByDefault() throws IOException {
    // given
    String file = write("pilot.yaml", pilot().replace("fact: region", "fact: regoin"));
    // when
    int status = run("check", file);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(file + ":34:11 POLICY_TEXT_UNKNOWN_FACT fait inconnu");
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    assertThat(run("check")).isEqualTo(2);
    assertThat(err()).startsWith("areso policy: one policy file expected; usage: ");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnreadableFileIsAUsageError() {
    assertThat(run("check", "--lang", "en", dir.resolve("nowhere.yaml").toString()))
        .isEqualTo(2);
    assertThat(err()).startsWith("areso policy: cannot read file: ");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("check", "--strict", PILOT)).isEqualTo(2);
    assertThat(err()).startsWith("areso policy: unknown option '--strict'");
  }

  @Test
  void anUnknownSubCommandOrLanguageIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("lint", PILOT)).isEqualTo(2);
    assertThat(run("check", "--lang", "de", PILOT)).isEqualTo(2);
    assertThat(err().lines()).hasSize(3);
    assertThat(out()).isEmpty();
  }

  @Test
  void testRunsTheCaseTableAndExitsWithZeroWhenEveryCasePassesAndEveryRuleIsDecided() {
    // when
    int status = run("test", "--lang", "en", PILOT, CASES);
    // then
    assertThat(status).isZero();
    assertThat(out().lines()).hasSize(14).startsWith("ok      case 1: a CHRS of 30 in Rennes")
        .endsWith("every rule is decided by a case", "12 cases, 12 passed, 0 failed");
    assertThat(out()).doesNotContain("junit").doesNotContain("FAILED");
    assertThat(err()).isEmpty();
  }

  @Test
  void testSaysWhatDifferedAndWhichRulesNoCaseDecidedAndExitsWithOne() throws IOException {
    // given a CSV table: one wrong verdict, and no case reaching the FINESS category
    String cases = write("cases.csv", """
        case,legal_form,departement,casf_item,headcount,staff_representation,request_date,verdict
        too large,ASSOCIATION,35,8,50,yes,2027-03-10,ELIGIBLE
        """);
    // when
    int status = run("test", "--lang", "en", PILOT, cases);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out().lines()).containsExactly(
        "FAILED  case 1: too large — verdict: expected ELIGIBLE, got NOT_ELIGIBLE",
        "rules no case decides: finessCategoryInCasf",
        "1 cases, 0 passed, 1 failed");
  }

  @Test
  void testOfAnInvalidPolicyWritesItsErrorsAndExitsWithOne() throws IOException {
    // given
    String file = write("pilot.yaml", pilot().replace("fact: region", "fact: regoin"));
    // when
    int status = run("test", "--lang", "en", file, CASES);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(file + ":34:11 POLICY_TEXT_UNKNOWN_FACT");
  }

  @Test
  void aCaseTableWithAnUnknownColumnFailsNamingIt() throws IOException {
    // given
    String cases = write("cases.md", "| headcont | verdict |\n|---|---|\n| 30 | ELIGIBLE |\n");
    // when
    int status = run("test", "--lang", "en", PILOT, cases);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(cases + ": invalid case table: unknown column(s) headcont");
  }

  @Test
  void testNeedsAPolicyAndACaseTableEndingInMdOrCsv() {
    assertThat(run("test", PILOT)).isEqualTo(2);
    assertThat(run("test", PILOT, "cases.txt")).isEqualTo(2);
    assertThat(run("test", PILOT, dir.resolve("none.md").toString())).isEqualTo(2);
    assertThat(err().lines()).hasSize(3);
    assertThat(out()).isEmpty();
  }
}
