package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.EngagementEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every event, written revealed or redacted, validates against its type's JSON Schema. */
class EventSchemaProperties {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();

  @Provide
  Arbitrary<EngagementEvent> events() {
    return EventArbitraries.anyEvent();
  }

  @Property(tries = 500)
  void everyRevealedEventValidatesAgainstItsSchema(@ForAll("events") EngagementEvent event) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REVEALING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Property(tries = 300)
  void everyRedactedEventValidatesAgainstItsSchema(@ForAll("events") EngagementEvent event) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REDACTING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }
}
