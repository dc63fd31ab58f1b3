package org.areso.testkit.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * Why a {@link CaseTable} cannot be read, or run against a policy: a mistake in the table itself,
 * with a stable code and a message in French, English, German and Italian. Every implementation
 * is an immutable, thread-safe record.
 */
public sealed interface CaseTableReason extends Reason {

  /**
   * The message in the language of a locale: French, German, Italian, or English for any other.
   *
   * @param locale the locale, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  @Override
  String message(Locale locale);

  /**
   * The message in French or English.
   *
   * @param language the language, not null
   * @return the message, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  @Override
  default String message(Language language) {
    return message(requireNonNull(language, "language").locale());
  }

  /** The table has no header row: {@code CASE_TABLE_NO_HEADER}. */
  record NoHeader() implements CaseTableReason {
    @Override
    public String code() {
      return "CASE_TABLE_NO_HEADER";
    }

    @Override
    public String message(Locale locale) {
      return Text.of("une table de cas commence par une ligne d'en-tête",
          "a case table starts with a header row",
          "eine Falltabelle beginnt mit einer Kopfzeile",
          "una tabella dei casi inizia con una riga d'intestazione").in(locale);
    }
  }

  /**
   * The header has no {@code verdict} column: {@code CASE_TABLE_NO_VERDICT}.
   *
   * @param header the header's cells, not null
   */
  record NoVerdictColumn(Seq<String> header) implements CaseTableReason {
    /** Creates the reason. @throws NullPointerException if header is null */
    public NoVerdictColumn {
      requireNonNull(header, "header");
    }

    @Override
    public String code() {
      return "CASE_TABLE_NO_VERDICT";
    }

    @Override
    public String message(Locale locale) {
      String columns = header.mkString(", ");
      return Text.of("une table de cas a besoin d'une colonne verdict ; colonnes lues : " + columns,
          "a case table needs a verdict column; columns read: " + columns,
          "eine Falltabelle braucht eine Spalte verdict; gelesene Spalten: " + columns,
          "una tabella dei casi richiede una colonna verdict; colonne lette: " + columns)
          .in(locale);
    }
  }

  /**
   * A row has more or fewer cells than the header: {@code CASE_TABLE_ROW_WIDTH}.
   *
   * @param row the row's 1-based number below the header
   * @param cells its number of cells
   * @param header the header's number of cells
   */
  record RowWidth(int row, int cells, int header) implements CaseTableReason {
    @Override
    public String code() {
      return "CASE_TABLE_ROW_WIDTH";
    }

    @Override
    public String message(Locale locale) {
      // the row is counted among the cases, below the header: not a line of the file
      return Text.of(
          "le cas n° " + row + " (sous l'en-tête) a " + cells + " cellules, l'en-tête " + header
              + " (en CSV, une cellule qui contient le séparateur s'écrit entre guillemets)",
          "case row " + row + " (below the header) has " + cells + " cells, the header " + header
              + " (in CSV, a cell that holds the separator is written in double quotes)",
          "Fallzeile " + row + " (unter der Kopfzeile) hat " + cells + " Zellen, die Kopfzeile "
              + header + " (in CSV steht eine Zelle mit dem Trennzeichen in doppelten"
              + " Anführungszeichen)",
          "la riga di caso n. " + row + " (sotto l'intestazione) ha " + cells
              + " celle, l'intestazione " + header
              + " (in CSV, una cella che contiene il separatore va tra virgolette doppie)")
          .in(locale);
    }
  }

  /**
   * A quoted cell is not closed before the end of the table: {@code CASE_TABLE_UNTERMINATED_QUOTE}.
   *
   * @param line the 1-based line of the text where the quote opens
   */
  record UnterminatedQuote(int line) implements CaseTableReason {
    @Override
    public String code() {
      return "CASE_TABLE_UNTERMINATED_QUOTE";
    }

    @Override
    public String message(Locale locale) {
      return Text.of("les guillemets ouverts ligne " + line + " ne sont jamais fermés",
          "the double quote opened on line " + line + " is never closed",
          "das in Zeile " + line + " geöffnete Anführungszeichen wird nie geschlossen",
          "le virgolette aperte alla riga " + line + " non sono mai chiuse").in(locale);
    }
  }

  /**
   * Columns that are neither a case table's nor facts the policy declares:
   * {@code CASE_TABLE_UNKNOWN_COLUMN}.
   *
   * @param unknown the unknown columns, not null
   * @param known the columns the table may have, not null
   */
  record UnknownColumns(Seq<String> unknown, Seq<String> known) implements CaseTableReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public UnknownColumns {
      requireNonNull(unknown, "unknown");
      requireNonNull(known, "known");
    }

    @Override
    public String code() {
      return "CASE_TABLE_UNKNOWN_COLUMN";
    }

    @Override
    public String message(Locale locale) {
      String columns = unknown.mkString(", ");
      String all = known.mkString(", ");
      return Text.of("colonne(s) inconnue(s) " + columns + " ; connues : " + all,
          "unknown column(s) " + columns + "; known: " + all,
          "unbekannte Spalte(n) " + columns + "; bekannt: " + all,
          "colonna/e sconosciuta/e " + columns + "; note: " + all).in(locale);
    }
  }
}
