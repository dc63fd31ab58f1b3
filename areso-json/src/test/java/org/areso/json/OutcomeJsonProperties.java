package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;
import org.areso.testkit.jqwik.AresoArbitraries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every decision of the catalogue's policies, over generated structures and requests, writes
 * JSON valid against its schema that carries its verdict, reasons and whole explanation tree.
 */
class OutcomeJsonProperties {

  private static final AresoJson JSON = AresoJson.create();

  private static final List<Policy> POLICIES = List.of(AresoPolicy.policy(),
      AresoSocial2023Policy.policy(), SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy(),
      WorkplaceSocialServicePolicy.policy());

  @Provide
  Arbitrary<Decision> decisions() {
    Arbitrary<Facts> facts = Combinators.combine(EventArbitraries.structure(),
            AresoArbitraries.dates().injectNull(0.2),
            Arbitraries.of(InterventionContext.class).injectNull(0.3),
            Arbitraries.of("accompaniment", "joint-training", "seminar").injectNull(0.3))
        .as((structure, day, context, format) -> {
          Facts f = Facts.of(structure);
          f = day == null ? f : f.requestDate(day);
          f = context == null ? f : f.context(context);
          return format == null ? f : f.format(format);
        });
    return Combinators.combine(Arbitraries.of(POLICIES.toJavaList()), facts)
        .as(Policy::evaluate);
  }

  @Property(tries = 500)
  void everyDecisionValidatesAgainstItsSchema(@ForAll("decisions") Decision decision) {
    // given
    JsonNode document = JsonMapper.shared().readTree(JSON.write(decision));

    // when
    var errors = Schemas.errorsAt("org/areso/json/schema/Decision-v1.json", document);

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
