package org.areso.rules.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.areso.core.eligibility.Fact;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.rules.text.PolicyMessages.Word;
import org.areso.rules.text.PolicyMessages.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles of a policy file's errors, which a translator edits: every wording and every word
 * has its line in English, French, German and Italian, each line quotes every argument it is given
 * and no other, apostrophes are kept, and real errors of bad policy files read in each language.
 */
class PolicyMessagesBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Pattern LEFT_PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
  private static final List<Locale> LOCALES =
      List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN);

  private static final String HEAD = """
      policy: pilot
      title: {fr: Pilote, en: Pilot}
      references:
        charter: {kind: page, code: Pilote régional, article: Charte, verified: yes}
      """;

  private static Properties file(String name) throws IOException {
    Properties lines = new Properties();
    try (InputStream in = PolicyMessages.class.getResourceAsStream(name + ".properties");
        Reader reader = new InputStreamReader(in, UTF_8)) {
      lines.load(reader);
    }
    return lines;
  }

  /** Every key a message may ask, with the number of arguments it is given. */
  private static LinkedHashMap<String, Integer> keys() {
    return LinkedHashMap.of(PolicyMessages.POSITION, 3)
        .merge(LinkedHashMap.ofEntries(List.of(Wording.values())
            .map(w -> io.vavr.Tuple.of(w.key(), w.arity()))))
        .merge(LinkedHashMap.ofEntries(List.of(Word.values())
            .map(w -> io.vavr.Tuple.of(w.key(), w.arity()))));
  }

  private static Set<Integer> placeholders(String pattern) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    Set<Integer> found = HashSet.empty();
    while (m.find()) {
      found = found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"errors", "errors_fr", "errors_de", "errors_it"})
  void everyWordingAndWordHasALineAndEveryLineIsOne(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Set<String> keys = keys().keySet();
    Set<String> written = HashSet.ofAll(lines.stringPropertyNames());

    // then
    assertThat(keys.removeAll(written).toJavaSet()).as("keys without a line in %s", bundle)
        .isEmpty();
    assertThat(written.removeAll(keys).toJavaSet()).as("lines of %s no message asks", bundle)
        .isEmpty();
    assertThat(written.filter(key -> lines.getProperty(key).isBlank()).toJavaSet())
        .as("blank lines of %s", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"errors", "errors_fr", "errors_de", "errors_it"})
  void everyLineQuotesEveryArgumentItIsGivenAndNoOther(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Seq<String> wrong = keys().filter(key -> lines.containsKey(key._1))
        .filter(key -> !placeholders(lines.getProperty(key._1)).equals(HashSet.range(0, key._2)))
        .map(key -> key._1 + " quotes " + placeholders(lines.getProperty(key._1)) + " of "
            + key._2 + " arguments")
        .toList();

    // then
    assertThat(wrong.toJavaList()).as("lines of %s", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"errors", "errors_fr", "errors_de", "errors_it"})
  void everyApostropheIsDoubledAndEveryLineIsAPattern(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when: what is left of a line once its doubled apostrophes and quoted braces are taken out
    List<String> lone = List.ofAll(lines.stringPropertyNames())
        .filter(key -> lines.getProperty(key).replace("''", "").replace("'{'", "")
            .replace("'}'", "").contains("'"));

    // then
    assertThat(lone.toJavaList()).as("lines of %s with a single apostrophe", bundle).isEmpty();
    for (String key : lines.stringPropertyNames()) {
      assertThat(new MessageFormat(lines.getProperty(key)).getFormatsByArgumentIndex())
          .as("%s in %s", key, bundle).hasSizeLessThanOrEqualTo(keys().get(key).getOrElse(0));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"errors_de", "errors_it"})
  void germanAndItalianAreMarkedForReviewByANativeSpeaker(String bundle) throws IOException {
    // given
    String text;
    try (InputStream in = PolicyMessages.class.getResourceAsStream(bundle + ".properties")) {
      text = new String(in.readAllBytes(), UTF_8);
    }

    // then
    assertThat(text.lines().limit(5))
        .anyMatch(line -> line.startsWith("# TO BE REVIEWED by a native speaker"));
  }

  @Test
  void eachBundleIsTheOneOfItsLanguage() {
    for (Locale locale : LOCALES) {
      assertThat(PolicyMessages.bundle(locale).getLocale()).isEqualTo(locale);
    }
    assertThat(PolicyMessages.bundle(new Locale("de", "CH")).getLocale()).isEqualTo(Locale.GERMAN);
    assertThat(PolicyMessages.bundle(Locale.JAPANESE).getLocale()).isEqualTo(Locale.ROOT);
  }

  // -- real errors ------------------------------------------------------------------------------

  private static String rules(String rules) {
    return HEAD + "rules:\n" + rules.stripIndent().indent(2);
  }

  private static String condition(String name, String comparison) {
    return rules("""
        - rule: %s
          description: {fr: une règle, en: a rule}
          cites: charter
        """.formatted(name) + comparison.stripIndent().indent(2));
  }

  /** Bad policy files, which between them make every wording, and one of the engine's errors. */
  private static Seq<PolicyTextError> errorsOfBadFiles() {
    Seq<String> texts = List.of(
        "policy: [unclosed",
        "policy: p\n  title: x\n",
        "policy: p\ntitle: x\ndescription\nrules: x\n",
        "policy: p\nrules: - rule: x\n",
        "title: {fr: a, en: b\nrules: x\n",
        "title: {fr: a, en: b}}\n",
        "title: \"abc\n",
        "title: @x\n",
        "title: \"a\\qb\"\n",
        "a: * b\n",
        "policy: pilot\n\trules: []\n",
        "rules: []\n  policy: pilot\n",
        "a: 1\n---\nb: 2\n",
        "# nothing but a comment\n",
        "#".repeat(PolicyText.MAX_CHARS + 1),
        "[" + "1, ".repeat(PolicyText.MAX_NODES + 1) + "]",
        "[".repeat(PolicyText.MAX_DEPTH + 1) + "]".repeat(PolicyText.MAX_DEPTH + 1),
        "a: &anchor 1\nb: *anchor\nc: !!str 2\n",
        HEAD + "colour: red\npolicy: again\nrules: {a: b}\n",
        "policy: [pilot]\nreferences: [charter]\nrules: []\n",
        rules("""
            - rule: formless
              description: {fr: sans forme, en: formless}
              cites: charter
            - rule: twoForms
              description: {fr: deux formes, en: two forms}
              cites: charter
              fact: country
              equals: FR
              all: []
            - rule: uncited
              description: {fr: non citée, en: uncited}
              fact: country
              equals: FR
            """),
        condition("comparesNothing", "fact: country\n"),
        condition("twoComparisons", "fact: country\nequals: FR\nnot_equals: CH\n"),
        condition("badCountry", "fact: country\nequals: XX\n"),
        condition("knownNo", "fact: country\nknown: no\n"),
        condition("badFunder", "fact: funding\ncontains_kind: [PATRON]\n"),
        condition("typo", "fact: contry\nequals: FR\n"),
        condition("resembles", "fact: country\nresembles: FR\n"),
        condition("ordered", "fact: country\nat_least: FR\n"),
        condition("noSuchParameter", "fact: headcount\nat_least: {parameter: nowhere}\n"),
        HEAD + """
            facts:
              country: {type: text, question: {fr: Pays ?, en: Country?}}
              size: {type: text, question: {fr: Taille ?, en: Size?}}
            parameters:
              opening:
                type: date
                periods:
                  - {from: 2024-01-01, to: 2024-12-31, value: 2024-03-01, cites: charter}
              uncited:
                type: number
                periods:
                  - {from: 2024-01-01, to: 2024-12-31, value: 10}
              threshold:
                type: number
                periods:
                  - {from: 2024-01-01, to: 2024-12-31, value: 10, cites: charter}
            rules:
              - rule: dated
                description: {fr: datée, en: dated}
                cites: nowhere
                fact: headcount
                at_least: {parameter: opening}
              - rule: open
                description: {fr: ouverte, en: open}
                cites: charter
                fact: request_date
                during: threshold
            """);
    Seq<PolicyTextError> read = texts.flatMap(text ->
        PolicyText.read(text, List.of(Fact.of("size", Integer.class, Text.of("taille", "size"))))
            .fold(errors -> errors, policy -> List.empty()));
    String pilot = HEAD + "valid: {from: 2025-01-01, to: 2025-12-31}\n" + "rules:\n"
        + "  - {rule: r, description: {fr: r, en: r}, cites: charter, fact: country, equals: FR}\n";
    Seq<PolicyTextError> overlap = PolicyTexts.of(LinkedHashMap.of("pilot-a.yaml", pilot,
            "pilot-b.yaml", pilot.replace("valid: {from: 2025-01-01, to: 2025-12-31}\n", "")))
        .fold(errors -> errors.map(PolicyTexts.TextError::error), texts1 -> List.empty());
    return read.appendAll(overlap);
  }

  private static final Seq<PolicyTextError> ERRORS = errorsOfBadFiles();

  @Test
  void theBadFilesMakeEveryWording() {
    // when
    Set<String> seen = HashSet.ofAll(ERRORS.map(PolicyTextError::reason)
        .filter(PolicyTextProblem.class::isInstance)
        .map(problem -> ((PolicyTextProblem) problem).wording()));

    // then
    assertThat(HashSet.of(Wording.values()).map(Wording::key).removeAll(seen).toJavaSet())
        .as("wordings no bad file makes").isEmpty();
    assertThat(ERRORS.map(PolicyTextError::code)).contains("RULE_WITHOUT_REFERENCE");
  }

  @Test
  void everyErrorReadsInEveryLanguageWithItsPositionAndItsData() {
    for (PolicyTextError error : ERRORS) {
      String english = error.message(Locale.ENGLISH);
      assertThat(english).startsWith("line " + error.line() + ", column " + error.column() + ": ")
          .isEqualTo(error.message(Language.EN));
      assertThat(error.message(Language.FR)).isEqualTo(error.message(Locale.CANADA_FRENCH))
          .startsWith("ligne " + error.line() + ", colonne " + error.column() + " : ");
      assertThat(error.message(new Locale("de", "CH")))
          .startsWith("Zeile " + error.line() + ", Spalte " + error.column() + ": ");
      assertThat(error.message(new Locale("it", "CH")))
          .startsWith("riga " + error.line() + ", colonna " + error.column() + ": ");
      for (Locale locale : LOCALES) {
        String message = error.message(locale);
        assertThat(message).as("%s in %s", error.code(), locale)
            .doesNotContainPattern(LEFT_PLACEHOLDER).doesNotContain("word.");
        if (error.reason() instanceof PolicyTextProblem problem) {
          for (Object quoted : quotedData(problem)) {
            assertThat(message).as("%s in %s", problem.wording(), locale)
                .contains(quoted.toString());
          }
        }
        if (!locale.equals(Locale.ROOT)) {
          assertThat(error.description(locale)).as("%s in %s", error.code(), locale)
              .isNotEqualTo(error.description(Locale.ROOT));
        }
      }
    }
  }

  /** The data a problem quotes from the file or the format as it is, in any language. */
  private static Seq<Object> quotedData(PolicyTextProblem problem) {
    return problem.arguments().flatMap(argument -> argument instanceof Seq<?> values
            ? List.ofAll(values) : List.of(argument))
        .filter(argument -> argument instanceof String || argument instanceof Integer);
  }

  @Test
  void germanAndItalianReadAsTheyAreWritten() {
    // given
    PolicyTextError typo = ERRORS.find(e -> e.code().equals(PolicyText.UNKNOWN_FACT)).get();
    PolicyTextError list = ERRORS.find(e -> e.reason() instanceof PolicyTextProblem p
        && p.wording().equals(Wording.WRONG_SHAPE_LIST.key())).get();
    PolicyTextError overlap = ERRORS.find(e -> e.code().equals(PolicyText.VERSIONS_OVERLAP)).get();

    // then
    assertThat(typo.message(Locale.GERMAN)).startsWith(
        "Zeile " + typo.line() + ", Spalte " + typo.column()
            + ": unbekannte Angabe «contry»; bekannt: request_date, format, ");
    assertThat(typo.message(Locale.ITALIAN)).startsWith(
        "riga " + typo.line() + ", colonna " + typo.column()
            + ": dato sconosciuto «contry»; noti: request_date, format, ");
    assertThat(list.description(Locale.GERMAN))
        .isEqualTo("die Regeln: erwartet wird eine Liste (- …); gefunden: eine Tabelle");
    assertThat(list.description(Locale.ITALIAN))
        .isEqualTo("le regole: è atteso un elenco (- …); trovato: una tabella");
    assertThat(list.description(Locale.ENGLISH))
        .isEqualTo("the rules must be a list (- …), not a mapping");
    assertThat(overlap.description(Locale.GERMAN)).isEqualTo("die Richtlinie «pilot» gilt an"
        + " jedem Tag und überschneidet sich damit mit ihrer Version aus «pilot-a.yaml», gültig"
        + " vom 2025-01-01 bis 2025-12-31: ein Gesuchsdatum würde nicht bestimmen, welche"
        + " entscheidet");
    assertThat(overlap.description(Locale.FRENCH)).isEqualTo("la politique « pilot » est valable"
        + " tous les jours, ce qui recouvre sa version de « pilot-a.yaml », valable du 2025-01-01"
        + " au 2025-12-31 : une date de demande ne dirait pas laquelle décide");
  }

  @Test
  void theEnginesErrorsAreWrittenFromTheCoresBundlesAfterThisModulesPosition() {
    // given
    PolicyTextError uncited = ERRORS.find(e -> e.code().equals("RULE_WITHOUT_REFERENCE")).get();
    Reason reason = uncited.reason();

    // then
    assertThat(uncited.message(Locale.GERMAN)).isEqualTo("Zeile " + uncited.line() + ", Spalte "
        + uncited.column() + ": " + reason.message(Locale.GERMAN));
    assertThat(reason.message(Locale.GERMAN)).contains("uncited").contains("Regel");
    assertThat(uncited.message(Language.FR)).isEqualTo("ligne " + uncited.line() + ", colonne "
        + uncited.column() + " : " + reason.message(Language.FR));
  }

  @Test
  void theDefaultLocaleNeverChoosesTheBundle() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      PolicyTextError error = new PolicyTextError(3, 5, Wording.EMPTY.with());
      assertThat(error.message(Locale.ENGLISH)).isEqualTo("line 3, column 5: the text holds no"
          + " policy");
      assertThat(error.message(Language.EN)).isEqualTo(error.message(Locale.ENGLISH));
      assertThat(error.toString()).isEqualTo("3:5 POLICY_TEXT_EMPTY the text holds no policy");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void numbersAreWrittenWithoutGrouping() {
    // given
    PolicyTextError large = new PolicyTextError(1, 1, Wording.TOO_LARGE.with(1_234_567, 524_288));

    // then
    for (Locale locale : LOCALES) {
      assertThat(large.message(locale)).contains("1234567").contains("524288");
    }
  }

  @Test
  void aProblemIsOneOfItsCodesWordingsWithAsManyArgumentsAsItQuotes() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PolicyTextProblem(
        PolicyText.EMPTY, "POLICY_TEXT_NOTHING", List.empty()));
    assertThatIllegalArgumentException().isThrownBy(() -> new PolicyTextProblem(
        PolicyText.EMPTY, Wording.SYNTAX.key(), List.of("x")));
    assertThatIllegalArgumentException().isThrownBy(() -> new PolicyTextProblem(
        PolicyText.SYNTAX, Wording.SYNTAX.key(), List.empty()));
    assertThat(new PolicyTextProblem(PolicyText.SYNTAX, "POLICY_TEXT_SYNTAX.DOCUMENTS",
        List.empty()).message(Locale.ITALIAN))
        .isEqualTo("un file di direttiva contiene un solo documento YAML");
  }
}
