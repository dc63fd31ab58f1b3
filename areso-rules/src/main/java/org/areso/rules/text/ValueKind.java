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
import org.areso.rules.text.PolicyMessages.Word;

/**
 * What a fact's (or a parameter's) values are, how a policy file writes one, and which
 * comparisons apply: the standard facts' kinds, and the four kinds a policy may declare.
 */
enum ValueKind {
  TEXT("text", Word.KIND_TEXT),
  DATE("date", Word.KIND_DATE),
  NUMBER("number", Word.KIND_NUMBER),
  YES_NO("yes_no", Word.KIND_YES_NO),
  COUNTRY("country", Word.KIND_COUNTRY),
  LEGAL_FORM("legal_form", Word.KIND_LEGAL_FORM),
  REGION("region", Word.KIND_REGION),
  CANTON("canton", Word.KIND_CANTON),
  CONTEXT("context", Word.KIND_CONTEXT),
  FINESS_CATEGORY("finess_category", Word.KIND_FINESS_CATEGORY),
  CASF_ITEMS("casf_item", Word.KIND_CASF_ITEMS),
  FUNDING("funding", Word.KIND_FUNDING);

  private final String word;
  private final Word expected;

  ValueKind(String word, Word expected) {
    this.word = word;
    this.expected = expected;
  }

  /** The word a policy file writes for the kinds it may declare. */
  String word() {
    return word;
  }

  /** What a value of this kind looks like, for an error: a word of the messages' bundles. */
  Word expected() {
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
