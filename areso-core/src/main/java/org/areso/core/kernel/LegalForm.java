package org.areso.core.kernel;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The legal form of a structure, at the level the programmes' eligibility rules need: a
 * non-profit association, a foundation, a company…
 */
public enum LegalForm {
  /** A non-profit association (association loi 1901, or Swiss association, CC art. 60). */
  ASSOCIATION,
  /** A foundation (fondation). */
  FOUNDATION,
  /** A commercial company (société: SA, SAS, SARL…). */
  COMPANY,
  /** A cooperative (coopérative, SCOP, SCIC). */
  COOPERATIVE,
  /** A mutual (mutuelle) or other private body of social protection. */
  MUTUAL,
  /** A public body: public establishment, local authority, State service (personne publique). */
  PUBLIC_BODY,
  /** Any other legal form. */
  OTHER;

  /** The field name used in reasons. */
  public static final String FIELD = "legal_form";

  private static final Map<String, LegalForm> BY_CODE = List.of(values())
      .toMap(f -> f.name(), f -> f)
      .merge(HashMap.of(
          "FONDATION", FOUNDATION,
          "SOCIETE", COMPANY,
          "SOCIÉTÉ", COMPANY,
          "COOPERATIVE", COOPERATIVE,
          "COOPÉRATIVE", COOPERATIVE,
          "MUTUELLE", MUTUAL,
          "PUBLIC", PUBLIC_BODY,
          "AUTRE", OTHER)
      .merge(HashMap.ofEntries(
          Tuple.of("VEREIN", ASSOCIATION), Tuple.of("ASSOCIAZIONE", ASSOCIATION),
          Tuple.of("STIFTUNG", FOUNDATION), Tuple.of("FONDAZIONE", FOUNDATION),
          Tuple.of("GESELLSCHAFT", COMPANY), Tuple.of("AG", COMPANY),
          Tuple.of("GMBH", COMPANY), Tuple.of("SOCIETÀ", COMPANY), Tuple.of("SOCIETA", COMPANY),
          Tuple.of("SA", COMPANY), Tuple.of("SARL", COMPANY), Tuple.of("SÀRL", COMPANY),
          Tuple.of("SAGL", COMPANY), Tuple.of("AKTIENGESELLSCHAFT", COMPANY),
          Tuple.of("SOCIÉTÉ ANONYME", COMPANY), Tuple.of("SOCIETE ANONYME", COMPANY),
          Tuple.of("SOCIETÀ ANONIMA", COMPANY), Tuple.of("SOCIETA ANONIMA", COMPANY),
          Tuple.of("ÖFFENTLICH", PUBLIC_BODY), Tuple.of("ÖFFENTLICH-RECHTLICH", PUBLIC_BODY),
          Tuple.of("ENTE PUBBLICO", PUBLIC_BODY), Tuple.of("PUBBLICO", PUBLIC_BODY),
          Tuple.of("GENOSSENSCHAFT", COOPERATIVE), Tuple.of("COOPERATIVA", COOPERATIVE),
          Tuple.of("ANDERE", OTHER), Tuple.of("ALTRA", OTHER), Tuple.of("ALTRO", OTHER))));

  /**
   * Reads a legal form from its constant name ({@code ASSOCIATION}, {@code public_body}), its
   * French word ({@code fondation}, {@code société}, {@code mutuelle}, {@code autre}), or its
   * German or Italian one ({@code Verein}, {@code Stiftung}, {@code Genossenschaft},
   * {@code AG}, {@code GmbH}, {@code associazione}, {@code fondazione}, {@code società},
   * {@code SA}, {@code Sàrl}…), in any case.
   *
   * @param raw the text, not null
   * @return the legal form, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, LegalForm> parse(String raw) {
    return Input.code(FIELD, raw, BY_CODE, List.of(values()).map(LegalForm::name));
  }
}
