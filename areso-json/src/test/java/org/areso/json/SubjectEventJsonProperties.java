package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event of the small lifecycles survives its JSON form, under its own type and current
 * schema version, and a redacting form writes no support case's topic.
 */
class SubjectEventJsonProperties {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();

  @Provide
  Arbitrary<SupportCase.Event> supportCaseEvents() {
    return SubjectEventArbitraries.supportCaseEvent();
  }

  @Provide
  Arbitrary<CohortApplication.Event> applicationEvents() {
    return SubjectEventArbitraries.applicationEvent();
  }

  @Property(tries = 500)
  void everySupportCaseEventReadsBackEqualFromItsRevealedJson(
      @ForAll("supportCaseEvents") SupportCase.Event event) {
    // given
    String json = REVEALING.write(event);

    // when
    var read = REVEALING.readSupportCaseEvent(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(event);
  }

  @Property(tries = 500)
  void everyApplicationEventReadsBackEqualFromItsJson(
      @ForAll("applicationEvents") CohortApplication.Event event) {
    // given
    String json = REDACTING.write(event);

    // when
    var read = REDACTING.readCohortApplicationEvent(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(event);
  }

  @Property(tries = 200)
  void anApplicationEventIsWrittenAlikeRevealingOrNot(
      @ForAll("applicationEvents") CohortApplication.Event event) {
    // when
    String revealed = REVEALING.write(event);

    // then
    assertThat(revealed).isEqualTo(REDACTING.write(event));
  }

  @Property(tries = 200)
  void everySupportCaseEventReadsBackEqualThroughAHostsMapper(
      @ForAll("supportCaseEvents") SupportCase.Event event) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(REVEALING.module()).build();
    String json = mapper.writeValueAsString(event);

    // when
    SupportCase.Event read = mapper.readValue(json, SupportCase.Event.class);

    // then
    assertThat(read).isEqualTo(event);
    assertThat(json).isEqualTo(REVEALING.write(event));
  }

  @Property(tries = 200)
  void everyApplicationEventReadsBackEqualThroughAHostsMapper(
      @ForAll("applicationEvents") CohortApplication.Event event) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(REVEALING.module()).build();
    String json = mapper.writeValueAsString(event);

    // when
    CohortApplication.Event read = mapper.readValue(json, CohortApplication.Event.class);

    // then
    assertThat(read).isEqualTo(event);
    assertThat(json).isEqualTo(REVEALING.write(event));
  }

  @Property(tries = 300)
  void aRedactingFormWritesNoTopic(@ForAll("supportCaseEvents") SupportCase.Event event) {
    // given
    JsonNode tree = JsonMapper.shared().readTree(REDACTING.write(event));

    // when
    JsonNode topic = tree.get("topic");

    // then a referral's topic is redacted, and no other event holds one
    if (event instanceof SupportCase.Event.Referred) {
      assertThat(topic).isEqualTo(JsonMapper.shared().readTree("{\"redacted\": true}"));
    } else {
      assertThat(topic).isNull();
    }
  }

  @Property(tries = 300)
  void everySupportCaseEventIsWrittenUnderItsQualifiedTypeAndCurrentSchemaVersion(
      @ForAll("supportCaseEvents") SupportCase.Event event) {
    // given
    String json = REDACTING.write(event);

    // when
    var tree = JsonMapper.shared().readTree(json);

    // then
    assertThat(tree.get("type").stringValue())
        .isEqualTo("SupportCase." + event.getClass().getSimpleName())
        .isEqualTo(AresoJson.typeOf(event));
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(event.schemaVersion())
        .isEqualTo(REDACTING.currentSchemaVersion(AresoJson.typeOf(event)).get());
    assertThat(tree.get("subject").stringValue()).isEqualTo(event.subject());
  }

  @Property(tries = 300)
  void everyApplicationEventIsWrittenUnderItsQualifiedTypeAndCurrentSchemaVersion(
      @ForAll("applicationEvents") CohortApplication.Event event) {
    // given
    String json = REDACTING.write(event);

    // when
    var tree = JsonMapper.shared().readTree(json);

    // then
    assertThat(tree.get("type").stringValue())
        .isEqualTo("CohortApplication." + event.getClass().getSimpleName())
        .isEqualTo(AresoJson.typeOf(event));
    assertThat(tree.get("schemaVersion").intValue()).isEqualTo(event.schemaVersion())
        .isEqualTo(REDACTING.currentSchemaVersion(AresoJson.typeOf(event)).get());
    assertThat(tree.get("subject").stringValue()).isEqualTo(event.subject());
  }
}
