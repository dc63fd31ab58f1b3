package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.engagement.EngagementEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored texts keep reading, and an event's shape does not change without a new schema version.
 *
 * <p>Changing what an event type writes (a field added, renamed or removed) calls for a new schema
 * version of that type: its schema {@code org/areso/json/schema/<Type>-v<n+1>.json}, an
 * {@link Upcaster} from version n, and a golden file {@code golden/<Type>-v<n+1>.json}; the golden
 * files of earlier versions stay as they are.
 */
class GoldenFileTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  @Test
  void everyGoldenFileOfEveryVersionStillReadsAsAnEventOfItsType() {
    // given
    var names = GoldenFiles.names();

    // when
    var read = names.map(name -> JSON.readEvent(GoldenFiles.text(name)));

    // then
    assertThat(names).isNotEmpty();
    names.zip(read).forEach(pair -> {
      assertThat(pair._2.isRight()).as("%s: %s", pair._1, pair._2).isTrue();
      assertThat(pair._1).startsWith(AresoJson.typeOf(pair._2.get()) + "-v");
    });
  }

  @Test
  void everyTypeHasAGoldenFileOfItsCurrentVersion() {
    // when
    var missing = EventTypes.names()
        .map(type -> GoldenFiles.name(type, EventTypes.CURRENT))
        .removeAll(GoldenFiles.names());

    // then
    assertThat(missing).isEmpty();
  }

  @Test
  void theGoldenFileOfTheCurrentVersionReadsAsTheSampleItWasWrittenFrom() {
    // given
    var samples = EventFixtures.samples();

    // when
    var read = samples.map(sample -> JSON.readEvent(GoldenFiles.text(
        GoldenFiles.name(AresoJson.typeOf(sample), EventTypes.CURRENT))).get());

    // then
    assertThat(read).containsExactlyElementsOf(samples);
  }

  @Test
  void noEventTypeChangedItsShapeWithoutANewSchemaVersion() {
    // given one sample of every type, each optional value present
    var samples = EventFixtures.samples();

    // when
    var changed = samples.filter(sample -> {
      JsonNode now = JsonMapper.shared().readTree(JSON.write(sample));
      JsonNode stored = JsonMapper.shared().readTree(GoldenFiles.text(
          GoldenFiles.name(AresoJson.typeOf(sample), sample.schemaVersion())));
      return !GoldenFiles.shape(now).equals(GoldenFiles.shape(stored));
    }).map(sample -> AresoJson.typeOf(sample) + " now writes " + JSON.write(sample));

    // then
    assertThat(changed).as("types whose shape changed without a new schema version, their "
        + "upcaster and golden file").isEmpty();
  }

  @Test
  void theSamplesCoverEveryEventType() {
    // when
    var types = EventFixtures.samples().map(EngagementEvent::getClass).map(Class::getSimpleName);

    // then
    assertThat(types).containsExactlyInAnyOrderElementsOf(EventTypes.names());
  }
}
