package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.ReasonMessages;

/**
 * Writes the messages of a policy file's errors: the pattern a key names in this module's bundle of
 * the locale's language ({@code org/areso/rules/text/errors.properties} in English,
 * {@code errors_fr}, {@code errors_de}, {@code errors_it}), filled with the error's data, and the
 * position before it ({@code line 3, column 5: …}).
 *
 * <p>The bundles are held by a {@link ReasonMessages}, which chooses the bundle's locale (French,
 * German, Italian, or the English base bundle) as for every reason of Areso; they are loaded with
 * {@link ResourceBundle#getBundle(String, Locale)} from this class, so that on the module path
 * they are looked up in this module. Each bundle is loaded once, on the first message asked in
 * its language. Thread-safe.
 */
final class PolicyMessages {

  /** The bundles' base name. */
  static final String BASE_NAME = "org.areso.rules.text.errors";
  /** The key of the position written before every message. */
  static final String POSITION = "POSITION";

  /** The bundles, loaded from this module, the locale chosen as for every reason of Areso. */
  private static final ReasonMessages BUNDLES =
      ReasonMessages.of(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private PolicyMessages() {}

  /**
   * A wording of an error: its bundle key (the error's code, or the code and a suffix naming one of
   * its wordings) and how many arguments it quotes.
   */
  enum Wording {
    SYNTAX(PolicyText.SYNTAX, "", 1),
    SYNTAX_DOCUMENTS(PolicyText.SYNTAX, "DOCUMENTS", 0),
    SYNTAX_TAB(PolicyText.SYNTAX, "TAB", 0),
    SYNTAX_INDENT(PolicyText.SYNTAX, "INDENT", 0),
    SYNTAX_COLON(PolicyText.SYNTAX, "COLON", 0),
    SYNTAX_NO_COLON(PolicyText.SYNTAX, "NO_COLON", 0),
    SYNTAX_LIST(PolicyText.SYNTAX, "LIST", 0),
    SYNTAX_FLOW(PolicyText.SYNTAX, "FLOW", 1),
    SYNTAX_CLOSING(PolicyText.SYNTAX, "CLOSING", 1),
    SYNTAX_QUOTE(PolicyText.SYNTAX, "QUOTE", 0),
    SYNTAX_CHARACTER(PolicyText.SYNTAX, "CHARACTER", 1),
    SYNTAX_ESCAPE(PolicyText.SYNTAX, "ESCAPE", 1),
    EMPTY(PolicyText.EMPTY, "", 0),
    TOO_LARGE(PolicyText.TOO_LARGE, "", 2),
    TOO_LARGE_NODES(PolicyText.TOO_LARGE, "NODES", 1),
    TOO_DEEP(PolicyText.TOO_DEEP, "", 1),
    ALIAS(PolicyText.ALIAS, "", 0),
    ALIAS_ANCHOR(PolicyText.ALIAS, "ANCHOR", 0),
    TAG(PolicyText.TAG, "", 1),
    UNKNOWN_KEY(PolicyText.UNKNOWN_KEY, "", 2),
    DUPLICATE_KEY(PolicyText.DUPLICATE_KEY, "", 1),
    MISSING_KEY(PolicyText.MISSING_KEY, "", 1),
    MISSING_KEY_FORM(PolicyText.MISSING_KEY, "FORM", 1),
    MISSING_KEY_COMPARISON(PolicyText.MISSING_KEY, "COMPARISON", 1),
    WRONG_SHAPE(PolicyText.WRONG_SHAPE, "", 1),
    WRONG_SHAPE_MAPPING(PolicyText.WRONG_SHAPE, "MAPPING", 2),
    WRONG_SHAPE_LIST(PolicyText.WRONG_SHAPE, "LIST", 2),
    WRONG_SHAPE_FORMS(PolicyText.WRONG_SHAPE, "FORMS", 2),
    WRONG_SHAPE_COMPARISONS(PolicyText.WRONG_SHAPE, "COMPARISONS", 0),
    BAD_VALUE(PolicyText.BAD_VALUE, "", 2),
    BAD_VALUE_KNOWN(PolicyText.BAD_VALUE, "KNOWN", 0),
    BAD_VALUE_FUNDER_KIND(PolicyText.BAD_VALUE, "FUNDER_KIND", 1),
    UNKNOWN_FACT(PolicyText.UNKNOWN_FACT, "", 2),
    FACT_CONFLICT(PolicyText.FACT_CONFLICT, "", 1),
    FACT_CONFLICT_HOST(PolicyText.FACT_CONFLICT, "HOST", 2),
    UNKNOWN_OPERATOR(PolicyText.UNKNOWN_OPERATOR, "", 2),
    OPERATOR_MISMATCH(PolicyText.OPERATOR_MISMATCH, "", 3),
    OPERATOR_MISMATCH_PARAMETER(PolicyText.OPERATOR_MISMATCH, "PARAMETER", 3),
    OPERATOR_MISMATCH_DURING(PolicyText.OPERATOR_MISMATCH, "DURING", 0),
    UNKNOWN_REFERENCE(PolicyText.UNKNOWN_REFERENCE, "", 2),
    UNKNOWN_PARAMETER(PolicyText.UNKNOWN_PARAMETER, "", 1),
    MISSING_CITATION(PolicyText.MISSING_CITATION, "", 0),
    VERSIONS_OVERLAP(PolicyText.VERSIONS_OVERLAP, "", 4);

    private final String code;
    private final String key;
    private final int arity;

    Wording(String code, String variant, int arity) {
      this.code = code;
      this.key = variant.isEmpty() ? code : code + "." + variant;
      this.arity = arity;
    }

    String code() {
      return code;
    }

    String key() {
      return key;
    }

    int arity() {
      return arity;
    }

    /** The wording a key names; none when no wording has that key. */
    static Option<Wording> of(String key) {
      return io.vavr.collection.List.of(values()).find(w -> w.key.equals(key));
    }

    /** The problem this wording writes, with its arguments. */
    PolicyTextProblem with(Object... arguments) {
      return new PolicyTextProblem(code, key, io.vavr.collection.List.of(arguments));
    }
  }

  /**
   * A word of the format that a message quotes and writes in its own language: what a part of the
   * file is, what shape was found, what a value of a kind looks like. Its bundle key is
   * {@code word.} and its name in lower case; only {@link #VALIDITY} quotes arguments (a window's
   * first and last days).
   */
  enum Word {
    POLICY, REFERENCES, FACTS, PARAMETERS, RULES, REFERENCE, FACT, PARAMETER, PERIODS, PERIOD,
    RULE, COMPOSED_RULES, DEROGATIONS, DEROGATION, WINDOW, BILINGUAL_TEXT,
    SHAPE_TEXT, SHAPE_BLANK, SHAPE_MAPPING, SHAPE_LIST,
    KIND_TEXT, KIND_DATE, KIND_NUMBER, KIND_YES_NO, KIND_COUNTRY, KIND_LEGAL_FORM, KIND_REGION,
    KIND_CANTON, KIND_CONTEXT, KIND_FINESS_CATEGORY, KIND_CASF_ITEMS, KIND_FUNDING,
    ARTICLE_OR_PAGE, DECISION, DECLARABLE_KIND,
    VALIDITY, EVERY_DAY;

    String key() {
      return "word." + name().toLowerCase(Locale.ROOT);
    }

    int arity() {
      return this == VALIDITY ? 2 : 0;
    }
  }

  /** The locale whose bundle writes a language. */
  static Locale locale(Language language) {
    return switch (requireNonNull(language, "language")) {
      case FR -> Locale.FRENCH;
      case EN -> Locale.ROOT;
    };
  }

  /** The locale of the bundle that writes a locale's language: fr, de, it, or English. */
  static Locale bundleLocale(Locale locale) {
    return ReasonMessages.bundleLocale(locale);
  }

  /** The bundle of a locale's language, loaded on first use. */
  static ResourceBundle bundle(Locale locale) {
    return BUNDLES.bundle(locale);
  }

  /**
   * The pattern a key names in the bundle of a locale's language, filled with arguments.
   *
   * @throws java.util.MissingResourceException if the bundle lacks the key (a programmer error the
   *     bundle test rules out)
   */
  static String format(String key, Seq<?> arguments, Locale locale) {
    Locale language = bundleLocale(locale);
    Object[] written = arguments.map(argument -> written(argument, language)).toJavaArray();
    return new MessageFormat(bundle(language).getString(key), language).format(written);
  }

  /** A message after its position: {@code line 3, column 5: …}. */
  static String positioned(int line, int column, String message, Locale locale) {
    return format(POSITION, io.vavr.collection.List.of(line, column, message), locale);
  }

  /**
   * An argument as people read it: a word of the format in the message's language, a window as
   * its days, no window as every day, a list joined with {@code ", "}, a number without grouping,
   * anything else as it is written.
   */
  private static String written(Object argument, Locale language) {
    if (argument instanceof Word word) {
      return format(word.key(), io.vavr.collection.List.empty(), language);
    }
    if (argument instanceof DateWindow window) {
      return format(Word.VALIDITY.key(), io.vavr.collection.List.of(window.start().toString(),
          window.end().toString()), language);
    }
    if (argument instanceof Option<?> optional) {
      return optional.isEmpty() ? written(Word.EVERY_DAY, language)
          : written(optional.get(), language);
    }
    if (argument instanceof Seq<?> values) {
      return values.map(value -> written(value, language)).mkString(", ");
    }
    return String.valueOf(argument);
  }
}
