package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.engagement.EngagementEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The jar ships one schema per event type and version, and a schema refuses a wrong shape. */
class EventSchemaTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  @Test
  void everyEventTypeHasItsVersionOneSchemaNamingIt() {
    // when
    var titles = EventTypes.names()
        .map(type -> Schemas.resource(type, 1).get("properties").get("type").get("const")
            .stringValue());

    // then
    assertThat(titles).containsExactlyElementsOf(EventTypes.names());
    assertThat(EventTypes.names()).hasSize(21);
  }

  @Test
  void aSchemaRefusesAFieldItDoesNotName() {
    // given
    EngagementEvent event = EventFixtures.samples().head();
    ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(JSON.write(event));
    document.put("unexpected", 1);

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).isNotEmpty();
  }

  @Test
  void aSchemaRefusesAnUnknownConstant() {
    // given
    EngagementEvent event = EventFixtures.samples()
        .find(e -> e instanceof EngagementEvent.ConsentGiven).get();
    ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(JSON.write(event));
    document.put("party", "EVERYONE");

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).isNotEmpty();
  }
}
