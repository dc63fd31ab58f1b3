package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import java.util.Locale;
import org.areso.json.JsonError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.DatabindException;

/**
 * A body Spring MVC cannot read (not JSON, or a field of the wrong kind) as the same {@code 400}
 * problem as any refused input, in the request's language, rather than Spring's own. Spring MVC's
 * other errors (an unknown path, a wrong method or media type) stay Spring's problem details.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestAdvice {

  private final Problems problems;

  RequestAdvice(Problems problems) {
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * A body that cannot be read.
   *
   * @param unreadable Spring's exception
   * @param locale the request's language
   * @return a {@code 400} problem: {@code JSON_FIELD_INVALID} with the field's path, or
   *     {@code JSON_MALFORMED}
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable,
      Locale locale) {
    if (unreadable.getCause() instanceof DatabindException mismatch
        && !mismatch.getPath().isEmpty()) {
      String path = List.ofAll(mismatch.getPath())
          .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
              : String.valueOf(ref.getIndex()))
          .mkString(".");
      return problems.invalid(List.of(new JsonError.FieldInvalid(path, List.empty())), locale);
    }
    return problems.invalid(List.of(new JsonError.Malformed("not JSON")), locale);
  }
}
