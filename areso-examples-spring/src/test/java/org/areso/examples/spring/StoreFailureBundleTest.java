package org.areso.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.stream.Stream;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.HistoryError;
import org.areso.jdbc.StoreError;
import org.areso.testkit.messages.ReasonBundleCheck;
import org.junit.jupiter.api.Test;

/** The API store failures' bundles: every code in every language, every argument quoted. */
class StoreFailureBundleTest {

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
        new StoreError.SchemaMissing("append", "42P01"),
        new StoreError.UnsupportedDatabase("Oracle")).map(StoreFailure::new);
  }

  @Test
  void everyStoreErrorHasACaseHere() {
    assertThat(reasons().<Class<?>>map(reason -> reason.error().getClass()))
        .containsExactlyInAnyOrder(StoreError.class.getPermittedSubclasses());
  }

  @Test
  void everyBundleHasEveryCodeQuotingEveryArgumentInEveryLanguageAndItsSwissLocale() {
    ReasonBundleCheck.assertComplete(reasons().findFirst().orElseThrow().messages(),
        reasons().toList());
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
  void onlyAFailedAppendSaysThatNothingWasStored() {
    StoreFailure read = new StoreFailure(new StoreError.SchemaMissing("load", "42P01"));
    StoreFailure append = new StoreFailure(new StoreError.SchemaMissing("append", "42P01"));
    StoreFailure readFailed = new StoreFailure(new StoreError.DatabaseFailure(
        Option.some(ENGAGEMENT), "replay", "08001", 0));
    assertThat(read.message(Language.EN))
        .isEqualTo("The event store refused the request (SCHEMA_MISSING).");
    assertThat(append.message(Locale.GERMAN)).endsWith("; nichts wurde gespeichert.");
    assertThat(readFailed.message(Language.FR))
        .isEqualTo("La base d'événements a échoué (replay, état SQL 08001).");
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
