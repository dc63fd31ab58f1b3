package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.areso.core.engagement.EngagementEvent;
import org.areso.json.AresoJson;
import org.junit.jupiter.api.Test;

/** The store's codec over areso-json: each event of a walk back equal, and the rows it refuses. */
class JsonEventCodecTest {

  private final JsonEventCodec codec = JsonEventCodec.create();

  @Test
  void everyEventOfAWalkIsStoredWithItsTypeAndSchemaVersionAndReadBackEqual() {
    // given
    var events = Walks.walk("codec-1", Walks.length()).events();
    // when / then
    for (EngagementEvent event : events) {
      StoredEvent row = codec.encode(event);
      assertThat(row.type()).isEqualTo(AresoJson.typeOf(event));
      assertThat(row.schemaVersion()).isEqualTo(1);
      assertThat(row.payload()).contains("\"type\":\"" + row.type() + "\"");
      assertThat(codec.decode(row).get()).isEqualTo(event);
    }
    assertThat(events.map(e -> codec.encode(e).payload()).mkString())
        .as("the store keeps sensitive values: its database is where they belong")
        .contains(Walks.SECRET);
  }

  @Test
  void aTextOfAnotherTypeThanItsColumnIsAMismatch() {
    // given the first event's text under the second event's type
    var events = Walks.walk("codec-2", 2).events();
    StoredEvent first = codec.encode(events.get(0));
    StoredEvent second = codec.encode(events.get(1));
    StoredEvent swapped = new StoredEvent(first.engagement(), first.version(), second.type(),
        1, first.payload());
    // when
    var decoded = codec.decode(swapped);
    // then
    assertThat(decoded.getLeft().problem()).isEqualTo(StoreError.Problem.MISMATCH);
    assertThat(decoded.getLeft().toString()).doesNotContain(Walks.SECRET);
  }

  @Test
  void aJsonFormThatRedactsSensitiveValuesCannotServeAStore() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonEventCodec.of(AresoJson.create()))
        .withMessageContaining("must reveal sensitive values");
    assertThat(JsonEventCodec.of(AresoJson.builder().revealingSensitive(true).build()))
        .hasToString("JsonEventCodec[revealing]");
  }
}
