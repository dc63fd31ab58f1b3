package org.areso.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.areso.core.kernel.Language;
import org.areso.examples.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code areso policy check} and {@code areso policy test}, once their arguments are read: their
 * output and exit codes.
 */
class PolicyCommandTest {

  static final String PILOT =
      "src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml";
  static final String CASES =
      "src/main/resources/org/areso/examples/author/example-bretagne-pilot.md";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(String file, Language language) {
    return PolicyCommand.check(Input.file(file),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), language);
  }

  private int test(String file, String cases, Language language) {
    return PolicyCommand.test(Input.file(file), Input.file(cases),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), language);
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
    int status = check(PILOT, Language.EN);
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo(PILOT + ": policy example-bretagne-pilot, 8 rules\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void checkReadsAStreamUnderTheNameItIsGiven() throws IOException {
    // given
    Input in = Input.stream("<stdin>", new ByteArrayInputStream(pilot().getBytes(
        StandardCharsets.UTF_8)));
    // when
    int status = PolicyCommand.check(in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Language.EN);
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo("<stdin>: policy example-bretagne-pilot, 8 rules\n");
  }

  @Test
  void aFileThatIsNotUtf8OrTooLongIsUnreadable() throws IOException {
    // given
    Path latin1 = Files.write(dir.resolve("latin1.yaml"),
        "policy: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path longFile = Files.write(dir.resolve("long.yaml"),
        new byte[(int) PolicyFile.MAX_BYTES + 1]);
    // when
    int notUtf8 = check(latin1.toString(), Language.EN);
    int tooLong = check(longFile.toString(), Language.EN);
    // then
    assertThat(notUtf8).isEqualTo(2);
    assertThat(tooLong).isEqualTo(2);
    assertThat(err().lines()).containsExactly(
        "areso policy: cannot read file (not UTF-8): " + latin1,
        "areso policy: file too long (over " + PolicyFile.MAX_BYTES + " bytes): " + longFile);
    assertThat(out()).isEmpty();
  }

  @Test
  void checkSpeaksFrenchByDefault() {
    assertThat(check(PILOT, Language.FR)).isZero();
    assertThat(out()).isEqualTo(PILOT + ": politique example-bretagne-pilot, 8 règles\n");
  }

  @Test
  void checkWritesEveryErrorWithItsPositionAndExitsWithOne() throws IOException {
    // given a misspelt fact and a misspelt key
    String file = write("pilot.yaml", pilot().replace("fact: region", "fact: regoin")
        .replace("    below: 50", "    bellow: 50"));
    // when
    int status = check(file, Language.EN);
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
    int status = check(file, Language.FR);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(file + ":34:11 POLICY_TEXT_UNKNOWN_FACT fait inconnu");
  }

  @Test
  void anUnreadableFileExitsWithTwo() {
    assertThat(check(dir.resolve("nowhere.yaml").toString(), Language.EN)).isEqualTo(2);
    assertThat(err()).startsWith("areso policy: cannot read file: ");
    assertThat(out()).isEmpty();
  }

  @Test
  void testRunsTheCaseTableAndExitsWithZeroWhenEveryCasePassesAndEveryRuleIsDecided() {
    // when
    int status = test(PILOT, CASES, Language.EN);
    // then
    assertThat(status).isZero();
    assertThat(out().lines()).hasSize(14).startsWith("ok      case 1: a CHRS of 30 in Rennes")
        .endsWith("every rule is decided by a case", "12 cases, 12 passed, 0 failed");
    assertThat(out()).doesNotContain("junit").doesNotContain("FAILED");
    assertThat(err()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en | too large     | yes | FAILED  case 1: too large — verdict: expected ELIGIBLE, got NOT_ELIGIBLE        | rules no case decides: finessCategoryInCasf       | 1 case, 0 passed, 1 failed
      fr | trop grande   | oui | ÉCHEC   cas 1 : trop grande — verdict : attendu ELIGIBLE, obtenu NOT_ELIGIBLE | règles qu'aucun cas ne décide : finessCategoryInCasf | 1 cas, 0 réussi, 1 en échec
      de | zu gross      | ja  | FEHLGESCHLAGEN  Fall 1: zu gross — verdict: erwartet ELIGIBLE, erhalten NOT_ELIGIBLE | Regeln, die kein Fall entscheidet: finessCategoryInCasf | 1 Fall, 0 bestanden, 1 fehlgeschlagen
      it | troppo grande | sì  | FALLITO caso 1: troppo grande — verdict: atteso ELIGIBLE, ottenuto NOT_ELIGIBLE | regole che nessun caso decide: finessCategoryInCasf | 1 caso, 0 superati, 1 fallito
      """)
  void testSaysWhatDifferedAndWhichRulesNoCaseDecidedInItsLanguageAndExitsWithOne(
      String tag, String name, String yes, String failed, String undecided,
      String counts) throws IOException {
    // given a CSV table: one wrong verdict, and no case reaching the FINESS category
    String cases = write("cases.csv", """
        case,legal_form,departement,casf_item,headcount,staff_representation,request_date,verdict
        %s,ASSOCIATION,35,8,50,%s,2027-03-10,ELIGIBLE
        """.formatted(name, yes));
    // when
    int status = PolicyCommand.test(Input.file(PILOT), Input.file(cases),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), java.util.Locale.forLanguageTag(tag));
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out().lines()).containsExactly(failed, undecided, counts);
  }

  @Test
  void testOfAnInvalidPolicyWritesItsErrorsAndExitsWithOne() throws IOException {
    // given
    String file = write("pilot.yaml", pilot().replace("fact: region", "fact: regoin"));
    // when
    int status = test(file, CASES, Language.EN);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(file + ":34:11 POLICY_TEXT_UNKNOWN_FACT");
  }

  @Test
  void aCaseTableWithAnUnknownColumnFailsNamingIt() throws IOException {
    // given
    String cases = write("cases.md", "| headcont | verdict |\n|---|---|\n| 30 | ELIGIBLE |\n");
    // when
    int status = test(PILOT, cases, Language.EN);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(cases + ": invalid case table: unknown column(s) headcont");
  }

  @Test
  void aCsvCaseTableWithQuotedCommasOrSemicolonsIsRead() throws IOException {
    // given a cell with a comma in quotes, and a table saved by a French spreadsheet
    String header = "case,legal_form,departement,casf_item,headcount,staff_representation,"
        + "request_date,verdict\n";
    String row = "\"CHRS, Rennes\",ASSOCIATION,35,8,30,yes,2027-03-10,ELIGIBLE\n";
    String quoted = write("quoted.csv", header + row);
    String semicolons = write("semicolons.csv", header.replace(',', ';')
        + "CHRS, Rennes;ASSOCIATION;35;8;30;yes;2027-03-10;ELIGIBLE\n");
    // when
    test(PILOT, quoted, Language.EN);
    test(PILOT, semicolons, Language.EN);
    // then
    assertThat(out().lines().filter(line -> line.startsWith("ok")))
        .containsExactly("ok      case 1: CHRS, Rennes", "ok      case 1: CHRS, Rennes");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "FR | table de cas invalide : le cas n° 1 (sous l'en-tête) a 3 cellules, l'en-tête 2",
      "EN | invalid case table: case row 1 (below the header) has 3 cells, the header 2"})
  void aCaseTableThatCannotBeReadIsToldInTheLanguageAsked(Language language, String message)
      throws IOException {
    // given
    String cases = write("cases.csv", "case,verdict\nPME, Toulouse,ELIGIBLE\n");
    // when
    int status = test(PILOT, cases, language);
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).startsWith(cases + ": " + message);
  }

  @Test
  void testNeedsACaseTableEndingInMdOrCsvThatCanBeRead() {
    assertThat(test(PILOT, "cases.txt", Language.EN)).isEqualTo(2);
    assertThat(test(PILOT, dir.resolve("none.md").toString(), Language.EN)).isEqualTo(2);
    assertThat(err().lines()).containsExactly(
        "areso policy: a case table's name ends in .md or .csv: cases.txt",
        "areso policy: cannot read file: " + dir.resolve("none.md") + " (not found)");
    assertThat(out()).isEmpty();
  }
}
