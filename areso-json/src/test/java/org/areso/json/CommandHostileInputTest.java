package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import org.areso.core.engagement.EngagementCommand;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A broken or hostile command, queued or received from a client, gives a typed JsonError. */
class CommandHostileInputTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  private static EngagementCommand sample(Class<? extends EngagementCommand> type) {
    return CommandFixtures.samples().find(type::isInstance).get();
  }

  private static ObjectNode document(Class<? extends EngagementCommand> type) {
    return (ObjectNode) JsonMapper.shared().readTree(JSON.write(sample(type)));
  }

  private static JsonError errorOf(String json) {
    Either<JsonError, EngagementCommand> read = JSON.readCommand(json);
    assertThat(read.isLeft()).as("%s", read).isTrue();
    return read.getLeft();
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    // when
    JsonError error = errorOf("{\"type\": \"Suspend\", ");

    // then
    assertThat(error.code()).isEqualTo("JSON_MALFORMED");
  }

  @Test
  void anEventIsNotACommand() {
    // given
    String event = JSON.write(EventFixtures.samples().head());

    // when
    JsonError error = errorOf(event);

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("EngagementRequested"));
  }

  @Test
  void aCommandIsNotAnEvent() {
    // given
    String command = JSON.write(sample(EngagementCommand.Suspend.class));

    // when
    var read = JSON.readEvent(command);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.UnknownType("Suspend"));
  }

  @Test
  void aLaterSchemaVersionIsRefusedWithTheVersionThisOneReads() {
    // given
    ObjectNode document = document(EngagementCommand.RecordContribution.class)
        .put("schemaVersion", 3);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FutureSchemaVersion("RecordContribution", 3, 1));
  }

  @Test
  void aMissingFieldIsNamedByItsPath() {
    // given
    ObjectNode document = document(EngagementCommand.RecordSession.class);
    ((ObjectNode) document.get("session")).remove("status");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("session.status"));
  }

  @Test
  void aStructuresFieldsMayBeLeftOutAndItsCantonNamedAsAPersonWritesIt() {
    // given a request whose structure gives a name, a country and a canton by its German name,
    // and leaves every other field out, as a client's mapper that drops nulls writes it
    ObjectNode document = document(EngagementCommand.RequestEngagement.class);
    ObjectNode structure = document.putObject("structure");
    structure.put("name", "Stiftung Lindenhof");
    structure.put("country", "CH");
    structure.put("canton", "Zürich");

    // when
    Either<JsonError, EngagementCommand> read = JSON.readCommand(document.toString());

    // then the structure is read with the canton's code, the rest unknown
    assertThat(read.isRight()).as("%s", read).isTrue();
    var request = (EngagementCommand.RequestEngagement) read.get();
    assertThat(request.structure().canton()).contains(org.areso.core.kernel.Canton.ZH);
    assertThat(request.structure().name()).contains("Stiftung Lindenhof");
    assertThat(request.structure().uid()).isEmpty();
    assertThat(request.structure().headcount()).isEmpty();
    // and a canton no one writes is still refused, with the model's reason
    structure.put("canton", "Atlantis");
    assertThat(errorOf(document.toString())).isEqualTo(new JsonError.FieldInvalid(
        "structure.canton", io.vavr.collection.List.of("UNKNOWN_VALUE")));
  }

  @Test
  void anApplicationWhoseVersionItsStageCannotHaveIsInvalid() {
    // given
    ObjectNode document = document(EngagementCommand.RecordSelection.class);
    ((ObjectNode) document.get("application")).put("version", 7);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
    assertThat(((JsonError.FieldInvalid) error).field()).isEqualTo("application.version");
  }

  @Test
  void aCallWhoseDeadlineComesBeforeItsLaunchIsInvalid() {
    // given
    ObjectNode document = document(EngagementCommand.RecordSelection.class);
    ((ObjectNode) document.get("application").get("call").get("open")).put("end", "2000-01-01");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
    assertThat(((JsonError.FieldInvalid) error).field()).isEqualTo("application.call.open");
  }

  @Test
  void aOneMegabyteStringIsTooLarge() {
    // given
    ObjectNode document = document(EngagementCommand.RecordFollowUpReview.class)
        .put("summary", "x".repeat(1 << 20));

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_TOO_LARGE");
  }

  @Test
  void aRedactedValueCannotBeReadBack() {
    // given
    String json = AresoJson.create().write(sample(EngagementCommand.Disclose.class));

    // when
    JsonError error = errorOf(json);

    // then
    assertThat(error).isEqualTo(new JsonError.Redacted("disclosure.item.content"));
  }

  @Test
  void aHostsMapperRefusesACommandOfAnotherTypeThanAsked() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = JSON.write(sample(EngagementCommand.Suspend.class));

    // when, then
    assertThatThrownBy(() -> mapper.readValue(json, EngagementCommand.Resume.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("not a Resume");
  }
}
