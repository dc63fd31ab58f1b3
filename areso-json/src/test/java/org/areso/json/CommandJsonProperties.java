package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.EngagementCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command survives its JSON form, validates against its type's schema, and a redacting form
 * leaks none of its secrets.
 */
class CommandJsonProperties {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();

  @Provide
  Arbitrary<EngagementCommand> commands() {
    return CommandArbitraries.anyCommand();
  }

  @Provide
  Arbitrary<EngagementCommand> commandsWithSecrets() {
    return CommandArbitraries.commandsWithSecrets();
  }

  @Property(tries = 1000)
  void everyCommandReadsBackEqualFromItsRevealedJson(
      @ForAll("commands") EngagementCommand command) {
    // given
    String json = REVEALING.write(command);

    // when
    var read = REVEALING.readCommand(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(command);
  }

  @Property(tries = 300)
  void everyCommandReadsBackEqualThroughAHostsMapper(
      @ForAll("commands") EngagementCommand command) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(REVEALING.module()).build();
    String json = mapper.writeValueAsString(command);

    // when
    EngagementCommand read = mapper.readValue(json, EngagementCommand.class);

    // then
    assertThat(read).isEqualTo(command);
    assertThat(json).isEqualTo(REVEALING.write(command));
  }

  @Property(tries = 500)
  void aRedactingFormWritesNoSecretOfACommand(
      @ForAll("commandsWithSecrets") EngagementCommand command) {
    // given
    String json = REDACTING.write(command);

    // when
    boolean leaks = json.contains("SeCrEt");

    // then
    assertThat(leaks).as(json).isFalse();
  }

  @Property(tries = 500)
  void everyRevealedCommandValidatesAgainstItsSchema(
      @ForAll("commands") EngagementCommand command) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REVEALING.write(command));

    // when
    var errors = Schemas.commandErrors(AresoJson.typeOf(command), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Property(tries = 300)
  void everyRedactedCommandValidatesAgainstItsSchema(
      @ForAll("commandsWithSecrets") EngagementCommand command) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REDACTING.write(command));

    // when
    var errors = Schemas.commandErrors(AresoJson.typeOf(command), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Property(tries = 200)
  void everyCommandIsWrittenUnderItsTypeAndCurrentSchemaVersion(
      @ForAll("commands") EngagementCommand command) {
    // given
    String json = REDACTING.write(command);

    // when
    var tree = JsonMapper.shared().readTree(json);

    // then
    assertThat(tree.get("type").stringValue()).isEqualTo(command.getClass().getSimpleName());
    assertThat(tree.get("schemaVersion").intValue())
        .isEqualTo(REDACTING.currentSchemaVersion(AresoJson.typeOf(command)).get());
  }
}
