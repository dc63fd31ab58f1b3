package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Rejection;
import org.areso.rules.programme.Charters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rejections and audits are written in the language asked, with codes and data, valid. */
class OutcomeJsonTest {

  private static final AresoJson JSON = AresoJson.create();

  private static final Stamp BY_GOVERNANCE = Stamp.of(
      new Actor.Party(PartyRole.GOVERNANCE, PartyId.of("ca-1").get()),
      CommandFixtures.CALL.launched().atStartOfDay());

  /** An application without the staff representatives' commitment, on the call's last day. */
  private static Rejection unmet() {
    return CohortApplication.start(CommandFixtures.CALL, new CohortApplication.Command.Apply(
        "APP-9", Stamp.of(BY_GOVERNANCE.actor(),
            CommandFixtures.CALL.open().end().plusDays(1).atStartOfDay()),
        io.vavr.collection.LinkedHashSet.of(PartyRole.GOVERNANCE, PartyRole.MANAGEMENT)))
        .getLeft();
  }

  /** A selection of an application already selected. */
  private static Rejection notApplicable() {
    CohortApplication selected = CommandArbitraries.application("APP-7", CommandFixtures.CALL,
        BY_GOVERNANCE, CohortApplication.Stage.SELECTED);
    return selected.handle(new CohortApplication.Command.Select(BY_GOVERNANCE)).getLeft();
  }

  private static JsonNode tree(String json) {
    return JsonMapper.shared().readTree(json);
  }

  @Test
  void unmetPreconditionsAreWrittenWithEveryReasonsCodeAndMessageInTheLanguageAsked() {
    // given
    Rejection rejection = unmet();

    // when
    JsonNode fr = tree(JSON.write(rejection, Language.FR));

    // then
    assertThat(fr.get("kind").stringValue()).isEqualTo("PRECONDITIONS_UNMET");
    assertThat(fr.get("code").stringValue()).isEqualTo(rejection.code());
    assertThat(fr.get("message").stringValue()).isEqualTo(rejection.message(Language.FR));
    var unmet = List.ofAll(fr.get("data").get("unmet").values());
    assertThat(unmet.map(u -> u.get("reason").get("code").stringValue()))
        .contains("CALL_NOT_OPEN");
    assertThat(unmet.map(u -> u.get("party").isNull() ? "-" : u.get("party").stringValue()))
        .contains("STAFF_REPRESENTATIVES");
    assertThat(unmet.map(u -> u.get("reason").get("message").stringValue()))
        .allSatisfy(message -> assertThat(message).isNotBlank());
  }

  @Test
  void aRejectionInEnglishDiffersFromItsFrenchOnlyByItsMessages() {
    // given
    Rejection rejection = unmet();

    // when
    JsonNode en = tree(JSON.write(rejection, Language.EN));

    // then
    assertThat(en.get("language").stringValue()).isEqualTo("EN");
    assertThat(en.get("message").stringValue()).isEqualTo(rejection.message(Language.EN))
        .isNotEqualTo(rejection.message(Language.FR));
  }

  @Test
  void aCommandNotApplicableNamesItsStageAndTheCommandsAccepted() {
    // given
    Rejection rejection = notApplicable();

    // when
    JsonNode en = tree(JSON.write(rejection, Language.EN));

    // then
    assertThat(en.get("kind").stringValue()).isEqualTo("NOT_APPLICABLE_IN_STAGE");
    assertThat(en.get("data").get("stage").stringValue()).isEqualTo("SELECTED");
    assertThat(en.get("data").get("command").stringValue()).isEqualTo("Select");
  }

  @Test
  void everyRejectionValidatesAgainstItsSchema() {
    // given
    var documents = List.of(unmet(), notApplicable(), new Rejection.VersionConflict(3, 4))
        .flatMap(r -> List.of(Language.values()).map(l -> tree(JSON.write(r, l))));

    // when
    var errors = documents.flatMap(d -> Schemas.errorsAt(
        "org/areso/json/schema/Rejection-v2.json", d));

    // then
    assertThat(errors).isEmpty();
  }

