package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the commands read their arguments: {@code --option value} and {@code --option=value},
 * {@code -} for standard input and output, and a usage error, exit status 2, for anything else.
 */
class ArgumentsTest {

  private static final String SAMPLE = "../examples/screening-sample.csv";
  private static final String PILOT =
      "../areso-examples/src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml";

  @TempDir
  Path dir;

  private static String sample() throws Exception {
    return Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
  }

  @Test
  void anOptionTakesItsValueAfterASpaceOrAnEqualsSign() {
    // when
    Run spaced = Run.of("screen", "--programme", "areso-social-2023", "--date", "2023-09-01",
        "--lang", "en", SAMPLE);
    Run joined = Run.of("screen", "--programme=areso-social-2023", "--date=2023-09-01",
        "--lang=en", SAMPLE);
    // then
    assertThat(spaced.status()).isEqualTo(1);
    assertThat(joined).isEqualTo(spaced);
    assertThat(joined.out()).startsWith("id,verdict,reasons,missing\n");
    assertThat(joined.err()).startsWith("areso screen: 21 rows, ");
  }

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLineOfStandardError() {
    // when
    Run run = Run.of("screen", "--programme", "areso-social-2023", "--date", "2023-09-01",
        "--verbose", SAMPLE);
    // then
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("areso screen: Unknown option: '--verbose'"
        + " (did you mean --version?); see 'areso screen --help'\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMisspeltOptionOrCommandIsAUsageErrorSuggestingTheRightOne() {
    // when
    Run option = Run.of("demo", "--langue", "en");
    Run command = Run.of("diagramme", "--programme", "areso");
    // then
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).isEqualTo("areso demo: Unknown options: '--langue', 'en'"
        + " (did you mean --lang?); see 'areso demo --help'\n");
    assertThat(command.status()).isEqualTo(2);
    assertThat(command.err()).startsWith("areso: Unmatched arguments").contains("diagram");
  }

  @Test
  void screenReadsStandardInputForADash() throws Exception {
    // when
    Run fromFile = Run.of("screen", "--programme", "areso-social-2023", "--date", "2023-09-01",
        "--quiet", SAMPLE);
    Run fromStdin = Run.withInput(sample(), "screen", "--programme", "areso-social-2023",
        "--date", "2023-09-01", "--quiet", "-");
    // then
    assertThat(fromStdin.status()).isEqualTo(1);
    assertThat(fromStdin.out()).isEqualTo(fromFile.out()).startsWith("id,verdict,");
    assertThat(fromStdin.err()).isEmpty();
  }

  @Test
  void generateScreeningWritesToStandardOutputForADashAndScreenReadsIt() {
    // given
    Run generated = Run.of("generate-screening", "--rows", "50", "--seed", "2", "-");
    // when
    Run screened = Run.withInput(generated.out(), "screen", "--programme", "areso-social-2023",
        "--date", "2023-09-01", "--lang", "en", "-");
    // then
    assertThat(generated.status()).isZero();
    assertThat(generated.out().lines()).hasSize(51);
    assertThat(screened.status()).isIn(0, 1);
    assertThat(screened.out().lines()).hasSize(51);
    assertThat(screened.err()).startsWith("areso screen: 50 rows, ");
  }

