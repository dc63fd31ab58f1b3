package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.areso.core.engagement.SupportCase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored events of the small lifecycles keep reading, and their shape does not change without a
 * new schema version: the rules of {@link GoldenFileTest}, for the files under
 * {@code golden/support-case/} and {@code golden/cohort-application/}. A referral is kept
 * revealed and redacted ({@code SupportCase.Referred-v1-redacted.json}): its topic differs.
 */
class SubjectEventGoldenFileTest {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();
  private static final AresoJson REDACTING = AresoJson.create();
  private static final String REDACTED = "SupportCase.Referred-v1-redacted.json";

  private static String supportCase(String name) {
    return GoldenFiles.text("support-case/" + name);
  }

  private static String application(String name) {
    return GoldenFiles.text("cohort-application/" + name);
  }

  private static JsonNode tree(String json) {
    return JsonMapper.shared().readTree(json);
  }

  @Test
  void everySupportCaseGoldenFileOfEveryVersionStillReadsAsAnEventOfItsType() {
    // given the revealed files
    Seq<String> names = GoldenFiles.supportCaseNames().remove(REDACTED);

    // when
    var read = names.map(name -> REVEALING.readSupportCaseEvent(supportCase(name)));

    // then
    assertThat(names).hasSize(SubjectEventTypes.SUPPORT_CASE.names().size());
    names.zip(read).forEach(pair -> {
      assertThat(pair._2.isRight()).as("%s: %s", pair._1, pair._2).isTrue();
      assertThat(pair._1).startsWith(AresoJson.typeOf(pair._2.get()) + "-v");
    });
  }

  @Test
  void everyApplicationGoldenFileOfEveryVersionStillReadsAsAnEventOfItsType() {
    // given
    Seq<String> names = GoldenFiles.applicationNames();

    // when
    var read = names.map(name -> REVEALING.readCohortApplicationEvent(application(name)));

    // then
    assertThat(names).hasSize(SubjectEventTypes.COHORT_APPLICATION.names().size());
    names.zip(read).forEach(pair -> {
      assertThat(pair._2.isRight()).as("%s: %s", pair._1, pair._2).isTrue();
      assertThat(pair._1).startsWith(AresoJson.typeOf(pair._2.get()) + "-v");
    });
  }

  @Test
  void everyTypeHasAGoldenFileOfItsCurrentVersion() {
    // when
    var missing = SubjectEventTypes.SUPPORT_CASE.names()
        .map(type -> GoldenFiles.name(type, SubjectEventTypes.CURRENT))
        .removeAll(GoldenFiles.supportCaseNames())
        .appendAll(SubjectEventTypes.COHORT_APPLICATION.names()
            .map(type -> GoldenFiles.name(type, SubjectEventTypes.CURRENT))
            .removeAll(GoldenFiles.applicationNames()));

    // then
    assertThat(missing).isEmpty();
  }

  @Test
  void theGoldenFilesOfTheCurrentVersionReadAsTheSamplesTheyWereWrittenFrom() {
    // given
    var cases = SubjectEventFixtures.supportCaseSamples();
    var applications = SubjectEventFixtures.applicationSamples();

    // when
    var casesRead = cases.map(sample -> REVEALING.readSupportCaseEvent(supportCase(
        GoldenFiles.name(AresoJson.typeOf(sample), SubjectEventTypes.CURRENT))).get());
    var applicationsRead = applications.map(sample -> REVEALING.readCohortApplicationEvent(
        application(GoldenFiles.name(AresoJson.typeOf(sample), SubjectEventTypes.CURRENT)))
        .get());

    // then
    assertThat(casesRead).containsExactlyElementsOf(cases);
    assertThat(applicationsRead).containsExactlyElementsOf(applications);
  }