  @Test
  void aRejectionIsWrittenInGermanOrItalianAndValidates() {
    // given
    Rejection rejection = unmet();

    // when
    JsonNode german = tree(JSON.write(rejection, java.util.Locale.forLanguageTag("de-CH")));
    JsonNode italian = tree(JSON.write(rejection, java.util.Locale.ITALIAN));

    // then
    assertThat(german.get("language").stringValue()).isEqualTo("DE");
    assertThat(german.get("message").stringValue()).isEqualTo(rejection.message(
        java.util.Locale.GERMAN));
    assertThat(italian.get("language").stringValue()).isEqualTo("IT");
    assertThat(List.of(german, italian).flatMap(d -> Schemas.errorsAt(
        "org/areso/json/schema/Rejection-v2.json", d))).isEmpty();
    assertThat(JSON.write(rejection, Language.FR))
        .isEqualTo(JSON.write(rejection, java.util.Locale.FRENCH));
  }

  /** A host's reason that quotes what a person confided. */
  record Confided(org.areso.core.kernel.Sensitive<String> what)
      implements org.areso.core.kernel.Reason {
    @Override
    public String code() {
      return "CONFIDED";
    }

    @Override
    public String message(Language language) {
      return "confided";
    }
  }

  @Test
  void aSensitiveValueInAReasonsDataIsRedactedUnlessRevealing() {
    // given
    Rejection rejection = new Rejection.PreconditionsUnmet(io.vavr.control.Option.none(),
        org.areso.core.engagement.EngagementCommand.Disclose.class,
        List.of(org.areso.core.lifecycle.Unmet.because(
            new Confided(org.areso.core.kernel.Sensitive.of("SeCrEt")))));

    // when
    String redacted = JSON.write(rejection, Language.EN);
    String revealed = AresoJson.builder().revealingSensitive(true).build()
        .write(rejection, Language.EN);

    // then
    assertThat(redacted).doesNotContain("SeCrEt").contains("\"redacted\":true");
    assertThat(revealed).contains("SeCrEt");
  }

  private static Audit audit() {
    return OutcomeFixtures.audit();
  }

  @Test
  void anAuditIsWrittenWithEachViolationsCodeMessageDataAndArticleInTheLanguageAsked() {
    // given
    Audit audit = audit();

    // when
    JsonNode fr = tree(JSON.write(audit, Language.FR));

    // then
    assertThat(fr.get("clean").booleanValue()).isFalse();
    var violations = List.ofAll(fr.get("violations").values());
    assertThat(violations.map(v -> v.get("code").stringValue()))
        .containsExactlyElementsOf(audit.violations().map(Violation::code));
    assertThat(violations.map(v -> v.get("message").stringValue()))
        .containsExactlyElementsOf(audit.violations().map(v -> v.message(Language.FR)));
    assertThat(violations.map(v -> v.get("article").stringValue()))
        .containsExactlyElementsOf(audit.violations().map(v -> v.article().wording().fr()));
    assertThat(violations.get(1).get("data").get("attended").intValue()).isEqualTo(1);
  }

  @Test
  void everyAuditValidatesAgainstItsSchema() {
    // given
    var documents = List.of(audit(), new Audit(Charters.soreso(), List.empty()))
        .flatMap(a -> List.of(Language.values()).map(l -> tree(JSON.write(a, l)))
            .appendAll(List.of(java.util.Locale.GERMAN, java.util.Locale.ITALIAN)
                .map(l -> tree(JSON.write(a, l)))));

    // when
    var errors = documents.flatMap(d -> Schemas.errorsAt(
        "org/areso/json/schema/Audit-v2.json", d));

    // then
    assertThat(errors).isEmpty();
  }
}
