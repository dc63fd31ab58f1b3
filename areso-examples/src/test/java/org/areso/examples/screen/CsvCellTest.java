package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

  private static String written(String cell) {
    StringBuilder out = new StringBuilder();
    CsvCell.append(out, cell);
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+33 1 23", "-42", "@SUM(A1)", "\tx", "\rx",
      "=HYPERLINK(\"http://evil\",\"x\")"})
  void aCellThatStartsLikeAFormulaIsPrefixedWithAQuoteAndQuoted(String cell) {
    // when
    String out = written(cell);
    // then
    assertThat(out).startsWith("\"'").endsWith("\"");
    assertThat(out.substring(2, out.length() - 1).replace("\"\"", "\"")).isEqualTo(cell);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
      "plain;plain", "a,b;`\"a,b\"`", "say \"hi\";`\"say \"\"hi\"\"\"`", "a=b;a=b", "'x;'x"})
  void otherCellsAreQuotedOnlyWhenCsvRequires(String cell, String expected) {
    assertThat(written(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb"})
  void aCellWithALineBreakIsQuoted(String cell) {
    assertThat(written(cell)).isEqualTo("\"" + cell + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ELIGIBLE", "CONDITION_NOT_MET:rule|FACT_MISSING:funding"})
  void codesAreWrittenAsTheyAre(String cell) {
    assertThat(written(cell)).isEqualTo(cell);
  }
}
