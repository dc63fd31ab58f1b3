package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.EngagementId;

class EventCodecProperties {

  private final EngagementStore store =
      EngagementStore.open(HrFixtures.freshDatabase(), Clock.systemUTC()).get();

  @Provide
  Arbitrary<EngagementEvent> events() {
    return EventArbitraries.anyEvent();
  }

  @Provide
  Arbitrary<EngagementEvent> firstEvents() {
    return EventArbitraries.hostId().flatMap(id -> EventArbitraries.event(
        EngagementId.of(id).get(), 1));
  }

  @Property(tries = 500)
  void everyEventReadsBackEqualToWhatWasWritten(@ForAll("events") EngagementEvent event) {
    // when
    Either<String, EngagementEvent> decoded = EventCodec.decode(EventCodec.encode(event));
    // then
    assertThat(decoded).isEqualTo(Either.right(event));
  }

  @Property(tries = 200)
  void everyEventStoredInTheDatabaseReadsBackEqual(@ForAll("firstEvents") EngagementEvent event) {
    // given
    Either<StoreError, Long> appended =
        store.append(event.engagement(), 0, List.of(event));
    // when
    var stored = store.events(event.engagement());
    // then (an id generated twice already holds its version 1: that append is a conflict)
    if (appended.isRight()) {
      assertThat(stored).isEqualTo(Either.right(List.of(event)));
    } else {
      assertThat(appended.getLeft()).isInstanceOf(StoreError.Conflict.class);
      assertThat(stored.get()).hasSize(1);
    }
  }

  @Property(tries = 500)
  void decodingAnyTextGivesAnEventOrACodeNeverAnException(
      @ForAll("mutatedPayloads") String payload) {
    // when
    Either<String, EngagementEvent> decoded = EventCodec.decode(payload);
    // then
    assertThat(decoded.isLeft() ? decoded.getLeft() : "event").isNotBlank();
  }

  @Provide
  Arbitrary<String> mutatedPayloads() {
    Arbitrary<String> encoded = EventArbitraries.anyEvent().map(EventCodec::encode);
    return Arbitraries.oneOf(
        EventArbitraries.anyText(),
        encoded.flatMap(p -> Arbitraries.integers().between(0, p.length())
            .map(cut -> p.substring(0, cut))),
        encoded.flatMap(p -> Arbitraries.integers().between(0, Math.max(0, p.length() - 1))
            .flatMap(at -> Arbitraries.of('"', '\\', '{', '}', '[', ']', ',', ':', 'x', '0', ' ')
                .map(c -> p.isEmpty() ? p : p.substring(0, at) + c + p.substring(at + 1)))));
  }
}
