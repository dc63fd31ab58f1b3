package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.LinkedHashSet;
import java.time.LocalDateTime;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.Closed;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upcasters turn older forms into the current one, chained version after version. No event type is
 * past version 1 yet, so these tests pretend that {@code Closed} is in version 3, whose form is
 * today's, and that its versions 1 and 2 wrote the assessment differently; and that
 * {@code SupportCase.Referred} is in version 2, its version 1 having named the employee
 * {@code party}.
 */
class UpcasterTest {

  /** Version 1 wrote the assessment's summary and outcomes side by side. */
  private static final String CLOSED_V1 = """
      {"type": "Closed", "schemaVersion": 1, "engagement": "ENG-1", "version": 9,
       "stamp": {"actor": {"kind": "operator", "reference": "back-office"},
                 "at": "2024-03-01T10:00"},
       "assessment": "Calmer meetings", "outcomes": ["charter signed"]}""";

  /** Version 2 nested them, the summary under "text". */
  private static final String CLOSED_V2 = """
      {"type": "Closed", "schemaVersion": 2, "engagement": "ENG-1", "version": 9,
       "stamp": {"actor": {"kind": "operator", "reference": "back-office"},
                 "at": "2024-03-01T10:00"},
       "assessment": {"text": "Calmer meetings", "outcomes": ["charter signed"]}}""";

  /** Version 1 to 2: the summary and the outcomes move into one object. */
  static class NestTheAssessment implements Upcaster {
    @Override
    public String type() {
      return "Closed";
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode document) {
      ObjectNode assessment = document.objectNode();
      assessment.set("text", document.remove("assessment"));
      assessment.set("outcomes", document.remove("outcomes"));
      document.set("assessment", assessment);
      return document;
    }
  }

