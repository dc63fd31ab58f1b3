package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.SupportCase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A broken or hostile stored event of a small lifecycle, or one of another family read through
 * the wrong method, gives a typed JsonError, never an exception.
 */
class SubjectEventHostileInputTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  /** A stored referral, its topic revealed, as a tree a test breaks. */
  private static ObjectNode referred() {
    return tree(JSON.write(SubjectEventFixtures.supportCaseSamples().head()));
  }

  /** A stored application, as a tree a test breaks. */
  private static ObjectNode applied() {
    return tree(JSON.write(SubjectEventFixtures.applicationSamples().head()));
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) JsonMapper.shared().readTree(json);
  }

  private static JsonError caseErrorOf(ObjectNode document) {
    Either<JsonError, SupportCase.Event> read = JSON.readSupportCaseEvent(document.toString());
    assertThat(read.isLeft()).as("%s", read).isTrue();
    return read.getLeft();
  }

  private static JsonError applicationErrorOf(ObjectNode document) {
    Either<JsonError, CohortApplication.Event> read =
        JSON.readCohortApplicationEvent(document.toString());
    assertThat(read.isLeft()).as("%s", read).isTrue();
    return read.getLeft();
  }

  @Test
  void anApplicationsEventIsAnUnknownTypeToASupportCaseAndTheOtherWayRound() {
    // given
    String withdrawn = JSON.write(SubjectEventFixtures.applicationSamples().last());
    String referred = JSON.write(SubjectEventFixtures.supportCaseSamples().head());

    // when
    var asCase = JSON.readSupportCaseEvent(withdrawn);
    var asApplication = JSON.readCohortApplicationEvent(referred);

    // then
    assertThat(asCase.getLeft())
        .isEqualTo(new JsonError.UnknownType("CohortApplication.Withdrawn"));
    assertThat(asApplication.getLeft())
        .isEqualTo(new JsonError.UnknownType("SupportCase.Referred"));
  }

  @Test
  void anEngagementsWithdrawnIsAnUnknownTypeToEitherLifecycle() {
    // given an engagement's Withdrawn, whose simple name an application's event shares
    String json = JSON.write(EventFixtures.samples().last());

    // when
    var asCase = JSON.readSupportCaseEvent(json);
    var asApplication = JSON.readCohortApplicationEvent(json);

    // then
    assertThat(asCase.getLeft()).isEqualTo(new JsonError.UnknownType("Withdrawn"));
    assertThat(asApplication.getLeft()).isEqualTo(new JsonError.UnknownType("Withdrawn"));
  }

  @Test
  void aSmallLifecyclesEventIsAnUnknownTypeToTheEngagementsAndTheCommandsReaders() {
    // given
    String json = JSON.write(SubjectEventFixtures.applicationSamples().last());

    // when
    var asEvent = JSON.readEvent(json);
    var asCommand = JSON.readCommand(json);

    // then
    assertThat(asEvent.getLeft())
        .isEqualTo(new JsonError.UnknownType("CohortApplication.Withdrawn"));
    assertThat(asCommand.getLeft())
        .isEqualTo(new JsonError.UnknownType("CohortApplication.Withdrawn"));
  }

  @Test
  void theEventsUnqualifiedNameIsAnUnknownType() {
    // given
    ObjectNode document = applied().put("type", "Applied");

    // when
    JsonError error = applicationErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("Applied"));
  }

  @Test
  void aRedactedTopicCannotBeReadBack() {
    // given
    String json = AresoJson.create().write(SubjectEventFixtures.supportCaseSamples().head());

    // when
    var read = JSON.readSupportCaseEvent(json);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.Redacted("topic"));
  }

  @Test
  void anUnknownTopicIsInvalidAndNotQuoted() {
    // given
    ObjectNode document = referred().put("topic", "GAMBLING_DEBTS");

    // when
    JsonError error = caseErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("topic", List.empty()));
    assertThat(error.message(org.areso.core.kernel.Language.EN)).doesNotContain("GAMBLING");
  }

  @Test
  void aTopicAsAnObjectOtherThanTheRedactedOneIsInvalid() {
    // given
    ObjectNode document = referred();
    document.putObject("topic").put("name", "HEALTH");

    // when
    JsonError error = caseErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("topic", List.empty()));
  }

  @Test
  void anEmployeeIdTheModelRefusesCarriesTheModelsReasonCodes() {
    // given
    ObjectNode document = referred().put("employee", "x".repeat(200));

    // when
    JsonError error = caseErrorOf(document);

    // then
    assertThat(error).isEqualTo(
        new JsonError.FieldInvalid("employee", List.of("FIELD_TOO_LONG")));
  }

  @Test
  void aBlankSubjectIsInvalid() {
    // given
    ObjectNode document = referred().put("subject", "  ");

    // when
    JsonError error = caseErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("subject", List.of("FIELD_BLANK")));
  }

  @Test
  void aBlankCallIsInvalid() {
    // given
    ObjectNode document = applied().put("call", "");

    // when
    JsonError error = applicationErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("call", List.of("FIELD_BLANK")));
  }

  @Test
  void aVersionBelowOneIsInvalid() {
    // given
    ObjectNode zero = applied().put("version", 0);
    ObjectNode negative = referred().put("version", -3);

    // when
    JsonError zeroError = applicationErrorOf(zero);
    JsonError negativeError = caseErrorOf(negative);

    // then
    assertThat(zeroError).isEqualTo(new JsonError.FieldInvalid("version", List.empty()));
    assertThat(negativeError).isEqualTo(new JsonError.FieldInvalid("version", List.empty()));
  }

  @Test
  void valuesOfTheWrongKindAreInvalid() {
    // given
    ObjectNode numberSubject = applied().put("subject", 7);
    ObjectNode textVersion = referred().put("version", "1");
    ObjectNode textStamp = applied().put("stamp", "2024-01-08T09:00");

    // when
    JsonError subject = applicationErrorOf(numberSubject);
    JsonError version = caseErrorOf(textVersion);
    JsonError stamp = applicationErrorOf(textStamp);

    // then
    assertThat(subject).isEqualTo(new JsonError.FieldInvalid("subject", List.empty()));
    assertThat(version).isEqualTo(new JsonError.FieldInvalid("version", List.empty()));
    assertThat(stamp).isEqualTo(new JsonError.FieldInvalid("stamp", List.empty()));
  }

  @Test
  void aMissingFieldIsNamedByItsPath() {
    // given
    ObjectNode noTopic = referred();
    noTopic.remove("topic");
    ObjectNode noCall = applied();
    noCall.remove("call");
    ObjectNode noActor = applied();
    ((ObjectNode) noActor.get("stamp")).remove("actor");

    // when
    JsonError topic = caseErrorOf(noTopic);
    JsonError call = applicationErrorOf(noCall);
    JsonError actor = applicationErrorOf(noActor);

    // then
    assertThat(topic).isEqualTo(new JsonError.FieldMissing("topic"));
    assertThat(call).isEqualTo(new JsonError.FieldMissing("call"));
    assertThat(actor).isEqualTo(new JsonError.FieldMissing("stamp.actor"));
  }

  @Test
  void anEngagementInPlaceOfTheSubjectIsAMissingSubject() {
    // given
    ObjectNode document = applied();
    document.set("engagement", document.remove("subject"));

    // when
    JsonError error = applicationErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("subject"));
  }

  @Test
  void aLaterSchemaVersionIsRefusedWithTheVersionThisOneReads() {
    // given
    ObjectNode document = referred().put("schemaVersion", 2);

    // when
    JsonError error = caseErrorOf(document);

    // then
    assertThat(error).isEqualTo(new JsonError.FutureSchemaVersion("SupportCase.Referred", 2, 1));
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    // when
    var read = JSON.readSupportCaseEvent("{\"type\": \"SupportCase.Consented\", ");

    // then
    assertThat(read.getLeft().code()).isEqualTo("JSON_MALFORMED");
  }

  @Test
  void aHostsMapperRefusesAnEventOfTheOtherFamilyAsADatabindExceptionWithTheCode() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = applied().toString();

    // when, then
    assertThatThrownBy(() -> mapper.readValue(json, SupportCase.Event.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("JSON_UNKNOWN_TYPE");
    assertThatThrownBy(() -> mapper.readValue(json, EngagementEvent.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("JSON_UNKNOWN_TYPE");
  }

  @Test
  void aHostsMapperRefusesAnEventOfAnotherTypeThanAsked() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = applied().toString();

    // when
    var applied = mapper.readValue(json, CohortApplication.Event.Applied.class);

    // then
    assertThat(applied).isEqualTo(SubjectEventFixtures.applicationSamples().head());
    assertThatThrownBy(() -> mapper.readValue(json, CohortApplication.Event.Withdrawn.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("not a Withdrawn");
  }
}
