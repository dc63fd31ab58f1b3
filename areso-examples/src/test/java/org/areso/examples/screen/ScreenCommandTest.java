package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.examples.Input;
import org.areso.examples.screen.ScreenCommand.Report;
import org.areso.examples.screen.ScreenCommand.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenCommandTest {

  static final Path SAMPLE = Path.of("..", "examples", "screening-sample.csv");

  private static final LocalDate DATE = LocalDate.of(2023, 9, 1);
  private static final Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> CATALOGUE =
      () -> Validation.valid(ScreeningProgramme.catalogue());

  @TempDir
  Path directory;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static Request request(Path file, Language language, Report report) {
    return request(Either.left(ScreeningPolicies.ID), Input.file(file.toString()), language,
        report);
  }

  private static Request request(Either<String, Input> policy, Input csv, Language language,
      Report report) {
    return new Request(policy, DATE, csv, language.locale(), report);
  }

  private int run(Request request) {
    return run(request, CATALOGUE);
  }

  private int run(Request request,
      Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> catalogue) {
    return ScreenCommand.run(request, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), catalogue);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String text) throws IOException {
    return Files.writeString(directory.resolve("export.csv"), text, StandardCharsets.UTF_8);
  }

  private static byte[] rows(int count) {
    StringBuilder csv = new StringBuilder("id,casf_item,funding\n");
    for (int i = 0; i < count; i++) {
      csv.append('r').append(i).append(",8,P177\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSampleFileGivesTheExpectedOutputAndExitsWithOneForItsInvalidRows()
      throws IOException {
    // given
    String expected = Files.readString(
        Path.of("src", "test", "resources", "screening-sample.expected.csv"));
    // when
    int status = run(request(SAMPLE, Language.EN, Report.SUMMARY));
    // then
    assertThat(out()).isEqualTo(expected);
    assertThat(status).isEqualTo(1);
    assertThat(err()).isEqualTo(
        "areso screen: 21 rows, 5 eligible, 6 not eligible, 3 undetermined, 7 invalid\n");
  }

  @Test
  void theSampleFileCoversEveryVerdict() {
    // when
    run(request(SAMPLE, Language.FR, Report.QUIET));
    // then
    assertThat(out().lines().skip(1).map(line -> line.split(",")[1]).distinct())
        .containsExactlyInAnyOrder("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED", "INVALID");
  }

  @Test
  void exitsWithZeroWhenEveryRowWasScreened() throws IOException {
    // given
    Path file = file("\uFEFFid,casf_item,funding\r\na,8,P177\r\nb,8,OWN\r\nc,,\r\n");
    // when
    int status = run(request(file, Language.FR, Report.SUMMARY));
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo("id,verdict,reasons,missing\na,ELIGIBLE,,\n"
        + "b,NOT_ELIGIBLE,CONDITION_NOT_MET:fundedByStateBudgetProgramme,\n"
        + "c,UNDETERMINED,FACT_MISSING:casf_item|FACT_MISSING:funding,casf_item|funding\n");
    assertThat(err()).isEqualTo("areso screen : 3 lignes, 1 éligible, 1 non éligible, "
        + "1 indéterminée, 0 invalide\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr | areso screen : 1 ligne, 1 éligible, 0 non éligible, 0 indéterminée, 0 invalide"
          + " | areso screen : 8 lignes, 2 éligibles, 2 non éligibles, 2 indéterminées,"
          + " 2 invalides",
      "en | areso screen: 1 row, 1 eligible, 0 not eligible, 0 undetermined, 0 invalid"
          + " | areso screen: 8 rows, 2 eligible, 2 not eligible, 2 undetermined, 2 invalid",
      "de | areso screen: 1 Zeile, 1 berechtigt, 0 nicht berechtigt, 0 offen, 0 ungültig"
          + " | areso screen: 8 Zeilen, 2 berechtigt, 2 nicht berechtigt, 2 offen, 2 ungültig",
      "it | areso screen: 1 riga, 1 ammissibile, 0 non ammissibili, 0 indeterminate,"
          + " 0 non valide | areso screen: 8 righe, 2 ammissibili, 2 non ammissibili,"
          + " 2 indeterminate, 2 non valide"})
  void theSummaryCountsInTheSingularOrThePluralOfEachLanguage(String language, String one,
      String eight) {
    // given
    Locale locale = Locale.forLanguageTag(language);
    // when
    String single = ScreenCommand.summary(new Tally(1, 0, 0, 0)).in(locale);
    String several = ScreenCommand.summary(new Tally(2, 2, 2, 2)).in(locale);
    // then
    assertThat(List.of(single, several)).containsExactly(one, eight);
  }

  @Test
  void readsMalformedUtf8AsAnInvalidRowNotAnError() throws IOException {
    // given
    Path file = directory.resolve("latin1.csv");
    Files.write(file, "id,name\na,caf\u00e9\nb,ok\n".getBytes(StandardCharsets.ISO_8859_1));
    // when
    int status = run(request(file, Language.FR, Report.QUIET));
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).contains("a,INVALID,MALFORMED_TEXT:name,\n")
        .contains("b,UNDETERMINED,");
  }

  @Test
  void screensAStreamAsItScreensAFile() {
    // given
    Input in = Input.stream("<stdin>", new ByteArrayInputStream(
        "id,casf_item,funding\na,8,P177\n".getBytes(StandardCharsets.UTF_8)));
    // when
    int status = run(request(Either.left(ScreeningPolicies.ID), in, Language.EN, Report.QUIET));
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo("id,verdict,reasons,missing\na,ELIGIBLE,,\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void showsProgressEveryTenThousandRowsWhenAskedThenTheSummary() {
    // given standard input, whose size is not known
    Input in = Input.stream("<stdin>", new ByteArrayInputStream(rows(25_000)));
    // when
    int status = run(request(Either.left(ScreeningPolicies.ID), in, Language.EN,
        Report.PROGRESS));
    // then
    assertThat(status).isZero();
    assertThat(err()).isEqualTo("\rareso screen: 10000 rows…\rareso screen: 20000 rows…\n"
        + "areso screen: 25000 rows, 25000 eligible, 0 not eligible, 0 undetermined, "
        + "0 invalid\n");
    assertThat(out().lines().count()).isEqualTo(25_001);
  }

  @Test
  void showsTheShareOfAFileReadWithItsProgress() throws IOException {
    // given a file, whose size is known
    Path file = Files.write(directory.resolve("export.csv"), rows(25_000));
    // when
    int status = run(request(file, Language.FR, Report.PROGRESS));
    // then
    String[] lines = err().split("\r", -1);
    assertThat(status).isZero();
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEmpty();
    assertThat(lines[1]).matches("areso screen : 10000 lignes… \\d{1,3} %");
    assertThat(lines[2]).matches("areso screen : 20000 lignes… \\d{1,3} %\n"
        + "areso screen : 25000 lignes, 25000 éligibles, 0 non éligible, 0 indéterminée, "
        + "0 invalide\n");
  }

  @Test
  void showsOnlyTheSummaryOrNothingWhenAsked() throws IOException {
    // given
    Path file = Files.write(directory.resolve("export.csv"), rows(25_000));
    // when
    run(request(file, Language.EN, Report.SUMMARY));
    String summary = err();
    err.reset();
    run(request(file, Language.EN, Report.QUIET));
    // then
    assertThat(summary).isEqualTo("areso screen: 25000 rows, 25000 eligible, 0 not eligible, "
        + "0 undetermined, 0 invalid\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void theSummaryIsWrittenInGermanOrItalianOnRequest() throws IOException {
    // given
    Path file = Files.write(directory.resolve("export.csv"), rows(3));
    // when
    run(new Request(Either.left(ScreeningPolicies.ID), DATE, Input.file(file.toString()),
        java.util.Locale.forLanguageTag("de-CH"), Report.SUMMARY));
    String german = err();
    err.reset();
    run(new Request(Either.left("nope"), DATE, Input.file(file.toString()),
        java.util.Locale.ITALIAN, Report.SUMMARY));
    // then
    assertThat(german).isEqualTo("areso screen: 3 Zeilen, 3 berechtigt, 0 nicht berechtigt,"
        + " 0 offen, 0 ungültig\n");
    assertThat(err()).isEqualTo(
        "areso screen: programma sconosciuto «nope»; noti: screening-test\n");
  }

  @Test
  void theShareReadIsAPercentageAtMostAHundredAndNothingWithoutASize() {
    assertThat(ScreenCommand.share(50, OptionalLong.of(200))).isEqualTo(" 25 %");
    assertThat(ScreenCommand.share(300, OptionalLong.of(200))).isEqualTo(" 100 %");
    assertThat(ScreenCommand.share(0, OptionalLong.of(0))).isEmpty();
    assertThat(ScreenCommand.share(50, OptionalLong.empty())).isEmpty();
  }

  @Test
  void anUnknownProgrammeExitsWithTwoNamingTheKnownOnes() throws IOException {
    // when
    int status = run(request(Either.left("nope"), Input.file(file("id\na\n").toString()),
        Language.EN, Report.SUMMARY));
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err()).isEqualTo(
        "areso screen: unknown programme 'nope'; known: screening-test\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void anInvalidCatalogueExitsWithTwoAndItsReasons() throws IOException {
    // given
    Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> broken =
        () -> Validation.invalid(List.of(new FieldReason.Duplicate("programme", "areso")));
    // when
    int status = run(request(Either.left("areso"), Input.file(file("id\n").toString()),
        Language.EN, Report.SUMMARY), broken);
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("areso screen: invalid programme catalogue: DUPLICATE_VALUE");
  }

  @Test
  void anUnreadableFileExitsWithTwoAndOneLine() {
    // when
    int missing = run(request(directory.resolve("missing.csv"), Language.FR, Report.SUMMARY));
    int folder = run(request(directory, Language.FR, Report.SUMMARY));
    int noPath = run(request(Either.left(ScreeningPolicies.ID), Input.file("a\u0000.csv"),
        Language.FR, Report.SUMMARY));
    // then
    assertThat(missing).isEqualTo(2);
    assertThat(folder).isEqualTo(2);
    assertThat(noPath).isEqualTo(2);
    assertThat(err().lines()).hasSize(3).allMatch(line -> line.contains("fichier illisible"));
    assertThat(out.size()).isZero();
  }

  @Test
  void anUnreadableOrInvalidDraftPolicyExitsWithTwo() throws IOException {
    // given
    Path draft = Files.writeString(directory.resolve("draft.yaml"),
        "policy: draft\ntitle: {fr: x, en: x}\nrules:\n  - rule: r\n    fact: contry\n");
    // when
    int invalid = run(request(Either.right(Input.file(draft.toString())), Input.file(
        SAMPLE.toString()), Language.EN, Report.SUMMARY));
    int missing = run(request(Either.right(Input.file("nowhere.yaml")), Input.file(
        SAMPLE.toString()), Language.EN, Report.SUMMARY));
    // then
    assertThat(invalid).isEqualTo(2);
    assertThat(missing).isEqualTo(2);
    assertThat(err().lines().toList()).allMatch(line -> line.startsWith("areso screen: "))
        .anyMatch(line -> line.startsWith("areso screen: " + draft
            + ":5:11 POLICY_TEXT_UNKNOWN_FACT unknown fact 'contry'"))
        .last().isEqualTo("areso screen: cannot read file: nowhere.yaml (not found)");
    assertThat(out.size()).isZero();
  }

  /** A draft policy file valid during a window, met by any structure in France. */
  private Path dated(String valid) throws IOException {
    return Files.writeString(directory.resolve("dated.yaml"), """
        policy: dated
        title: {fr: Datée, en: Dated}
        %s
        rules:
          - rule: inFrance
            description: {fr: en France, en: in France}
            cites: {code: Charte, article: '1'}
            fact: country
            equals: FR
        """.formatted(valid));
  }

  @Test
  void aDraftPolicyIsNotScreenedOnADateOutsideItsValidPeriod() throws IOException {
    // given DATE, 2023-09-01, after the file's period
    Path draft = dated("valid: {from: 2022-01-01, to: 2022-12-31}");
    // when
    int status = run(request(Either.right(Input.file(draft.toString())), Input.file(
        SAMPLE.toString()), Language.FR, Report.SUMMARY));
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err()).isEqualTo("areso screen: " + draft + " décide des demandes du 2022-01-01"
        + " au 2022-12-31 (valid) ; --date 2023-09-01 est en dehors : choisissez une date de"
        + " cette période, ou changez valid\n");
    assertThat(out.size()).isZero();
  }

  @Test
  void aDraftPolicyIsScreenedOnADateInItsValidPeriod() throws IOException {
    // given
    Path draft = dated("valid: {from: 2023-01-01, to: 2023-12-31}");
    // when
    int status = run(request(Either.right(Input.file(draft.toString())), Input.file(
        file("id,country\na,FR\n").toString()), Language.EN, Report.QUIET));
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo("id,verdict,reasons,missing\na,ELIGIBLE,,\n");
  }

  @Test
  void aFileWithoutIdColumnExitsWithTwo() throws IOException {
    // when
    int status = run(request(file("name,siret\na,b\n"), Language.EN, Report.SUMMARY));
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err()).endsWith(": COLUMN_MISSING The header has no 'id' column.\n");
    assertThat(out.size()).isZero();
  }
}
