package org.areso.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.areso.core.engagement.CallForApplications.Status;
import org.areso.core.kernel.DateWindow;
import org.junit.jupiter.api.Test;

/** A call for applications stands upcoming, open or closed on the days the host gave it. */
class CallForApplicationsTest {

  private final CallForApplications call = new CallForApplications("AAC-2025",
      DateWindow.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 30)).get());

  @Test
  void theCallIsOpenFromItsLaunchToItsDeadlineBothIncluded() {
    assertThat(call.launched()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(call.status(LocalDate.of(2025, 3, 2))).isEqualTo(Status.UPCOMING);
    assertThat(call.status(LocalDate.of(2025, 3, 3))).isEqualTo(Status.OPEN);
    assertThat(call.status(LocalDate.of(2025, 4, 30))).isEqualTo(Status.OPEN);
    assertThat(call.status(LocalDate.of(2025, 5, 1))).isEqualTo(Status.CLOSED);
  }

  @Test
  void nullIsAProgrammerError() {
    assertThatNullPointerException().isThrownBy(() -> call.status(null));
    assertThatNullPointerException().isThrownBy(() -> new CallForApplications(null, call.open()));
  }
}
