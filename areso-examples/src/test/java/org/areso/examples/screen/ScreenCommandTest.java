package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.ProgrammeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

  static final Path SAMPLE = Path.of("..", "examples", "screening-sample.csv");

  private static final Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> CATALOGUE =
      () -> Validation.valid(ScreeningProgramme.catalogue());

  @TempDir
  Path directory;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ScreenCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CATALOGUE);
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

  @Test
  void theSampleFileGivesTheExpectedOutputAndExitsWithOneForItsInvalidRows()
      throws IOException {
    // given
    String expected = Files.readString(
        Path.of("src", "test", "resources", "screening-sample.expected.csv"));
    // when
    int status = run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01", "--lang", "en",
        SAMPLE.toString());
    // then
    assertThat(out()).isEqualTo(expected);
    assertThat(status).isEqualTo(1);
    assertThat(err()).isEqualTo(
        "areso screen: 21 rows, 5 eligible, 6 not eligible, 3 undetermined, 7 invalid\n");
  }

  @Test
  void theSampleFileCoversEveryVerdict() throws IOException {
    // when
    run("--quiet", "--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        SAMPLE.toString());
    // then
    assertThat(out().lines().skip(1).map(line -> line.split(",")[1]).distinct())
        .containsExactlyInAnyOrder("ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED", "INVALID");
  }

  @Test
  void exitsWithZeroWhenEveryRowWasScreened() throws IOException {
    // given
    Path file = file("\uFEFFid,casf_item,funding\r\na,8,P177\r\nb,8,OWN\r\nc,,\r\n");
    // when
    int status = run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        file.toString());
    // then
    assertThat(status).isZero();
    assertThat(out()).isEqualTo("id,verdict,reasons,missing\na,ELIGIBLE,,\n"
        + "b,NOT_ELIGIBLE,CONDITION_NOT_MET:fundedByStateBudgetProgramme,\n"
        + "c,UNDETERMINED,FACT_MISSING:casf_item|FACT_MISSING:funding,casf_item|funding\n");
    assertThat(err()).isEqualTo("areso screen : 3 lignes, 1 éligibles, 1 non éligibles, "
        + "1 indéterminées, 0 invalides\n");
  }

  @Test
  void readsMalformedUtf8AsAnInvalidRowNotAnError() throws IOException {
    // given
    Path file = directory.resolve("latin1.csv");
    Files.write(file, "id,name\na,caf\u00e9\nb,ok\n".getBytes(StandardCharsets.ISO_8859_1));
    // when
    int status = run("--quiet", "--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        file.toString());
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out()).contains("a,INVALID,MALFORMED_TEXT:name,\n")
        .contains("b,UNDETERMINED,");
  }

  @Test
  void showsProgressEveryTenThousandRowsOnStandardErrorUnlessQuiet() throws IOException {
    // given
    StringBuilder csv = new StringBuilder("id,casf_item,funding\n");
    for (int i = 0; i < 25_000; i++) {
      csv.append('r').append(i).append(",8,P177\n");
    }
    Path file = file(csv.toString());
    // when
    int status = run("--lang", "en", "--programme", ScreeningPolicies.ID, "--date",
        "2023-09-01", file.toString());
    // then
    assertThat(status).isZero();
    assertThat(err()).isEqualTo("\rareso screen: 10000 rows…\rareso screen: 20000 rows…\n"
        + "areso screen: 25000 rows, 25000 eligible, 0 not eligible, 0 undetermined, "
        + "0 invalid\n");
    assertThat(out().lines().count()).isEqualTo(25_001);
    // and when quiet
    err.reset();
    run("--quiet", "--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        file.toString());
    assertThat(err()).isEmpty();
  }

  @Test
  void aUsageErrorExitsWithTwoAndOneLine() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01")).isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "f.csv")).isEqualTo(2);
    assertThat(run("--date", "2023-09-01", "f.csv")).isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "--date", "01/09/2023", "f.csv"))
        .isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01", "--lang", "de",
        "f.csv")).isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01", "--verbose",
        "f.csv")).isEqualTo(2);
    assertThat(run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01", "a.csv",
        "b.csv")).isEqualTo(2);
    assertThat(err().lines()).hasSize(8).allMatch(line -> line.startsWith("areso screen: "));
    assertThat(out.size()).isZero();
  }

  @Test
  void anUnknownProgrammeExitsWithTwoNamingTheKnownOnes() throws IOException {
    // when
    int status = run("--lang", "en", "--programme", "nope", "--date", "2023-09-01",
        file("id\na\n").toString());
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
    int status = ScreenCommand.run(new String[] {"--lang", "en", "--programme", "areso",
        "--date", "2023-09-01", file("id\n").toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), broken);
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString()
        .startsWith("areso screen: invalid programme catalogue: DUPLICATE_VALUE");
  }

  @Test
  void anUnreadableFileExitsWithTwoAndOneLine() {
    // when
    int missing = run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        directory.resolve("missing.csv").toString());
    int folder = run("--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        directory.toString());
    // then
    assertThat(missing).isEqualTo(2);
    assertThat(folder).isEqualTo(2);
    assertThat(err().lines()).hasSize(2).allMatch(line -> line.contains("fichier illisible"));
    assertThat(out.size()).isZero();
  }

  @Test
  void aFileWithoutIdColumnExitsWithTwo() throws IOException {
    // when
    int status = run("--lang", "en", "--programme", ScreeningPolicies.ID, "--date", "2023-09-01",
        file("name,siret\na,b\n").toString());
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err()).endsWith(": COLUMN_MISSING The header has no 'id' column.\n");
    assertThat(out.size()).isZero();
  }
}
