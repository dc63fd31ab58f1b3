package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.SupportCase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jar ships one schema per event type and version, an engagement's or a small lifecycle's,
 * and a schema refuses a wrong shape.
 */
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
  void everySmallLifecycleEventTypeHasItsVersionOneSchemaNamingIt() {
    // given
    var types = SubjectEventTypes.SUPPORT_CASE.names()
        .appendAll(SubjectEventTypes.COHORT_APPLICATION.names());

    // when
    var titles = types.map(type -> Schemas.resource(type, 1).get("properties").get("type")
        .get("const").stringValue());

    // then
    assertThat(titles).containsExactlyElementsOf(types);
    assertThat(types).hasSize(9);
  }

  @Test
  void aReferralsSchemaRefusesAnUnknownTopicAndAcceptsARedactedOne() {
    // given
    SupportCase.Event referred = SubjectEventFixtures.supportCaseSamples().head();
    ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(JSON.write(referred));
    ObjectNode redacted = document.deepCopy();
    redacted.putObject("topic").put("redacted", true);
    document.put("topic", "GAMBLING");

    // when
    var errors = Schemas.errors(AresoJson.typeOf(referred), document);
    var redactedErrors = Schemas.errors(AresoJson.typeOf(referred), redacted);

    // then
    assertThat(errors).isNotEmpty();
    assertThat(redactedErrors).isEmpty();
  }

  @Test
  void aSmallLifecycleEventsSchemaRefusesAVersionBelowOneAndAnEngagementInPlaceOfTheSubject() {
    // given
    CohortApplication.Event applied = SubjectEventFixtures.applicationSamples().head();
    ObjectNode document = (ObjectNode) JsonMapper.shared().readTree(JSON.write(applied));
    ObjectNode versionZero = document.deepCopy().put("version", 0);
    ObjectNode engagement = document.deepCopy();
    engagement.set("engagement", engagement.remove("subject"));

    // when
    var zeroErrors = Schemas.errors(AresoJson.typeOf(applied), versionZero);
    var engagementErrors = Schemas.errors(AresoJson.typeOf(applied), engagement);

    // then
    assertThat(Schemas.errors(AresoJson.typeOf(applied), document)).isEmpty();
    assertThat(zeroErrors).isNotEmpty();
    assertThat(engagementErrors).isNotEmpty();
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
