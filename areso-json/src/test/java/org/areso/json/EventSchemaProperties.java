package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.SupportCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event, an engagement's or a small lifecycle's, written revealed or redacted, validates
 * against its type's JSON Schema.
 */
class EventSchemaProperties {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();

  @Provide
  Arbitrary<EngagementEvent> events() {
    return EventArbitraries.anyEvent();
  }

  @Property(tries = 500)
  void everyRevealedEventValidatesAgainstItsSchema(@ForAll("events") EngagementEvent event) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REVEALING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Provide
  Arbitrary<SupportCase.Event> supportCaseEvents() {
    return SubjectEventArbitraries.supportCaseEvent();
  }

  @Provide
  Arbitrary<CohortApplication.Event> applicationEvents() {
    return SubjectEventArbitraries.applicationEvent();
  }

  @Property(tries = 300)
  void everySupportCaseEventRevealedOrRedactedValidatesAgainstItsSchema(
      @ForAll("supportCaseEvents") SupportCase.Event event) {
    // given
    JsonNode revealed = JsonMapper.shared().readTree(REVEALING.write(event));
    JsonNode redacted = JsonMapper.shared().readTree(REDACTING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), revealed)
        .appendAll(Schemas.errors(AresoJson.typeOf(event), redacted));

    // then
    assertThat(errors).as(revealed.toString()).isEmpty();
  }

  @Property(tries = 300)
  void everyApplicationEventValidatesAgainstItsSchema(
      @ForAll("applicationEvents") CohortApplication.Event event) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REDACTING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Property(tries = 300)
  void everyRedactedEventValidatesAgainstItsSchema(@ForAll("events") EngagementEvent event) {
    // given
    JsonNode document = JsonMapper.shared().readTree(REDACTING.write(event));

    // when
    var errors = Schemas.errors(AresoJson.typeOf(event), document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }
}
