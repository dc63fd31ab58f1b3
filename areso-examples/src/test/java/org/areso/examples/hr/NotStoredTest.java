package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.HistoryError;
import org.areso.jdbc.StoreError;
import org.junit.jupiter.api.Test;

/** The HR system's store reason keeps the store error's code, data and messages. */
class NotStoredTest {

  private static final EngagementId ENGAGEMENT = EngagementId.of("eng-42").get();

  @Test
  void saysWhatTheStoreErrorSaysInEveryLanguage() {
    for (StoreError error : java.util.List.of(
        new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240),
        new StoreError.HistoryRefused(ENGAGEMENT, new HistoryError.VersionGap(3, 5)))) {
      NotStored reason = new NotStored(error);
      assertThat(reason.code()).isEqualTo(error.code());
      for (Locale locale : java.util.List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN,
          Locale.ITALIAN)) {
        assertThat(reason.message(locale)).isEqualTo(error.message(locale));
      }
      assertThat(reason.message(Language.FR)).isEqualTo(error.message(Language.FR));
    }
    assertThat(new NotStored(new StoreError.VersionConflict(ENGAGEMENT, 1234, 1240))
        .message(Language.EN)).isEqualTo(
            "Engagement eng-42 has changed: version 1240 is stored, version 1234 was expected.");
  }
}
