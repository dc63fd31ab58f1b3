package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.lifecycle.Rejection;
import org.areso.jdbc.StoreError;
import org.areso.json.AresoJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the API as an RFC 9457 problem detail ({@code application/problem+json}): its
 * {@code type} a stable URI built from the code ({@value #TYPE_PREFIX} then the code, such as
 * {@code PRECONDITIONS_UNMET}; a tag URI, which names and is never fetched), its {@code title}
 * and {@code detail} in the request's language, and as extension members its {@code code} and,
 * as the case may be, every {@code reasons} (each its {@code code}, {@code message} and
 * {@code field} or {@code party}), the {@code accepted} commands of the stage, and the
 * {@code rejection} as {@code areso-json} writes it.
 *
 * <p>Input that cannot be read is {@code 400} under the code {@value #INVALID_INPUT} with every
 * reason at once; an unknown engagement {@code 404}; a command decided on a stale version, or an
 * append another writer got to first, {@code 409}; any other rejection {@code 422}; a store's
 * failure {@code 500}.
 *
 * <p>Details, and the rejection's messages, are written with {@link Reason#message(Locale)} in
 * French, English, German or Italian (a store's failure in this example's own bundles, in the
 * same four).
 */
@Component
final class Problems {

  /** The start of every problem type: the code follows. */
  static final String TYPE_PREFIX = "tag:areso.org,2026:problem:";

  /** The code of a request whose input is refused, with every reason. */
  static final String INVALID_INPUT = "INVALID_INPUT";

  /** The titles by code, in French, English, German and Italian (the last two to review). */
  private static final Map<String, Seq<String>> TITLES = HashMap.of(
      INVALID_INPUT, List.of("Requête invalide", "Invalid request", "Ungültige Anfrage",
          "Richiesta non valida"),
      Rejection.Kind.NOT_APPLICABLE_IN_STAGE.name(), List.of(
          "Commande impossible à cette étape", "Command not applicable in this stage",
          "Befehl in dieser Phase nicht möglich", "Comando non applicabile in questa fase"),
      Rejection.Kind.PRECONDITIONS_UNMET.name(), List.of("Conditions préalables non remplies",
          "Preconditions unmet", "Voraussetzungen nicht erfüllt",
          "Condizioni preliminari non soddisfatte"),
      Rejection.Kind.VERSION_CONFLICT.name(), List.of("Conflit de version", "Version conflict",
          "Versionskonflikt", "Conflitto di versione"),
      "ENGAGEMENT_NOT_FOUND", List.of("Accompagnement introuvable", "Engagement not found",
          "Begleitung nicht gefunden", "Accompagnamento non trovato"));

  private static final Seq<String> STORE_FAILED = List.of("Échec du magasin d'événements",
      "Event store failure", "Fehler des Ereignisspeichers", "Errore dell'archivio eventi");

  private final AresoJson json;
  private final JsonMapper mapper;

  /**
   * The problems, with the rejections written by Areso's JSON form into the API's mapper.
   *
   * @param json Areso's JSON form, not null
   * @param mapper Spring Boot's mapper, not null
   */
  Problems(AresoJson json, JsonMapper mapper) {
    this.json = requireNonNull(json, "json");
    this.mapper = requireNonNull(mapper, "mapper");
  }

  /**
   * Input refused: {@code 400}, with every reason.
   *
   * @param reasons the reasons, at least one, not null
   * @param locale the request's language, not null
   * @return the response
   */
  ResponseEntity<ProblemDetail> invalid(Seq<? extends Reason> reasons, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT,
        reasons.map(r -> r.message(locale)).mkString(" "), locale);
    problem.setProperty("reasons", reasons.map(r -> reason(r, locale)).toJavaList());
    return respond(problem);
  }

  /**
   * A command refused by the engagement: {@code 409} for a stale version, {@code 422} otherwise.
   *
   * @param rejection the rejection, not null
   * @param locale the request's language, not null
   * @return the response
   */
  ResponseEntity<ProblemDetail> rejected(Rejection rejection, Locale locale) {
    HttpStatus status = rejection.kind() == Rejection.Kind.VERSION_CONFLICT
        ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    ProblemDetail problem = problem(status, rejection.code(), rejection.message(locale), locale);
    problem.setProperty("kind", rejection.kind().name());
    if (rejection instanceof Rejection.NotApplicable notApplicable) {
      problem.setProperty("accepted",
          notApplicable.accepted().map(Class::getSimpleName).toJavaList());
    } else if (rejection instanceof Rejection.PreconditionsUnmet unmet) {
      problem.setProperty("reasons", unmet.unmet().map(u -> {
        java.util.Map<String, Object> each = reason(u.reason(), locale);
        u.party().forEach(party -> each.put("party", party.name()));
        return each;
      }).toJavaList());
    }
    problem.setProperty("rejection",
        mapper.readTree(json.write(rejection, locale)));
    return respond(problem);
  }

  /**
   * The store did not do what was asked: {@code 404} for an unknown engagement, {@code 409} for a
   * version another writer took first, {@code 500} otherwise.
   *
   * @param error the store's error, not null
   * @param locale the request's language, not null
   * @return the response
   */
  ResponseEntity<ProblemDetail> notStored(StoreError error, Locale locale) {
    HttpStatus status = error instanceof StoreError.NotFound ? HttpStatus.NOT_FOUND
        : error instanceof StoreError.VersionConflict ? HttpStatus.CONFLICT
        : HttpStatus.INTERNAL_SERVER_ERROR;
    ProblemDetail problem = problem(status, error.code(),
        new StoreFailure(error).message(locale), locale);
    if (error instanceof StoreError.VersionConflict conflict) {
      problem.setProperty("expectedVersion", conflict.expected());
      problem.setProperty("currentVersion", conflict.actual());
    }
    return respond(problem);
  }

  private static ProblemDetail problem(HttpStatus status, String code, String detail,
      Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + code));
    problem.setTitle(title(code, status, locale));
    problem.setProperty("code", code);
    return problem;
  }

  private static String title(String code, HttpStatus status, Locale locale) {
    int language = Math.max(0, AresoConfiguration.LANGUAGES.indexOf(
        Locale.forLanguageTag(locale.getLanguage())));
    return TITLES.get(code)
        .orElse(() -> status.is5xxServerError() ? Option.some(STORE_FAILED) : Option.none())
        .map(titles -> titles.get(language))
        .getOrElse(status.getReasonPhrase());
  }

  /** A reason as an extension member: its code, its message and, for a field, the field. */
  private static java.util.Map<String, Object> reason(Reason reason, Locale locale) {
    java.util.Map<String, Object> each = new LinkedHashMap<>();
    each.put("code", reason.code());
    each.put("message", reason.message(locale));
    if (reason instanceof FieldReason field) {
      each.put("field", field.field());
    }
    return each;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
