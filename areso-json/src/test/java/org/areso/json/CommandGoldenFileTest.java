package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.engagement.EngagementCommand;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored and queued commands keep reading, and a command's shape does not change without a new
 * schema version: the rules of {@link GoldenFileTest}, for the files under
 * {@code golden/command/}.
 */
class CommandGoldenFileTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  private static String text(String name) {
    return GoldenFiles.text("command/" + name);
  }

  @Test
  void everyCommandGoldenFileOfEveryVersionStillReadsAsACommandOfItsType() {
    // given
    var names = GoldenFiles.commandNames();

    // when
    var read = names.map(name -> JSON.readCommand(text(name)));

    // then
    assertThat(names).hasSize(CommandTypes.names().size());
    names.zip(read).forEach(pair -> {
      assertThat(pair._2.isRight()).as("%s: %s", pair._1, pair._2).isTrue();
      assertThat(pair._1).startsWith(AresoJson.typeOf(pair._2.get()) + "-v");
    });
  }

  @Test
  void everyCommandTypeHasAGoldenFileOfItsCurrentVersion() {
    // when
    var missing = CommandTypes.names()
        .map(type -> GoldenFiles.name(type, CommandTypes.CURRENT))
        .removeAll(GoldenFiles.commandNames());

    // then
    assertThat(missing).isEmpty();
  }

  @Test
  void theCommandGoldenFileOfTheCurrentVersionReadsAsTheSampleItWasWrittenFrom() {
    // given
    var samples = CommandFixtures.samples();

    // when
    var read = samples.map(sample -> JSON.readCommand(text(
        GoldenFiles.name(AresoJson.typeOf(sample), CommandTypes.CURRENT))).get());

    // then
    assertThat(read).containsExactlyElementsOf(samples);
  }

  @Test
  void noCommandTypeChangedItsShapeWithoutANewSchemaVersion() {
    // given one sample of every type, each optional value present
    var samples = CommandFixtures.samples();

    // when
    var changed = samples.filter(sample -> {
      JsonNode now = JsonMapper.shared().readTree(JSON.write(sample));
      JsonNode stored = JsonMapper.shared().readTree(text(
          GoldenFiles.name(AresoJson.typeOf(sample), CommandTypes.CURRENT)));
      return !GoldenFiles.shape(now).equals(GoldenFiles.shape(stored));
    }).map(sample -> AresoJson.typeOf(sample) + " now writes " + JSON.write(sample));

    // then
    assertThat(changed).as("command types whose shape changed without a new schema version, "
        + "their upcaster and golden file").isEmpty();
  }

  @Test
  void theCommandSamplesCoverEveryCommandType() {
    // when
    var types = CommandFixtures.samples().map(EngagementCommand::getClass)
        .map(Class::getSimpleName);

    // then
    assertThat(types).containsExactlyInAnyOrderElementsOf(CommandTypes.names());
  }

  @Test
  void everyCommandTypeHasItsVersionOneSchemaNamingIt() {
    // when
    var consts = CommandTypes.names().map(type -> Schemas.resourceAt(
        Schemas.commandPath(type, 1)).get("properties").get("type").get("const").stringValue());

    // then
    assertThat(consts).containsExactlyElementsOf(CommandTypes.names());
    assertThat(CommandTypes.names()).hasSize(21);
  }

  @Test
  void noCommandIsNamedLikeAnEvent() {
    // when
    var shared = CommandTypes.names().retainAll(EventTypes.names());

    // then
    assertThat(shared).isEmpty();
  }
}
