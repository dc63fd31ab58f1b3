package org.areso.rules.text;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.LocalDate;
import java.util.Locale;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Text;

/**
 * What a fact's (or a parameter's) values are, how a policy file writes one, and which
 * comparisons apply: the standard facts' kinds, and the four kinds a policy may declare.
 */
enum ValueKind {
  TEXT("text", Text.of("un texte", "a text")),
  DATE("date", Text.of("une date AAAA-MM-JJ", "a date YYYY-MM-DD")),
  NUMBER("number", Text.of("un nombre entier", "a whole number")),
  YES_NO("yes_no", Text.of("oui ou non (true, false, yes, no)", "yes or no (true, false, yes, no)")),
  COUNTRY("country", Text.of("un pays (FR, CH)", "a country (FR, CH)")),
  LEGAL_FORM("legal_form", Text.of("une forme juridique (ASSOCIATION, FOUNDATION, MUTUAL…)",
      "a legal form (ASSOCIATION, FOUNDATION, MUTUAL…)")),
  REGION("region", Text.of("une région (AUVERGNE_RHONE_ALPES, code INSEE 84…)",
      "a region (AUVERGNE_RHONE_ALPES, INSEE code 84…)")),
  CANTON("canton", Text.of("un canton (GE, VD…)", "a canton (GE, VD…)")),
  CONTEXT("context", Text.of("un contexte (CURATIVE, PREVENTIVE, LEARNING)",
      "a context (CURATIVE, PREVENTIVE, LEARNING)")),
  FINESS_CATEGORY("finess_category", Text.of("une catégorie FINESS de trois chiffres",
      "a three-digit FINESS category")),
  CASF_ITEMS("casf_item", Text.of("un 1° à 17° du CASF L.312-1 I (8, 5a…)",
      "an item 1° to 17° of CASF L.312-1 I (8, 5a…)")),
  FUNDING("funding", Text.of("un financeur (P177, ARS, DEPARTEMENT, REGION, OWN, CANTON)",
      "a funder (P177, ARS, DEPARTEMENT, REGION, OWN, CANTON)"));

  private final String word;
  private final Text expected;

  ValueKind(String word, Text expected) {
    this.word = word;
    this.expected = expected;
  }

  /** The word a policy file writes for the kinds it may declare. */
  String word() {
    return word;
  }

  /** What a value of this kind looks like, for an error. */
  Text expected() {
    return expected;
  }

  /** Whether a value is a set (of CASF items, of funders), whose elements are compared. */
  boolean isSet() {
    return this == CASF_ITEMS || this == FUNDING;
  }

  /** Whether values of this kind are ordered: numbers and dates. */
  boolean isOrdered() {
    return this == NUMBER || this == DATE;
  }

  /** A kind a policy may declare a fact or a parameter of, by its word. */
  static Option<ValueKind> declarable(String word) {
    return Option.of(word).flatMap(w -> switch (w) {
      case "text" -> Option.some(TEXT);
      case "date" -> Option.some(DATE);
      case "number" -> Option.some(NUMBER);
      case "yes_no" -> Option.some(YES_NO);
      default -> Option.none();
    });
  }

  /** The class of a declared fact or parameter of this kind. */
  Class<?> type() {
    return switch (this) {
      case DATE -> LocalDate.class;
      case NUMBER -> Integer.class;
      case YES_NO -> Boolean.class;
      default -> String.class;
    };
  }

  /** The declarable kind of a class, for a fact a host declared. */
  static Option<ValueKind> ofType(Class<?> type) {
    return type == LocalDate.class ? Option.some(DATE)
        : type == Integer.class ? Option.some(NUMBER)
        : type == Boolean.class ? Option.some(YES_NO)
        : type == String.class ? Option.some(TEXT) : Option.none();
  }

  /** A value written in a policy file, or an element of a set; none when it is not one. */
  Option<Object> parse(String raw) {
    String text = raw.strip();
    return switch (this) {
      case TEXT -> text.isEmpty() ? Option.none() : Option.some(text);
      case DATE -> Try.of(() -> (Object) LocalDate.parse(text)).toOption();
      case NUMBER -> Try.of(() -> (Object) Integer.valueOf(text)).toOption();
      case YES_NO -> yesNo(text).map(b -> (Object) b);
      case COUNTRY -> Country.parse(text).toOption().map(v -> (Object) v);
      case LEGAL_FORM -> LegalForm.parse(text).toOption().map(v -> (Object) v);
      case REGION -> Region.parse(text).toOption().map(v -> (Object) v);
      case CANTON -> Canton.parse(text).toOption().map(v -> (Object) v);
      case CONTEXT -> InterventionContext.parse(text).toOption().map(v -> (Object) v);
      case FINESS_CATEGORY -> FinessCategory.parse(text).toOption().map(v -> (Object) v);
      case CASF_ITEMS -> CasfItem.parse(text).toOption().map(v -> (Object) v);
      case FUNDING -> FundingSource.parse(text).toOption().map(v -> (Object) v);
    };
  }

  /** A yes or a no as a policy file writes it. */
  static Option<Boolean> yesNo(String raw) {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "oui" -> Option.some(true);
      case "false", "no", "non" -> Option.some(false);
      default -> Option.none();
    };
  }
}
