package org.areso.testkit.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

class CaseTableTest {

  static final LegalReference CASF = LegalReference.builder().code("CASF").article("L.312-1")
      .verified(true).build().get();
  static final DateWindow WINDOW =
      DateWindow.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 4, 30)).get();

  static final Policy SOCIAL = Policy.of("social", Text.of("social", "social"), List.of(
      Rule.condition("isSocialEstablishment", Text.of("L.312-1", "L.312-1"),
          Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CASF),
      Rule.condition("fundedByStateBudgetProgramme", Text.of("programme", "programme"),
          Fact.FUNDING_SOURCES, s -> s.exists(FundingSource::isStateBudgetProgramme)).citing(CASF),
      Rule.condition("requestedInWindow", Text.of("fenêtre", "window"),
          Fact.REQUEST_DATE, WINDOW::contains).citing(CASF))).get();

  static final String TABLE = """
      | case                | casf_item | funding   | request_date | verdict      | missing |
      |---------------------|-----------|-----------|--------------|--------------|---------|
      | funded CHRS         | 8         | P177, ARS | 2023-09-01   | ELIGIBLE     |         |
      | health insurance    | 8         | ARS       | 2023-09-01   | NOT_ELIGIBLE |         |
      | after the window    | 8         | P177      | 2024-05-02   | NOT_ELIGIBLE |         |
      | no L.312-1 item     |           | P177      | 2023-09-01   | UNDETERMINED | casf_item |
      """;

  @TestFactory
  Stream<DynamicTest> theSocialPolicyAsARuleAuthorWouldTestIt() {
    return CaseTable.markdown(TABLE).run(SOCIAL);
  }

  @Test
  void runsOneTestPerCaseAndOneForCoverage() {
    // when
    java.util.List<DynamicTest> tests = CaseTable.markdown(TABLE).run(SOCIAL).toList();
    // then
    assertThat(tests).hasSize(5);
    assertThat(tests.get(0).getDisplayName()).isEqualTo("case 1: funded CHRS");
  }

  @Test
  void aCaseWithTheWrongVerdictFails() {
    // given
    CaseTable wrong = CaseTable.markdown("""
        | casf_item | funding | request_date | verdict  |
        |-----------|---------|--------------|----------|
        | 8         | ARS     | 2023-09-01   | ELIGIBLE |
        """);
    // when
    DynamicTest first = wrong.run(SOCIAL).findFirst().get();
    // then
    assertThatThrownBy(() -> first.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("verdict");
  }

  @Test
  void wrongReasonCodesFailTheCase() {
    // given
    CaseTable wrong = CaseTable.csv("""
        casf_item,funding,request_date,verdict,reasons
        8,ARS|OWN,2023-09-01,NOT_ELIGIBLE,FACT_MISSING
        """);
    // when
    DynamicTest first = wrong.run(SOCIAL).findFirst().get();
    // then
    assertThatThrownBy(() -> first.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("reasons");
  }

  @Test
  void reportsTheRulesThatNoCaseDecided() throws Throwable {
    // given only a case where the first rule fails: the other two are decided too (all-of
    // evaluates every rule), so leave the date unknown to keep one rule undecided
    CaseTable partial = CaseTable.markdown("""
        | casf_item | funding | verdict      |
        |-----------|---------|--------------|
        | 8         | P177    | UNDETERMINED |
        """);
    java.util.List<DynamicTest> tests = partial.run(SOCIAL).toList();
    // when
    tests.get(0).getExecutable().execute();
    // then
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("requestedInWindow")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("isSocialEstablishment"));
  }

  @Test
  void aCaseWhoseFactsCannotBeReadFailsNamingTheReason() {
    // given
    CaseTable bad = CaseTable.markdown("""
        | funding | request_date | verdict  |
        |---------|--------------|----------|
        | BANK    | 2023-13-45   | ELIGIBLE |
        """);
    // then
    assertThatThrownBy(() -> bad.run(SOCIAL).findFirst().get().getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("UNKNOWN_VALUE");
  }

  @Test
  void refusesAnUnknownColumnOrARowOfTheWrongWidth() {
    assertThatIllegalArgumentException().isThrownBy(() -> CaseTable.markdown("""
        | fundng | verdict |
        |--------|---------|
        | P177   | ELIGIBLE |
        """).run(SOCIAL)).withMessageContaining("fundng");
    assertThatIllegalArgumentException().isThrownBy(() -> CaseTable.csv("""
        funding,verdict
        P177,ELIGIBLE,extra
        """)).withMessageContaining("row 1");
    assertThatIllegalArgumentException().isThrownBy(() -> CaseTable.csv("funding\nP177"))
        .withMessageContaining("verdict");
  }

  @Test
  void readsQuotedCsvCellsThatHoldCommasQuotesAndLineBreaks() {
    // given
    CaseTable table = CaseTable.csv("\uFEFFcase,casf_item,funding,request_date,verdict\r\n"
        + "\"funded CHRS, Rennes\",8,\"P177|ARS\",2023-09-01,ELIGIBLE\r\n"
        + "\"the \"\"other\"\"\nCHRS\",8,P177,2023-09-01,ELIGIBLE\r\n");
    // when
    CaseTable.Results results = table.check(SOCIAL);
    // then
    assertThat(results.cases().map(CaseTable.CaseResult::label)).containsExactly(
        "case 1: funded CHRS, Rennes", "case 2: the \"other\"\nCHRS");
    assertThat(results.cases().forAll(CaseTable.CaseResult::passed)).isTrue();
  }

  @Test
  void readsASemicolonSeparatedCsvAsAFrenchSpreadsheetSavesIt() {
    // given
    CaseTable table = CaseTable.csv("""
        case;casf_item;funding;request_date;verdict
        "CHRS; Rennes";8;P177;2023-09-01;ELIGIBLE
        health insurance;8;ARS;2023-09-01;NOT_ELIGIBLE
        """);
    // when
    CaseTable.Results results = table.check(SOCIAL);
    // then
    assertThat(results.cases().map(CaseTable.CaseResult::label)).containsExactly(
        "case 1: CHRS; Rennes", "case 2: health insurance");
    assertThat(results.cases().forAll(CaseTable.CaseResult::passed)).isTrue();
  }

  @Test
  void readCsvGivesEveryMistakeOfTheTableAsTypedReasonsInEachLanguage() {
    // when
    var read = CaseTable.readCsv("funding,request_date\nP177\nP177,2023-09-01,x\n");
    // then
    assertThat(read.getError().map(Reason::code)).containsExactly("CASE_TABLE_NO_VERDICT",
        "CASE_TABLE_ROW_WIDTH", "CASE_TABLE_ROW_WIDTH");
    assertThat(read.getError().get(1).message(Locale.FRENCH))
        .startsWith("le cas n° 1 (sous l'en-tête) a 1 cellules, l'en-tête 2");
    assertThat(read.getError().get(2).message(Locale.GERMAN))
        .startsWith("Fallzeile 2 (unter der Kopfzeile) hat 3 Zellen, die Kopfzeile 2");
    assertThat(read.getError().head().message(Locale.ITALIAN))
        .startsWith("una tabella dei casi richiede una colonna verdict");
  }

  @Test
  void readCsvRefusesAQuoteNeverClosedNamingItsLine() {
    // when
    var read = CaseTable.readCsv("case,verdict\nok,ELIGIBLE\n\"open,ELIGIBLE\n");
    // then
    assertThat(read.getError()).containsExactly(new CaseTableReason.UnterminatedQuote(3));
  }

  @Test
  void resultsNameTheUnknownColumnsInTheLanguageAsked() {
    // when
    var results = CaseTable.readMarkdown("| fundng | verdict |\n|---|---|\n| P177 | ELIGIBLE |")
        .get().results(SOCIAL, Locale.FRENCH);
    // then
    assertThat(results.getError()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo("CASE_TABLE_UNKNOWN_COLUMN");
      assertThat(reason.message(Language.FR)).startsWith("colonne(s) inconnue(s) fundng ;");
    });
  }

  @Test
  void checkGivesEveryCasesResultAsValuesWithoutJUnit() {
    // when
    CaseTable.Results results = CaseTable.markdown(TABLE).check(SOCIAL);
    // then
    assertThat(results.cases().map(CaseTable.CaseResult::label)).containsExactly(
        "case 1: funded CHRS", "case 2: health insurance", "case 3: after the window",
        "case 4: no L.312-1 item");
    assertThat(results.cases().forAll(CaseTable.CaseResult::passed)).isTrue();
    assertThat(results.undecidedRules()).isEmpty();
    assertThat(results.passed()).isTrue();
  }

  @Test
  void checkSaysWhatDifferedInAFailedCase() {
    // given
    CaseTable wrong = CaseTable.csv("""
        case,casf_item,funding,request_date,verdict,reasons
        wrong,8,ARS|OWN,2023-09-01,ELIGIBLE,FACT_MISSING
        """);
    // when
    CaseTable.Results results = wrong.check(SOCIAL);
    // then
    assertThat(results.passed()).isFalse();
    assertThat(results.cases().head().differences()).containsExactly(
        "verdict: expected ELIGIBLE, got NOT_ELIGIBLE",
        "reasons: expected FACT_MISSING, got CONDITION_NOT_MET");
  }

  @Test
  void checkNamesTheRulesNoCaseDecided() {
    // given the date unknown: requestedInWindow stays undecided
    CaseTable partial = CaseTable.markdown("""
        | casf_item | funding | verdict      |
        |-----------|---------|--------------|
        | 8         | P177    | UNDETERMINED |
        """);
    // when
    CaseTable.Results results = partial.check(SOCIAL);
    // then
    assertThat(results.cases().head().passed()).isTrue();
    assertThat(results.undecidedRules()).containsExactly("requestedInWindow");
    assertThat(results.passed()).isFalse();
  }

  @Test
  void checkTellsACaseWhoseFactsCannotBeRead() {
    // given
    CaseTable bad = CaseTable.markdown("""
        | funding | request_date | verdict  |
        |---------|--------------|----------|
        | BANK    | 2023-13-45   | ELIGIBLE |
        """);
    // when
    CaseTable.CaseResult result = bad.check(SOCIAL).cases().head();
    // then
    assertThat(result.passed()).isFalse();
    assertThat(result.differences().head()).startsWith("the case's facts cannot be read: ")
        .contains("UNKNOWN_VALUE");
  }

  @Test
  void checkWordsWhatDifferedAndWhyACellCannotBeReadInTheLanguageAsked() {
    // given
    CaseTable table = CaseTable.csv("""
        case,casf_item,funding,request_date,verdict,reasons
        wrong,8,ARS|OWN,2023-09-01,ELIGIBLE,FACT_MISSING
        bad,8,BANK,2023-09-01,ELIGIBLE,
        """);
    // when
    CaseTable.Results french = table.check(SOCIAL, Language.FR);
    CaseTable.Results english = table.check(SOCIAL, Language.EN);
    // then: each reason that refused a cell with its message, in that language
    assertThat(french.cases().head().differences()).containsExactly(
        "verdict : attendu ELIGIBLE, obtenu NOT_ELIGIBLE",
        "reasons : attendu FACT_MISSING, obtenu CONDITION_NOT_MET");
    assertThat(french.cases().last().differences()).singleElement().asString()
        .startsWith("les faits du cas ne peuvent être lus : UNKNOWN_VALUE (")
        .contains("BANK");
    assertThat(english.cases().last().differences()).singleElement().asString()
        .startsWith("the case's facts cannot be read: UNKNOWN_VALUE (").contains("BANK")
        .isNotEqualTo(french.cases().last().differences().head());
  }

  @Test
  void anEmptySetExpectedOrGotIsWordedInTheLanguageAsked() {
    // given a row that expects no reason where the decision gives one
    CaseTable table = CaseTable.csv("""
        casf_item,funding,request_date,verdict,reasons
        8,ARS,2023-09-01,NOT_ELIGIBLE,
        """);
    // when
    Seq<String> words = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN)
        .map(locale -> table.check(SOCIAL, locale).cases().head().differences().head());
    // then
    assertThat(words).containsExactly(
        "reasons : attendu aucun, obtenu CONDITION_NOT_MET",
        "reasons: expected none, got CONDITION_NOT_MET",
        "reasons: erwartet keine, erhalten CONDITION_NOT_MET",
        "reasons: atteso nessuno, ottenuto CONDITION_NOT_MET");
  }

  @Test
  void aDeclaredYesOrNoFactIsReadInTheWordsOfTheStructuresYesOrNoColumn() {
    // given: a policy with a fact of its own, and cells written as a person would
    Fact<Boolean> charter = Fact.of("signed_charter", Boolean.class,
        Text.of("La charte est-elle signée ?", "Is the charter signed?"));
    Policy signed = Policy.of("signed", Text.of("signée", "signed"), List.of(
        Rule.condition("charterSigned", Text.of("charte", "charter"), charter, yes -> yes)
            .citing(CASF))).get();
    CaseTable table = CaseTable.markdown("""
        | signed_charter | verdict      |
        |----------------|--------------|
        | yes            | ELIGIBLE     |
        | Oui            | ELIGIBLE     |
        | true           | ELIGIBLE     |
        | 1              | ELIGIBLE     |
        | no             | NOT_ELIGIBLE |
        | non            | NOT_ELIGIBLE |
        | 0              | NOT_ELIGIBLE |
        |                | UNDETERMINED |
        | perhaps        | ELIGIBLE     |
        """);
    // when
    CaseTable.Results results = table.check(signed);
    // then: every case passes but the one that is neither a yes nor a no
    assertThat(results.cases().init().forAll(CaseTable.CaseResult::passed)).isTrue();
    assertThat(results.cases().last().differences()).singleElement().asString()
        .startsWith("the case's facts cannot be read: UNKNOWN_VALUE (")
        .contains("signed_charter").contains("perhaps");
    // and a row's every refusal is told at once, the structure's and the declared fact's
    assertThat(CaseTable.csv("""
        funding,signed_charter,verdict
        BANK,perhaps,ELIGIBLE
        """).check(signed).cases().head().differences()).singleElement().asString()
        .contains("UNKNOWN_VALUE (").contains("BANK").contains("perhaps");
  }

  @Test
  void checkRefusesAnUnknownColumnAsRunDoes() {
    assertThatIllegalArgumentException().isThrownBy(() -> CaseTable.markdown("""
        | fundng | verdict |
        |--------|---------|
        | P177   | ELIGIBLE |
        """).check(SOCIAL)).withMessageContaining("fundng");
  }

  @Test
  void aMarkdownCasesNameKeepsItsCommas() {
    // given
    CaseTable table = CaseTable.markdown("""
        | case                      | casf_item | funding   | request_date | verdict  |
        |---------------------------|-----------|-----------|--------------|----------|
        | funded CHRS, two funders  | 8         | P177, ARS | 2023-09-01   | ELIGIBLE |
        """);
    // when
    CaseTable.Results results = table.check(SOCIAL);
    // then
    assertThat(results.cases().head().label()).isEqualTo("case 1: funded CHRS, two funders");
    assertThat(results.cases().head().passed()).isTrue();
  }
}
