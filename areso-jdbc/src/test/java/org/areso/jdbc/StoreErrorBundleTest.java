package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.stream.Stream;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.HistoryError;
import org.areso.testkit.messages.ReasonBundleCheck;
import org.junit.jupiter.api.Test;

/** The store errors' bundles: every code in every language, every argument quoted. */
class StoreErrorBundleTest {

  private static final EngagementId ENGAGEMENT = EngagementId.of("eng-42").get();

  /** One reason of each store error, with data the messages must quote. */
  static Stream<StoreError> reasons() {
    return Stream.of(
        new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240),
        new StoreError.Undecodable(ENGAGEMENT, 1007, "Requested",
            StoreError.Problem.UNKNOWN_TYPE, "type"),
        new StoreError.Unencodable(ENGAGEMENT, 1008, "Requested"),
        new StoreError.HistoryRefused(ENGAGEMENT, new HistoryError.VersionGap(3, 5)),
        new StoreError.NotFound(ENGAGEMENT),
        new StoreError.DatabaseFailure(Option.some(ENGAGEMENT), "append", "08001", 0),
        new StoreError.SchemaMissing("append", "42P01"),
        new StoreError.UnsupportedDatabase("Oracle"));
  }

  @Test
  void everyStoreErrorHasACaseHere() {
    assertThat(reasons().<Class<?>>map(StoreError::getClass))
        .containsExactlyInAnyOrder(StoreError.class.getPermittedSubclasses());
  }

  @Test
  void everyBundleHasEveryCodeQuotingEveryArgumentInEveryLanguageAndItsSwissLocale() {
    ReasonBundleCheck.assertComplete(reasons().findFirst().orElseThrow().messages(),
        reasons().toList());
  }

  @Test
  void frenchAndEnglishAreTheMessagesTheyWereAndNumbersAreNotGrouped() {
    StoreError conflict = new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240);
    assertThat(conflict.message(Language.EN)).isEqualTo(
        "Engagement eng-42 has changed: version 1240 is stored, version 1234 was expected.");
    assertThat(conflict.message(Language.FR)).isEqualTo("L'accompagnement eng-42 a changé :"
        + " version 1240 enregistrée, version 1234 attendue.");
    // a start of an engagement that exists: no reload mends it, and the message says so
    StoreError twice = new StoreError.VersionConflict(ENGAGEMENT, 0, 1);
    assertThat(twice.message(Language.EN)).isEqualTo(
        "Engagement eng-42 already exists, at version 1: it was started before.");
    assertThat(twice.message(Locale.GERMAN)).isEqualTo(
        "Die Begleitung eng-42 besteht bereits, in Version 1: sie wurde schon früher begonnen.");
    assertThat(twice.message(Language.FR)).isEqualTo(
        "L'accompagnement eng-42 existe déjà, à la version 1 : il a déjà été démarré.");
    StoreError history = new StoreError.HistoryRefused(ENGAGEMENT,
        new HistoryError.VersionGap(3, 5));
    assertThat(history.message(Locale.GERMAN)).isEqualTo("Der Verlauf der Begleitung eng-42"
        + " lässt sich nicht nachvollziehen: " + new HistoryError.VersionGap(3, 5)
            .message(Locale.GERMAN));
  }

  @Test
  void anUnreadableRowSaysWhatIsWrongInWordsOfItsOwnForEveryProblem() {
    for (Locale locale : ReasonBundleCheck.LOCALES) {
      // when
      java.util.List<String> messages = Stream.of(StoreError.Problem.values())
          .map(problem -> new StoreError.Undecodable(ENGAGEMENT, 1007, "Requested", problem, "")
              .message(locale))
          .toList();
      // then: one sentence per problem, none naming the constant
      assertThat(new java.util.HashSet<>(messages)).as("%s", locale)
          .hasSize(StoreError.Problem.values().length);
      assertThat(messages).as("%s", locale).noneMatch(message -> message.contains("_")
          || message.contains("MALFORMED") || message.contains("MISMATCH"));
    }
    assertThat(new StoreError.Undecodable(ENGAGEMENT, 1007, "Requested",
        StoreError.Problem.UNKNOWN_TYPE, "type").message(Language.FR))
        .isEqualTo("L'événement 1007 de l'accompagnement eng-42 est illisible : son type est"
            + " inconnu.");
  }

  @Test
  void onlyAFailedAppendSaysThatNothingWasStored() {
    // given
    StoreError readMissing = new StoreError.SchemaMissing("load", "42P01");
    StoreError appendMissing = new StoreError.SchemaMissing("append", "42P01");
    StoreError readFailed = new StoreError.DatabaseFailure(Option.none(), "replay", "08006", 0);
    StoreError appendFailed = new StoreError.DatabaseFailure(Option.none(), "append", "08006", 0);
    // then
    assertThat(readMissing.message(Language.EN)).isEqualTo("The event store's tables are missing"
        + " (load, SQL state 42P01): apply its migrations first, with AresoSchema.migrate.");
    assertThat(appendMissing.message(Language.EN)).endsWith(
        "with AresoSchema.migrate; nothing was stored.");
    assertThat(readFailed.message(Language.FR)).isEqualTo(
        "La base d'événements a échoué (replay, état SQL 08006).");
    assertThat(appendFailed.message(Language.FR)).endsWith(" ; rien n'a été enregistré.");
    assertThat(readFailed.message(Locale.GERMAN)).doesNotContain("nichts wurde gespeichert");
    assertThat(appendFailed.message(Locale.ITALIAN)).endsWith("; non è stato registrato nulla.");
  }

  @Test
  void theDefaultLocaleNeverChoosesTheBundle() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      StoreError unsupported = new StoreError.UnsupportedDatabase("Oracle");
      assertThat(unsupported.message(Locale.ENGLISH))
          .isEqualTo("Database Oracle is not supported (H2 or PostgreSQL).");
      assertThat(unsupported.message(Language.EN)).isEqualTo(unsupported.message(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