  @Test
  void screenReadsADraftPolicyFromStandardInputButNotBothFilesFromIt() throws Exception {
    // when
    Run policy = Run.withInput(Files.readString(Path.of(PILOT)), "screen", "--quiet",
        "--policy", "-", "--date", "2027-03-01", SAMPLE);
    Run both = Run.withInput(sample(), "screen", "--policy", "-", "--date", "2027-03-01", "-");
    // then
    assertThat(policy.status()).isEqualTo(1);
    assertThat(policy.out()).contains("chrs-001,NOT_ELIGIBLE,CONDITION_NOT_MET:inBrittany");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).startsWith("areso screen: standard input (-) is read once");
  }

  @Test
  void policyCheckReadsStandardInputForADashButATableMustBeAFile() throws Exception {
    // when
    Run check = Run.withInput(Files.readString(Path.of(PILOT)), "policy", "check", "--lang",
        "en", "-");
    Run test = Run.withInput("| verdict |\n|---|\n", "policy", "test", PILOT, "-");
    // then
    assertThat(check.status()).isZero();
    assertThat(check.out()).isEqualTo("<stdin>: policy example-bretagne-pilot, 8 rules\n");
    assertThat(test.status()).isEqualTo(2);
    assertThat(test.err()).startsWith("areso policy test: a case table is read as its name");
  }

  @Test
  void screenRefusesEveryIncompleteOrWrongCommandWithOneLine() {
    String[][] wrong = {
        {"screen"},
        {"screen", "--programme", "areso", "--date", "2023-09-01"},
        {"screen", "--programme", "areso", "f.csv"},
        {"screen", "--date", "2023-09-01", "f.csv"},
        {"screen", "--programme", "areso", "--date", "01/09/2023", "f.csv"},
        {"screen", "--programme", "areso", "--date", "2023-09-01", "--lang", "es", "f.csv"},
        {"screen", "--programme", "areso", "--date", "2023-09-01", "--verbose", "f.csv"},
        {"screen", "--programme", "areso", "--date", "2023-09-01", "a.csv", "b.csv"},
        {"screen", "--programme", "areso", "--date", "2023-09-01", "missing.csv"}};
    for (String[] args : wrong) {
      // when
      Run run = Run.of(args);
      // then
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
          .startsWith("areso screen: ");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void everyCommandSpeaksGermanAndItalianAndNoOtherLanguage() {
    // when
    Run german = Run.of("policy", "check", "--lang", "de", PILOT);
    Run italian = Run.of("policy", "check", "--lang", "IT", PILOT);
    Run vocabulary = Run.of("vocabulary", "--lang", "de");
    Run spanish = Run.of("demo", "--lang", "es");
    // then
    assertThat(german.status()).isZero();
    assertThat(german.out()).contains(": Richtlinie ").contains(" Regeln");
    assertThat(italian.out()).contains(": direttiva ").contains(" regole");
    assertThat(vocabulary.status()).isZero();
    assertThat(vocabulary.out()).contains("Areso — das gemeinsame Vokabular", "unbekannt");
    assertThat(spanish.status()).isEqualTo(2);
    assertThat(spanish.err()).startsWith("areso demo: ");
  }

  @Test
  void policyRefusesEveryIncompleteOrWrongCommandWithOneLine() {
    String[][] wrong = {
        {"policy"},
        {"policy", "lint", PILOT},
        {"policy", "check"},
        {"policy", "check", "--lang", "es", PILOT},
        {"policy", "check", "--strict", PILOT},
        {"policy", "test", PILOT},
        {"policy", "test", PILOT, "cases.txt"}};
    for (String[] args : wrong) {
      // when
      Run run = Run.of(args);
      // then
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
          .startsWith("areso policy");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void generateScreeningRefusesBadUsageAndAFileItCannotWrite() {
    String[][] wrong = {
        {"generate-screening", "--rows", "x", "f.csv"},
        {"generate-screening", "f.csv"},
        {"generate-screening", "--rows", "1", "--zip", "f.csv"},
        {"generate-screening", "--rows", "-1", "f.csv"},
        {"generate-screening", "--rows", "1", dir.resolve("no/such/dir/f.csv").toString()}};
    for (String[] args : wrong) {
      // when
      Run run = Run.of(args);
      // then
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
          .startsWith("areso generate-screening: ");
    }
    assertThat(Run.of(wrong[4]).err()).startsWith("areso generate-screening: cannot write ");
  }

  @Test
  void measureScreeningReportsBothPassesOrAUsageError() {
    // when
    Run measured = Run.of("measure-screening", "--programme", "areso-social-2023", "--date",
        "2023-09-01", SAMPLE);
    // then
    assertThat(measured.status()).isZero();
    assertThat(measured.out()).contains("rows", "read only", "screening adds");
    String[][] wrong = {
        {"measure-screening", "--date", "2023-13-01"},
        {"measure-screening", "x.csv"},
        {"measure-screening", "--programme", "nope", "--date", "2023-09-01", "x.csv"},
        {"measure-screening", "--programme", "areso", "--date", "2023-09-01", "-"},
        {"measure-screening", "--programme", "areso", "--date", "2023-09-01", "missing.csv"}};
    for (String[] args : wrong) {
      assertThat(Run.of(args).status()).as(String.join(" ", args)).isEqualTo(2);
    }
  }
}
