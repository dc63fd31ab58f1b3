package org.areso.core.kernel;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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
   * The French forms and words as a register or an HR export writes them, by their {@link #key}:
   * without accents, upper case, one space between words.
   */
  private static final Map<String, LegalForm> BY_FRENCH_WORDS = HashMap.ofEntries(
      Tuple.of("ASSOCIATION LOI 1901", ASSOCIATION),
      Tuple.of("ASSOCIATION LOI DE 1901", ASSOCIATION),
      Tuple.of("ASSOCIATION DECLAREE", ASSOCIATION), Tuple.of("ASSOCIATION LOI 1908", ASSOCIATION),
      Tuple.of("ASSOCIATION INSCRITE", ASSOCIATION),
      Tuple.of("ASSOCIATION DE DROIT LOCAL", ASSOCIATION),
      Tuple.of("FONDATION RECONNUE D UTILITE PUBLIQUE", FOUNDATION),
      Tuple.of("SAS", COMPANY), Tuple.of("SASU", COMPANY), Tuple.of("EURL", COMPANY),
      Tuple.of("SNC", COMPANY), Tuple.of("SCS", COMPANY), Tuple.of("SCA", COMPANY),
      Tuple.of("SCI", COMPANY), Tuple.of("SELARL", COMPANY), Tuple.of("SELAS", COMPANY),
      Tuple.of("SOCIETE PAR ACTIONS SIMPLIFIEE", COMPANY),
      Tuple.of("SOCIETE A RESPONSABILITE LIMITEE", COMPANY),
      Tuple.of("SOCIETE EN NOM COLLECTIF", COMPANY), Tuple.of("SOCIETE CIVILE", COMPANY),
      Tuple.of("SCOP", COOPERATIVE), Tuple.of("SCIC", COOPERATIVE),
      Tuple.of("SOCIETE COOPERATIVE", COOPERATIVE),
      Tuple.of("INSTITUTION DE PREVOYANCE", MUTUAL),
      Tuple.of("COMMUNE", PUBLIC_BODY), Tuple.of("COLLECTIVITE TERRITORIALE", PUBLIC_BODY),
      Tuple.of("ETABLISSEMENT PUBLIC", PUBLIC_BODY), Tuple.of("EPA", PUBLIC_BODY),
      Tuple.of("EPIC", PUBLIC_BODY), Tuple.of("EPCI", PUBLIC_BODY), Tuple.of("CCAS", PUBLIC_BODY),
      Tuple.of("CIAS", PUBLIC_BODY), Tuple.of("PERSONNE PUBLIQUE", PUBLIC_BODY),
      Tuple.of("EI", OTHER), Tuple.of("ENTREPRISE INDIVIDUELLE", OTHER), Tuple.of("GIE", OTHER));

  /**
   * The forms of INSEE's legal categories (catégories juridiques), by the first two digits of a
   * category's four: its second level. Levels {@code 10}–{@code 32} (an individual entrepreneur,
   * a grouping without legal personality, a foreign legal person) are {@code OTHER}.
   */
  private static final Map<String, LegalForm> BY_INSEE_LEVEL = HashMap.ofEntries(
      Tuple.of("41", PUBLIC_BODY), Tuple.of("51", COOPERATIVE), Tuple.of("52", COMPANY),
      Tuple.of("53", COMPANY), Tuple.of("54", COMPANY), Tuple.of("55", COMPANY),
      Tuple.of("56", COMPANY), Tuple.of("57", COMPANY), Tuple.of("58", COMPANY),
      Tuple.of("61", OTHER), Tuple.of("62", OTHER), Tuple.of("63", COOPERATIVE),
      Tuple.of("64", MUTUAL), Tuple.of("65", COMPANY), Tuple.of("69", OTHER),
      Tuple.of("71", PUBLIC_BODY), Tuple.of("72", PUBLIC_BODY), Tuple.of("73", PUBLIC_BODY),
      Tuple.of("74", PUBLIC_BODY), Tuple.of("81", MUTUAL), Tuple.of("82", MUTUAL),
      Tuple.of("83", OTHER), Tuple.of("84", OTHER), Tuple.of("85", MUTUAL),
      Tuple.of("91", OTHER), Tuple.of("92", ASSOCIATION), Tuple.of("93", FOUNDATION),
      Tuple.of("99", OTHER), Tuple.of("10", OTHER), Tuple.of("21", OTHER), Tuple.of("22", OTHER),
      Tuple.of("23", OTHER), Tuple.of("24", OTHER), Tuple.of("27", OTHER), Tuple.of("28", OTHER),
      Tuple.of("29", OTHER), Tuple.of("31", OTHER), Tuple.of("32", OTHER));

  /**
   * Reads a legal form from its constant name ({@code ASSOCIATION}, {@code public_body}), its
   * French word ({@code fondation}, {@code société}, {@code mutuelle}, {@code autre}), a French
   * form as a register writes it ({@code SAS}, {@code SASU}, {@code EURL}, {@code SARL},
   * {@code SCI}, {@code SCOP}, {@code SCIC}, {@code GIE}, {@code EI}, {@code association loi
   * 1901}, {@code association déclarée}, {@code commune}, {@code établissement public},
   * {@code EPIC}, {@code CCAS}…), an INSEE legal category of four digits ({@code 5710} is a SAS,
   * {@code 9220} a declared association: read by its first two), or a German or Italian word
   * ({@code Verein}, {@code Stiftung}, {@code Genossenschaft}, {@code AG}, {@code GmbH},
   * {@code associazione}, {@code fondazione}, {@code società}, {@code SA}, {@code Sàrl}…), in any
   * case, with or without accents. A sole trader ({@code EI}) and an economic interest grouping
   * ({@code GIE}) are {@code OTHER}; a cooperative company (a SCOP SARL) read by its INSEE
   * category is a {@code COMPANY}, as that category classes it.
   *
   * @param raw the text, not null
   * @return the legal form, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, LegalForm> parse(String raw) {
    Validation<Seq<Reason>, LegalForm> byCode =
        Input.code(FIELD, raw, BY_CODE, List.of(values()).map(LegalForm::name));
    if (byCode.isValid() || raw.length() > Input.MAX_CODE_LENGTH) {
      return byCode;
    }
    String key = key(raw);
    boolean category = key.length() == 4 && Input.isDigits(key);
    Option<LegalForm> found = category ? BY_INSEE_LEVEL.get(key.substring(0, 2))
        : BY_FRENCH_WORDS.get(key).orElse(() -> BY_CODE.get(key));
    return found.<Validation<Seq<Reason>, LegalForm>>map(Validation::valid).getOrElse(byCode);
  }

  /**
   * Text as the French words are looked up: without accents and dots, upper case, each run of
   * spaces, apostrophes and hyphens one space: {@code S.A.S.} is {@code SAS},
   * {@code fondation reconnue d'utilité publique} {@code FONDATION RECONNUE D UTILITE PUBLIQUE}.
   */
  private static String key(String raw) {
    return Input.unaccented(raw).replace(".", "")
        .replaceAll("[\\s'\u2019\\-\u2010-\u2015]+", " ").strip();
  }
}
