package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.EngagementId;
import tools.jackson.databind.json.JsonMapper;

/** Every event survives its JSON form, and a redacting form leaks none of its secrets. */
class AresoJsonProperties {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();

  @Provide
  Arbitrary<EngagementEvent> events() {
    return EventArbitraries.anyEvent();
  }

  @Provide
  Arbitrary<EngagementEvent> eventsWithSecrets() {
    return Combinators.combine(EventArbitraries.hostId(), net.jqwik.api.Arbitraries.longs())
        .flatAs((id, v) -> EventArbitraries.event(EngagementId.of(id).get(), v,
            EventArbitraries.secret()));
  }

  @Property(tries = 1000)
  void everyEventReadsBackEqualFromItsRevealedJson(@ForAll("events") EngagementEvent event) {
    // given
    String json = REVEALING.write(event);

    // when
    var read = REVEALING.readEvent(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(event);
  }

  @Property(tries = 300)
  void everyEventReadsBackEqualThroughAHostsMapper(@ForAll("events") EngagementEvent event) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(REVEALING.module()).build();
    String json = mapper.writeValueAsString(event);

    // when
    EngagementEvent read = mapper.readValue(json, EngagementEvent.class);

    // then
    assertThat(read).isEqualTo(event);
    assertThat(json).isEqualTo(REVEALING.write(event));
  }

  @Property(tries = 500)
  void aRedactingFormWritesNoSecret(@ForAll("eventsWithSecrets") EngagementEvent event) {
    // given
    String json = REDACTING.write(event);

    // when
    boolean leaks = json.contains("SeCrEt");

    // then
    assertThat(leaks).as(json).isFalse();
  }

  @Property(tries = 300)
  void everyEventIsWrittenUnderItsTypeAndCurrentSchemaVersion(
      @ForAll("events") EngagementEvent event) {
    // given
    String json = REDACTING.write(event);

    // when
    var tree = JsonMapper.shared().readTree(json);

    // then
    assertThat(tree.get("type").stringValue()).isEqualTo(event.getClass().getSimpleName());
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(event.schemaVersion());
  }
}