  @Test
  void theSamplesAreWrittenAsTheirGoldenFiles() {
    // given
    var cases = SubjectEventFixtures.supportCaseSamples();
    var applications = SubjectEventFixtures.applicationSamples();

    // when
    var casesWritten = cases.map(sample -> tree(REVEALING.write(sample)));
    var applicationsWritten = applications.map(sample -> tree(REVEALING.write(sample)));

    // then every value, not only the shape, is the stored one
    assertThat(casesWritten).containsExactlyElementsOf(cases.map(sample -> tree(supportCase(
        GoldenFiles.name(AresoJson.typeOf(sample), SubjectEventTypes.CURRENT)))));
    assertThat(applicationsWritten).containsExactlyElementsOf(applications.map(sample ->
        tree(application(GoldenFiles.name(AresoJson.typeOf(sample),
            SubjectEventTypes.CURRENT)))));
  }

  @Test
  void aRedactingFormWritesTheReferralAsItsRedactedGoldenFile() {
    // given
    SupportCase.Event referred = SubjectEventFixtures.supportCaseSamples().head();

    // when
    JsonNode written = tree(REDACTING.write(referred));

    // then
    assertThat(written).isEqualTo(tree(supportCase(REDACTED)));
    assertThat(written.get("topic").get("redacted").booleanValue()).isTrue();
  }

  @Test
  void theRedactedGoldenFileCannotBeReadBack() {
    // when
    var read = REVEALING.readSupportCaseEvent(supportCase(REDACTED));

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.Redacted("topic"));
  }

  @Test
  void everyGoldenFileValidatesAgainstItsTypesSchema() {
    // given
    var documents = GoldenFiles.supportCaseNames().map(SubjectEventGoldenFileTest::supportCase)
        .appendAll(GoldenFiles.applicationNames().map(SubjectEventGoldenFileTest::application))
        .map(SubjectEventGoldenFileTest::tree);

    // when
    var errors = documents.flatMap(d -> Schemas.errors(d.get("type").stringValue(), d));

    // then
    assertThat(documents).hasSize(10);
    assertThat(errors).isEmpty();
  }

  @Test
  void noTypeChangedItsShapeWithoutANewSchemaVersion() {
    // given one sample of every type
    var cases = SubjectEventFixtures.supportCaseSamples();
    var applications = SubjectEventFixtures.applicationSamples();

    // when
    var changed = cases.filter(sample -> !GoldenFiles.shape(tree(REVEALING.write(sample)))
            .equals(GoldenFiles.shape(tree(supportCase(
                GoldenFiles.name(AresoJson.typeOf(sample), sample.schemaVersion()))))))
        .map(AresoJson::typeOf)
        .appendAll(applications.filter(sample -> !GoldenFiles.shape(
                tree(REVEALING.write(sample))).equals(GoldenFiles.shape(tree(application(
                    GoldenFiles.name(AresoJson.typeOf(sample), sample.schemaVersion()))))))
            .map(AresoJson::typeOf));

    // then
    assertThat(changed).as("types whose shape changed without a new schema version, their "
        + "upcaster and golden file").isEmpty();
  }

  @Test
  void theSamplesCoverEveryType() {
    // when
    var cases = SubjectEventFixtures.supportCaseSamples().map(AresoJson::typeOf);
    var applications = SubjectEventFixtures.applicationSamples().map(AresoJson::typeOf);

    // then
    assertThat(cases).containsExactlyInAnyOrderElementsOf(SubjectEventTypes.SUPPORT_CASE.names());
    assertThat(applications)
        .containsExactlyInAnyOrderElementsOf(SubjectEventTypes.COHORT_APPLICATION.names());
  }

  @Test
  void noTypeIsNamedLikeAnEngagementEventACommandOrTheOtherLifecyclesType() {
    // given
    var cases = SubjectEventTypes.SUPPORT_CASE.names();
    var applications = SubjectEventTypes.COHORT_APPLICATION.names();

    // when
    var shared = cases.appendAll(applications).retainAll(EventTypes.names()
        .appendAll(CommandTypes.names()));

    // then
    assertThat(shared).isEmpty();
    assertThat(cases).hasSize(5).doesNotContainAnyElementsOf(applications);
    assertThat(applications).hasSize(4).contains("CohortApplication.Withdrawn");
    assertThat(EventTypes.names()).contains("Withdrawn");
  }
}