  /** Version 2 to 3: the summary is called "summary". */
  static final class RenameTheSummary implements Upcaster {
    @Override
    public String type() {
      return "Closed";
    }

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode document) {
      ObjectNode assessment = (ObjectNode) document.get("assessment");
      assessment.set("summary", assessment.remove("text"));
      return document;
    }
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) JsonMapper.shared().readTree(json);
  }

  private static Closed expected() {
    return new Closed(org.areso.core.kernel.EngagementId.of("ENG-1").get(), 9,
        org.areso.core.kernel.Stamp.of(new org.areso.core.kernel.Actor.Operator("back-office"),
            java.time.LocalDateTime.of(2024, 3, 1, 10, 0)),
        new Assessment("Calmer meetings", LinkedHashSet.of("charter signed")));
  }

  private static AresoJson closedInVersionThree(Upcaster... upcasters) {
    AresoJson.Builder builder = AresoJson.builder().currentVersion("Closed", 3);
    for (Upcaster upcaster : upcasters) {
      builder.upcaster(upcaster);
    }
    return builder.build();
  }

  @Test
  void nestingTheAssessmentTurnsAVersionOneSampleIntoVersionTwo() {
    // given
    ObjectNode v1 = tree(CLOSED_V1);

    // when
    ObjectNode upcast = new NestTheAssessment().upcast(v1);

    // then the chain, not the upcaster, sets the schema version
    assertThat(upcast.without("schemaVersion"))
        .isEqualTo(tree(CLOSED_V2).without("schemaVersion"));
  }

  @Test
  void renamingTheSummaryTurnsAVersionTwoSampleIntoTheCurrentForm() {
    // given
    ObjectNode v2 = tree(CLOSED_V2);

    // when
    ObjectNode upcast = new RenameTheSummary().upcast(v2);

    // then
    assertThat(upcast.get("assessment").get("summary").stringValue())
        .isEqualTo("Calmer meetings");
    assertThat(upcast.get("assessment").get("outcomes")).isInstanceOf(ArrayNode.class);
    assertThat(upcast.get("assessment").has("text")).isFalse();
  }

  @Test
  void aVersionOneDocumentIsReadThroughBothUpcasters() {
    // given
    AresoJson json = closedInVersionThree(new RenameTheSummary(), new NestTheAssessment());

    // when
    var read = json.readEvent(CLOSED_V1);

    // then
    assertThat(read.<EngagementEvent>get()).isEqualTo(expected());
  }

  @Test
  void aVersionTwoDocumentIsReadThroughTheLastUpcasterOnly() {
    // given
    AresoJson json = closedInVersionThree(new NestTheAssessment(), new RenameTheSummary());

    // when
    var read = json.readEvent(CLOSED_V2);

    // then
    assertThat(read.<EngagementEvent>get()).isEqualTo(expected());
  }

  @Test
  void aGapInTheChainIsNamed() {
    // given
    AresoJson json = closedInVersionThree(new NestTheAssessment());

    // when
    var read = json.readEvent(CLOSED_V1);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.NoUpcaster("Closed", 2));
  }

  /** A referral in the pretended version 1 of SupportCase.Referred: the employee as "party". */
  private static final String REFERRED_V1 = """
      {"type": "SupportCase.Referred", "schemaVersion": 1, "subject": "CASE-1", "version": 1,
       "stamp": {"actor": {"kind": "facilitator", "id": "F-1"}, "at": "2024-03-01T10:00"},
       "party": "emp-42", "topic": "CAREGIVING"}""";

  /** SupportCase.Referred, version 1 to 2: the employee is called "employee". */
  static final class NameTheEmployee implements Upcaster {
    @Override
    public String type() {
      return "SupportCase.Referred";
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode document) {
      document.set("employee", document.remove("party"));
      return document;
    }
  }

  @Test
  void aSupportCasesEventIsReadThroughTheUpcasterOfItsQualifiedType() {
    // given
    AresoJson json = AresoJson.builder().currentVersion("SupportCase.Referred", 2)
        .revealingSensitive(true).upcaster(new NameTheEmployee()).build();

    // when
    var read = json.readSupportCaseEvent(REFERRED_V1);

    // then
    assertThat(read.<SupportCase.Event>get()).isEqualTo(new SupportCase.Event.Referred("CASE-1",
        1, Stamp.of(new Actor.Facilitator(FacilitatorId.of("F-1").get()),
            LocalDateTime.of(2024, 3, 1, 10, 0)),
        PartyId.of("emp-42").get(), Sensitive.of(SupportCase.Topic.CAREGIVING)));
  }

  @Test
  void aSupportCasesEventWithNoUpcasterToItsCurrentVersionIsNamed() {
    // given
    AresoJson json = AresoJson.builder().currentVersion("SupportCase.Referred", 2).build();

    // when
    var read = json.readSupportCaseEvent(REFERRED_V1);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.NoUpcaster("SupportCase.Referred", 1));
  }

  @Test
  void anEngagementTypesUpcasterDoesNotApplyToTheApplicationsTypeOfTheSameSimpleName() {
    // given an upcaster of the engagement's Withdrawn, which would drop the subject
    Upcaster engagements = new Upcaster() {
      @Override
      public String type() {
        return "Withdrawn";
      }

      @Override
      public int fromVersion() {
        return 1;
      }

      @Override
      public ObjectNode upcast(ObjectNode document) {
        document.remove("subject");
        return document;
      }
    };
    AresoJson json = AresoJson.builder().currentVersion("Withdrawn", 2)
        .currentVersion("CohortApplication.Withdrawn", 2).upcaster(engagements).build();
    String v1 = AresoJson.create().write(SubjectEventFixtures.applicationSamples().last());

    // when
    var read = json.readCohortApplicationEvent(v1);

    // then
    assertThat(read.getLeft())
        .isEqualTo(new JsonError.NoUpcaster("CohortApplication.Withdrawn", 1));
  }

  @Test
  void theSmallLifecyclesTypesAreKnownInTheirCurrentVersion() {
    // given
    AresoJson json = AresoJson.create();

    // when
    var versions = SubjectEventTypes.SUPPORT_CASE.names()
        .appendAll(SubjectEventTypes.COHORT_APPLICATION.names())
        .map(json::currentSchemaVersion);

    // then
    assertThat(versions).hasSize(9).allMatch(v -> v.contains(1));
    assertThat(json.currentSchemaVersion("Referred").isEmpty()).isTrue();
  }

  @Test
  void anUpcasterOfAnUnknownTypeIsRefused() {
    // given
    Upcaster unknown = new NestTheAssessment() {
      @Override
      public String type() {
        return "Erased";
      }
    };

    // when, then
    assertThatThrownBy(() -> AresoJson.builder().upcaster(unknown))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoUpcastersFromTheSameVersionAreRefused() {
    // given
    AresoJson.Builder builder = AresoJson.builder().upcaster(new NestTheAssessment());

    // when, then
    assertThatThrownBy(() -> builder.upcaster(new NestTheAssessment()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUpcasterFromTheCurrentVersionIsRefused() {
    // given today every type is in version 1
    AresoJson.Builder builder = AresoJson.builder().upcaster(new NestTheAssessment());

    // when, then
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Closed v1");
  }
}
