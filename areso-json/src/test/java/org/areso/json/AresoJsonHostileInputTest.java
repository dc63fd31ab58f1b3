package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A broken or hostile stored text gives a typed JsonError, never an exception. */
class AresoJsonHostileInputTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  /** A stored ContributionRecorded, as a tree a test breaks. */
  private static ObjectNode contribution() {
    EngagementEvent event = EventFixtures.samples()
        .find(e -> e instanceof EngagementEvent.ContributionRecorded).get();
    return (ObjectNode) JsonMapper.shared().readTree(JSON.write(event));
  }

  private static JsonError errorOf(String json) {
    Either<JsonError, EngagementEvent> read = JSON.readEvent(json);
    assertThat(read.isLeft()).as("%s", read).isTrue();
    return read.getLeft();
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    // when
    JsonError error = errorOf("{\"type\": \"Suspended\", ");

    // then
    assertThat(error.code()).isEqualTo("JSON_MALFORMED");
  }

  @Test
  void anArrayIsMalformed() {
    // when
    JsonError error = errorOf("[1, 2]");

    // then
    assertThat(error).isEqualTo(new JsonError.Malformed("not an object"));
  }

  @Test
  void aDuplicateKeyIsMalformed() {
    // when
    JsonError error = errorOf("{\"type\": \"Suspended\", \"type\": \"Resumed\"}");

    // then
    assertThat(error).isEqualTo(new JsonError.Malformed("duplicate key"));
  }

  @Test
  void dataAfterTheDocumentIsMalformed() {
    // given
    String json = JSON.write(EventFixtures.samples().head()) + " {}";

    // when
    JsonError error = errorOf(json);

    // then
    assertThat(error).isEqualTo(new JsonError.Malformed("trailing data"));
  }

  @Test
  void anUnknownTypeIsNamed() {
    // given
    ObjectNode document = contribution().put("type", "ContributionErased");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("ContributionErased"));
  }

  @Test
  void aLaterSchemaVersionIsRefusedWithTheVersionThisOneReads() {
    // given
    ObjectNode document = contribution().put("schemaVersion", 2);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(
        new JsonError.FutureSchemaVersion("ContributionRecorded", 2, 1));
  }

  @Test
  void aSchemaVersionBelowOneIsInvalid() {
    // given
    ObjectNode document = contribution().put("schemaVersion", 0);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
  }

  @Test
  void aMissingFieldIsNamedByItsPath() {
    // given
    ObjectNode document = contribution();
    ((ObjectNode) document.get("contribution")).remove("on");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("contribution.on"));
  }

  @Test
  void aMissingTypeIsAMissingField() {
    // given
    ObjectNode document = contribution();
    document.remove("type");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("type"));
  }

  @Test
  void anInvalidDateIsNamedByItsPathWithoutItsValue() {
    // given
    ObjectNode document = contribution();
    ((ObjectNode) document.get("stamp")).put("at", "secret-of-the-day");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
    assertThat(((JsonError.FieldInvalid) error).field()).isEqualTo("stamp.at");
    assertThat(error.message(Language.EN)).doesNotContain("secret");
    assertThat(error.message(Language.FR)).doesNotContain("secret");
  }

  @Test
  void anIdentifierTheModelRefusesCarriesTheModelsReasonCodes() {
    // given
    ObjectNode document = contribution().put("engagement", "");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
    assertThat(((JsonError.FieldInvalid) error).field()).isEqualTo("engagement");
    assertThat(((JsonError.FieldInvalid) error).reasons()).isNotEmpty();
  }

  @Test
  void aNumberWhereATextBelongsIsInvalid() {
    // given
    ObjectNode document = contribution();
    ((ObjectNode) document.get("contribution")).put("aspect", 3);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(
        new JsonError.FieldInvalid("contribution.aspect", io.vavr.collection.List.empty()));
  }

  @Test
  void aOneMegabyteStringIsTooLarge() {
    // given
    ObjectNode document = contribution();
    ((ObjectNode) document.get("contribution")).put("note", "x".repeat(1 << 20));

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_TOO_LARGE");
  }

  @Test
  void aStringLongerThanTheLimitIsTooLargeEvenInAShortDocument() {
    // given
    AresoJson json = AresoJson.builder().revealingSensitive(true).maxLength(20_000).build();
    ObjectNode document = contribution();
    ((ObjectNode) document.get("contribution")).put("note", "x".repeat(19_990));

    // when
    var read = json.readEvent(document.toString());

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.TooLarge("document length"));
  }

  @Test
  void deepNestingIsTooLarge() {
    // given
    String json = "{\"type\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    // when
    JsonError error = errorOf(json);

    // then
    assertThat(error).isEqualTo(new JsonError.TooLarge("nesting depth"));
  }

  @Test
  void aRedactedValueCannotBeReadBack() {
    // given
    String json = AresoJson.create().write(EventFixtures.samples()
        .find(e -> e instanceof EngagementEvent.ContributionRecorded).get());

    // when
    JsonError error = errorOf(json);

    // then
    assertThat(error).isEqualTo(new JsonError.Redacted("contribution.note"));
  }

  @Test
  void aHostsMapperReportsAnUnreadableEventAsADatabindExceptionWithTheCode() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = contribution().put("type", "ContributionErased").toString();

    // when, then
    assertThatThrownBy(() -> mapper.readValue(json, EngagementEvent.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("JSON_UNKNOWN_TYPE");
  }

  @Test
  void aHostsMapperRefusesAnEventOfAnotherTypeThanAsked() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = contribution().toString();

    // when, then
    assertThatThrownBy(() -> mapper.readValue(json, EngagementEvent.Closed.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("not a Closed");
  }
}
