package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScreeningProperties {

  private static final String HEADER = "id,name,country,siret,finess,finess_category,casf_item,"
      + "funding,legal_form,headcount,staff_representation,region,departement,canton,notes";

  private static final Screening SCREENING =
      Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1));

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> hostile = Arbitraries.strings()
        .withChars("\",\r\n\t=+-@|; \u0000\u001b\uFFFD\uFEFF")
        .withCharRange('0', '9').withChars("PARSFOUNDyesno")
        .ofMaxLength(12);
    Arbitrary<String> known = Arbitraries.of("", "8", "5a|7", "P177", "P177|ARS", "OWN", "FR",
        "CH", "VD", "75", "732 829 320 00074", "750712184", "214", "yes", "no", "42", "x");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(20);
    Arbitrary<String> cell = Arbitraries.frequencyOf(
        io.vavr.Tuple.of(4, known).apply(net.jqwik.api.Tuple::of),
        io.vavr.Tuple.of(3, hostile).apply(net.jqwik.api.Tuple::of),
        io.vavr.Tuple.of(1, any).apply(net.jqwik.api.Tuple::of));
    return cell.list().ofMinSize(1).ofMaxSize(18).list().ofMaxSize(30);
  }

  /** Writes each record as RFC 4180 asks, every cell quoted, with LF or CRLF line ends. */
  private static String csv(List<List<String>> records, boolean crlf) {
    StringBuilder out = new StringBuilder(HEADER).append(crlf ? "\r\n" : "\n");
    for (List<String> record : records) {
      for (int i = 0; i < record.size(); i++) {
        out.append(i == 0 ? "" : ",").append('"')
            .append(record.get(i).replace("\"", "\"\"")).append('"');
      }
      out.append(crlf ? "\r\n" : "\n");
    }
    return out.toString();
  }

  @Property(tries = 300)
  void eachRecordGivesExactlyOneOutputLineAndNeverAnException(
      @ForAll("records") List<List<String>> records, @ForAll boolean crlf) throws IOException {
    // given
    StringWriter out = new StringWriter();
    // when
    Tally tally = SCREENING.screen(new StringReader(csv(records, crlf)), out, n -> { }, 7).get();
    // then
    assertThat(tally.rows()).isEqualTo(records.size());
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(records.size() + 1);
    for (String line : lines.subList(1, lines.size())) {
      assertThat(CsvCell.isFormulaLike(line)).isFalse();
      assertThat(line).matches("(\"'?[^\"]*(\"\"[^\"]*)*\"|[^\",]*),"
          + "(ELIGIBLE|NOT_ELIGIBLE|UNDETERMINED|INVALID),[A-Z_]*(:[A-Za-z0-9_.-]*)?"
          + "(\\|[A-Z_]+(:[A-Za-z0-9_.-]*)?)*,[a-z_|]*");
    }
  }

  @Property(tries = 200)
  void everyRowIsScreenedWhateverTheOtherRowsHold(
      @ForAll("records") List<List<String>> records) throws IOException {
    // given a good row after arbitrary rows
    String csv = csv(records, false) + "\"last\",,,,,,8,P177\n";
    StringWriter out = new StringWriter();
    // when
    SCREENING.screen(new StringReader(csv), out, n -> { }, 100);
    // then
    assertThat(out.toString()).endsWith("\nlast,ELIGIBLE,,\n");
  }
}
