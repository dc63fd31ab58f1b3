package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.areso.core.eligibility.Decision;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A broken or hostile stored decision gives a typed JsonError, never an exception. */
class DecisionHostileInputTest {

  private static final AresoJson JSON = OutcomeFixtures.JSON;

  /** The decision of {@link OutcomeFixtures}, as a tree a test breaks. */
  private static ObjectNode document() {
    return (ObjectNode) JsonMapper.shared().readTree(JSON.write(OutcomeFixtures.decision()));
  }

  private static ObjectNode at(ObjectNode document, String array, int index) {
    return (ObjectNode) document.get(array).get(index);
  }

  private static JsonError errorOf(String json) {
    Either<JsonError, Decision> read = JSON.readDecision(json);
    assertThat(read.isLeft()).as("%s", read).isTrue();
    return read.getLeft();
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    // when
    JsonError error = errorOf("{\"type\": \"Decision\", ");

    // then
    assertThat(error.code()).isEqualTo("JSON_MALFORMED");
  }

  @Test
  void anEventIsNotADecision() {
    // given
    String event = JSON.write(EventFixtures.samples().head());

    // when
    JsonError error = errorOf(event);

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("EngagementRequested"));
  }

  @Test
  void aRejectionWrittenOnlyIsNotADecision() {
    // given
    String rejection = JSON.write(new Rejection.VersionConflict(3, 4), Language.EN);

    // when
    JsonError error = errorOf(rejection);

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("Rejection"));
  }

  @Test
  void aDecisionIsNotAnEvent() {
    // given
    String decision = JSON.write(OutcomeFixtures.decision());

    // when
    var read = JSON.readEvent(decision);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.UnknownType("Decision"));
  }

  @Test
  void aLaterSchemaVersionIsRefusedWithTheVersionThisOneReads() {
    // given
    ObjectNode document = document().put("schemaVersion", 3);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FutureSchemaVersion("Decision", 3, 2));
  }

  @Test
  void aMissingFieldOfTheTreeIsNamedByItsPath() {
    // given
    ObjectNode document = document();
    at((ObjectNode) document.get("explanation"), "children", 1).remove("verdict");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("explanation.children[1].verdict"));
  }

  @Test
  void aMissingFieldOfAReasonsDataIsNamedByItsPath() {
    // given
    ObjectNode document = document();
    ((ObjectNode) at(document, "reasons", 3).get("data")).remove("validity");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldMissing("reasons[3].data.validity"));
  }

  @Test
  void anUnknownReasonCodeIsInvalidUnderItsPath() {
    // given
    ObjectNode document = document();
    at(document, "reasons", 1).put("code", "REASON_OF_A_LATER_VERSION");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("reasons[1].code", List.empty()));
  }

  @Test
  void aCodeItsDataContradictsIsInvalidUnderItsPath() {
    // given an unmet condition that says it had to fail
    ObjectNode document = document();
    ((ObjectNode) at(document, "reasons", 0).get("data")).put("expected", false);

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("reasons[0].code", List.empty()));
  }

  @Test
  void aFactThisFormDoesNotKnowIsInvalidUnderItsPath() {
    // given a form the host did not tell of its declared fact
    String json = JSON.write(OutcomeFixtures.decision());

    // when
    var read = AresoJson.create().readDecision(json);

    // then
    assertThat(read.getLeft()).isEqualTo(new JsonError.FieldInvalid("missing[1].fact",
        List.empty()));
  }

  @Test
  void aLegalReferenceTheModelRefusesCarriesTheModelsCodes() {
    // given
    ObjectNode document = document();
    ((ObjectNode) at((ObjectNode) document.get("explanation"), "children", 0).get("reference"))
        .put("url", "javascript:alert(1)");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("explanation.children[0].reference",
        List.of("FIELD_MALFORMED")));
  }

  @Test
  void anUnknownVerdictIsInvalidByItsPath() {
    // given
    ObjectNode document = document().put("verdict", "PERHAPS");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("verdict", List.empty()));
  }

  @Test
  void aNumberWhereATextBelongsIsInvalid() {
    // given
    ObjectNode document = document();
    ((ObjectNode) at(document, "reasons", 9).get("data")).put("count", "two");

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("reasons[9].data.count",
        List.empty()));
  }

  @Test
  void aOneMegabyteStringIsTooLarge() {
    // given
    ObjectNode document = document().put("policy", "x".repeat(1 << 20));

    // when
    JsonError error = errorOf(document.toString());

    // then
    assertThat(error.code()).isEqualTo("JSON_TOO_LARGE");
  }

  @Test
  void aHostsMapperReportsAnUnreadableDecisionAsADatabindExceptionWithTheCode() {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = document().put("schemaVersion", 3).toString();

    // when, then
    assertThatThrownBy(() -> mapper.readValue(json, Decision.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("JSON_FUTURE_SCHEMA_VERSION");
  }
}
