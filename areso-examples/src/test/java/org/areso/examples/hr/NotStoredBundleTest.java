package org.areso.examples.hr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.lifecycle.HistoryError;
import org.areso.jdbc.StoreError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The store reasons' bundles: every code in every language, every argument quoted. */
class NotStoredBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final List<Locale> LOCALES =
      List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN);
  private static final EngagementId ENGAGEMENT = EngagementId.of("eng-42").get();

  /** One reason of each store error, with data the messages must quote. */
  static Stream<NotStored> reasons() {
    return Stream.of(
        new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240),
        new StoreError.Undecodable(ENGAGEMENT, 1007, "Requested",
            StoreError.Problem.UNKNOWN_TYPE, "type"),
        new StoreError.Unencodable(ENGAGEMENT, 1008, "Requested"),
        new StoreError.HistoryRefused(ENGAGEMENT, new HistoryError.VersionGap(3, 5)),
        new StoreError.NotFound(ENGAGEMENT),
        new StoreError.DatabaseFailure(Option.some(ENGAGEMENT), "append", "08001", 0),
        new StoreError.UnsupportedDatabase("Oracle")).map(NotStored::new);
  }

  private static Properties file(String name) throws IOException {
    Properties lines = new Properties();
    try (InputStream in = NotStored.class.getResourceAsStream(name + ".properties");
        Reader reader = new InputStreamReader(in, UTF_8)) {
      lines.load(reader);
    }
    return lines;
  }

  private static Set<Integer> placeholders(String pattern) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    Set<Integer> found = HashSet.empty();
    while (m.find()) {
      found = found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  @Test
  void everyStoreErrorHasACaseHere() {
    assertThat(reasons().<Class<?>>map(reason -> reason.error().getClass()))
        .containsExactlyInAnyOrder(StoreError.class.getPermittedSubclasses());
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void everyBundleHasExactlyTheCodesEachQuotingEveryArgument(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Set<String> codes = HashSet.ofAll(reasons().map(NotStored::code).toList());

    // then
    assertThat(lines.stringPropertyNames()).isEqualTo(codes.toJavaSet());
    reasons().forEach(reason -> assertThat(placeholders(lines.getProperty(reason.code())))
        .as("%s in %s", reason.code(), bundle)
        .isEqualTo(HashSet.range(0, reason.arguments().size())));
    assertThat(lines.stringPropertyNames()).allSatisfy(code -> assertThat(lines.getProperty(code)
        .replace("''", "")).as("%s in %s: a single apostrophe", code, bundle).doesNotContain("'"));
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void everyLanguageQuotesTheDataAndGermanAndItalianAreTranslated(NotStored reason) {
    String english = reason.message(Locale.ENGLISH);
    for (Locale locale : LOCALES) {
      String message = reason.message(locale);
      assertThat(message).as("%s in %s", reason.code(), locale).doesNotContain("{");
      for (Object argument : reason.arguments()) {
        // a reason quoted is written as its own message, in the same language
        assertThat(message).as("%s in %s", reason.code(), locale)
            .contains(argument instanceof Reason quoted ? quoted.message(locale)
                : String.valueOf(argument));
      }
      if (!locale.equals(Locale.ROOT)) {
        assertThat(message).as("%s in %s", reason.code(), locale).isNotEqualTo(english);
      }
    }
    assertThat(reason.message(new Locale("de", "CH"))).isEqualTo(reason.message(Locale.GERMAN));
    assertThat(reason.message(new Locale("it", "CH"))).isEqualTo(reason.message(Locale.ITALIAN));
  }

  @Test
  void frenchAndEnglishAreTheMessagesTheyWereAndNumbersAreNotGrouped() {
    NotStored conflict = new NotStored(new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240));
    assertThat(conflict.message(Language.EN)).isEqualTo(
        "Engagement eng-42 has changed: version 1240 is stored, version 1234 was expected.");
    assertThat(conflict.message(Language.FR)).isEqualTo("L'accompagnement eng-42 a changé :"
        + " version 1240 enregistrée, version 1234 attendue.");
    NotStored history = new NotStored(new StoreError.HistoryRefused(ENGAGEMENT,
        new HistoryError.VersionGap(3, 5)));
    assertThat(history.message(Locale.GERMAN)).isEqualTo("Der Verlauf der Begleitung eng-42"
        + " lässt sich nicht nachvollziehen: " + new HistoryError.VersionGap(3, 5)
            .message(Locale.GERMAN));
  }

  @Test
  void theDefaultLocaleNeverChoosesTheBundle() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      NotStored unsupported = new NotStored(new StoreError.UnsupportedDatabase("Oracle"));
      assertThat(unsupported.message(Locale.ENGLISH))
          .isEqualTo("Database Oracle is not supported (H2 or PostgreSQL).");
      assertThat(unsupported.message(Language.EN)).isEqualTo(unsupported.message(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
