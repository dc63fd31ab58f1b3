package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision reads back with the very facts it lists as missing, the standard ones and those the
 * host declares, and through the upcasters of its type; every outcome has its schema version.
 */
class DecisionJsonTest {

  /** A decision of aura-dialogue-qvt that asks for the fact its policy declares. */
  private static Decision asksForItsDeclaredFact() {
    Structure other = Structure.builder().legalForm(LegalForm.OTHER)
        .region(Region.AUVERGNE_RHONE_ALPES).build().get();
    return AuraDialogueQvtPolicy.policy().evaluate(Facts.of(other));
  }

  @Test
  void aDeclaredFactIsReadBackAsTheVeryFactTheHostDeclared() {
    // given
    Decision decision = asksForItsDeclaredFact();
    AresoJson json = AresoJson.builder()
        .declaredFact(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT).build();

    // when
    Decision read = json.readDecision(json.write(decision)).get();

    // then
    assertThat(decision.missing()).contains(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT);
    assertThat(read.missing().find(f -> f.name().equals("private_non_profit")).get())
        .isSameAs(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT);
    assertThat(read).isEqualTo(decision);
  }

  @Test
  void aStandardFactIsKnownWithoutBeingDeclared() {
    // given
    Decision sample = OutcomeFixtures.decision();
    Decision decision = new Decision(sample.policy(), sample.verdict(), List.of(Fact.HEADCOUNT),
        sample.reasons(), sample.explanation());
    AresoJson json = AresoJson.create();

    // when
    Decision read = json.readDecision(json.write(decision)).get();

    // then
    assertThat(read.missing()).hasSize(1);
    assertThat(read.missing().head()).isSameAs(Fact.HEADCOUNT);
  }

  @Test
  void aFactNamedLikeAStandardOneIsRefused() {
    // given
    Fact<Integer> headcount = Fact.of(Fact.HEADCOUNT.name(), Integer.class,
        Text.of("Effectif ?", "Headcount?"));

    // when, then
    assertThatThrownBy(() -> AresoJson.builder().declaredFact(headcount))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headcount");
  }

  @Test
  void twoFactsOfTheSameNameAreRefusedButOneFactDeclaredTwiceIsNot() {
    // given
    AresoJson.Builder builder = AresoJson.builder()
        .declaredFact(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT)
        .declaredFact(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT);
    Fact<Boolean> another = Fact.of("private_non_profit", Boolean.class, Text.of("?", "?"));

    // when, then
    assertThatThrownBy(() -> builder.declaredFact(another))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().readDecision(builder.build().write(asksForItsDeclaredFact()))
        .isRight()).isTrue();
  }

  /** From version 2 to a version 3 of the same shape, as a test pretends there is one. */
  private static class KeepTheShape implements Upcaster {
    @Override
    public String type() {
      return "Decision";
    }

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode document) {
      return document;
    }
  }

  @Test
  void aDecisionOfAnOlderVersionIsReadThroughItsUpcaster() {
    // given a form whose decisions are in version 3
    AresoJson json = AresoJson.builder().declaredFact(OutcomeFixtures.WORKS_COUNCIL)
        .currentVersion("Decision", 3).upcaster(new KeepTheShape()).build();
    AresoJson without = AresoJson.builder().declaredFact(OutcomeFixtures.WORKS_COUNCIL)
        .currentVersion("Decision", 3).build();
    String version2 = json.write(OutcomeFixtures.decision());
    String version1 = GoldenFiles.text("outcome/Decision-v1.json");

    // when
    var read = json.readDecision(version2);
    var readFromTheFirst = json.readDecision(version1);  // version 1 is read as version 2
    var refused = without.readDecision(version2);

    // then
    assertThat(read.get()).isEqualTo(OutcomeFixtures.decision());
    assertThat(readFromTheFirst.get()).isEqualTo(OutcomeFixtures.decision());
    assertThat(refused.getLeft()).isEqualTo(new JsonError.NoUpcaster("Decision", 2));
  }

  @Test
  void anUpcasterOfATypeWrittenOnlyIsRefused() {
    // given
    Upcaster audit = new KeepTheShape() {
      @Override
      public String type() {
        return "Audit";
      }
    };

    // when, then
    assertThatThrownBy(() -> AresoJson.builder().upcaster(audit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("written only");
  }

  @Test
  void everyOutcomeIsKnownInItsCurrentSchemaVersion() {
    // when
    var versions = List.of("Decision", "Rejection", "Audit")
        .map(AresoJson.create()::currentSchemaVersion);

    // then: since version 2, a decision's texts may carry German and Italian, and a rejection
    // or an audit may be written in German or Italian
    assertThat(versions.map(v -> v.get())).containsExactly(2, 2, 2);
  }
}
