package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.springframework.stereotype.Component;

/**
 * The API's own inputs, read as Areso reads a structure's cells: each a value or every reason it
 * is refused, as Areso's {@link FieldReason}s (so their messages come in Areso's four languages).
 */
@Component
final class Inputs {

  private static final Text DATE = Text.of("une date AAAA-MM-JJ", "a date YYYY-MM-DD",
      "ein Datum JJJJ-MM-TT", "una data AAAA-MM-GG");
  private static final Text PATH_SEGMENT = Text.of(
      "un identifiant sans « / », « \\ », « ; » ni « % », qui figure dans l'adresse de"
          + " l'accompagnement",
      "an identifier without '/', '\\', ';' or '%', which goes in the engagement's address",
      "eine Kennung ohne «/», «\\», «;» und «%», die in der Adresse der Begleitung steht",
      "un identificativo senza «/», «\\», «;» né «%», che figura nell'indirizzo"
          + " dell'accompagnamento");

  private final ProgrammeCatalogue catalogue;
  private final Clock clock;

  Inputs(ProgrammeCatalogue catalogue, Clock clock) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Today, by the service's clock.
   *
   * @return the day
   */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * A day given as text, {@code YYYY-MM-DD}.
   *
   * @param field the field's name, for the reason
   * @param text the text; null or blank for today
   * @return the day, or {@code FIELD_MALFORMED}
   */
  Validation<Seq<Reason>, LocalDate> day(String field, String text) {
    if (text == null || text.isBlank()) {
      return Validation.valid(today());
    }
    try {
      return Validation.valid(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Validation.invalid(List.of(new FieldReason.Malformed(field, text, DATE)));
    }
  }

  /**
   * An engagement's identifier that this API can serve: Areso accepts any printable text, but
   * this API puts it in a URL's path, where a servlet container refuses an encoded slash or
   * backslash, and drops what follows a {@code ;}.
   *
   * @param field the field's name, for the reason
   * @param id the identifier
   * @return the identifier, or {@code FIELD_MALFORMED}
   */
  Validation<Seq<Reason>, EngagementId> routable(String field, EngagementId id) {
    String value = id.value();
    return value.chars().anyMatch(c -> c == '/' || c == '\\' || c == ';' || c == '%')
        ? Validation.invalid(List.of(new FieldReason.Malformed(field, value, PATH_SEGMENT)))
        : Validation.valid(id);
  }

  /**
   * A programme of the catalogue, by its identifier.
   *
   * @param id the identifier, such as {@code areso-social-2023}
   * @return the programme, or {@code FIELD_BLANK} or {@code UNKNOWN_VALUE} (with the catalogue's
   *     identifiers)
   */
  Validation<Seq<Reason>, Programme> programme(String id) {
    if (id == null || id.isBlank()) {
      return Validation.invalid(List.of(new FieldReason.Blank("programme")));
    }
    return catalogue.programme(id.strip()).toValidation(() -> List.of(
        new FieldReason.UnknownValue("programme", id, catalogue.ids())));
  }
}
