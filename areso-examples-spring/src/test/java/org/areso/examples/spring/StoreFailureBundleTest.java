package org.areso.examples.spring;

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

/** The API store failures' bundles: every code in every language, every argument quoted. */
class StoreFailureBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final List<Locale> LOCALES =
      List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN);
  private static final EngagementId ENGAGEMENT = EngagementId.of("eng-42").get();

  /** One reason of each store error, with data the messages must quote. */
  static Stream<StoreFailure> reasons() {
    return Stream.of(
        new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240),
        new StoreError.Undecodable(ENGAGEMENT, 1007, "Requested",
            StoreError.Problem.UNKNOWN_TYPE, "type"),
        new StoreError.Unencodable(ENGAGEMENT, 1008, "Requested"),
        new StoreError.HistoryRefused(ENGAGEMENT, new HistoryError.VersionGap(3, 5)),
        new StoreError.NotFound(ENGAGEMENT),
        new StoreError.DatabaseFailure(Option.some(ENGAGEMENT), "append", "08001", 0),
        new StoreError.UnsupportedDatabase("Oracle")).map(StoreFailure::new);
  }

  private static Properties file(String name) throws IOException {
    Properties lines = new Properties();
    try (InputStream in = StoreFailure.class.getResourceAsStream(name + ".properties");
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
  @ValueSource(strings = {"store", "store_fr", "store_de", "store_it"})
  void everyBundleHasExactlyTheCodesEachQuotingEveryArgument(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Set<String> codes = HashSet.ofAll(reasons().map(StoreFailure::code).toList());

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
  void everyLanguageQuotesTheDataAndGermanAndItalianAreTranslated(StoreFailure reason) {
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
    StoreFailure conflict = new StoreFailure(new StoreError.VersionConflict(ENGAGEMENT, 1234,
        1240));
    assertThat(conflict.message(Language.EN)).isEqualTo("Engagement eng-42 has changed: version"
        + " 1240 is stored, version 1234 was expected; reload and try again.");
    assertThat(conflict.message(Language.FR)).isEqualTo("L'accompagnement eng-42 a changé :"
        + " version 1240 enregistrée, version 1234 attendue ; rechargez et recommencez.");
    assertThat(new StoreFailure(new StoreError.UnsupportedDatabase("Oracle")).message(Language.EN))
        .isEqualTo("The event store refused the request (DATABASE_UNSUPPORTED); nothing was"
            + " stored.");
  }

  @Test
  void theDefaultLocaleNeverChoosesTheBundle() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      StoreFailure unsupported = new StoreFailure(new StoreError.UnsupportedDatabase("Oracle"));
      assertThat(unsupported.message(Locale.ENGLISH)).isEqualTo("The event store refused the"
          + " request (DATABASE_UNSUPPORTED); nothing was stored.");
      assertThat(unsupported.message(Language.EN)).isEqualTo(unsupported.message(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
