package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.areso.core.eligibility.Decision;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screens a structure: its cells, as a person typed them, read by Areso's structure builder, then
 * decided by a programme of the catalogue on a day. The answer is the explained decision in
 * {@code areso-json}'s form (under the type {@code Decision}), eligible or not; a body whose cells,
 * programme, day or format are refused is a {@code 400} problem listing every reason at once.
 */
@RestController
class ScreeningController {

  private final Inputs inputs;
  private final Problems problems;

  ScreeningController(Inputs inputs, Problems problems) {
    this.inputs = requireNonNull(inputs, "inputs");
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * The body of {@code POST /screenings}.
   *
   * @param programme the programme's identifier, such as {@code areso-social-2023}
   * @param date the day of the request, {@code YYYY-MM-DD}; today when absent
   * @param format the format asked for, for a policy that reads it; none when absent
   * @param cells the structure's cells by column name ({@code name}, {@code country},
   *     {@code siret}, {@code casf_item}, {@code funding}…), as in the screening CSV
   */
  record Screening(String programme, String date, String format, Map<String, String> cells) { }

  /**
   * Screens a structure.
   *
   * @param body the screening, not null
   * @param locale the request's language
   * @return {@code 200} with the decision, or a {@code 400} problem
   */
  @PostMapping(path = "/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> screen(@RequestBody Screening body, Locale locale) {
    Validation<Seq<Reason>, Programme> programme = inputs.programme(body.programme());
    Validation<Seq<Reason>, LocalDate> day = inputs.day("date", body.date());
    Validation<Seq<Reason>, Option<FormatId>> format = body.format() == null
        ? Validation.valid(Option.none()) : FormatId.of(body.format()).map(Option::some);
    Validation<Seq<Reason>, Structure> structure = Cells.structure(
        body.cells() == null ? Map.of() : body.cells());
    Seq<Reason> refused = List.of(programme, day, format, structure)
        .flatMap(v -> v.isInvalid() ? v.getError() : List.empty());
    if (!refused.isEmpty()) {
      return problems.invalid(refused, locale);
    }
    Decision decision = format.get()
        .map(f -> programme.get().decide(structure.get(), day.get(), f))
        .getOrElse(() -> programme.get().decide(structure.get(), day.get()));
    return ResponseEntity.ok(decision);
  }
}
