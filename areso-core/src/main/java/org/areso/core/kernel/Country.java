package org.areso.core.kernel;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** A country where Areso's programmes run. */
public enum Country {
  /** France. */
  FR,
  /** Switzerland (Suisse). */
  CH;

  /** The field name used in reasons. */
  public static final String FIELD = "country";

  private static final Map<String, Country> BY_CODE =
      HashMap.of("FR", FR, "FRANCE", FR, "CH", CH, "SUISSE", CH, "SWITZERLAND", CH)
          .merge(HashMap.of("SCHWEIZ", CH, "SVIZZERA", CH, "FRANKREICH", FR, "FRANCIA", FR));

  /**
   * Reads a country code: {@code FR} or {@code CH} (also {@code France}, {@code Frankreich},
   * {@code Francia}, {@code Suisse}, {@code Schweiz}, {@code Svizzera}, {@code Switzerland}), in
   * any case.
   *
   * @param raw the text, not null
   * @return the country, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Country> parse(String raw) {
    return Input.code(FIELD, raw, BY_CODE, List.of("FR", "CH"));
  }
}
