package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.eligibility.Decision;
import org.areso.core.kernel.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every decision, of the catalogue's policies over generated structures and requests or given by
 * hand, writes JSON valid against its schema that carries its verdict, reasons and whole
 * explanation tree, and reads back equal.
 */
class OutcomeJsonProperties {

  private static final AresoJson JSON = DecisionArbitraries.JSON;

  @Provide
  Arbitrary<Decision> decisions() {
    return DecisionArbitraries.anyDecision();
  }

  @Property(tries = 500)
  void everyDecisionReadsBackEqual(@ForAll("decisions") Decision decision) {
    // given
    String json = JSON.write(decision);

    // when
    var read = JSON.readDecision(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(decision);
  }

  @Property(tries = 200)
  void everyDecisionReadsBackEqualThroughAHostsMapper(@ForAll("decisions") Decision decision) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = mapper.writeValueAsString(decision);

    // when
    Decision read = mapper.readValue(json, Decision.class);

    // then
    assertThat(read).isEqualTo(decision);
  }

  @Property(tries = 200)
  void aDecisionIsWrittenAlikeRevealingOrNot(@ForAll("decisions") Decision decision) {
    // given
    AresoJson revealing = AresoJson.builder().revealingSensitive(true).build();

    // when
    String revealed = revealing.write(decision);

    // then it holds no sensitive value
    assertThat(revealed).isEqualTo(JSON.write(decision));
  }

  @Property(tries = 500)
  void everyDecisionValidatesAgainstItsSchema(@ForAll("decisions") Decision decision) {
    // given
    JsonNode document = JsonMapper.shared().readTree(JSON.write(decision));

    // when
    var errors = Schemas.errorsAt("org/areso/json/schema/Decision-v2.json", document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }

  @Property(tries = 300)
  void aDecisionsJsonCarriesItsVerdictReasonsAndWholeTree(
      @ForAll("decisions") Decision decision) {
    // given
    JsonNode document = JsonMapper.shared().readTree(JSON.write(decision));

    // when
    var codes = List.ofAll(document.get("reasons").values()).map(r -> r.get("code").stringValue());
    var messages = List.ofAll(document.get("reasons").values())
        .map(r -> r.get("message").get("fr").stringValue());

    // then
    assertThat(document.get("verdict").stringValue()).isEqualTo(decision.verdict().name());
    assertThat(codes).containsExactlyElementsOf(decision.reasonCodes());
    assertThat(messages).containsExactlyElementsOf(
        decision.reasons().map(r -> r.message(Language.FR)));
    assertThat(rules(document.get("explanation"))).containsExactlyElementsOf(
        rules(decision.explanation()));
  }

  private static List<String> rules(JsonNode node) {
    return List.of(node.get("rule").stringValue() + "=" + node.get("verdict").stringValue())
        .appendAll(List.ofAll(node.get("children").values()).flatMap(OutcomeJsonProperties::rules));
  }

  private static List<String> rules(org.areso.core.eligibility.Explanation node) {
    return List.of(node.rule() + "=" + node.verdict().name())
        .appendAll(node.children().flatMap(OutcomeJsonProperties::rules));
  }

  @Property(tries = 100)
  void aDecisionWrittenThroughAHostsMapperIsWrittenAlike(@ForAll("decisions") Decision decision) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();

    // when
    String json = mapper.writeValueAsString(decision);

    // then
    assertThat(json).isEqualTo(JSON.write(decision));
  }
}
