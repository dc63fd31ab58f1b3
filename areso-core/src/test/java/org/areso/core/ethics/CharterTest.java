package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Period;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class CharterTest {

  @Test
  void aCharterListsItsPrinciplesInItsOwnWordsAndOrder() {
    Charter charter = charterOf(Principle.INDEPENDENCE, Principle.NEUTRALITY).build().get();
    assertThat(charter.articles()).map(Article::principle)
        .containsExactly(Principle.INDEPENDENCE, Principle.NEUTRALITY);
    assertThat(charter.binds(Principle.NEUTRALITY)).isTrue();
    assertThat(charter.binds(Principle.FREEDOM)).isFalse();
    assertThat(charter.article(Principle.INDEPENDENCE).get().wording())
        .isEqualTo(Text.of("fr:INDEPENDENCE", "en:INDEPENDENCE"));
    assertThat(charter.minimumAggregate()).isEqualTo(5);
    assertThat(charter.attendanceThresholdPercent()).isEqualTo(75);
    assertThat(charter.attendanceSessions()).isEqualTo(4);
    assertThat(charter.paidWorkLookback()).isEqualTo(Period.ofYears(3));
    assertThat(charter.oneSidedSessionsTolerated()).isZero();
    assertThat(charter.anonymityTowardsSupervisingAuthorities()).isFalse();
    assertThat(charter).hasToString("Charter[test, INDEPENDENCE, NEUTRALITY]")
        .isEqualTo(charterOf(Principle.INDEPENDENCE, Principle.NEUTRALITY).build().get())
        .isNotEqualTo(charterOf(Principle.NEUTRALITY, Principle.INDEPENDENCE).build().get());
  }

  @Test
  void anInvalidCharterReportsEveryReasonAtOnce() {
    var built = Charter.builder(" ", TEXT)
        .minimumAggregate(1).attendance(101, 0).paidWorkLookback(Period.ofYears(-1))
        .oneSidedSessionsTolerated(-1).build();
    assertThat(built.getError()).map(Reason::code).containsExactly("FIELD_BLANK",
        "FIELD_BLANK", "OUT_OF_RANGE", "OUT_OF_RANGE", "OUT_OF_RANGE", "OUT_OF_RANGE",
        "OUT_OF_RANGE");
    var twice = charterOf(Principle.NEUTRALITY, Principle.NEUTRALITY).build();
    assertThat(twice.getError()).map(Reason::code).containsExactly("DUPLICATE_VALUE");
  }

  @Test
  void nullIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> Charter.builder(null, TEXT))
        .withMessage("programme");
    assertThatNullPointerException().isThrownBy(() -> EthicsFixtures.ALL.audit(null))
        .withMessage("audited");
    assertThatNullPointerException()
        .isThrownBy(() -> new Violation(Principle.FREEDOM, null, null, null, null))
        .withMessage("severity");
  }
}
