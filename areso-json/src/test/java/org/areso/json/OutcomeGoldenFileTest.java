package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored decisions keep reading, and no outcome (a decision, a rejection, an audit) changes its
 * shape without a new schema version: the rules of {@link GoldenFileTest}, for the files under
 * {@code golden/outcome/}. A rejection or an audit is written only, so its golden file is the one
 * its fixture is written as, by shape: its messages may be reworded, its fields may not.
 */
class OutcomeGoldenFileTest {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true)
      .declaredFact(OutcomeFixtures.WORKS_COUNCIL).build();

  private static final String DECISION = "outcome/" + GoldenFiles.name(OutcomeWriter.DECISION,
      OutcomeWriter.DECISION_CURRENT);

  private static final String AUDIT = "outcome/" + GoldenFiles.name(OutcomeWriter.AUDIT,
      OutcomeWriter.CURRENT);

  private static JsonNode tree(String json) {
    return JsonMapper.shared().readTree(json);
  }

  private static JsonNode golden(String name) {
    return tree(GoldenFiles.text(name));
  }

  @Test
  void everyDecisionGoldenFileOfEveryVersionStillReadsAsADecision() {
    // given
    var names = GoldenFiles.outcomeNames().filter(name -> name.startsWith("Decision-v"));

    // when
    var read = names.map(name -> JSON.readDecision(GoldenFiles.text("outcome/" + name)));

    // then
    assertThat(names).isNotEmpty();
    names.zip(read).forEach(pair ->
        assertThat(pair._2.isRight()).as("%s: %s", pair._1, pair._2).isTrue());
  }

  @Test
  void theDecisionGoldenFileOfTheCurrentVersionReadsAsTheSampleItWasWrittenFrom() {
    // when
    var read = JSON.readDecision(GoldenFiles.text(DECISION));

    // then
    assertThat(read.get()).isEqualTo(OutcomeFixtures.decision());
  }

  @Test
  void theDecisionSampleHoldsAReasonOfEveryTypeAndBothCodesOfAnUnmetCondition() {
    // when
    var reasons = OutcomeFixtures.decision().reasons();

    // then
    assertThat(reasons.map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(EligibilityReason.class.getPermittedSubclasses());
    assertThat(reasons.map(EligibilityReason::code))
        .contains("CONDITION_NOT_MET", "EXCLUSION_MET");
  }

  @Test
  void theDecisionDidNotChangeItsShapeWithoutANewSchemaVersion() {
    // given
    JsonNode now = tree(JSON.write(OutcomeFixtures.decision()));

    // when
    var shape = GoldenFiles.shape(now);

    // then
    assertThat(shape).isEqualTo(GoldenFiles.shape(golden(DECISION)));
  }

  @Test
  void noRejectionKindChangedItsShapeWithoutANewSchemaVersion() {
    // given one rejection of every kind, written in both languages
    var samples = OutcomeFixtures.rejections();

    // when
    var changed = samples.flatMap(sample -> List.of(Language.values())
        .filter(language -> !GoldenFiles.shape(tree(JSON.write(sample, language)))
            .equals(GoldenFiles.shape(golden(OutcomeFixtures.rejectionFile(sample)))))
        .map(language -> sample.kind() + " in " + language + " now writes "
            + JSON.write(sample, language)));

    // then
    assertThat(changed).as("rejections whose shape changed without a new schema version and "
        + "golden file").isEmpty();
  }

  @Test
  void theRejectionSamplesCoverEveryKind() {
    // when
    var kinds = OutcomeFixtures.rejections().map(Rejection::kind);

    // then
    assertThat(kinds).containsExactlyInAnyOrder(Rejection.Kind.values());
  }

  @Test
  void theAuditDidNotChangeItsShapeWithoutANewSchemaVersion() {
    // given the audit, written in both languages
    var written = List.of(Language.values())
        .map(language -> tree(JSON.write(OutcomeFixtures.audit(), language)));

    // when
    var shapes = written.map(GoldenFiles::shape).distinct();

    // then
    assertThat(shapes).containsExactly(GoldenFiles.shape(golden(AUDIT)));
  }

  @Test
  void everyOutcomeGoldenFileIsNamedAfterItsTypeAndVersionAndValidatesAgainstItsSchema() {
    // given
    var names = GoldenFiles.outcomeNames();

    // when
    var errors = names.flatMap(name -> {
      JsonNode document = golden("outcome/" + name);
      String type = document.get("type").stringValue();
      int version = document.get("schemaVersion").intValue();
      return Schemas.errorsAt(Schemas.path(type, version), document)
          .prependAll(name.startsWith(GoldenFiles.name(type, version).replace(".json", ""))
              ? List.empty() : List.of(name + " is not named after its type and version"));
    });

    // then
    assertThat(names).hasSize(10);
    assertThat(errors).isEmpty();
  }
}
