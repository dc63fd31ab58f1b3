package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningTest {

  private static final Screening SCREENING =
      Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1));

  private final List<Long> progress = new ArrayList<>();

  private Either<ScreeningReason, String> screen(String csv) throws IOException {
    StringWriter out = new StringWriter();
    return SCREENING.screen(new StringReader(csv), out, progress::add, 2)
        .map(tally -> out.toString());
  }

  /** The output lines after the header. */
  private List<String> lines(String csv) throws IOException {
    String out = screen(csv).get();
    assertThat(out).startsWith(Screening.HEADER + "\n");
    return out.lines().skip(1).toList();
  }

  private String line(String header, String row) throws IOException {
    return lines(header + "\n" + row + "\n").get(0);
  }

  @Test
  void writesOneLinePerRowInInputOrderWithEachVerdict() throws IOException {
    // given
    String csv = """
        id,casf_item,funding
        a,8,P177|ARS
        b,8,ARS
        c,,P177
        d,8,NOPE
        """;
    // when
    List<String> lines = lines(csv);
    // then
    assertThat(lines).containsExactly(
        "a,ELIGIBLE,,",
        "b,NOT_ELIGIBLE,CONDITION_NOT_MET:fundedByStateBudgetProgramme,",
        "c,UNDETERMINED,FACT_MISSING:casf_item,casf_item",
        "d,INVALID,UNKNOWN_VALUE:funding,");
  }

  @Test
  void missingFactsAreSortedAndPipeSeparated() throws IOException {
    assertThat(line("id,name", "x,Foyer"))
        .isEqualTo("x,UNDETERMINED,FACT_MISSING:casf_item|FACT_MISSING:funding,casf_item|funding");
  }

  @Test
  void theRequestDateComesFromTheScreening() throws IOException {
    // given a screening on a date outside the programme's window
    Screening late = Screening.of(ScreeningPolicies.policy(), LocalDate.of(2025, 1, 1));
    StringWriter out = new StringWriter();
    // when
    late.screen(new StringReader("id,casf_item,funding\na,8,P177\n"), out, n -> { }, 10);
    // then
    assertThat(out.toString()).endsWith("a,NOT_ELIGIBLE,CONDITION_NOT_MET:requestedInWindow,\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "name;bell\u0007ring;FIELD_MALFORMED:name",
      "country;XX;UNKNOWN_VALUE:country",
      "siret;73282932000075;CHECK_DIGIT_MISMATCH:siret",
      "siren;732829321;CHECK_DIGIT_MISMATCH:siren",
      "finess;750712185;CHECK_DIGIT_MISMATCH:finess",
      "uid;CHE-123.456.789;CHECK_DIGIT_MISMATCH:uid",
      "finess_category;abc;FIELD_MALFORMED:finess_category",
      "casf_item;99;UNKNOWN_VALUE:casf_item",
      "funding;SUBVENTION;UNKNOWN_VALUE:funding",
      "legal_form;trust;UNKNOWN_VALUE:legal_form",
      "headcount;beaucoup;FIELD_MALFORMED:headcount",
      "staff_representation;maybe;UNKNOWN_VALUE:staff_representation",
      "region;Atlantis;UNKNOWN_VALUE:region",
      "departement;00;UNKNOWN_VALUE:departement",
      "canton;ZZ;UNKNOWN_VALUE:canton",
      "context;URGENT;UNKNOWN_VALUE:context",
      "format;" + "f" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
          + ";FIELD_TOO_LONG:format"})
  void eachColumnReachesTheStructureOrTheFactsAndABadCellNamesItsColumn(String column,
      String value, String reason) throws IOException {
    // when
    String line = line("id," + column, "r1,\"" + value + "\"");
    // then
    assertThat(line).startsWith("r1,INVALID,");
    assertThat(line.split(",", -1)[2].split("\\|")).contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "name;Foyer;x,UNDETERMINED", "country;FR;x,UNDETERMINED",
      "siret;732 829 320 00074;x,UNDETERMINED", "siren;732829320;x,UNDETERMINED",
      "finess;750712184;x,UNDETERMINED", "finess_category;214;x,UNDETERMINED",
      "legal_form;association;x,UNDETERMINED", "headcount;42;x,UNDETERMINED",
      "staff_representation;oui;x,UNDETERMINED", "region;84;x,UNDETERMINED",
      "departement;69;x,UNDETERMINED", "format;seminar;x,UNDETERMINED",
      "context;preventive;x,UNDETERMINED"})
  void eachColumnAcceptsAGoodValue(String column, String value, String expected)
      throws IOException {
    assertThat(line("id," + column, "x," + value)).startsWith(expected + ",");
  }

  @Test
  void theCasfItemsAndFundingColumnsDecideTheTestProgramme() throws IOException {
    assertThat(line("funding,casf_item,id", "P304|DEPARTEMENT,5a|7,x")).isEqualTo("x,ELIGIBLE,,");
    assertThat(line("funding,casf_item,id", "OWN,5a,x"))
        .isEqualTo("x,NOT_ELIGIBLE,CONDITION_NOT_MET:fundedByStateBudgetProgramme,");
  }

  @Test
  void columnsAreMatchedIgnoringCaseAndSpacesAndUnknownColumnsAreIgnored() throws IOException {
    assertThat(line(" ID ,Notes,CASF_Item, Funding", "x,\"=evil()\",8,P177"))
        .isEqualTo("x,ELIGIBLE,,");
  }

  @Test
  void aCellOfOnlySpacesIsUnknown() throws IOException {
    assertThat(line("id,casf_item,funding", "x,  ,P177"))
        .isEqualTo("x,UNDETERMINED,FACT_MISSING:casf_item,casf_item");
  }

  @Test
  void aShortRowLeavesTheMissingCellsUnknown() throws IOException {
    assertThat(line("id,funding,casf_item", "x,P177"))
        .isEqualTo("x,UNDETERMINED,FACT_MISSING:casf_item,casf_item");
  }

  @Test
  void everyReasonOfARowIsReportedNotOnlyTheFirst() throws IOException {
    // when
    String line = line("id,siret,funding,canton,country", "x,73282932000075,NOPE,VD,FR");
    // then
    assertThat(line).isEqualTo(
        "x,INVALID,CHECK_DIGIT_MISMATCH:siret|UNKNOWN_VALUE:funding|INCONSISTENT_FIELDS:canton,");
  }

  @Test
  void aRowWithoutIdentifierIsInvalidAndTheOthersAreStillScreened() throws IOException {
    // when
    List<String> lines = lines("id,casf_item,funding\n,8,P177\n  ,8,P177\nok,8,P177\n");
    // then
    assertThat(lines).containsExactly(",INVALID,FIELD_BLANK:id,", ",INVALID,FIELD_BLANK:id,",
        "ok,ELIGIBLE,,");
  }

  @Test
  void anIdentifierTooLongOrWithControlCharactersIsInvalidAndShownShortenedAndPrintable()
      throws IOException {
    // when
    List<String> lines = lines("id\n" + "i".repeat(200) + "\n\"a\u0000b\"\n");
    // then
    assertThat(lines).containsExactly("i".repeat(64) + "…,INVALID,FIELD_TOO_LONG:id,",
        "a\uFFFDb,INVALID,FIELD_MALFORMED:id,");
  }

  @Test
  void identifiersThatStartLikeFormulasAreNeutralised() throws IOException {
    // when
    List<String> lines = lines("id,casf_item,funding\n=1+1,8,P177\n-42,8,P177\n"
        + "@cmd,8,P177\n+1,8,P177\n\"\tx\",8,P177\n");
    // then
    assertThat(lines).containsExactly("\"'=1+1\",ELIGIBLE,,", "\"'-42\",ELIGIBLE,,",
        "\"'@cmd\",ELIGIBLE,,", "\"'+1\",ELIGIBLE,,", "x,ELIGIBLE,,");
  }

  @Test
  void anIdentifierWithACommaOrAQuoteIsQuoted() throws IOException {
    assertThat(line("id", "\"a,\"\"b\"\"\"")).startsWith("\"a,\"\"b\"\"\",UNDETERMINED,");
  }

  @Test
  void aOneMegabyteCellIsAnInvalidRowNamingItsColumnAndTheNextRowIsScreened()
      throws IOException {
    // given
    String huge = "A".repeat(1024 * 1024);
    String csv = "id,name,notes\nx,\"" + huge + "\",n\ny,Foyer," + huge + "\nz,Foyer,n\n";
    // when
    List<String> lines = lines(csv);
    // then
    assertThat(lines).containsExactly("x,INVALID,CELL_TOO_LONG:name,",
        "y,INVALID,CELL_TOO_LONG:notes,", "z,UNDETERMINED,"
            + "FACT_MISSING:casf_item|FACT_MISSING:funding,casf_item|funding");
  }

  @Test
  void aTenThousandColumnRowIsAnInvalidRowAndTheNextRowIsScreened() throws IOException {
    // given
    String csv = "id,casf_item,funding\nx,8,P177" + ",v".repeat(9_997) + "\ny,8,P177\n";
    // when
    List<String> lines = lines(csv);
    // then
    assertThat(lines).containsExactly("x,INVALID,TOO_MANY_CELLS,", "y,ELIGIBLE,,");
  }

  @Test
  void textThatWasNotUtf8IsAnInvalidRowNamingItsColumn() throws IOException {
    assertThat(line("id,name", "x,caf\uFFFD")).isEqualTo("x,INVALID,MALFORMED_TEXT:name,");
  }

  @Test
  void aMissingClosingQuoteIsAnInvalidRow() throws IOException {
    assertThat(lines("id,name\nx,\"Foyer\ny,b\n"))
        .containsExactly("x,INVALID,UNTERMINATED_QUOTE|FIELD_MALFORMED:name,");
  }

  @Test
  void aTooLongCellInAnUnknownColumnNamesItCleaned() throws IOException {
    assertThat(line("id,\"my|notes=\"", "x," + "n".repeat(70_000)))
        .isEqualTo("x,INVALID,CELL_TOO_LONG:my_notes_,");
  }

  @Test
  void progressIsToldEveryNRows() throws IOException {
    // when
    screen("id\na\nb\nc\nd\ne\n");
    // then
    assertThat(progress).containsExactly(2L, 4L);
  }

  @Test
  void theTallyCountsEachVerdict() throws IOException {
    // when
    Tally tally = SCREENING.screen(new StringReader(
        "id,casf_item,funding\na,8,P177\nb,8,OWN\nc,8,\nd,8,X\ne,8,P177\n"),
        new StringWriter(), n -> { }, 10).get();
    // then
    assertThat(tally).isEqualTo(new Tally(2, 1, 1, 1));
    assertThat(tally.rows()).isEqualTo(5);
  }

  @Test
  void aHeaderThatCannotBeUsedIsRefusedAndNothingIsWritten() throws IOException {
    assertThat(screen("").getLeft().code()).isEqualTo("HEADER_MISSING");
    assertThat(screen("\n\n").getLeft().code()).isEqualTo("HEADER_MISSING");
    assertThat(screen("name,siret\nx,y\n").getLeft())
        .isEqualTo(new ScreeningReason.ColumnMissing("id"));
    assertThat(screen("id,siret,SIRET\n").getLeft())
        .isEqualTo(new ScreeningReason.DuplicateColumn("siret"));
    assertThat(screen("id" + ",c".repeat(1_000) + "\n").getLeft().code())
        .isEqualTo("HEADER_TOO_LARGE");
    assertThat(screen("id,\"" + "c".repeat(70_000) + "\"\n").getLeft().code())
        .isEqualTo("HEADER_TOO_LARGE");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1_000})
  void aColumnNamedAsAFactThePolicyDeclaresIsReadAsThatFact(int cacheLimit) throws IOException {
    // given: the AURA call's policy, whose own fact private_non_profit a host declares for a
    // structure of another legal form, and the same rows with the cache on and off
    Screening aura = Screening.of(AuraDialogueQvtPolicy.policy(), LocalDate.of(2022, 9, 15))
        .withCacheLimit(cacheLimit);
    StringWriter out = new StringWriter();
    // when
    aura.screen(new StringReader("""
        id,country,departement,legal_form,casf_item,Private_Non_Profit
        declared,FR,69,OTHER,8,oui
        for-profit,FR,69,OTHER,8,no
        not-said,FR,69,OTHER,8,
        blank,FR,69,OTHER,8,"  "
        unreadable,FR,69,OTHER,8,perhaps
        """), out, rows -> { }, 100);
    // then
    assertThat(out.toString().lines().skip(1)).containsExactly(
        "declared,ELIGIBLE,,",
        "for-profit,NOT_ELIGIBLE,CONDITION_NOT_MET:hasNonProfitLegalForm"
            + "|CONDITION_NOT_MET:declaredPrivateNonProfit,",
        "not-said,UNDETERMINED,CONDITION_NOT_MET:hasNonProfitLegalForm"
            + "|FACT_MISSING:private_non_profit,private_non_profit",
        "blank,UNDETERMINED,CONDITION_NOT_MET:hasNonProfitLegalForm"
            + "|FACT_MISSING:private_non_profit,private_non_profit",
        "unreadable,INVALID,UNKNOWN_VALUE:private_non_profit,");
    assertThat(aura.screen(new StringReader("id,private_non_profit,PRIVATE_NON_PROFIT\n"),
        new StringWriter(), rows -> { }, 100).getLeft())
        .isEqualTo(new ScreeningReason.DuplicateColumn("private_non_profit"));
  }

  @Test
  void aFactThePolicyDeclaresUnderAColumnsNameIsReadAsBoth() throws IOException {
    // given: a policy of its own on the département, which no standard fact gives
    Fact<String> departement = Fact.of("departement", String.class,
        Text.of("Département ?", "Département?"));
    Policy illeEtVilaine = Policy.of("ille-et-vilaine", Text.of("35", "35"), io.vavr.collection.List.of(
        Rule.condition("inIlleEtVilaine", Text.of("en Ille-et-Vilaine", "in Ille-et-Vilaine"),
            departement, "35"::equals).citing(LegalReference.builder().code("Pilote")
                .article("1").verified(false).build().get()))).get();
    StringWriter out = new StringWriter();
    // when
    Screening.of(illeEtVilaine, LocalDate.of(2025, 1, 6)).screen(new StringReader("""
        id,departement
        rennes,35
        brest,29
        unknown,
        """), out, rows -> { }, 100);
    // then: the fact is read, and the structure's département too (Brest's is valid)
    assertThat(out.toString().lines().skip(1)).containsExactly(
        "rennes,ELIGIBLE,,",
        "brest,NOT_ELIGIBLE,CONDITION_NOT_MET:inIlleEtVilaine,",
        "unknown,UNDETERMINED,FACT_MISSING:departement,departement");
  }

  @Test
  void aHeaderWithoutRowsWritesTheOutputHeaderOnly() throws IOException {
    assertThat(screen("id,name\n").get()).isEqualTo(Screening.HEADER + "\n");
  }

  @Test
  void everyScreeningReasonHasAMessageInBothLanguages() {
    List<ScreeningReason> reasons = List.of(new ScreeningReason.HeaderMissing(),
        new ScreeningReason.ColumnMissing("id"), new ScreeningReason.DuplicateColumn("siret"),
        new ScreeningReason.HeaderTooLarge(2000, 1000),
        new ScreeningReason.CellTooLong("name", 10), new ScreeningReason.TooManyCells(5, 3),
        new ScreeningReason.UnterminatedQuote(), new ScreeningReason.MalformedText("name"));
    for (ScreeningReason reason : reasons) {
      assertThat(reason.code()).matches("[A-Z_]+");
      assertThat(reason.message(org.areso.core.kernel.Language.FR))
          .isNotEqualTo(reason.message(org.areso.core.kernel.Language.EN)).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fundedByStateBudgetProgramme", "requestDate", "casf_item.l312-1",
      "règle 1|2", "é", "a,b\"c", "",
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "plain then é"})
  void aSubjectIsAppendedAsItIsCleaned(String subject) {
    // given: the line the screening writes into
    StringBuilder line = new StringBuilder("ID,");
    // when
    Screening.appendClean(line, subject);
    // then
    assertThat(line.toString()).isEqualTo("ID," + Screening.clean(subject));
    assertThat(Screening.clean(subject)).matches("[A-Za-z0-9_.-]{0,64}");
  }
}
