package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.LocalDateTime;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Stamp;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  @Test
  void everyEventTypeReadsBackEqualToWhatWasWritten() {
    for (EngagementEvent event : HrFixtures.everyType()) {
      // given
      String payload = EventCodec.encode(event);
      // when
      Either<String, EngagementEvent> decoded = EventCodec.decode(payload);
      // then
      assertThat(decoded).as(payload).isEqualTo(Either.right(event));
      assertThat(EventCodec.encode(decoded.get())).isEqualTo(payload);
    }
  }

  @Test
  void theRoundTripCoversEveryPermittedEventType() {
    // given
    Set<String> permitted = HashSet.of(EngagementEvent.class.getPermittedSubclasses())
        .map(Class::getSimpleName);
    // when
    Set<String> covered = HashSet.ofAll(HrFixtures.everyType()).map(EventCodec::type);
    // then
    assertThat(permitted).hasSize(21);
    assertThat(covered).isEqualTo(permitted);
  }

  @Test
  void aPayloadHasNoRawControlCharacterOrLoneSurrogate() {
    // given
    EngagementEvent followUp = HrFixtures.everyType().find(
        e -> e instanceof EngagementEvent.FollowUpReviewed).get();
    // when
    String payload = EventCodec.encode(followUp);
    // then
    assertThat(payload.chars().filter(c -> c < 0x20 || Character.isSurrogate((char) c)))
        .isEmpty();
    assertThat(payload).contains("\\\"no\\\"").contains("\\n").contains("\\u0001")
        .contains("\\ud83d\\ude00");
  }

  @Test
  void aFacilitatorsQualificationsAreStoredAndOneStoredWithoutThemCarriesNone() {
    // given a social worker carrying the title, assigned alone
    Facilitator titled = Facilitator.of("S-1", FacilitatorKind.SOCIAL_WORKER)
        .withQualification(Qualification.SOCIAL_WORKER_TITLE);
    EngagementEvent assigned = new EngagementEvent.FacilitatorsAssigned(
        EngagementId.of("ENG-1").get(), 4, Stamp.of(new Actor.Operator("service"),
            LocalDateTime.of(2024, 1, 8, 9, 0)), Facilitators.one(titled));
    // when
    String payload = EventCodec.encode(assigned);
    String storedBefore = payload.replace(",\"qualifications\":[\"SOCIAL_WORKER_TITLE\"]", "");
    // then
    assertThat(payload).contains("\"qualifications\":[\"SOCIAL_WORKER_TITLE\"]");
    assertThat(EventCodec.decode(payload)).isEqualTo(Either.right(assigned));
    assertThat(storedBefore).isNotEqualTo(payload);
    assertThat(EventCodec.decode(storedBefore).map(e -> ((EngagementEvent.FacilitatorsAssigned) e)
        .facilitators().members().head().qualifications())).isEqualTo(Either.right(
            io.vavr.collection.TreeSet.empty()));
  }

  @Test
  void aSensitiveValueIsStoredRevealedForTheHostsDatabase() {
    // given
    EngagementEvent contribution = HrFixtures.everyType().find(
        e -> e instanceof EngagementEvent.ContributionRecorded).get();
    // when
    String payload = EventCodec.encode(contribution);
    // then
    assertThat(payload).contains("\"note\":\"he said").doesNotContain("redacted");
  }

  @Test
  void anUnreadablePayloadIsAStableCodeNotAnException() {
    // given
    String good = EventCodec.encode(HrFixtures.everyType().get(11));
    // when / then
    assertThat(EventCodec.decode("")).isEqualTo(Either.left("UNEXPECTED_END"));
    assertThat(EventCodec.decode(good.substring(0, good.length() - 2)).isLeft()).isTrue();
    assertThat(EventCodec.decode(good + "x")).isEqualTo(Either.left("TRAILING_TEXT"));
    assertThat(EventCodec.decode(good.replace("ContributionRecorded", "Teleported")))
        .isEqualTo(Either.left("UNKNOWN_TYPE"));
    assertThat(EventCodec.decode(good.replace("\"schema\":\"1\"", "\"schema\":\"9\"")))
        .isEqualTo(Either.left("UNKNOWN_SCHEMA_VERSION"));
    assertThat(EventCodec.decode(good.replace("\"aspect\"", "\"aspects\"")))
        .isEqualTo(Either.left("MISSING_FIELD:contribution.aspect"));
    assertThat(EventCodec.decode(good.replace("OPINION_ON_CONTENT", "GOSSIP")))
        .isEqualTo(Either.left("MALFORMED_FIELD:contribution.aspect"));
    assertThat(EventCodec.decode(good.replace("\"by\":\"F-1\"", "\"by\":\"  \"")))
        .isEqualTo(Either.left("INVALID_FIELD:contribution.by:FIELD_BLANK"));
    assertThat(EventCodec.decode("[".repeat(10_000))).isEqualTo(Either.left("TOO_DEEP"));
  }

  @Test
  void aDecodingFailureNamesTheFieldNeverTheSensitiveValue() {
    // given a payload whose note is fine but whose date is broken
    String good = EventCodec.encode(HrFixtures.everyType().get(11));
    String broken = good.replace("\"on\":\"2024-01-16\"", "\"on\":\"16/01/2024\"");
    // when
    Either<String, EngagementEvent> decoded = EventCodec.decode(broken);
    // then
    assertThat(decoded).isEqualTo(Either.left("MALFORMED_FIELD:contribution.on"));
    assertThat(decoded.getLeft()).doesNotContain("he said");
  }
}
